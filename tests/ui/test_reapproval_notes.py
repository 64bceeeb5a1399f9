"""The window's Duyệt question after an earlier year was reopened (walk U21 F5): the term total's row lists the
note its Ghi chú now prints, not its comparison with the target, unchanged, on both sides of the arrow."""
from __future__ import annotations

from tests.core.test_reapproval_notes_said import reopened_before, ws  # noqa: F401 (the fixture)
from ui.approve_question import changes_text


def test_the_question_says_the_note_added_not_the_same_comparison_twice(qapp, ws):  # noqa: F811
    said = changes_text(reopened_before(ws), whole=True)
    line = said.splitlines()[-1]
    assert "Năm 2026 đang được sửa: tính theo bản đã duyệt ngày" in line, said
    assert "Lũy kế 2026-2027" not in line and "→" not in line, said
