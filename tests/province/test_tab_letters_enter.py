"""Walk U12, F9: Alt+B ("&Biểu đồ") left the keyboard on the tab bar. Each tab's Alt+letter shows
the tab and puts the keyboard on its first control (the charts' indicator chooser, the tables,
the search fields), from the tab bar too; the arrows on the tab bar still move on it."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import press

TODAY = dt.date(2026, 7, 1)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, office):
    w = shown_window(qtbot, office, PERIOD, TODAY)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    return w


def letter(text: str):
    return getattr(Qt.Key, "Key_" + text[text.index("&") + 1].upper())


def test_alt_b_from_the_tab_bar_puts_the_keyboard_on_the_indicator_chooser(qtbot, window):
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar, timeout=10000)
    charts = window.tabs.indexOf(window.charts)
    assert window.tabs.tabText(charts) == "&Biểu đồ"
    press(Qt.Key.Key_B, ALT)
    assert window.tabs.currentIndex() == charts
    assert QApplication.focusWidget() is window.charts.indicator_box


@pytest.mark.parametrize("start", ["tab bar", "period"])
def test_every_tab_letter_puts_the_keyboard_in_its_tab(qtbot, window, start):
    tabs = window.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex((i + 1) % tabs.count())
        (tabs.tabBar() if start == "tab bar" else window.period_box).setFocus()
        press(letter(tabs.tabText(i)), ALT)
        assert tabs.currentIndex() == i
        assert tabs.widget(i).isAncestorOf(QApplication.focusWidget()), (tabs.tabText(i), QApplication.focusWidget())


def test_the_arrows_on_the_tab_bar_stay_on_it(qtbot, window):
    bar = window.tabs.tabBar()
    window.tabs.setCurrentIndex(0)
    bar.setFocus()
    press(Qt.Key.Key_Right)
    assert window.tabs.currentIndex() == 1 and QApplication.focusWidget() is bar
