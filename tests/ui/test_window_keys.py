"""The main window by keyboard alone: Tab stays in the entry table (cell to cell), and the
window's own keys leave it: Ctrl+Tab / Ctrl+PgDown and back switch the tabs, F6 goes round
the period list and the buttons, Alt+PgUp / Alt+PgDown step through the periods."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QPushButton

from desktop_app.core.periods import Period
from tests.ui.conftest import Script, press, type_text
from ui.entry_model import Col

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus():
    return QApplication.focusWidget()


def test_tab_stays_in_the_table_and_ctrl_tab_switches_the_tabs(window, workspace):
    start = window.table.currentIndex()
    for _ in range(30):
        press(Qt.Key.Key_Tab)
    assert focus() is window.table and window.table.currentIndex() != start  # cell to cell, never out
    for _ in range(30):
        press(Qt.Key.Key_Backtab, SHIFT)
    assert focus() is window.table

    row = window.table.currentIndex()
    press(Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentWidget() is window.narratives
    assert isinstance(focus(), QPlainTextEdit) and focus() is list(window.narratives.editors.values())[0]
    press(Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == 0 and focus() is window.table
    assert window.table.currentIndex() == row  # Ctrl+Tab moved no cell
    press(Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentWidget() is window.narratives and isinstance(focus(), QPlainTextEdit)
    press(Qt.Key.Key_Tab)  # the narrative's own Tab: its next box
    second = focus()
    assert second is list(window.narratives.editors.values())[1]
    press(Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == 0 and focus() is window.table and window.table.currentIndex() == row
    press(Qt.Key.Key_PageDown, CTRL)
    assert focus() is second  # back in the box last typed in


def test_ctrl_tab_while_typing_saves_the_figure(window, workspace):
    index = window.model.index_of("thu_ngan_sach", "value")
    window.table.setCurrentIndex(index)
    type_text("52.000")
    press(Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == 52000


def test_f6_reaches_the_period_list_and_enter_comes_back(window):
    assert focus() is window.table
    press(Qt.Key.Key_F6)
    assert focus() is window.navigator
    before = window.period
    press(Qt.Key.Key_Down)
    assert window.period != before and window.period == window.navigator.selected_period()
    press(Qt.Key.Key_Return)
    assert focus() is window.table
    press(Qt.Key.Key_F6)
    press(Qt.Key.Key_F6)  # the buttons under the table
    assert isinstance(focus(), QPushButton) and focus() is window.history_button  # Hoàn tác: nothing to undo
    press(Qt.Key.Key_F6)
    assert focus() is window.table
    press(Qt.Key.Key_F6, SHIFT)
    assert focus() is window.history_button
    press(Qt.Key.Key_Tab)  # on from the buttons: the period list
    assert focus() is window.navigator

    press(Qt.Key.Key_PageDown, CTRL)  # from the list too: the narrative
    assert window.tabs.currentIndex() == 1
    press(Qt.Key.Key_F6)
    assert focus() is window.navigator  # no buttons under the narrative: the list and the text
    press(Qt.Key.Key_F6)
    assert isinstance(focus(), QPlainTextEdit)


def test_the_undo_button_is_reached_after_an_edit(window):
    window.table.setCurrentIndex(window.model.index_of("thu_ngan_sach", "value"))
    type_text("52.000")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_F6)
    press(Qt.Key.Key_F6)
    assert focus() is window.undo_button
    press(Qt.Key.Key_Space)
    assert window.undo_stack.index() == 0


def test_alt_page_keys_step_through_the_periods_and_keep_the_cell(window):
    assert window.period == Period(2026, "6M")
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    press(Qt.Key.Key_PageDown, ALT)
    assert window.period == Period(2026, "9M") and focus() is window.table
    assert window.current_code() == "bhyt" and window.table.currentIndex().column() == Col.IN1
    press(Qt.Key.Key_PageUp, ALT)
    press(Qt.Key.Key_PageUp, ALT)
    assert window.period == Period(2026, "Q1")
    press(Qt.Key.Key_PageUp, ALT)
    assert window.period == Period(2026, "Q1") and not window.previous_period_action.isEnabled()
    assert [a.text() for a in window.period_menu.actions()][-2:] == ["Kỳ &trước", "Kỳ &sau"]
    assert window.next_period_action.shortcut().toString() == "Alt+PgDown"


def test_the_keys_are_said_in_the_help_and_under_the_table(window):
    assert window.keys_hint.text().endswith("Ctrl+Z: hoàn tác · F6: danh sách kỳ")
    said = []

    def read(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    window.keys_help_action.trigger()
    script.check()
    assert "F6: đến danh sách kỳ báo cáo" in said[0] and "Ctrl+Tab hoặc Ctrl+PgDown" in said[0]
    assert "Alt+PgUp / Alt+PgDown" in said[0] and "Tab vẫn ở trong bảng" in said[0]
