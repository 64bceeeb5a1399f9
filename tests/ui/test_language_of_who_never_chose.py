"""Walk U14, F3: two people share the laptop. The leader chooses English in Tệp › Cài đặt…;
the officer, who has always worked in Vietnamese and never chose a language, logs in next and
gets the program's Vietnamese, not the leader's English; the leader logging in again gets
English back, the choice kept; each login dialog is in the language of the person before."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, type_text
from ui import i18n
from ui.login_dialog import LoginDialog
from ui.preferences import UserPreferences
from ui.setup_dialog import SetupDialog


def test_who_never_chose_gets_vietnamese_not_the_last_persons_english(qtbot, make_window, office):  # noqa: F811
    i18n.install_language(i18n.VIETNAMESE)
    as_(office, "lanhdao")
    window = make_window(office)

    def english(dialog):
        dialog.language.setFocus()
        press(Qt.Key.Key_Down)  # English
        press(Qt.Key.Key_Return)

    script = Script((SetupDialog, english))
    window.settings_action.trigger()
    script.check()
    assert i18n.current_language() == i18n.ENGLISH

    def log_in(who):
        def step(dialog):
            type_text(who)
            press(Qt.Key.Key_Tab)
            type_text(PW[who])
            press(Qt.Key.Key_Return)
        script = Script((LoginDialog, step))
        window.switch_account_action.trigger()
        script.check()

    log_in("canbo")  # never chose
    assert i18n.current_language() == i18n.VIETNAMESE
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Số liệu các chỉ tiêu")
    shot(window, "s80_officer_after_english_leader")
    assert UserPreferences.of(office).language is None  # nothing chosen for the officer
    log_in("lanhdao")
    assert i18n.current_language() == i18n.ENGLISH  # the leader's own choice kept
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Indicator figures")
    log_in("canbo")
    assert i18n.current_language() == i18n.VIETNAMESE
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Số liệu các chỉ tiêu")
    assert i18n.saved_language() == i18n.VIETNAMESE  # the next login dialog: the last person's language
    QApplication.processEvents()


def test_the_first_runs_officer_keeps_the_administrators_language(qtbot, blank_workspace):
    """The first run on a computer in English: the administrator, "I also do the officer's work",
    sets the commune up and goes on as the officer, the same person: English still, and kept so."""
    from tests.ui.conftest import commit_text
    from ui.app import start
    from ui.login_dialog import FirstAdminDialog
    from ui.main_window import MainWindow
    from ui.mode_dialog import ModeDialog

    i18n.switch_language(i18n.ENGLISH)  # the computer's language, before anyone logged in
    ws = blank_workspace

    def first_admin(dialog):
        type_text("quantri")
        press(Qt.Key.Key_Tab)
        type_text("Hoàng Thị Thảo")
        press(Qt.Key.Key_Tab)
        type_text("hoa-sen-bon-mua-26")
        press(Qt.Key.Key_Tab)
        type_text("hoa-sen-bon-mua-26")
        dialog.also_officer.setChecked(True)
        dialog.officer.setFocus()
        press(Qt.Key.Key_Return)

    def commune(dialog):
        press(Qt.Key.Key_Return, widget=dialog)

    def set_up(dialog):
        type_text("tan cuong")
        press(Qt.Key.Key_Return)
        commit_text("Nguyễn Văn An")
        press(Qt.Key.Key_Tab)
        commit_text("Trần Thị Bình")
        dialog.accept()

    script = Script((FirstAdminDialog, first_admin), (ModeDialog, commune), (SetupDialog, set_up))
    window = start(ws, login=True)
    script.check()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert ws.account.username != "quantri"  # the officer's account
    assert i18n.current_language() == i18n.ENGLISH
    assert UserPreferences.of(ws).language == i18n.ENGLISH  # the next login as the officer: English too
    i18n.switch_language(i18n.VIETNAMESE)
