"""Khóa ký's line between the keys and the unsigned files, moved at the keyboard (H4: only a mouse
moved it). With more unsigned files than the 4 rows their box keeps, Tab from Thu hồi khóa… stops
on it, filled with the highlight colour, the status bar saying its keys; ↓ gives the keys a row
more, ↑ a row less, Page Up / Page Down five, Home / End as far as the lists' sizes let it (the
unsigned files all in sight, or in room for 4 whole rows); Tab goes on to the unsigned files, Shift+Tab back to it. With
a box of few unsigned files, at its fixed size, the line cannot move: Tab goes past it."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions
from tests.province.test_keys_window import mail, received, window  # noqa: F401 - fixtures
from tests.ui.conftest import press

UNSIGNED = 8


@pytest.fixture(scope="module")
def many_unsigned(tmp_path_factory):
    """A folder of 10 signed reports and 8 unsigned ones."""
    root = tmp_path_factory.mktemp("many-unsigned")
    folder = root / "hop-thu"
    folder.mkdir()
    units = pick_units(12, 6)
    ws, _ = make_submissions(folder, units[:10], PERIOD, data_dir=root / "signed")
    ws.close()
    ws, _ = make_submissions(folder, units[10:], PERIOD, data_dir=root / "unsigned", sign=False)
    ws.close()
    return folder


@pytest.fixture
def keys_tab(qtbot, office, many_unsigned):
    from ui.province_window import ProvinceWindow

    office.intake(many_unsigned, PERIOD)
    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    w.tabs.setCurrentWidget(w.keys_tab)
    assert w.keys_tab.unsigned_model.rowCount() == UNSIGNED
    return w.keys_tab


def _tab_to_the_line(tab) -> None:
    tab.table.setFocus(Qt.FocusReason.TabFocusReason)  # a key chosen: Xác nhận, Thu hồi usable
    for _ in range(3):
        press(Qt.Key.Key_Tab)


def test_the_line_between_the_lists_moves_with_the_keys(keys_tab):
    tab = keys_tab
    win, handle = tab.window(), tab.split.handle(1)
    row = tab.table.verticalHeader().defaultSectionSize()
    _tab_to_the_line(tab)
    assert QApplication.focusWidget() is handle
    highlight = handle.palette().color(QPalette.ColorRole.Highlight)
    assert handle.grab().toImage().pixelColor(10, handle.height() // 2) == highlight  # beside the grip's dots
    assert "↑ ↓" in win.statusBar().currentMessage() and "↑ ↓" in handle.toolTip()
    press(Qt.Key.Key_Home)  # the unsigned files as tall as their rows need
    assert tab.unsigned_table.verticalScrollBar().maximum() == 0
    top = tab.split.sizes()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert tab.split.sizes() == [top[0] + 2 * row, top[1] - 2 * row]  # two rows more for the keys
    press(Qt.Key.Key_Up)
    assert tab.split.sizes() == [top[0] + row, top[1] - row]
    press(Qt.Key.Key_End)
    assert tab.unsigned_table.height() == tab.unsigned_table.minimumHeight()  # 4 whole rows still in sight
    assert tab.unsigned_table.verticalScrollBar().maximum() > 0
    press(Qt.Key.Key_PageUp)  # five rows: back up as far as it goes
    assert tab.split.sizes() == top
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.unsigned_table
    assert handle.palette().color(QPalette.ColorRole.Window) != highlight  # drawn as before once left
    assert win.statusBar().currentMessage() == ""
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is handle


def test_a_line_that_cannot_move_is_no_tab_stop(received):  # noqa: F811
    """One unsigned file: its box keeps room for 4 rows and needs no more, the line stays put."""
    tab = received.keys_tab
    received.tabs.setCurrentWidget(tab)
    _tab_to_the_line(tab)
    assert QApplication.focusWidget() is tab.unsigned_table
