"""An export writes what its check for changes made outside the program looked at: the check and
the reading of the report are one snapshot of the database, so a figure edited with sqlite3 in the
moment between them is not in the file (and the next export is refused, naming it)."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core.errors import ChangedOutside
from desktop_app.services import Workspace, export_period
from exports.submission_reader import verify_file
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def _edit_right_after_the_check(ws, monkeypatch, statement: str) -> None:
    """Another program edits the database (sqlite3) once the export's check has passed."""
    real = Workspace.refuse_if_changed_outside

    def check_then_edit(self, period, doing):
        real(self, period, doing)
        conn = sqlite3.connect(self.store.path, timeout=5)
        conn.execute(statement)
        conn.commit()
        conn.close()

    monkeypatch.setattr(Workspace, "refuse_if_changed_outside", check_then_edit)


def _value(path, code: str = "thu_ngan_sach") -> str:
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
    return next(i.value for i in verdict.submission.items if i.code == code)


def test_a_figure_edited_between_the_check_and_the_reading_is_not_exported(office, tmp_path, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)  # thu_ngan_sach 50.000
    _edit_right_after_the_check(office, monkeypatch,
                                "UPDATE entries SET value = '777777' WHERE indicator = 'thu_ngan_sach'")
    result = export_period(office, "2026", tmp_path / "draft", pdf=False)
    assert _value(result.xlsx) == "50000"  # what the check looked at, not the edit
    monkeypatch.undo()
    with pytest.raises(ChangedOutside, match="chưa xuất báo cáo được"):
        export_period(office, "2026", tmp_path / "again", pdf=False)


def test_an_approval_edited_between_the_check_and_the_reading_is_not_exported(office, tmp_path, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    _edit_right_after_the_check(office, monkeypatch, "UPDATE approvals SET user = 'nguoi-khac'")
    result = export_period(office, "2026", tmp_path / "approved", pdf=False, mark_sent=False)
    assert verify_file(result.xlsx).submission.approved_by == "lanhdao"
