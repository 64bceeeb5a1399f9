"""Thiết lập lần đầu (walk 29, L): Enter in the signer's name left empty went on to Chức vụ người ký
(a box that takes no letters) without a word, and the name typed next was lost. Enter in an empty
name (who prepares, who signs) now stays there and says what is missing under the form, in the
words Bắt đầu's refusal uses; the line goes as the name is typed, and Enter then goes on as before.
Settings alike (a signer's name cleared)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.setup_dialog import SetupDialog

SIGNER_MISSING = "Người ký: chưa nhập họ và tên."
PREPARER_MISSING = "Người lập biểu: chưa nhập họ và tên."


def test_enter_on_an_empty_name_stays_and_says_what_is_missing(qtbot, blank_workspace):
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("nghinh tuong")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.preparer
    press(Qt.Key.Key_Return)  # the preparer left empty
    assert QApplication.focusWidget() is dialog.preparer
    assert dialog.error.isVisible() and dialog.error.text() == PREPARER_MISSING
    type_text("Nông Thị Lan")
    assert not dialog.error.isVisible()  # goes as the name is typed
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.signer
    type_text("   ")  # spaces are no name either
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.signer
    assert dialog.error.isVisible() and dialog.error.text() == SIGNER_MISSING
    type_text("Hoàng Văn Thưởng")  # the letters go into the name, none lost
    assert dialog.signer.text().strip() == "Hoàng Văn Thưởng" and not dialog.error.isVisible()
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.signer_title and dialog.isVisible()
    assert not blank_workspace.is_set_up


def test_the_words_are_those_of_the_refusal_at_start(qtbot, blank_workspace):
    """Bắt đầu with the signer empty says the same line, the cursor in the same field."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("nghinh tuong")
    press(Qt.Key.Key_Return)
    type_text("Nông Thị Lan")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    by_enter = dialog.error.text()
    dialog.doc_prefix.setFocus()
    dialog.ok_button.click()
    assert dialog.error.text() == by_enter == SIGNER_MISSING
    assert QApplication.focusWidget() is dialog.signer and not blank_workspace.is_set_up


def test_in_settings_enter_on_a_cleared_signer_stays(qtbot, workspace):
    dialog = shown(qtbot, SetupDialog(workspace, first_run=False))
    dialog.signer.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Return)  # it went to the title's box (a changed name)
    assert QApplication.focusWidget() is dialog.signer and dialog.isVisible()
    assert dialog.error.text() == SIGNER_MISSING
