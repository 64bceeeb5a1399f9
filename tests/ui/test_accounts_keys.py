"""Quản trị › Tài khoản… by keyboard: each button has its own Alt letter, and Enter in the list
opens "Thêm tài khoản…", the button framed as Enter's (walk 7, L12: no letters, and Enter closed
the dialog under a first administrator expecting to add an account). Escape closes it."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.i18n import translate

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_enter_in_the_list_adds_an_account_and_each_button_has_a_letter(qtbot, office):  # noqa: F811
    as_(office, "admin")
    seen = {}

    def in_the_list(dialog):
        buttons = [*dialog.action_buttons, dialog.close_button]
        seen["buttons"] = [b.text() for b in buttons]
        seen["list first"] = QApplication.focusWidget() is dialog.list
        seen["framed"] = [b.text() for b in buttons if b.isDefault()]
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))  # opens a form: the script goes on there

    def the_form(dialog):
        seen["form"] = dialog.windowTitle()
        press(Qt.Key.Key_Escape)
        QTimer.singleShot(0, back_in_the_list)

    def back_in_the_list():
        seen["still open"] = accounts.isVisible()
        accounts.activateWindow()  # as the window manager does when the form closes
        qtbot.waitUntil(accounts.isActiveWindow, timeout=10000)
        seen["back in"] = type(QApplication.focusWidget()).__name__
        press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier, widget=accounts)  # Đặt lại &mật khẩu…

    def the_password(form):  # the reset form (walk U7 F4: it was one hidden field)
        seen["password for"] = form.intro.text()
        press(Qt.Key.Key_Escape)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape, widget=accounts))

    script = Script((AccountsDialog, in_the_list), (AddAccountDialog, the_form), (ResetPasswordDialog, the_password))
    accounts = AccountsDialog(office)
    accounts.exec()
    script.check()
    unlock = translate("AccountsDialog", "&Unlock the account")  # "Mở khó&a tài khoản" once translated
    assert seen["buttons"] == ["&Thêm tài khoản…", "Đặt lại &mật khẩu…", "&Khóa tài khoản", unlock, "Đó&ng"]
    letters = [_letter(t) for t in seen["buttons"]]
    assert None not in letters and len(set(letters)) == len(letters)
    assert seen["list first"] and seen["framed"] == ["&Thêm tài khoản…"]
    assert seen["form"] == "Thêm tài khoản" and seen["still open"] and seen["back in"] == "QListWidget"
    assert "admin" in seen["password for"]
    assert not accounts.isVisible() and len(office.users()) == 3  # Escape closed it; nothing added


def test_enter_on_a_button_tab_reached_presses_that_button(qtbot, office, monkeypatch):  # noqa: F811
    """Tab to "Đặt lại mật khẩu…", Enter: the new password is asked (not the add form); Shift+Tab
    back to the list, Enter: the add form, the frame back on "Thêm tài khoản…"; Tab to "Đóng",
    Enter: closed, nothing added. Enter pressed "Thêm tài khoản…" whatever button had the keyboard."""
    as_(office, "admin")
    opened, asked = [], []
    monkeypatch.setattr(AddAccountDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    monkeypatch.setattr(ResetPasswordDialog, "exec", lambda self: asked.append(self.username) or 0)
    accounts = AccountsDialog(office)
    qtbot.addWidget(accounts)
    accounts.show()
    qtbot.waitExposed(accounts)
    accounts.activateWindow()
    qtbot.waitUntil(accounts.isActiveWindow, timeout=10000)
    accounts.list.setCurrentRow(0)
    add, reset, lock, unlock = accounts.action_buttons
    buttons = [*accounts.action_buttons, accounts.close_button]

    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reset
    press(Qt.Key.Key_Return)
    assert asked == ["admin"] and opened == []

    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is accounts.list
    assert [b for b in buttons if b.isDefault()] == [add]
    press(Qt.Key.Key_Return)
    assert opened == ["Thêm tài khoản"] and len(asked) == 1

    for _ in range(4):  # "Mở khóa tài khoản" greyed for an account that can log in: passed over
        press(Qt.Key.Key_Tab)
    assert not unlock.isEnabled()
    assert QApplication.focusWidget() is accounts.close_button
    press(Qt.Key.Key_Return)
    assert not accounts.isVisible() and opened == ["Thêm tài khoản"]
    assert len(office.users()) == 3
