"""The province window's "Nhận tệp chưa ký…" for a unit whose signed report is in, its key
still awaiting confirmation: a forged unsigned file in its name is refused after the
question, saying the unit signs its reports with that key and what to do, and the signed
report stays the one counted (trust review 3, finding 6)."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, later, make_submissions
from tests.ui.conftest import Script

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def window(qtbot, office, tmp_path):
    """The window once it has read a folder holding A's signed report and, 30 minutes later,
    an unsigned file in A's name with another figure."""
    from ui.province_window import ProvinceWindow

    root = tmp_path / "xa"
    root.mkdir()
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=tmp_path / "db")
    ws.close()
    a = next(iter(subs.values()))
    forged = replace(later(a, 30), public_key="", signature="",
                     items=tuple(replace(i, value="1", input_value="1") if i.code == "thu_ngan_sach" else i
                                 for i in a.items))
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    delivered(write_submission(a, folder / "ky.xlsx"), ON_TIME)
    delivered(write_submission(forged, folder / "chua-ky.xlsx"), ON_TIME)
    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(folder)
    return w, a


def test_accepting_an_unsigned_file_of_a_unit_signing_with_a_pending_key_is_refused(qtbot, window, office):
    w, a = window
    tab = w.keys_tab
    w.tabs.setCurrentWidget(tab)
    assert tab.unsigned_model.rowCount() == 1
    index = tab.unsigned_table.model().index(0, 0)
    qtbot.mouseClick(tab.unsigned_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.unsigned_table.visualRect(index).center())
    assert tab.accept_button.isEnabled()
    shown = []

    def read(box):
        shown.append(box.text())
        if os.environ.get("CHITIEU_GRAB"):
            box.grab().save(os.environ["CHITIEU_GRAB"])
        box.button(QMessageBox.StandardButton.Ok).click()

    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()), (QMessageBox, read))
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    script.check()
    [text] = shown
    assert f"Không chấp nhận bản chưa ký của {a.unit_name}" in text
    assert f"khóa mã {a.key_code}, đang chờ xác nhận (tệp ky.xlsx)" in text
    assert "Đối chiếu mã" in text and "thu hồi khóa đó" in text
    assert tab.unsigned_table.model().index(0, 6).data() == "Chờ chấp nhận: chưa tính"
    assert office.submissions(PERIOD)[a.unit_code].fingerprint == a.fingerprint
