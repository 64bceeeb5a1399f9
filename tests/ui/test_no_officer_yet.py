"""Walk h4: right after the first set-up, without ticking "also officer", the administrator's window
said "Muốn nhập, đăng nhập bằng tài khoản Cán bộ nhập liệu" while no such account existed. Where none
exists it says where one is made (Quản trị › Tài khoản…, Alt+Q, T) and how to log in with it; once one
is added there, the usual words are back. A leader is told the administrator makes it."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.ui.conftest import Script, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog

PW = "cay-tre-2026"
NONE_YET = "chưa có tài khoản Cán bộ nhập liệu"
LOG_IN_AS_OFFICER = "Việc nhập số liệu do Cán bộ nhập liệu làm:"


def first_set_up(data_dir) -> Workspace:
    """The first run as the walk did it: the administrator's account, the unit, no officer."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Đỗ Văn Quản", Role.ADMIN, PW)
    ws.login("admin", PW)
    ws.setup("phan dinh phung", "Nguyễn Thị Phương Thảo", "Hoàng Nguyễn Minh Khoa", "Phó Chủ tịch", "BC-UBND")
    return ws


def opened(make_window, ws):
    window = make_window(ws)
    window.resize(1366, 768)
    QApplication.processEvents()
    return window


def test_the_administrator_is_told_where_an_officer_account_is_made(make_window, data_dir):
    ws = first_set_up(data_dir)
    window = opened(make_window, ws)
    said = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert window.frozen_label.isVisible()
    assert re.search(NONE_YET, said), said
    assert "Quản trị › Tài khoản…" in said and "Alt+Q, T" in said, said
    assert "Tệp › Đăng nhập tài khoản khác…" in said, said
    assert LOG_IN_AS_OFFICER not in said

    # The keys it names: Alt+Q, T opens the accounts; Enter, the form; an officer added.
    accounts = []

    def in_the_list(dialog):
        accounts.append(dialog)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def the_form(form):
        assert form.role.currentData() == Role.OFFICER
        for text in ("canbo", "Nguyễn Thị Phương Thảo"):
            type_text(text)
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Tab)  # the role: Cán bộ nhập liệu
        for text in ("nhap-lieu-2026", "nhap-lieu-2026"):
            type_text(text)
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Return, widget=form)
        QTimer.singleShot(0, back_in_the_list)

    def back_in_the_list():
        accounts[0].activateWindow()  # as the window manager does when the form closes
        press(Qt.Key.Key_Escape, widget=accounts[0])

    script = Script((AccountsDialog, in_the_list), (AddAccountDialog, the_form))
    press(Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is window.admin_menu
    QTest.keyClick(menu, "t")  # the letter as typed (a key code alone carries no text for the menu)
    script.check()
    assert [u.username for u in ws.users() if u.role == Role.OFFICER] == ["canbo"]
    said = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert said == ("Tài khoản Đỗ Văn Quản (Quản trị) chỉ xem số liệu. " + LOG_IN_AS_OFFICER + " Nguyễn Thị Phương "
                    "Thảo (canbo) — đăng nhập bằng tài khoản đó (Tệp › Đăng nhập tài khoản khác…)."), said


def test_a_leader_is_told_the_administrator_makes_it(make_window, data_dir):
    ws = first_set_up(data_dir)
    ws.add_user("lanhdao", "Hoàng Nguyễn Minh Khoa", Role.LEADER, "duyet-so-2026")
    ws.logout()
    ws.login("lanhdao", "duyet-so-2026")
    window = opened(make_window, ws)
    said = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert re.search(NONE_YET, said) and "Quản trị › Tài khoản…" in said, said
    assert "Alt+Q" not in said and LOG_IN_AS_OFFICER not in said
