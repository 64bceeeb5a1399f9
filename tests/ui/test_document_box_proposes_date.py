"""The number and date box (ui/document_dialog.py) shows the first date the core accepts: a year approved on
06/12/2026, its figures running to 14/12/2026, showed 06/12/2026 and refused it ("Ngày báo cáo 06/12/2026 trước
14/12/2026…"), Enter never exporting with what was shown (walk U1, F1). It now shows 14/12/2026, a line under it
saying why, and Enter exports; a period whose figures ended shows today's, with no such line."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from desktop_app.core.doc_number import Issued
from exports.submission_reader import read_submission
from tests.core.test_workflow import fill_year
from tests.ui.conftest import Script, press
from tests.ui.test_document_box_enter_on_empty_number import _alt
from ui.document_dialog import DocumentDialog
from ui.export_dialog import add_export_action

# approved 04/12/2026 (the fixture), exported on 06/12/2026
pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]
TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(("period", "shown", "why", "stem"), [
    ("2026", dt.date(2026, 12, 14), True, "2026_05503_xa-tan-cuong"),  # figures to 14/12/2026
    ("2026-6M", TODAY, False, "2026-6M_05503_xa-tan-cuong"),  # figures to 14/06/2026: today's
])
def test_enter_exports_with_the_date_the_box_shows(qtbot, workspace, tmp_path, monkeypatch, period, shown, why,
                                                    stem):
    fill_year(workspace, period)
    workspace.complete(period)
    workspace.approve(period)
    workspace.today_is = TODAY
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    action = add_export_action(parent, QMenu(parent), lambda: workspace, lambda: period, settings=settings)
    seen = {}

    def enter_as_shown(box):
        seen["date"] = box.date.text()
        seen["in number"] = QApplication.focusWidget() is box.number
        seen["why"] = box.date_why.text() if box.date_why.isVisible() else None
        _alt(qtbot, box)  # no number: written by hand, a choice of its own (walk U16)
        press(Qt.Key.Key_Return)
        seen["refused"] = box.error.text() if box.isVisible() else ""

    script = Script((DocumentDialog, enter_as_shown))
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    script.check()
    assert (seen["date"], seen["in number"], seen["refused"]) == (shown.strftime("%d/%m/%Y"), True, "")
    if why:  # said under the date, the day it names the one shown
        assert seen["why"] and "14/12/2026" in seen["why"], seen["why"]
    else:
        assert seen["why"] is None
    assert workspace.issued(period) == Issued("", shown)
    assert read_submission(out / f"{stem}.xlsx").report_date == shown
