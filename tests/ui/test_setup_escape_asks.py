"""Escape (or Thoát) in "Thiết lập lần đầu" after the unit's search, the preparer and the signer
were typed quit the program at once, everything typed lost without a word (walk 22). Now it asks
"quit and drop what was typed?", going back (the default: Enter, Escape) keeps it all; with
nothing typed Escape quits as before."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import Script, commit_text, press, type_text
from tests.ui.test_keyboard import shown
from ui.i18n import translate
from ui.setup_dialog import SetupDialog


def typed_in(qtbot, workspace) -> SetupDialog:
    dialog = shown(qtbot, SetupDialog(workspace, first_run=True))
    type_text("nghinh")
    press(Qt.Key.Key_Return)
    commit_text("Nguyễn Thị Hương Giang")
    press(Qt.Key.Key_Tab)
    commit_text("Hoàng Văn Trường")
    return dialog


def test_escape_after_typing_asks_and_going_back_keeps_it(qtbot, blank_workspace):
    dialog = typed_in(qtbot, blank_workspace)
    seen = {}

    def read_and_enter(box):
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["default"] = box.defaultButton().text()
        press(Qt.Key.Key_Return, widget=box)

    script = Script((QMessageBox, read_and_enter))
    press(Qt.Key.Key_Escape)  # before: the dialog closed, no question
    script.check()
    visible, focus = dialog.isVisible(), QApplication.focusWidget()
    dialog.done(0)  # closed before any assertion: no question left open at the test's end
    assert visible
    assert seen["default"] == translate("MainWindow", "Go back and fix")
    assert "Nguyễn Thị Hương Giang" in seen["text"] and "Hoàng Văn Trường" in seen["text"]
    assert dialog.preparer.text() == "Nguyễn Thị Hương Giang" and dialog.selected_code()
    assert focus is dialog.signer  # typing goes on where it was


def test_quit_without_it_closes_and_nothing_typed_closes_at_once(qtbot, blank_workspace):
    dialog = typed_in(qtbot, blank_workspace)
    drop = translate("SetupDialog", "Quit without it")
    script = Script((QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == drop).click()))
    dialog.reject()  # Thoát
    script.check()
    assert not dialog.isVisible() and not blank_workspace.is_set_up

    empty = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    press(Qt.Key.Key_Escape)
    assert not empty.isVisible()
