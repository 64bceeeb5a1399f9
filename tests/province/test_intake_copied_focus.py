"""Nhận báo cáo…, a folder copied in one go: the dialog chooses one date for the folder and asks
for the day the e-mails arrived. The cursor goes to that date, whole, whether the folder was left
with Tab or Enter: typing the date and Enter read the folder with it (Tab went to "Chọn…" and then
to the unchecked "Ngày của từng tệp…", whose Space undid the choice; Enter read with today's
date). Tab into the choice of date reaches its checked button, as Qt does in a group."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.province.test_copied_folder import copied_times, folder_of, open_dialog, saved_times
from tests.ui.conftest import press, type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_tab_from_a_copied_folder_puts_the_cursor_in_the_date_and_enter_reads_with_it(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    folder = folder_of(tmp_path, copied_times())
    type_text(str(folder))
    press(Qt.Key.Key_Tab)
    assert dialog.batch_date.isChecked() and dialog.copied.isVisible()
    assert QApplication.focusWidget() is dialog.date_edit
    assert dialog.date_edit.selectedText() == dialog.date_edit.text() == "02/12/2026"  # typing replaces it
    type_text("18/6/2026")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(folder), dt.date(2026, 6, 18))


def test_enter_on_a_copied_folder_goes_to_the_date_and_the_next_enter_reads_with_the_date_typed(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    folder = folder_of(tmp_path, copied_times())
    type_text(str(folder))
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.date_edit
    type_text("19062026")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.received() == dt.date(2026, 6, 19)


def test_tab_into_the_choice_of_date_reaches_its_checked_button(qtbot, tmp_path):
    """Copied: Shift+Tab from the date reaches "Một ngày nhận chung…" (checked), then "Chọn…", never
    the unchecked button. Not copied: Tab from "Chọn…" reaches "Ngày của từng tệp…" (checked),
    Down chooses the other, Tab goes on to the date."""
    dialog = open_dialog(qtbot)
    type_text(str(folder_of(tmp_path, copied_times())))
    press(Qt.Key.Key_Tab)
    seen = []
    for _ in range(2):
        press(Qt.Key.Key_Tab, SHIFT)
        seen.append(QApplication.focusWidget())
    press(Qt.Key.Key_Tab)
    seen.append(QApplication.focusWidget())
    assert seen == [dialog.batch_date, dialog.choose_button, dialog.batch_date]
    assert dialog.batch_date.isChecked()

    dialog = open_dialog(qtbot)
    type_text(str(folder_of(tmp_path, saved_times(), name="luu-dan")))
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.choose_button and dialog.files_date.isChecked()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.files_date
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.batch_date and dialog.batch_date.isChecked()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date_edit
