"""Walk 28, L2: at 1366×728 "Khóa ký" showed 7 rows of 92 keys awaiting confirmation while the
empty "Tệp chưa ký" list took the lower half, and its line cannot be moved by the keyboard. The
unsigned files' box is no taller than its rows need (never below room for 4 whole rows of them, one empty
row when there is none): the keys have the rest."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtTest import QTest

from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, later, make_submissions

TODAY = dt.date(2026, 7, 1)
ROW = 22  # ListTable's row height


def _shown(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.keys_tab)
    QTest.qWait(50)  # the tab's layout settles
    return w


def _whole_rows(table) -> int:
    return table.viewport().height() // ROW


def test_the_keys_have_the_room_the_empty_unsigned_list_does_not_need(qtbot, office, inbox_92):
    office.intake(inbox_92, PERIOD)
    w = _shown(qtbot, office)
    tab = w.keys_tab
    assert tab.model.rowCount() == 92 and tab.unsigned_model.rowCount() == 0
    assert _whole_rows(tab.table) >= 11  # 7 before
    # the empty list still in sight: its title, its note, its header and a row's room
    assert tab.unsigned_table.isVisible() and tab.unsigned_table.viewport().height() >= ROW
    assert tab.unsigned_box.geometry().bottom() < tab.height()


def test_an_unsigned_file_is_whole_in_sight(qtbot, office, tmp_path):
    root = tmp_path / "xa"
    root.mkdir()
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=tmp_path / "db")
    ws.close()
    a = next(iter(subs.values()))
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    delivered(write_submission(replace(later(a, 30), public_key="", signature=""), folder / "chua-ky.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    w = _shown(qtbot, office)
    table = w.keys_tab.unsigned_table
    assert w.keys_tab.unsigned_model.rowCount() == 1
    rect = table.visualRect(table.model().index(0, 0))
    assert table.viewport().rect().contains(rect)
    assert _whole_rows(table) >= 1
