"""The officer's account before the unit is chosen (walk 22): the first run made the administrator
and "I also do the officer's work", and the unit was not chosen in that session. Logging in next
time with the officer's account, the greyed "Thiết lập lần đầu" offered "Bắt đầu", and Enter on it
ended the program with a traceback's "Chạy: chitieu setup --commune …" at every start. Now a box
says the unit is not chosen yet and which account chooses it (the administrator's user name), with
"log in with another account" (back to the login, the default) and "Quit" (Escape)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import Script, commit_text, press, type_text
from ui.app import start
from ui.i18n import translate
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.mode_dialog import ModeDialog
from ui.setup_dialog import SetupDialog

PASSWORD = "hoa-sen-bon-mua-26"


def officer_logged_in(ws):
    ws.add_first_accounts("quantri", "Hoàng Thị Thảo", PASSWORD, "quantri.nhaplieu")
    ws.login("quantri.nhaplieu", PASSWORD)


def enter(dialog):
    press(Qt.Key.Key_Return, widget=dialog)


def test_the_officer_is_told_who_chooses_the_unit_and_quits_with_escape(qtbot, blank_workspace):
    ws = blank_workspace
    officer_logged_in(ws)
    seen = {}

    def read_and_escape(box):
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
        seen["default"] = box.defaultButton().text().replace("&", "")
        seen["focus"] = QApplication.focusWidget() is box.defaultButton()
        press(Qt.Key.Key_Escape, widget=box)

    script = Script((ModeDialog, enter), (QMessageBox, read_and_escape))
    window = start(ws, login=False)  # before: NotFound "Chưa chọn xã, phường. Chạy: chitieu setup …"
    script.check()
    assert window is None and not ws.is_set_up
    assert "quantri" in seen["text"].replace("quantri.nhaplieu", "")  # the administrator's user name
    assert "chitieu" not in seen["text"] and "--" not in seen["text"]  # no command line for a person
    assert "Bắt đầu" not in seen["buttons"] and len(seen["buttons"]) == 2
    assert seen["default"] == translate("SetupDialog", "&Log in with another account").replace("&", "")
    assert seen["focus"]  # Enter presses it
    assert translate("SetupDialog", "&Quit").replace("&", "") in seen["buttons"]


def test_log_in_as_the_administrator_from_the_box_goes_on_to_the_setup(qtbot, blank_workspace):
    ws = blank_workspace
    officer_logged_in(ws)

    def log_in_as_administrator(dialog):
        type_text("quantri")
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)

    def set_up(dialog):
        assert dialog.editable and dialog.ok_button.isEnabled()
        type_text("tan cuong")
        press(Qt.Key.Key_Return)
        commit_text("Nguyễn Văn An")
        press(Qt.Key.Key_Tab)
        commit_text("Trần Thị Bình")
        dialog.accept()

    script = Script((ModeDialog, enter), (QMessageBox, enter), (LoginDialog, log_in_as_administrator),
                    (SetupDialog, set_up))  # "commune" is not asked twice
    window = start(ws, login=False)
    script.check()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert ws.is_set_up and ws.account.username == "quantri"
