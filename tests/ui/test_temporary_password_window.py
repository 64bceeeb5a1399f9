"""Walk U7 in the window, by real keys: the administrator's reset form asks the new password twice, a refusal
under it, the cursor back in the first field (F4); the person logging in with the reset password is asked for
their own at once, told who reset it and when, and can do nothing else (F2); the add-account form checks the
user name at Enter and has Alt letters (F5)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.errors import NotPermitted
from tests.core.test_temporary_password import PW, filled, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog
from ui.login_dialog import LoginDialog, NewPasswordDialog

pytestmark = pytest.mark.temporary_passwords
WHEN = re.compile(r"\d\d:\d\d \d\d/\d\d/\d{4}")


def _select(accounts: AccountsDialog, name: str) -> None:
    for row in range(accounts.list.count()):
        if accounts.list.item(row).data(256) == name:
            accounts.list.setCurrentRow(row)


def test_the_reset_form_asks_twice_and_refuses_under_itself(qtbot, office):  # noqa: F811
    office.login("admin", PW["admin"])
    seen = {}

    def in_the_list(dialog):
        _select(dialog, "lanhdao")
        letter = re.search(r"&(\w)", dialog.action_buttons[1].text()).group(1).upper()  # Đặt lại &mật khẩu…
        QTimer.singleShot(0, lambda: press(getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier,
                                           widget=dialog))

    def the_form(form):
        seen["first"] = QApplication.focusWidget() is form.password
        seen["intro"] = form.intro.text()
        type_text("chiem-quyen-2026")
        press(Qt.Key.Key_Return)  # on to the second field
        type_text("chiem-quyen-2062")  # a typo
        press(Qt.Key.Key_Return)
        seen["typo"] = (form.isVisible(), form.error.text(), form.password.text(), form.again.text(),
                        QApplication.focusWidget() is form.password)
        type_text("ngan")
        press(Qt.Key.Key_Return)
        type_text("ngan")
        press(Qt.Key.Key_Return)
        seen["short"] = (form.isVisible(), form.error.text(), QApplication.focusWidget() is form.password)
        type_text("chiem-quyen-2026")
        press(Qt.Key.Key_Return)
        type_text("chiem-quyen-2026")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def said(box):
        seen["said"] = box.text()
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))
        QTimer.singleShot(50, lambda: press(Qt.Key.Key_Escape, widget=accounts))

    script = Script((AccountsDialog, in_the_list), (ResetPasswordDialog, the_form), (QMessageBox, said))
    accounts = AccountsDialog(office)
    accounts.exec()
    script.check()
    assert seen["first"] and "lanhdao" in seen["intro"] and "Trần Thị Bình" in seen["intro"]
    visible, error, first, second, back = seen["typo"]
    assert visible and error and (first, second) == ("", "") and back  # nothing set by a typo
    visible, error, back = seen["short"]
    assert visible and "8" in error and back
    assert seen["said"].startswith("Đã đặt mật khẩu mới cho lanhdao. Đây là mật khẩu tạm")
    row = office.store.user("lanhdao")
    assert row.password_set_by == "admin" and row.password_set_at is not None


def test_a_login_with_a_reset_password_asks_for_the_persons_own_at_once(qtbot, office):  # noqa: F811
    filled(office)
    office.login("admin", PW["admin"])
    office.set_password("lanhdao", "chiem-quyen-2026")
    office.logout()
    seen = {}

    def log_in(login):
        type_text("lanhdao")
        press(Qt.Key.Key_Return)
        type_text(PW["lanhdao"])  # the old one: told why it fails
        press(Qt.Key.Key_Return)
        seen["old"] = login.error.text()
        type_text("chiem-quyen-2026")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def new_password(form):
        seen["intro"] = form.intro.text()
        seen["first"] = QApplication.focusWidget() is form.new
        with pytest.raises(NotPermitted, match="là mật khẩu tạm"):
            office.approve("2026")  # meanwhile, nothing else goes
        type_text("cua-rieng-toi-2026")
        press(Qt.Key.Key_Tab)
        type_text("cua-rieng-toi-2026")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    script = Script((LoginDialog, log_in), (NewPasswordDialog, new_password))
    login = LoginDialog(office)
    accepted = login.exec()
    script.check()
    assert seen["old"].startswith("Sai tên đăng nhập hoặc mật khẩu. Mật khẩu của tài khoản này do admin (Hoàng Văn "
                                  "Quản) đặt lại lúc ") and WHEN.search(seen["old"])
    assert seen["intro"].startswith("Mật khẩu của tài khoản lanhdao do admin (Hoàng Văn Quản) đặt lại lúc ")
    assert WHEN.search(seen["intro"]) and seen["first"]
    assert accepted == LoginDialog.DialogCode.Accepted and office.account.username == "lanhdao"
    assert office.password_to_change() is None
    office.approve("2026")


def test_leaving_the_new_password_unchosen_logs_out(qtbot, office):  # noqa: F811
    office.login("admin", PW["admin"])
    office.set_password("canbo", "chiem-quyen-2026")
    office.logout()
    seen = {}

    def log_in(login):
        type_text("canbo")
        press(Qt.Key.Key_Return)
        type_text("chiem-quyen-2026")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def new_password(form):
        press(Qt.Key.Key_Escape)
        QTimer.singleShot(0, refused)

    def refused():
        login.activateWindow()  # as the window manager does when the form closes
        qtbot.waitUntil(login.isActiveWindow, timeout=10000)
        seen["error"] = login.error.text()
        seen["visible"] = login.isVisible()
        press(Qt.Key.Key_Escape, widget=login)

    script = Script((LoginDialog, log_in), (NewPasswordDialog, new_password))
    login = LoginDialog(office)
    login.exec()
    script.check()
    assert seen["visible"] and seen["error"] and office.account is None
    assert office.store.user("canbo").password_set_by == "admin"  # still temporary


def test_the_add_form_checks_the_user_name_at_enter_and_has_letters(qtbot, office):  # noqa: F811
    office.login("admin", PW["admin"])
    form = AddAccountDialog(office)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=10000)
    assert QApplication.focusWidget() is form.username
    type_text("Lê Văn")
    press(Qt.Key.Key_Return)
    assert form.error.text() and QApplication.focusWidget() is form.username  # stays, says why
    labels = [form.form.labelForField(w).text() for w in (form.username, form.full_name, form.role, form.password,
                                                         form.again)]
    buttons = [b.text() for b in form.buttons.buttons()]
    letters = [re.search(r"&(\w)", t).group(1).lower() for t in labels + buttons]
    assert len(set(letters)) == len(letters) == 7
