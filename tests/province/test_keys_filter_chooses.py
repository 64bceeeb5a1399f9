"""Walk U12, F1: in "Khóa ký", a unit found and its key confirmed, then Alt+M and another unit's
name typed: one row was shown but none chosen, "Xác nhận khóa…" looked usable and Alt+X did
nothing and said nothing. After a search or a state chosen, the key chosen stays chosen while it
is shown, else the first row shown is chosen (the keyboard stays in the field), the buttons
follow; a button pressed with nothing chosen says in the status bar which row to choose."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.core.catalog import fold
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import press, type_text

NAME = 1  # the register's columns: code, unit, key code, state, ...
TODAY = dt.date(2026, 7, 1)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, office, inbox):
    office.intake(inbox["folder"], PERIOD)
    w = shown_window(qtbot, office, PERIOD, TODAY)
    w.tabs.setCurrentWidget(w.keys_tab)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    w.keys_tab.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.keys_tab.search, timeout=10000)
    return w


def shown(tab) -> list[str]:
    proxy = tab.table.model()
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def chosen(tab) -> list[str]:
    return [tab.table.model().index(i.row(), NAME).data() for i in tab.table.selectionModel().selectedRows()]


def two_units(tab) -> tuple[str, str]:
    """Two units each found alone by its name typed without accents."""
    names = shown(tab)
    alone = [n for n in names if sum(fold(m).find(fold(n)) >= 0 for m in names) == 1]
    return alone[0], alone[-1]


def test_another_unit_typed_after_one_chosen_is_chosen(qtbot, window, monkeypatch):
    tab = window.keys_tab
    first, second = two_units(tab)
    type_text(fold(first).lower())
    press(Qt.Key.Key_Down)
    assert chosen(tab) == [first] and QApplication.focusWidget() is tab.table
    press(Qt.Key.Key_M, ALT)  # "Tì&m:"
    assert QApplication.focusWidget() is tab.search
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(fold(second).lower())
    assert shown(tab) == [second]
    assert chosen(tab) == [second]  # was none: the first unit's row went out of sight
    assert tab.table.currentIndex().row() == 0
    assert QApplication.focusWidget() is tab.search  # typing goes on in the field
    assert tab.confirm_button.isEnabled() and tab.revoke_button.isEnabled()

    opened = []

    class Dialog:
        def __init__(self, office, unit_code, unit_name, *args, **kwargs):
            opened.append(unit_name)

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr("ui.province_keys.KeyConfirmDialog", Dialog)
    press(Qt.Key.Key_X, ALT)  # "&Xác nhận khóa…"
    qtbot.waitUntil(lambda: opened == [second], timeout=5000)  # once the button's press is shown


def test_nothing_found_nothing_chosen_buttons_grey(qtbot, window):
    tab = window.keys_tab
    first, _ = two_units(tab)
    type_text(fold(first).lower())
    press(Qt.Key.Key_Down)
    tab.search.setFocus()
    tab.search.selectAll()
    type_text("khong co xa nay")
    assert shown(tab) == [] and chosen(tab) == []
    assert not tab.confirm_button.isEnabled() and not tab.revoke_button.isEnabled()


def test_a_button_pressed_with_nothing_chosen_says_what_to_choose(qtbot, window):
    tab = window.keys_tab
    tab.table.selectionModel().clear()
    bar = window.statusBar()
    bar.clearMessage()
    assert tab.confirm_key() is None
    assert bar.currentMessage()
    bar.clearMessage()
    assert tab.revoke_key() is None
    assert bar.currentMessage()
    bar.clearMessage()
    assert tab.accept_unsigned() is None
    assert bar.currentMessage()
