"""Walk U14, F9a: the number and date box's hint gave "for example 18/12/2026" on 18/12/2027, a date
the box would refuse. Its example is now the date it proposes (today's here)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from tests.core.test_workflow import fill_year
from tests.ui.conftest import Script, press, shot
from ui.document_dialog import DocumentDialog
from ui.export_dialog import add_export_action

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]


def test_the_hint_gives_the_date_proposed_as_its_example(qtbot, workspace, tmp_path, monkeypatch):
    fill_year(workspace, "2026-6M")
    workspace.complete("2026-6M")
    workspace.approve("2026-6M")
    workspace.today_is = dt.date(2027, 12, 18)
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: ""))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    action = add_export_action(parent, QMenu(parent), lambda: workspace, lambda: "2026-6M", settings=settings)
    seen = {}

    def read(box):
        seen["hint"], seen["date"] = box.hint.text(), box.date.text()
        shot(box, "s80_document_box_hint")
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, read))
    action.trigger()
    qtbot.waitUntil(lambda: not script.steps, timeout=10000)
    script.check()
    assert seen["date"] == "18/12/2027"
    assert "18/12/2027" in seen["hint"] and "2026" not in seen["hint"], seen["hint"]
