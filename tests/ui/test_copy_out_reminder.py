"""The commune window says when a copy out of the laptop is due (walk U9: nothing reminded anyone to copy a
backup to a USB stick, and a dead disk loses the database with the backups beside it): a line in the status
bar from the start, the Approved box's last lines after Duyệt, both gone once Tệp › Sao lưu ra… is made. No
box of its own, and the keyboard stays where the person is."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import copied_out
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press

TODAY = dt.date(2026, 12, 1)


def approved(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")


def test_the_status_line_says_it_from_the_start_without_taking_the_keyboard(make_window, office):  # noqa: F811
    approved(office)
    window = make_window(office, today=TODAY)
    assert window.copy_out_label.isVisible()
    assert window.copy_out_label.text() == "⚠ Chưa từng sao lưu ra ngoài máy"
    assert "Chưa từng sao lưu ra ngoài máy.\nSao lưu ra USB: Tệp › Sao lưu ra…" in window.copy_out_label.toolTip()
    assert QApplication.focusWidget() is window.table and not window.notice_boxes


def test_nothing_said_before_an_approval_or_a_month_of_figures(make_window, office):  # noqa: F811
    as_(office, "canbo")
    assert not make_window(office, today=TODAY).copy_out_label.isVisible()  # nothing of the commune's
    fill_year(office)
    assert not make_window(office, today=TODAY).copy_out_label.isVisible()  # figures typed today only


def test_after_duyet_the_box_and_the_line_say_it_until_sao_luu_ra(make_window, office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    copied_out.record(office, tmp_path / "before")  # a copy out of the figures, before the approval
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office, today=TODAY)
    standing = f"Sao lưu ngoài máy: {dt.date.today():%d/%m/%Y}"  # no ⚠: the day it stands from (U14 F7)
    assert window.copy_out_label.text() == standing  # the figures are in the copy, the period not yet approved
    said = []

    def read(box):
        said.append(box.informativeText())
        assert window.copy_out_label.isVisible()  # already, behind the box
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, read))  # the question: Alt+C, Có
    window.approve_action.trigger()
    script.check()
    day = f"{dt.date.today():%d/%m/%Y}"
    info, = said
    paragraphs = info.replace("\xa0", " ").split("\n\n")  # the menu items' words kept on one line
    first = next(i for i, p in enumerate(paragraphs) if "Tệp › Sao lưu ra… (Alt+T, S)" in p)
    assert first < len(paragraphs) - 1 and paragraphs[-1].startswith("Bước tiếp theo"), paragraphs  # first of all
    assert window.copy_out_label.text() == "⚠ Cần sao lưu ra ngoài máy (USB)"
    tip = window.copy_out_label.toolTip()
    assert tip.startswith(f"Chưa sao lưu ra ngoài máy từ khi duyệt năm 2026 (ngày {day}).\nSao lưu ra USB"), tip
    assert f"gần nhất: ngày {day}, vào {tmp_path / 'before'}." in tip

    usb = tmp_path / "usb"
    usb.mkdir()
    script = Script((QMessageBox, lambda box: box.done(QMessageBox.StandardButton.Ok)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
        patch.setattr(copied_out, "same_disk", lambda folder, database: False)  # a stick: another disk
        window.backup_action.trigger()
    script.check()
    assert list(usb.glob("*.db")) and copied_out.last_copy_out(office).folder == str(usb)
    assert window.copy_out_label.text() == standing and str(usb) in window.copy_out_label.toolTip()
    window.close()
    again = make_window(office, today=TODAY)  # the next start: nothing due
    assert again.copy_out_label.text() == standing


def test_a_failed_copy_is_not_recorded(make_window, office, tmp_path):  # noqa: F811
    approved(office)
    window = make_window(office, today=TODAY)
    said = []

    def read(box):
        said.append(box.text())
        box.done(QMessageBox.StandardButton.Ok)

    script = Script((QMessageBox, read))
    (tmp_path / "a file").write_text("not a folder")  # the stick pulled out: no folder there any more
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "a file" / "usb"))
        window.backup_action.trigger()
    script.check()
    assert copied_out.last_copy_out(office) is None and said and said[0].startswith("Không sao lưu được")
    assert window.copy_out_label.text() == "⚠ Chưa từng sao lưu ra ngoài máy"


def test_a_copy_on_the_laptop_s_own_disk_is_made_and_said_not_to_count(make_window, office, tmp_path):  # noqa: F811
    """Red-team R23 F1: Enter in the picker (Documents, the stick not plugged in) or the data folder's backups
    cleared the reminder with the copy on the laptop's disk, lost with it."""
    approved(office)
    window = make_window(office, today=TODAY)
    said = []

    def read(box):
        said.append((box.icon(), box.text() + "\n" + box.informativeText()))
        box.done(QMessageBox.StandardButton.Ok)

    documents = tmp_path / "Documents"
    documents.mkdir()
    script = Script((QMessageBox, read))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(documents))
        window.backup_action.trigger()
    script.check()
    [(icon, text)] = said
    assert list(documents.glob("*.db"))  # made and checked all the same
    assert icon == QMessageBox.Icon.Warning and "ổ đĩa của chính máy này" in text, text
    assert text.startswith("Đã sao lưu và kiểm tra, nhưng bản sao vẫn nằm trên máy này:\n")  # the headline (U13 F4)
    assert copied_out.last_copy_out(office) is None
    assert window.copy_out_label.text() == "⚠ Chưa từng sao lưu ra ngoài máy"


def test_the_line_comes_back_after_an_export_since_the_copy(make_window, office, tmp_path):  # noqa: F811
    """R23 F3: an export after the last copy out makes one due; the line was shown only at the next start."""
    from desktop_app.services import export_period

    approved(office)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(copied_out, "same_disk", lambda folder, database: False)
        (tmp_path / "usb").mkdir()
        copied_out.copy_out(office, tmp_path / "usb")
    window = make_window(office, today=TODAY)
    assert not window.copy_out_label.text().startswith("⚠")
    export_period(office, "2026", tmp_path / "gui")  # as Xuất báo cáo… records it, then tells the window
    window.changes.changed.emit()
    assert window.copy_out_label.text() == "⚠ Cần sao lưu ra ngoài máy (USB)"
