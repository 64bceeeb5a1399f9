"""The key-confirmation field after a wrong code (walk 6, finding 3): the code refused stays
selected, so the code typed again from the paper replaces it (it went after the refused one:
"ABCD-…-MNOPqdds s2fe nkqg"), also when the keyboard comes back to the field after leaving it;
and the field takes no more than a code can be typed as."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.test_keys_window import click, click_row, key_row, mail, received, window  # noqa: F401
from tests.ui.conftest import Script, press, type_text
from ui.province_key_dialog import CODE_TYPED, KeyConfirmDialog

WRONG = "ABCD-EFGH-IJKL-MNOP"


def _confirm(qtbot, window, unit_code, key_code, *steps):
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, key_row(tab, unit_code, key_code))
    script = Script(*steps)
    click(qtbot, tab.confirm_button)
    script.check()


def wrong_code(dialog):
    type_text(WRONG)
    # pressed from the event loop: the refusal's message box runs a loop of its own
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))


def test_the_code_typed_again_replaces_the_refused_one(qtbot, received, mail, office):  # noqa: F811
    """Wrong code, Enter, the message closed with Enter: the right code typed as read on the paper
    (lower case, spaces), with no Ctrl+A, replaces the refused one; Enter confirms the key."""
    window, a = received, mail["a"]
    seen = {}

    def type_again(dialog):
        seen["selected"] = dialog.code.selectedText()
        type_text(a.key_code.lower().replace("-", " "))
        seen["typed"] = dialog.code.text()
        press(Qt.Key.Key_Return)

    _confirm(qtbot, window, a.unit_code, a.key_code, (KeyConfirmDialog, wrong_code),
             (QMessageBox, lambda box: press(Qt.Key.Key_Return)), (KeyConfirmDialog, type_again))
    assert seen == {"selected": WRONG, "typed": a.key_code.lower().replace("-", " ")}
    assert office.key_state(a.unit_code).state == KeyState.XAC_NHAN


def test_the_refused_code_is_selected_again_when_the_keyboard_comes_back(qtbot, received, mail):  # noqa: F811
    """After the refusal, Tab to "Xác nhận" and Shift+Tab back, or the window given the keyboard
    back: the refused code is still all selected, and typing replaces it."""
    window, b = received, mail["b"]
    seen = {}

    def leave_and_come_back(dialog):
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.confirm_button
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        QApplication.processEvents()
        seen["after_tab"] = dialog.code.selectedText()
        dialog.code.deselect()  # as a window manager's reactivation may leave it
        window.activateWindow()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
        dialog.code.clearFocus()
        dialog.code.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        qtbot.waitUntil(lambda: dialog.code.selectedText() == WRONG, timeout=10000)
        type_text("x")
        seen["typed"] = dialog.code.text()
        press(Qt.Key.Key_Escape)

    _confirm(qtbot, window, b.unit_code, b.key_code, (KeyConfirmDialog, wrong_code),
             (QMessageBox, lambda box: press(Qt.Key.Key_Return)), (KeyConfirmDialog, leave_and_come_back))
    assert seen == {"after_tab": WRONG, "typed": "x"}


def test_the_field_takes_no_more_than_a_code_typed_with_gaps(qtbot, received, mail):  # noqa: F811
    """"abcd - efgh - ijkl - mnop" (the longest way a code is typed) fits whole; a character more
    is not taken."""
    window, b = received, mail["b"]
    seen = {}
    spaced = " - ".join(("abcd", "efgh", "ijkl", "mnop"))

    def type_long(dialog):
        type_text(spaced + "qrst")
        seen["text"] = dialog.code.text()
        press(Qt.Key.Key_Escape)

    _confirm(qtbot, window, b.unit_code, b.key_code, (KeyConfirmDialog, type_long))
    assert len(spaced) == CODE_TYPED and seen["text"] == spaced
