"""Tệp › Xuất báo cáo… of an approval already exported for the province (red-team 14, F3): before the
folder, the window shows the number and date the report was issued with, read only, with why; Enter
exports with them, Esc stops with nothing written."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget  # noqa: E402

from desktop_app.services import export_period  # noqa: E402
from tests.exports.sample_data import fill_commune_2026  # noqa: E402
from ui.export_dialog import add_export_action  # noqa: E402
from ui.issued_dialog import IssuedDialog  # noqa: E402

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before


@pytest.fixture
def issued(workspace, tmp_path):
    """2026 approved and exported for the province as 01/BC-UBND of 18/12/2026."""
    fill_commune_2026(workspace)
    workspace.complete("2026")
    workspace.approve("2026")
    export_period(workspace, "2026", tmp_path / "first", doc_number="01/BC-UBND", report_date=dt.date(2026, 12, 18))
    return workspace


def _action(qtbot, workspace, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "again"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return add_export_action(parent, QMenu(parent), lambda: workspace, lambda: "2026", settings=settings), out


def _when_shown(qtbot, act):
    """Runs `act(dialog)` on the number dialog once it is up (it is modal)."""
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, IssuedDialog):
            QTimer.singleShot(20, look)
            return
        seen.append((dialog.number.text(), dialog.date.text(), dialog.explanation.text()))
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_the_fixed_number_is_shown_read_only_and_enter_exports_with_it(qtbot, issued, tmp_path, monkeypatch):
    action, out = _action(qtbot, issued, tmp_path, monkeypatch)

    def type_then_enter(dialog):
        dialog.number.setFocus()
        qtbot.keyClicks(dialog.number, "99")  # read only: the typing changes nothing
        typed.append(dialog.number.text())
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)

    typed = []
    seen = _when_shown(qtbot, type_then_enter)
    with qtbot.waitSignal(action.controller.exported, timeout=20000) as blocker:
        action.trigger()
    number, date, why = seen[0]
    assert (number, date, typed) == ("01/BC-UBND", "18/12/2026", ["01/BC-UBND"])
    assert "reopens the period and approves it again" in why or "mở lại" in why
    sub = blocker.args[0].submission
    assert (sub.doc_number, sub.report_date) == ("01", dt.date(2026, 12, 18))
    assert sorted(p.name for p in out.iterdir()) == ["2026_05503_xa-tan-cuong.pdf", "2026_05503_xa-tan-cuong.xlsx"]


def test_escape_stops_before_the_folder(qtbot, issued, tmp_path, monkeypatch):
    action, out = _action(qtbot, issued, tmp_path, monkeypatch)
    _when_shown(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert action.controller.start() is None
    assert not any(out.iterdir())


def test_a_first_export_asks_nothing_more(qtbot, workspace, tmp_path, monkeypatch):
    """Not yet exported (a draft here): straight to the folder, as before."""
    action, out = _action(qtbot, workspace, tmp_path, monkeypatch)
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    assert len(list(out.iterdir())) == 2
    assert QApplication.activeModalWidget() is None or not isinstance(QApplication.activeModalWidget(), IssuedDialog)
