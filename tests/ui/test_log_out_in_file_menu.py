"""Logging out and switching account are in Tệp, every person's menu (walk U16: only under "Quản trị",
which an officer or a leader reads as the administrator's, so they never looked there). By the keys:
Alt+T, then the item's own letter, read from the menu as it shows now."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.login_dialog import LoginDialog


def _letter(text: str) -> str:
    return re.search(r"&([^&])", text).group(1).lower()


@pytest.mark.parametrize("item", ["log_out_action", "switch_account_action"])
def test_the_officer_hands_over_to_the_leader_from_the_file_menu_by_keys(qtbot, make_window, office, item):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office)
    action = getattr(window, item)
    assert action in window.file_menu.actions() and action not in window.admin_menu.actions()
    file_letters = [_letter(a.text()) for a in window.file_menu.actions() if a.text()]
    assert file_letters.count(_letter(action.text())) == 1  # Alt+T then its letter opens it, nothing else

    def leader(_dialog):
        type_text("lanhdao")
        press(Qt.Key.Key_Return)
        type_text(PW["lanhdao"])
        press(Qt.Key.Key_Return)

    script = Script((LoginDialog, leader))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tệp
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    QTest.keyClick(window.file_menu, _letter(action.text()))
    script.check()
    assert office.account.username == "lanhdao"
