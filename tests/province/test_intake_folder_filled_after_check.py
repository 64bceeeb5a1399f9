"""Nhận báo cáo…, a folder checked while still empty and filled afterwards (red-team 12, finding 5):
the officer types the folder the e-mail attachments are to be saved into and Tabs on (the empty
folder is checked: each file's own date), then saves the attachments into it in one go (every
file's time the same minute) and clicks "Đọc thư mục". The folder was read at once by each file's
own date, the day of saving (every unit late), its copy never said: the check had been of the
folder's name. Now the press that reads checks the folder again by its files: the copy is said,
one date chosen for it and shown (the cursor in it), and the next press reads what is shown."""
from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from tests.province.test_copied_folder import copied_times, open_dialog, saved_times
from tests.province.test_intake_read_by_mouse import click_read
from tests.ui.conftest import press, type_text

NOT_READ = "Chưa đọc thư mục: ngày nhận dưới đây nay là ngày nhận của thư mục này."
COPY = "cùng giờ sửa (14:05 02/12/2026)"


def fill(folder, times) -> None:
    """The attachments saved into `folder`, modified at `times`."""
    for n, t in enumerate(times):
        path = folder / f"2026-6M_0{5500 + n}_xa-{n}.xlsx"
        path.write_bytes(b"PK not a workbook")
        os.utime(path, (t.timestamp(), t.timestamp()))


def empty_folder_typed(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    type_text(str(folder))
    press(Qt.Key.Key_Tab)  # the empty folder checked: nothing copied
    assert dialog.files_date.isChecked() and dialog.copied.isHidden()
    return dialog, folder


def test_a_folder_filled_in_one_go_after_its_check_is_said_copied_before_it_is_read(qtbot, tmp_path):
    dialog, folder = empty_folder_typed(qtbot, tmp_path)
    fill(folder, copied_times())
    click_read(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.batch_date.isChecked() and dialog.copied.isVisible()
    assert NOT_READ in dialog.copied.text() and COPY in dialog.copied.text()
    assert QApplication.focusWidget() is dialog.date_edit
    type_text("18/6/2026")
    click_read(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(folder), dt.date(2026, 6, 18))


def test_enter_on_a_folder_filled_after_its_check_does_not_read_it(qtbot, tmp_path):
    dialog, folder = empty_folder_typed(qtbot, tmp_path)
    fill(folder, copied_times())
    dialog.folder_edit.setFocus()
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.batch_date.isChecked() and COPY in dialog.copied.text()


def test_a_folder_chosen_then_filled_is_said_copied_before_it_is_read(qtbot, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot)
    folder = tmp_path / "tai-ve"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder() == str(folder) and dialog.files_date.isChecked()
    fill(folder, copied_times())
    click_read(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.batch_date.isChecked() and COPY in dialog.copied.text()


def test_each_file_s_own_date_chosen_by_the_officer_stays_but_the_copy_is_said_first(qtbot, tmp_path):
    dialog, folder = empty_folder_typed(qtbot, tmp_path)
    QTest.mouseClick(dialog.batch_date, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.files_date, Qt.MouseButton.LeftButton)  # the officer's own choice
    assert dialog.person_chose
    fill(folder, copied_times())
    click_read(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.files_date.isChecked() and NOT_READ in dialog.copied.text() and COPY in dialog.copied.text()
    click_read(dialog)  # never blocked: read as they chose
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(folder), None)


def test_a_folder_filled_over_days_after_its_check_is_read_at_the_first_click(qtbot, tmp_path):
    dialog, folder = empty_folder_typed(qtbot, tmp_path)
    fill(folder, saved_times())
    click_read(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.folder(), dialog.received()) == (str(folder), None)
