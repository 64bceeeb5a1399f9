"""The box before exporting again, of a number a restore recorded from the data it replaced (red-team 31 F1): the
province holds the report of that code with it. Its advice said that for another number or date a leader reopens
the period and approves it again, but the number goes with the report's code: the same figures approved again keep
it, and the leader who followed the advice exported the same number again. The box now says so; a number issued
here keeps the advice to reopen and approve again, which is true there."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication

from desktop_app import backups
from desktop_app.core.doc_number import Issued
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from ui import labels
from ui.issued_dialog import RECORDED_ADVICE, IssuedDialog

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)
SUB = SimpleNamespace(doc_symbol="BC-UBND", period="2026")
REAPPROVE = "Cần số hoặc ngày khác: Lãnh đạo mở lại kỳ báo cáo rồi duyệt lại"  # the advice of a number issued here


def _approved(ws) -> str:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    code = ws.approve("2026")
    as_(ws, "admin")
    return code


def _approved_again(ws) -> str:
    as_(ws, "lanhdao")
    ws.reopen("2026", "Xin số văn bản khác")
    as_(ws, "canbo")
    ws.complete("2026")
    as_(ws, "lanhdao")
    code = ws.approve("2026")
    as_(ws, "admin")
    return code


def _advice() -> str:
    """The advice of a number a restore recorded, in the language loaded (the lead translates new sources)."""
    return labels.with_period(QCoreApplication.translate("IssuedDialog", RECORDED_ADVICE), "2026", code="2026")


def test_a_number_a_restore_recorded_is_said_to_stay_with_the_same_figures_approved_again(qtbot, office, tmp_path):  # noqa: F811
    before = backups.take_backup(office, "truoc")  # nothing approved yet: the backup chosen by mistake
    code = _approved(office)
    as_(office, "canbo")
    export_period(office, "2026", tmp_path / "gui", doc_number="15", report_date=DAY)  # the province holds 15
    as_(office, "admin")
    backups.restore(office, before)
    ws = as_(Workspace.open(Path(office.store.path).parent), "admin")
    try:
        assert _approved(ws) == code
        dialog = IssuedDialog(SUB, ws.issued("2026"))
        qtbot.addWidget(dialog)
        why = dialog.explanation.text()
        assert why.startswith("Số và ngày này do lần khôi phục lúc "), why
        assert REAPPROVE not in why and _advice() in why, why

        assert _approved_again(ws) == code  # what the advice said: the same figures, the same code, the same number
        assert ws.issued("2026") == Issued("15", DAY)
        assert _advice() in IssuedDialog(SUB, ws.issued("2026")).explanation.text()
    finally:
        ws.close()


def test_a_number_issued_here_keeps_the_advice_to_approve_again(qtbot):
    dialog = IssuedDialog(SUB, Issued("15", DAY))
    qtbot.addWidget(dialog)
    why = dialog.explanation.text()
    assert REAPPROVE in why and _advice() not in why


def test_a_number_a_restore_carried_is_said_to_stay_with_the_same_figures_approved_again(qtbot, office, tmp_path):  # noqa: F811
    """The backup taken after the approval, before its export: the restore carries 15 into the history as a "sent"
    step, which the box showed with the advice to reopen and approve again, though that keeps 15 too."""
    code = _approved(office)
    before = backups.take_backup(office, "da-duyet")
    as_(office, "canbo")
    export_period(office, "2026", tmp_path / "gui", doc_number="15", report_date=DAY)
    as_(office, "admin")
    backups.restore(office, before)
    ws = as_(Workspace.open(Path(office.store.path).parent), "admin")
    try:
        assert ws.issued("2026") == Issued("15", DAY)
        dialog = IssuedDialog(SUB, ws.issued("2026"))
        qtbot.addWidget(dialog)
        why = dialog.explanation.text()
        assert why.startswith("Số và ngày này do lần khôi phục lúc "), why
        assert REAPPROVE not in why and _advice() in why, why

        assert _approved_again(ws) == code
        assert ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()
