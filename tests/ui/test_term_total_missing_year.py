"""The window's Hoàn thành and Duyệt name a term total lacking a whole year (walk U21 F3: 2028's revenue never
entered, 2030 went through both without a word); Duyệt's counts stay page 1's words ("Chưa đủ số liệu 1")."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from desktop_app.services import Workspace
from tests.core.test_term_total_missing_year_said import SAID, folder  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, shot


def test_complete_and_approve_name_the_year_missing(make_window, folder):  # noqa: F811
    ws = Workspace.open(folder, user="can-bo")
    try:
        window = make_window(ws, today=dt.date(2030, 12, 19))
        window.show_period(ws.period_view("2030").period)
        said = []

        def read(box):
            said.append((box.text(), box.informativeText()))
            shot(box, f"s113_missing_year_{len(said)}")
            box.button(QMessageBox.StandardButton.No if len(said) == 2 else QMessageBox.StandardButton.Ok).click()

        script = Script((QMessageBox, read))
        window.complete_action.trigger()
        script.check()
        assert said[0][1].startswith(f"• {SAID}"), said[0]
        script = Script((QMessageBox, read))
        window.approve_action.trigger()
        script.check()
        question = said[1][0].replace("\u00a0", " ")  # counts held to their verdicts by no-break spaces
        assert f"• {SAID}" in question, question
        assert "Chưa đủ số liệu 1" in question and "Chưa đủ số liệu 1 (" not in question, question
    finally:
        ws.close()
