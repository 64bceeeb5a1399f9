"""Nhận báo cáo…, "Đọc thư mục" clicked with the mouse straight after typing or pasting a folder:
the click read the folder at once with whatever the dialog said before that folder was checked. A
folder copied in one go was read as received today (the check chose one date for it, today's,
while the click went on: every unit late after the deadline), and a folder typed after a copied
one kept the one date chosen for that other folder. Now the click that finds the date of receipt
to change for the folder in the field does not read it: the dialog shows the date chosen for that
folder (the cursor in it when one date is to be typed), and the next click or Enter reads what it
shows. A date the officer chose stays theirs; a folder whose check changes nothing is read at once."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from tests.province.test_copied_folder import (
    copied_times,
    folder_of,
    open_dialog,
    saved_times,
)
from tests.ui.conftest import press, type_text

LEFT = Qt.MouseButton.LeftButton


def click_read(dialog) -> None:
    QTest.mouseClick(dialog.read_button, LEFT)
    QApplication.processEvents()


def retype_folder(dialog, folder) -> None:
    """The folder field clicked, its text replaced by `folder` typed (a paste, as far as the field knows)."""
    QTest.mouseClick(dialog.folder_edit, LEFT)
    dialog.folder_edit.selectAll()
    type_text(str(folder))


def test_a_copied_folder_typed_then_clicked_is_not_read_as_received_today(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    folder = folder_of(tmp_path, copied_times())
    type_text(str(folder))
    click_read(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.batch_date.isChecked() and dialog.copied.isVisible()
    assert "Hãy gõ ngày nhận thư" in dialog.copied.text()
    assert QApplication.focusWidget() is dialog.date_edit
    assert dialog.date_edit.selectedText() == dialog.date_edit.text() == "02/12/2026"
    type_text("18/6/2026")
    click_read(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(folder), dt.date(2026, 6, 18))


def test_a_folder_typed_after_a_copied_one_is_read_by_its_own_dates_shown_first(qtbot, tmp_path):
    """One date was chosen for a copied folder (today's, untouched); another folder, saved from the
    e-mails over days, typed in its place and clicked: not read with that date, nor at once."""
    dialog = open_dialog(qtbot)
    type_text(str(folder_of(tmp_path, copied_times())))
    press(Qt.Key.Key_Tab)
    assert dialog.batch_date.isChecked()
    saved = folder_of(tmp_path, saved_times(), name="luu-dan")
    retype_folder(dialog, saved)
    click_read(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.files_date.isChecked() and dialog.received() is None
    assert dialog.copied.isVisible() and dialog.copied.text()  # why it was not read yet
    click_read(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(saved), None)


def test_the_officer_s_own_date_stays_for_another_folder(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    type_text(str(folder_of(tmp_path, copied_times())))
    press(Qt.Key.Key_Tab)
    type_text("19/6/2026")
    other = folder_of(tmp_path, copied_times(), name="hop-thu-2")
    retype_folder(dialog, other)
    click_read(dialog)  # this folder's copy not said yet: said first, the officer's date kept
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.copied.isVisible()
    assert dialog.batch_date.isChecked() and dialog.date_edit.text() == "19/06/2026"
    click_read(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(other), dt.date(2026, 6, 19))


def test_each_file_s_own_date_chosen_by_the_officer_stays_for_a_copied_folder(qtbot, tmp_path):
    """The officer chose each file's own date again for a copied folder: another copied folder typed
    is said copied, and read as they chose at the next click (never blocked)."""
    dialog = open_dialog(qtbot)
    type_text(str(folder_of(tmp_path, copied_times())))
    press(Qt.Key.Key_Tab)
    QTest.mouseClick(dialog.files_date, LEFT)
    assert dialog.files_date.isChecked()
    other = folder_of(tmp_path, copied_times(), name="hop-thu-2")
    retype_folder(dialog, other)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.files_date.isChecked() and dialog.copied.isVisible()
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(other), None)


def test_a_folder_saved_over_days_is_read_at_the_first_click(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    folder = folder_of(tmp_path, saved_times())
    type_text(str(folder))
    click_read(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(folder), None)
