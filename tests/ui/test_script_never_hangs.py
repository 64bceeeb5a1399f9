"""The dialog-driving helper (`Script`) never lets a test wait for ever: a CI run once hung 75
minutes in a question box that a step's Space had opened on the wrong button, the helper
waiting for the step to return. Each case here hung or ran a step too early before."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QVBoxLayout

from tests.ui.conftest import Script, press


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(Script, "TIMEOUT_S", 2)


class Form(QDialog):
    """A dialog of the program's own (a message box is a QDialog too)."""


def _dialog_with_button(on_click) -> tuple[QDialog, QPushButton]:
    dialog = Form()
    button = QPushButton("&Hỏi", dialog)
    QVBoxLayout(dialog).addWidget(button)
    button.clicked.connect(on_click)
    button.setFocus()
    return dialog, button


def test_a_box_a_step_s_own_key_opened_is_closed_and_reported(qtbot, quick):
    dialog, _ = _dialog_with_button(lambda: QMessageBox.question(None, "Hỏi", "Không ai chờ câu hỏi này"))
    qtbot.addWidget(dialog)
    script = Script((Form, lambda d: press(Qt.Key.Key_Space)))
    dialog.exec()  # returns: the box and the dialog under it were closed
    with pytest.raises(AssertionError, match="QMessageBox opened by a step's own keys"):
        script.check()


def test_the_dialog_under_a_box_is_not_taken_before_the_box_s_answer_is_acted_on(qtbot):
    """A box answered hides at once, but its `exec()` returns only when the turn of the event loop
    ends; in that turn (a key's `processEvents`, a shortcut's delayed click) the dialog under it
    looks ready: the next step must see what the answer did, not run before it."""
    done = []

    def ask():
        box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Làm?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, dialog)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        answer = box.exec()
        dialog.activateWindow()  # as the window manager does once the box is gone
        if answer == QMessageBox.StandardButton.Yes:
            done.append("yes")

    dialog, button = _dialog_with_button(ask)
    qtbot.addWidget(dialog)
    seen = {}

    def answer(box):
        def enter():
            time.sleep(0.05)  # the helper's next look is due
            dialog.activateWindow()  # the dialog under the box active (tests do it after a box)
            press(Qt.Key.Key_Return)  # Yes, the default; press() lets the loop turn, as after every key
            time.sleep(0.05)
            QApplication.processEvents()  # and again, as a next key would
        QTimer.singleShot(0, enter)

    def after(d):
        seen["done"] = list(done)
        d.accept()

    script = Script((Form, lambda d: QTimer.singleShot(0, button.click)), (QMessageBox, answer), (Form, after))
    dialog.exec()
    script.check()
    assert seen["done"] == ["yes"]
