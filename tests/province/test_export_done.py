"""The province's summary exports end in a box that stays until read: the folder once, each
file written by its name, "Mở tệp" / "Mở thư mục" / "Đóng" (a status-bar line alone went by in
ten seconds, and cut the folder at 1366 px). Its buttons ask the system's opener (replaced
here); the box opened by itself, so Escape closes it once the person paused (`clock`)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.province.conftest import PERIOD
from tests.province.helpers import make_submissions, shown_window
from tests.ui.conftest import press
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (fixture)

TODAY = dt.date(2026, 6, 19)


@pytest.fixture
def opened(monkeypatch):
    """What the buttons asked the system to open; it opens nothing."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def exported(qtbot, window, kind, path):
    with qtbot.waitSignal(window.export_done, timeout=30000):
        window.start_export(kind, path)
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.close_button, timeout=10000)
    return dialog


def test_the_dhis2_export_names_both_files_and_opens_them(qtbot, office, tmp_path, opened, clock):  # noqa: F811
    # one unit's report, its key confirmed: a DHIS2 file of no unit is not written
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    ws, subs = make_submissions(inbox, ["05503"], PERIOD, data_dir=tmp_path / "xa")
    ws.close()
    office.intake(inbox, PERIOD)
    office.confirm_key("05503", subs["05503"].key_code)
    out = tmp_path / "ra"
    out.mkdir()
    window = shown_window(qtbot, office, PERIOD, TODAY)
    dialog = exported(qtbot, window, "dhis2", out / "dhis2.json")
    assert dialog.isVisible() and dialog.windowTitle() == "Đã xuất số liệu tổng hợp"
    text = dialog.message.text()
    assert "Đã xuất số liệu tổng hợp 6 tháng đầu năm 2026" in text
    assert "<li>dhis2.json</li>" in text and "<li>dhis2.adx.xml</li>" in text
    assert text.count(str(out)) == 1  # the folder once, not before each file
    assert [b.text() for b in (dialog.open_file_button, dialog.open_folder_button, dialog.close_button)] == [
        "&Mở tệp", "Mở &thư mục", "Đó&ng"]
    assert window.statusBar().currentMessage() == "Đã ghi dhis2.json, dhis2.adx.xml"  # short: whole at 1366 px
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(out / "dhis2.json"))]
    clock.passes(1.0)  # read, then Escape
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_computer_without_a_program_for_the_file_says_so(qtbot, office, tmp_path, monkeypatch, clock):  # noqa: F811
    window = shown_window(qtbot, office, PERIOD, TODAY)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: told.append((title, text))))
    dialog = exported(qtbot, window, "xlsx", tmp_path / "tong-hop.xlsx")
    assert "<li>tong-hop.xlsx</li>" in dialog.message.text()
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    file = tmp_path / "tong-hop.xlsx"
    assert told == [("Không mở được", f"Máy chưa có chương trình để mở:\n{file}")]  # its path, not file:///
    assert dialog.isVisible()  # still there: the folder is the other way to the file
    clock.passes(1.0)
    # the button clicked has the keyboard: Enter presses it again, as Space would (ui/keyboard, walk U26 F1)
    press(Qt.Key.Key_Return)
    assert len(told) == 2 and dialog.isVisible()
    dialog.close_button.setFocus()
    clock.passes(1.0)
    press(Qt.Key.Key_Return)  # on "Đóng", the default: closes, opens nothing
    assert not dialog.isVisible() and len(told) == 2
