"""Approving a term's year again after an earlier year was reopened (walk U21 F5): the year's revenue, a term
total, now prints "Năm 2026 đang được sửa: tính theo bản đã duyệt ngày …" in its Ghi chú, and that was listed
as a change of its comparison with the target, the same words on both sides of the arrow ("so với chỉ tiêu
Lũy kế …: 91.200 … → Lũy kế …: 91.200 …"). The list says the note, what the paper prints differently."""
from __future__ import annotations

import pytest

from desktop_app.approve_changes import changes_lines
from desktop_app.core.periods import approval_day, format_date
from desktop_app.services import Workspace
from tests.province.helpers import fill_unit

BUDGET = "thu_ngan_sach"


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    for period, amount in (("2026", "38.500"), ("2027", "41.200")):
        fill_unit(ws, period, seed=3)
        ws.set_entry(period, BUDGET, value=amount, comment="Kho bạc")
    for period in ("2026", "2027"):
        ws.complete(period)
        ws.approve(period)
    yield ws
    ws.close()


def reopened_before(ws):
    """2027 reopened and completed unchanged, then 2026 reopened: 2027's revenue counts 2026 as approved."""
    ws.reopen("2027", "Đối chiếu lại")
    ws.complete("2027")
    ws.reopen("2026", "Kho bạc đối chiếu lại")
    return ws.changed_since_approval("2027")


def test_a_note_added_is_said_and_no_change_reads_the_same_on_both_sides(ws):
    lines = changes_lines(reopened_before(ws))
    day = format_date(approval_day(ws.store.last_approval(ws.commune.code, "2026").at))
    name = ws.row("2027", BUDGET).indicator.name
    assert lines[1:] == [f"  • {name}: thêm vào Ghi chú “Năm 2026 đang được sửa: tính theo bản đã duyệt ngày {day}”"], lines
    for line in lines[1:]:
        before, _, after = line.partition(" → ")
        assert not after or before.split(": ", 1)[1] != after, line  # never "X → X"
