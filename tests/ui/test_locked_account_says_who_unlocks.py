"""An account an administrator locked, its right password typed at the login or at the idle lock,
is told who unlocks it and how (H3 #3): the line said "Tài khoản canbo đã bị quản trị viên khóa; hãy
hỏi quản trị viên." alone, to the office's only officer, locked with every officer account (the
wording of `who_may`: the administrators named, the accounts dialog and its button; the other
officers' accounts that can log in, if any). The keys then lead there: at the login the user name
is selected for the administrator's; at the lock Enter logs out."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.login_dialog import LoginDialog

UNLOCK = ("Tài khoản canbo (Cán bộ nhập liệu) đã bị quản trị viên khóa. Việc mở khóa do Quản trị làm: Hoàng Văn "
          "Quản (admin) — đăng nhập bằng tài khoản đó, vào Quản trị › Tài khoản…, chọn canbo rồi bấm Mở khóa tài "
          "khoản.")


def _admin_logs_in(_dialog) -> None:
    type_text("admin")
    press(Qt.Key.Key_Return)
    type_text(PW["admin"])
    press(Qt.Key.Key_Return)


def test_the_login_of_the_locked_only_officer_names_who_unlocks_it_and_how(qtbot, office):  # noqa: F811
    as_(office, "admin")
    office.lock_account("canbo")
    office.logout()
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    type_text("canbo")
    press(Qt.Key.Key_Return)
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert dialog.error.text() == UNLOCK
    assert dialog.isVisible() and office.account is None
    # the user name selected: the administrator types theirs over it, then the password
    assert QApplication.focusWidget() is dialog.username and dialog.username.selectedText() == "canbo"
    _admin_logs_in(dialog)
    assert office.account.username == "admin" and not dialog.isVisible()


def test_another_officer_account_that_can_log_in_is_named_too(office):  # noqa: F811
    as_(office, "admin")
    office.add_user("canbo2", "Lê Thị Hai", Role.OFFICER, PW["canbo"])
    office.lock_account("canbo")
    office.logout()
    with pytest.raises(NotPermitted) as refused:
        office.login("canbo", PW["canbo"])
    said = refused.value
    assert said.message == UNLOCK + " Hoặc đăng nhập bằng tài khoản Cán bộ nhập liệu khác: Lê Thị Hai (canbo2)."
    assert said.en == (
        "The account canbo (Data-entry officer) was locked by the administrator. Unlocking it is for the role "
        "Administrator: Hoàng Văn Quản (admin) — log in with that account, open Administration › Accounts…, choose "
        "canbo and press Unlock the account. Or log in with another Data-entry officer account: Lê Thị Hai (canbo2).")


def test_the_idle_lock_of_an_officer_locked_meanwhile_says_it_and_enter_logs_out(qtbot, make_window, office,  # noqa: F811
                                                                                data_dir):
    as_(office, "canbo")
    window = make_window(office)
    admin = Workspace.open(data_dir)  # the administrator, at another window
    admin.login("admin", PW["admin"])
    admin.lock_account("canbo")
    admin.close()
    dialog = window.idle_lock.lock()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=10000)
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert window.idle_lock.locked and dialog.error.text() == UNLOCK
    assert QApplication.focusWidget() is dialog.logout_button
    script = Script((LoginDialog, _admin_logs_in))
    press(Qt.Key.Key_Return)  # Đăng xuất: the login, where the administrator logs in
    qtbot.waitUntil(lambda: not script.steps, timeout=5000)
    script.check()
    assert office.account.username == "admin" and not window.idle_lock.locked
