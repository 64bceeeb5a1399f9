"""Thiết lập lần đầu typed through with Enter (walk-through 6): Enter goes on through every field in
order, the signer's title box included, and Bắt đầu from it (it went from the signer's name
straight to the document code, and a Phó Chủ tịch was printed "Chủ tịch UBND"; walk W1: the
document code, optional, is left to Tab, test_setup_enter_starts); the red "type the
name, then choose it in the list" goes once a unit is chosen (it stayed under "Đã chọn: …")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.setup_dialog import SetupDialog


def test_enter_goes_through_every_field_the_title_too_then_starts(qtbot, blank_workspace):
    """The unit, Enter, the preparer, Enter, the signer, Enter: the cursor in Chức vụ người ký;
    Down chooses Phó Chủ tịch UBND; Enter starts, with the title chosen on the way."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("phan dinh phung")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.preparer
    type_text("Nguyễn Thị Phương Thảo")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.signer
    type_text("Hoàng Nguyễn Minh Khoa")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.signer_title
    press(Qt.Key.Key_Down)
    assert dialog.signer_title.currentText() == "Phó Chủ tịch UBND"
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = blank_workspace.settings
    assert blank_workspace.commune.name == "Phường Phan Đình Phùng"
    assert (s.preparer, s.signer, s.signer_title) == ("Nguyễn Thị Phương Thảo", "Hoàng Nguyễn Minh Khoa",
                                                      "Phó Chủ tịch")


def test_a_document_code_typed_after_tab_from_the_title_then_enter_starts_with_it(qtbot, blank_workspace):
    """Tab from the title's box (Chủ tịch UBND kept) moves to the document code: typed, Enter starts."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("dai phuc")
    press(Qt.Key.Key_Return)
    type_text("Nguyễn Thị Hồng")
    press(Qt.Key.Key_Return)
    type_text("Đặng Văn Quý")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.doc_prefix
    assert dialog.isVisible() and not blank_workspace.is_set_up
    type_text("UBND")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert blank_workspace.settings.signer_title == "Chủ tịch"


def test_the_choose_a_unit_error_goes_once_a_unit_is_chosen(qtbot, blank_workspace):
    """Enter in the empty search box: the red line says to type the name and choose; "phan dinh
    phung" typed chooses the ward and the red line is gone, "Đã chọn: …" alone says the choice."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    press(Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "Gõ tên xã, phường" in dialog.error.text()
    type_text("phan dinh phung")
    assert "Đã chọn: <b>Phường Phan Đình Phùng</b>" in dialog.chosen.text()
    assert not dialog.error.isVisible() and dialog.error.text() == ""


def test_an_error_about_a_person_stays_when_the_unit_changes(qtbot, blank_workspace):
    """Only the unit's error goes with a unit chosen: a refused name's stays until it is fixed."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("tan cuong")
    dialog.ok_button.click()
    assert dialog.error.isVisible() and "Người lập biểu" in dialog.error.text()
    dialog.search.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("dai phuc")
    assert dialog.error.isVisible() and "Người lập biểu" in dialog.error.text()


def test_in_settings_enter_from_a_new_signer_goes_to_the_title_then_saves(qtbot, workspace):
    """Tệp › Cài đặt…: the Phó Chủ tịch signs this time. Her name typed over the Chủ tịch's and
    Enter: the cursor in Chức vụ người ký (it saved at once, and she was printed "Chủ tịch");
    Down, Enter: saved with her title."""
    dialog = shown(qtbot, SetupDialog(workspace, first_run=False))
    dialog.signer.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Lường Thị Ngọc Ánh")
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.signer_title and dialog.isVisible()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = workspace.settings
    assert (s.signer, s.signer_title) == ("Lường Thị Ngọc Ánh", "Phó Chủ tịch")


def test_in_settings_enter_from_the_signer_unchanged_goes_on_as_before(qtbot, workspace):
    """Nothing changed in the signer's name: Enter there skips the title (filled, kept) and goes
    on to the next empty field, as from any filled field."""
    dialog = shown(qtbot, SetupDialog(workspace, first_run=False))
    dialog.signer.setFocus()
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() not in (dialog.signer, dialog.signer_title)
    assert QApplication.focusWidget().text() == "" and dialog.isVisible()
