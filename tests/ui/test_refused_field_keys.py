"""A refused account form puts the cursor in the field the refusal names, its text selected so
what is typed replaces it (it stayed in "Nhập lại mật khẩu", the last field typed)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.accounts_dialog import AddAccountDialog
from ui.login_dialog import FirstAdminDialog

PASSWORD = "hoa-sen-2026"


def fill(username: str, full_name: str, password: str, again: str, role_tab: bool = False) -> None:
    type_text(username)
    press(Qt.Key.Key_Tab)
    type_text(full_name)
    press(Qt.Key.Key_Tab)
    if role_tab:
        press(Qt.Key.Key_Tab)
    type_text(password)
    press(Qt.Key.Key_Tab)
    type_text(again)
    press(Qt.Key.Key_Return)


def test_first_administrator_with_an_accented_user_name_goes_back_to_it(qtbot, blank_workspace):
    dialog = shown(qtbot, FirstAdminDialog(blank_workspace))
    fill("Thảo", "Nguyễn Thị Phương Thảo", PASSWORD, PASSWORD)
    assert dialog.isVisible() and "Tên đăng nhập" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.username and dialog.username.selectedText() == "Thảo"
    type_text("thao")
    press(Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and blank_workspace.account.username == "thao"


def test_passwords_not_the_same_go_back_to_the_password(qtbot, blank_workspace):
    dialog = shown(qtbot, FirstAdminDialog(blank_workspace))
    fill("thao", "Nguyễn Thị Phương Thảo", PASSWORD, "mat-khau-2025")
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.password
    # both emptied, to be typed again (walk 15, L1: the wrong second one stayed and was refused again)
    assert (dialog.password.text(), dialog.again.text()) == ("", "")


def test_a_user_name_already_taken_goes_back_to_it(qtbot, office):  # noqa: F811
    as_(office, "admin")
    dialog = shown(qtbot, AddAccountDialog(office))
    fill("canbo", "Nguyễn Thị Phương Thảo Hoàng Lan", PASSWORD, PASSWORD, role_tab=True)
    assert dialog.isVisible() and '"canbo" đã có' in dialog.error.text()
    assert QApplication.focusWidget() is dialog.username and dialog.username.selectedText() == "canbo"
    type_text("thao")
    press(Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "thao" in [a.username for a in office.users()]
