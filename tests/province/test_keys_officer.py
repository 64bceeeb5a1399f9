"""Confirming or revoking a key, accepting an unsigned file: a leader's decision. A data-entry
officer who chooses one is told so at once, in a message that has the keyboard (Enter or
Escape closes it, the keyboard back on the list), before typing the code from the paper or
reading the warning; nothing changes (review L10: the officer typed the code, pressed Enter,
and only then met the refusal)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.test_keys_window import key_row, mail, received, window  # noqa: F401 - fixtures
from tests.ui.conftest import Script, press

PASSWORD = "hoasen-2026"


@pytest.fixture
def officer(office):
    """The province database with its first accounts, the officer logged in."""
    office.ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", PASSWORD, officer_username="tinh.nhaplieu")
    office.ws.login("tinh.nhaplieu", PASSWORD)
    return office


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_an_officer_is_refused_before_typing_the_code(qtbot, officer, received, mail, key):  # noqa: F811
    window, a = received, mail["a"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    tab.table.setFocus()
    assert QApplication.focusWidget() is tab.table
    tab.table.selectRow(key_row(tab, a.unit_code, a.key_code))
    seen = {}

    def refused(box):
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        press(key)

    script = Script((QMessageBox, refused))
    press(Qt.Key.Key_Return, widget=tab.table)  # Enter on the key's row: "Xác nhận khóa…"
    script.check()
    assert seen["title"] == "Không xác nhận được khóa"
    assert seen["text"].startswith("Tài khoản tinh.nhaplieu (Cán bộ nhập liệu) không được xác nhận hoặc thu hồi khóa ký, "
                                   "chấp nhận tệp chưa ký. Việc này do Lãnh đạo làm")
    assert QApplication.activeModalWidget() is None
    window.activateWindow()  # offscreen Qt has no window manager to give the window the keyboard back
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    assert QApplication.focusWidget() is tab.table
    assert officer.key_state(a.unit_code).state == KeyState.CHO

    script = Script((QMessageBox, refused))
    tab.revoke_key()
    script.check()
    assert seen["title"] == "Thu hồi khóa" and "không được" in seen["text"]
    assert officer.key_state(a.unit_code).state == KeyState.CHO
