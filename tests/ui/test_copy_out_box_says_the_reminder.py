"""After Tệp › Sao lưu ra…, the box and the status line say what became of the reminder to back up outside this
computer (walk U14):

- F7: to a stick, the box said only "Đã sao lưu và kiểm tra tệp" and the status line's ⚠ vanished without a word:
  the box now says the copy counts as the backup outside this computer and when the reminder comes back, and the
  line says, in grey, the day of the last copy out (its folder and the next reminder in its tooltip);
- F8: to a folder on the laptop's own disk a minute after a copy to a stick, the box said "until then the reminder
  stays" with no reminder showing: it says so only when a copy out is due, else that the last one still counts."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import copied_out
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, shot
from ui import i18n

TODAY = dt.date(2026, 12, 1)
STAYS = "đến lúc đó lời nhắc vẫn còn"
STAYS_EN = "until then the reminder stays"


def _approved(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")


def _backed_up(window, folder, stick: bool, name: str = "") -> tuple:
    """Tệp › Sao lưu ra… to `folder` (`stick`: on another disk than the data), OK; its words."""
    said = []

    def read(box):
        said.append((box.icon(), box.text() + "\n" + box.informativeText().replace("\xa0", " ")))
        if name:
            shot(box, name)
        box.done(QMessageBox.StandardButton.Ok)  # an unprompted box: keys wait for a pause (ui.keyboard)

    script = Script((QMessageBox, read))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
        if stick:
            patch.setattr(copied_out, "same_disk", lambda folder, database: False)
        window.backup_action.trigger()
    script.check()
    [(icon, text)] = said
    return icon, text


def _day(days: int = 0) -> str:
    return f"{dt.date.today() + dt.timedelta(days=days):%d/%m/%Y}"


def test_a_copy_to_a_stick_says_it_counts_and_when_the_reminder_comes_back(make_window, office, tmp_path):  # noqa: F811
    _approved(office)
    window = make_window(office, today=TODAY)
    window.resize(1366, 768)
    assert window.copy_out_label.text() == "⚠ Chưa từng sao lưu ra ngoài máy"
    usb = tmp_path / "usb"
    usb.mkdir()
    icon, text = _backed_up(window, usb, stick=True, name="s82_copy_out_box_vi")
    assert icon == QMessageBox.Icon.Information
    assert (f"Bản sao này nằm ngoài ổ đĩa chứa dữ liệu nên được tính là lần sao lưu ra ngoài máy (ngày {_day()}): "
            "nhắc sao lưu ra ngoài máy thôi hiện. Lần nhắc sao lưu tiếp theo: ngay khi duyệt một kỳ hoặc xuất báo cáo "
            f"đã duyệt, hoặc từ ngày {_day(30)} nếu có số liệu được lưu sau lần sao lưu này.") in text, text
    # the line stays, saying when: no ⚠, its folder and the next reminder in the tooltip
    assert window.copy_out_label.isVisible()
    assert window.copy_out_label.text() == f"Sao lưu ngoài máy: {_day()}"
    tip = window.copy_out_label.toolTip()
    assert f"Lần sao lưu ra ngoài máy gần nhất: ngày {_day()}, vào {usb}." in tip and "Lần nhắc sao lưu tiếp" in tip
    shot(window, "s82_status_after_copy_out_vi")


def test_in_english_too(make_window, office, tmp_path):  # noqa: F811
    i18n.install_language(i18n.ENGLISH)
    _approved(office)
    window = make_window(office, today=TODAY)
    window.resize(1366, 768)
    usb = tmp_path / "usb"
    usb.mkdir()
    _, text = _backed_up(window, usb, stick=True, name="s82_copy_out_box_en")
    assert (f"This copy is off the disk that holds the data, so it counts as the backup outside this computer "
            f"({_day()}): the reminder to back up outside this computer is off. The next reminder to back up: as soon "
            f"as a period is approved or an approved report exported, or from {_day(30)} if figures are saved after "
            "this backup.") in text, text
    assert window.copy_out_label.text() == f"Backed up outside on {_day()}"
    shot(window, "s82_status_after_copy_out_en")


def test_a_copy_on_the_own_disk_after_one_to_a_stick_says_the_stick_s_still_counts(make_window, office,  # noqa: F811
                                                                                  tmp_path):
    _approved(office)
    window = make_window(office, today=TODAY)
    usb, documents = tmp_path / "usb", tmp_path / "Documents"
    usb.mkdir()
    documents.mkdir()
    _backed_up(window, usb, stick=True)
    icon, text = _backed_up(window, documents, stick=False, name="s82_same_disk_after_stick_vi")
    assert icon == QMessageBox.Icon.Warning and "ổ đĩa của chính máy này" in text, text
    assert STAYS not in text, text
    assert (f"Bản sao này không được tính là sao lưu ra ngoài máy; lần sao lưu ra ngoài máy gần nhất (ngày {_day()}, "
            f"vào {usb}) vẫn được tính, chưa cần sao lưu lại.") in text, text
    assert copied_out.last_copy_out(office).folder == str(usb)  # the stick's still
    assert window.copy_out_label.text() == f"Sao lưu ngoài máy: {_day()}"


def test_in_english_the_reminder_stays_only_while_one_is_due(make_window, office, tmp_path):  # noqa: F811
    i18n.install_language(i18n.ENGLISH)
    _approved(office)
    window = make_window(office, today=TODAY)
    usb, documents = tmp_path / "usb", tmp_path / "Documents"
    usb.mkdir()
    documents.mkdir()
    _, due = _backed_up(window, documents, stick=False)  # nothing copied out since the approval: due
    assert STAYS_EN in due, due
    _backed_up(window, usb, stick=True)
    _, text = _backed_up(window, documents, stick=False, name="s82_same_disk_after_stick_en")
    assert STAYS_EN not in text and f"the last one (on {_day()}, to {usb}) still counts, no backup is needed " \
        "yet." in text, text


def test_due_on_the_own_disk_the_reminder_stays(make_window, office, tmp_path):  # noqa: F811
    _approved(office)
    window = make_window(office, today=TODAY)
    documents = tmp_path / "Documents"
    documents.mkdir()
    _, text = _backed_up(window, documents, stick=False)
    assert "Hãy sao lưu thêm ra USB hoặc thư mục của máy khác; đến lúc đó lời nhắc vẫn còn." in text, text
    assert window.copy_out_label.text() == "⚠ Chưa từng sao lưu ra ngoài máy"


def test_the_day_gives_way_to_the_counts_where_they_would_not_keep_one_line(make_window, office, qtbot,  # noqa: F811
                                                                            tmp_path):
    """At 1366 px beside a long name, a day saved and the counts of a quarter being entered, the day of the last copy
    out cut the counts' second line ("Not yet assessed 1" -> "Not …"): it shows only where the counts keep one
    line beside it; a copy out due is always said."""
    _approved(office)
    copied_out.record(office, tmp_path / "usb")
    window = make_window(office, today=TODAY)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.copy_out_label.isVisible())
    assert window.copy_out_label.text() == f"Sao lưu ngoài máy: {_day()}"
    assert len(window.summary_label.shown_lines()) == 1
    window.resize(900, 768)  # the counts no longer hold one line beside it
    qtbot.waitUntil(lambda: window.copy_out_label.isHidden())
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.copy_out_label.isVisible())
    assert len(window.summary_label.shown_lines()) == 1
