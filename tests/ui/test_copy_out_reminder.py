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
    assert not window.copy_out_label.isVisible()  # the figures are in the copy, the period not yet approved
    said = []

    def yes(box):
        press(Qt.Key.Key_Return)

    def read(box):
        said.append(box.informativeText())
        assert window.copy_out_label.isVisible()  # already, behind the box
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes), (QMessageBox, read))
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
        window.backup_action.trigger()
    script.check()
    assert list(usb.glob("*.db")) and copied_out.last_copy_out(office).folder == str(usb)
    assert not window.copy_out_label.isVisible()
    window.close()
    again = make_window(office, today=TODAY)  # the next start: nothing due
    assert not again.copy_out_label.isVisible()


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
