"""Walk U16: the print preview's "Đóng" and the switch-account login box's "Hủy" had no underlined
letter (every other button of those boxes has one). Alt and that letter, read from the button as it
shows now, close the preview, and cancel the switch (the person before stays logged in)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from shiboken6 import isValid

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from tests.ui.test_print_report import some_figures
from ui.login_dialog import LoginDialog


def _alt(button: QPushButton) -> None:
    found = re.search(r"&([^&])", button.text())
    assert found, button.text()
    letters = [re.search(r"&([^&])", b.text()) for b in button.window().findChildren(QPushButton) if b.isVisible()]
    assert [m.group(1).lower() for m in letters if m].count(found.group(1).lower()) == 1  # its own
    press(getattr(Qt.Key, f"Key_{found.group(1).upper()}"), Qt.KeyboardModifier.AltModifier)


def test_alt_letter_closes_the_print_preview(window, workspace, qtbot):
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    dialog = printer.preview
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
    [close] = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
               if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole]
    _alt(close)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())  # closed, and deleted


def test_alt_letter_cancels_the_switch_of_account(make_window, office):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office)

    def cancel(dialog: LoginDialog):
        _alt(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    script = Script((LoginDialog, cancel))
    window.switch_account_action.trigger()
    script.check()
    assert office.account.username == "canbo"
