"""The change log's "sent" rows in the interface's language, without parentheses inside parentheses
(walk 14, L2): in English they read "Sent (số để trống (viết tay) / BC-UBND ngày 03/12/2026)", and in
Vietnamese "Đã gửi (số để trống (viết tay) /BC-UBND ngày …)". The rows are chained and never
rewritten: an older database's row in the older words is shown as the new ones, read back from them."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services import export_period
from tests.exports.sample_data import fill_commune_2026
from tests.ui.conftest import english  # noqa: F401 (the fixture)
from tests.ui.test_keyboard import shown
from ui.audit_dialog import AuditDialog

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before

NEW = 7
OLDER_WORDS = "Đã gửi (số để trống (viết tay) /BC-UBND ngày 03/12/2026)"  # as 512ecf9 wrote it


def sent_rows(qtbot, workspace) -> list[str]:
    """The "sent" rows' new values as shown (the symbol's hyphen and slash kept on one line)."""
    dialog = shown(qtbot, AuditDialog(workspace))
    model = dialog.model
    return [model.index(r, NEW).data().replace("\u2011", "-").replace("\u2060", "") for r in range(model.rowCount())
            if model.index(r, NEW).data().startswith(("Đã xuất", "Exported"))]


def sent_twice(workspace, tmp_path) -> None:
    """2026 approved and exported for the province with its number left blank, as walk 14 did; then a
    row as an older version wrote it (its rows stay as they are)."""
    fill_commune_2026(workspace)
    workspace.complete("2026")
    workspace.approve("2026")
    export_period(workspace, "2026", tmp_path / "out", doc_number="", report_date=dt.date(2026, 12, 18))
    with workspace.store.transaction():
        workspace.store.audit("lanhdao", "state", commune=workspace.commune.code, period="2026-Q1", field="state",
                              old="Đã duyệt", new=OLDER_WORDS)


def test_sent_rows_read_vietnamese_without_nested_parentheses(qtbot, workspace, tmp_path):
    sent_twice(workspace, tmp_path)
    assert OLDER_WORDS in [r.new for r in workspace.store.audit_rows()]  # stored as it was
    assert sent_rows(qtbot, workspace) == ["Đã xuất (số để trống /BC-UBND, ngày 03/12/2026)",  # newest first
                                           "Đã xuất (số để trống /BC-UBND, ngày 18/12/2026)"]


def test_sent_rows_read_english_in_english(qtbot, workspace, tmp_path, english):
    sent_twice(workspace, tmp_path)
    english()
    assert sent_rows(qtbot, workspace) == ["Exported (number left blank /BC-UBND, dated 03/12/2026)",
                                           "Exported (number left blank /BC-UBND, dated 18/12/2026)"]


def test_a_number_given_reads_back_from_the_older_words_and_the_new():
    from desktop_app.core.doc_number import in_log
    for words in ("số 01/BC-UBND ngày 18/12/2026", "số 01/BC-UBND, ngày 18/12/2026"):
        assert in_log(words).logged() == ("số 01/BC-UBND, ngày 18/12/2026", "number 01/BC-UBND, dated 18/12/2026")
    assert in_log("Sửa số thu ngân sách theo số liệu Kho bạc") is None  # a reason stays as typed
