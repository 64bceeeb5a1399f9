"""The province window's File menu reaches what the commune window's menus do for a person: the
interface language (there was no way to English in province mode), changing one's password and
logging out, by keyboard: Alt+T, the item's letter, the language's letter."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.users import Role
from desktop_app.province import ProvinceOffice
from tests.ui.conftest import Script, type_text
from ui import i18n
from ui.login_dialog import ChangePasswordDialog, LoginDialog
from ui.province_window import ProvinceWindow

PASSWORD = "mat-khau-tinh-2026"


@pytest.fixture
def province(qtbot, tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.ws.add_first_accounts("vanthu", "Nguyễn Thị Văn Thư", PASSWORD)
    office.ws.login("vanthu", PASSWORD)
    window = ProvinceWindow(office.ws, today=dt.date(2026, 6, 19))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.table.setFocus()
    yield window
    window.idle_lock.timer.stop()
    window.close()
    office.close()


def key(k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a person presses it: into the open menu if one is, else where the cursor is."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    QTest.keyClick(target, k, modifiers)
    QApplication.processEvents()


def test_alt_t_g_e_turns_the_province_window_to_english_and_back(qtbot, province):
    window = province
    key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tệp
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    key(Qt.Key.Key_G)  # Ngôn ngữ &giao diện
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.language_menu, timeout=10000)
    assert [a.isChecked() for a in window.language_menu.actions()] == [True, False]
    key(Qt.Key.Key_E)  # &English
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=10000)
    assert i18n.current_language() == i18n.ENGLISH and window.tabs.tabText(0) == "Reports &sent"
    assert [a.isChecked() for a in window.language_menu.actions()] == [False, True]
    key(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &File
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    key(Qt.Key.Key_L)  # Interface &language
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.language_menu, timeout=10000)
    key(Qt.Key.Key_T)  # &Tiếng Việt
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tệp", timeout=10000)
    assert i18n.current_language() == i18n.VIETNAMESE


def test_the_province_clerk_changes_the_password_and_logs_out_from_the_menu(qtbot, province):
    window = province

    def change(dialog):
        type_text(PASSWORD)
        key(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-2026")
        key(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-2026")
        key(Qt.Key.Key_Return)

    script = Script((ChangePasswordDialog, change))
    key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    key(Qt.Key.Key_M)  # Đổi &mật khẩu…
    qtbot.waitUntil(lambda: not script.steps, timeout=10_000)
    script.check()
    window.workspace.logout()
    assert window.workspace.login("vanthu", "mat-khau-moi-2026").username == "vanthu"

    def log_in_again(dialog):
        type_text("vanthu")
        key(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-2026")
        key(Qt.Key.Key_Return)

    seen = {}

    def nobody_then_login(dialog):
        seen["nobody"] = window.workspace.account is None
        log_in_again(dialog)

    script = Script((LoginDialog, nobody_then_login))
    window.activateWindow()  # the window active again, as after the dialog on a real screen
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.table.setFocus()
    key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    key(Qt.Key.Key_X)  # Đăng &xuất
    qtbot.waitUntil(lambda: not script.steps, timeout=10_000)
    qtbot.waitUntil(lambda: window.workspace.account is not None, timeout=10_000)
    script.check()
    assert seen == {"nobody": True} and window.workspace.account.username == "vanthu"
    assert window.workspace.account.role == Role.ADMIN


def test_after_the_half_year_deadline_the_window_opens_on_the_half_year(qtbot, tmp_path):
    """22/06/2026: communes work on 9 tháng, but late 6 tháng reports still arrive; the reviewer's
    window opens on 6 tháng, so a folder taken in at once is not refused as the wrong period."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    window = ProvinceWindow(office.ws, today=dt.date(2026, 6, 22))
    qtbot.addWidget(window)
    try:
        assert window.period_box.currentData() == "2026-6M"
        assert "6 tháng" in window.period_box.currentText()
    finally:
        window.idle_lock.timer.stop()
        window.close()
        office.close()
