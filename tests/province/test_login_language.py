"""A provincial reviewer who reads English chooses it at the login box, by keyboard, before
logging in (there was no way: the box opened in Vietnamese, or in the last person's language,
and English was only in Tệp › Ngôn ngữ giao diện once logged in). Alt+G, Down: the box says
itself in English at once; logged in, the window is in English and the choice is that person's,
as one made in the window. The next person, who never chose, gets Vietnamese after a log-out
(commit db8c985, walk U14 F3: the province window kept the last person's language), and the
reviewer English again. The cursor still starts in the user name, and Tab goes through the user
name, the password, Log in and Quit before the language, as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui.conftest import Script, press, shot, type_text
from ui import i18n
from ui.login_dialog import LoginDialog
from ui.preferences import UserPreferences

PASSWORD = "hoasen123"


@pytest.fixture
def people(office, qapp):
    """The office's leader (the reviewer) and officer, nobody logged in, nobody's language chosen;
    the computer's language Vietnamese."""
    QSettings().remove("users")
    ws = office.ws
    ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", PASSWORD)
    ws.login("quan-tri", PASSWORD)
    ws.add_user("lanh-dao", "Trần Thị Duyệt", "Lãnh đạo", PASSWORD)
    ws.add_user("can-bo", "Lê Văn Nhận", "Cán bộ nhập liệu", PASSWORD)
    ws.logout()
    i18n.switch_language(i18n.VIETNAMESE)
    yield ws
    i18n.switch_language(i18n.VIETNAMESE)
    QSettings().remove("users")


def login_shot(dialog: LoginDialog, name: str) -> None:
    shot(dialog, f"s84_login_{name}")


def tab_order(dialog: LoginDialog) -> list:
    """Where Tab takes the cursor from the user name, until it comes back to it."""
    seen = [QApplication.focusWidget()]
    for _ in range(8):
        press(Qt.Key.Key_Tab)
        if QApplication.focusWidget() is seen[0]:
            break
        seen.append(QApplication.focusWidget())
    dialog.username.setFocus()
    return seen


def log_in(qtbot, who: str, english_first: bool = False):
    """The login box's step: (Alt+G, Down: English,) then the user name, Tab, the password, Enter."""
    def step(dialog: LoginDialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        quit_ = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert QApplication.focusWidget() is dialog.username  # the cursor where it always started
        assert tab_order(dialog) == [dialog.username, dialog.password, ok, quit_, dialog.language]
        if english_first:
            login_shot(dialog, "vi")
            press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is dialog.language
            press(Qt.Key.Key_Down)
            qtbot.waitUntil(lambda: dialog.windowTitle().startswith("Log in"))
            assert dialog.intro.text() == "Log in with the account the administrator gave you."
            assert (ok.text(), quit_.text()) == ("&Log in", "&Quit")
            assert dialog.form.labelForField(dialog.username).text() == "&User name:"
            login_shot(dialog, "en")
            press(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # the user name's letter in English
            assert QApplication.focusWidget() is dialog.username
        type_text(who)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)
    return step


def test_the_reviewer_chooses_english_at_the_login_box(qtbot, office, people):
    from ui.app import start
    from ui.province_window import ProvinceWindow

    script = Script((LoginDialog, log_in(qtbot, "lanh-dao", english_first=True)))
    window = start(people, login=True)
    script.check()
    assert isinstance(window, ProvinceWindow)
    qtbot.addWidget(window)
    assert people.account.username == "lanh-dao"
    assert i18n.current_language() == i18n.ENGLISH
    assert window.file_menu.title() == "&File"  # the window in English from its first look
    assert UserPreferences.of(people).language == i18n.ENGLISH  # the reviewer's own choice, kept

    script = Script((LoginDialog, log_in(qtbot, "can-bo")))  # Tệp › Đăng xuất; the officer never chose
    assert window.log_out()
    script.check()
    assert people.account.username == "can-bo"
    assert i18n.current_language() == i18n.VIETNAMESE
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tệp")
    assert UserPreferences.of(people).language is None

    script = Script((LoginDialog, log_in(qtbot, "lanh-dao")))  # the reviewer again, choosing nothing
    assert window.log_out()
    script.check()
    assert i18n.current_language() == i18n.ENGLISH
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_a_language_chosen_then_the_box_cancelled_is_not_kept(qtbot, office, people):
    """English chosen in the box, then Escape: the language the box opened in comes back (in a
    switch of account the person before stays logged in), and nobody's choice is written."""
    dialog = LoginDialog(people)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Down)
    assert i18n.current_language() == i18n.ENGLISH
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert i18n.current_language() == i18n.VIETNAMESE
    assert i18n.saved_language() == i18n.VIETNAMESE
