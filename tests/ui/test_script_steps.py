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


def test_a_step_for_any_dialog_waits_while_no_dialog_is_open(qtbot):
    """`(object, …)` steps answer whatever box comes first. Polled while no dialog was open yet
    (a menu still opening on a slow CI machine), the step matched None and the exception ended
    the watch: the box that came next waited until the run's timeout (CI, 49151e7)."""
    script = QuickScript((object, lambda b: press(Qt.Key.Key_Return)))
    qtbot.wait(3 * Script.POLL_MS)  # several polls with no dialog at all
    box = QMessageBox(QMessageBox.Icon.Question, "Duyệt kỳ báo cáo", "Duyệt?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    box.open()  # not exec(): a dead watch leaves it open instead of hanging the test
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10000)
    script.check()
