"""Walk 13, L1: in "Khóa ký", Enter or Down in "Tìm" puts the keyboard on the first key found,
its row chosen and "Xác nhận khóa…" usable, as in "Tình hình gửi báo cáo" (walk 12 #5). The
keys stayed in the field, no row chosen, the button grey: Tab, Tab were needed. Up and Down then
move in the register; nothing found, the keys stay in the field."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.catalog import fold
from desktop_app.core.keys import KeyState
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import press, type_text

NAME, STATE = 1, 3  # the register's columns: code, unit, key code, state, ...
TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def tab(qtbot, office, inbox):
    """The register of the inbox's keys, every one awaiting confirmation, the keyboard in "Tìm"."""
    office.intake(inbox["folder"], PERIOD)
    w = shown_window(qtbot, office, PERIOD, TODAY)
    w.tabs.setCurrentWidget(w.keys_tab)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    t = w.keys_tab
    t.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is t.search, timeout=10000)
    return t


def chosen(tab) -> list[str]:
    """The units of the rows chosen in the register, as shown."""
    return [tab.table.model().index(i.row(), NAME).data() for i in tab.table.selectionModel().selectedRows()]


def shown(tab) -> list[str]:
    proxy = tab.table.model()
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down])
def test_enter_in_the_search_chooses_the_key_found(qtbot, tab, key):
    """A unit's name typed without accents, then Enter: its key is chosen, the keyboard on the
    register, and "Xác nhận khóa…" usable; Enter again opens it (the table's own Enter)."""
    names = shown(tab)
    unit = next(n for n in names if names.count(n) == 1 and sum(fold(m) == fold(n) for m in names) == 1)
    assert not tab.confirm_button.isEnabled()
    type_text(fold(unit).lower())
    assert shown(tab) == [unit]
    press(key)
    assert QApplication.focusWidget() is tab.table
    assert chosen(tab) == [unit]
    assert tab.table.currentIndex().row() == 0
    assert tab.selected_key().state == KeyState.CHO
    assert tab.table.model().index(0, STATE).data() == "Chờ xác nhận"
    assert tab.confirm_button.isEnabled() and tab.revoke_button.isEnabled()
    assert tab.search.text() == fold(unit).lower()  # the search kept: the list still shows the one found


def test_up_and_down_move_in_the_register_after_it(qtbot, tab):
    type_text("xa")
    found = shown(tab)
    assert len(found) > 3
    press(Qt.Key.Key_Down)
    assert chosen(tab) == found[:1]
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert chosen(tab) == [found[2]] and QApplication.focusWidget() is tab.table
    press(Qt.Key.Key_Up)
    assert chosen(tab) == [found[1]]


def test_nothing_found_the_keys_stay_in_the_search(qtbot, tab):
    type_text("khong co xa nay")
    assert shown(tab) == []
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tab.search
    assert tab.search.text() == "khong co xa nay"
    assert not tab.confirm_button.isEnabled()
