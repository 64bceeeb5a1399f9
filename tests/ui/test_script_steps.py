"""The `Script` the UI tests drive dialogs with reports a dialog its last key did not close,
instead of hanging the whole run in the dialog's exec() (a signed box that ignored a key typed
through once stopped the suite)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import Script, press


class QuickScript(Script):
    TIMEOUT_S = 0.5


def test_a_box_the_last_key_does_not_close_is_closed_and_reported(qtbot):
    box = QMessageBox(QMessageBox.Icon.Information, "Đã ký số báo cáo", "Đã ký.", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    script = QuickScript((QMessageBox, lambda b: press(Qt.Key.Key_F5)))  # a key that closes nothing
    box.exec()  # would wait for ever without the script's check after its last step
    with pytest.raises(AssertionError, match="still open 0.5 s after the last step"):
        script.check()


def test_a_box_the_last_key_closes_leaves_nothing_to_report(qtbot):
    box = QMessageBox(QMessageBox.Icon.Information, "Đã ký số báo cáo", "Đã ký.", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    script = QuickScript((QMessageBox, lambda b: press(Qt.Key.Key_Return)))
    box.exec()
    script.check()
