"""Diễn biến qua các kỳ is read, not answered: Enter in its table (the officer's habit from the
entry table) leaves it open; Escape closes it, and so does Đóng, by Tab then Enter or Space."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import Period
from tests.ui.conftest import press
from tests.ui.test_keyboard import shown
from ui.history_dialog import HistoryDialog


def history(qtbot, workspace):
    workspace.set_entry("2026-Q1", "bhyt", numerator="9100", denominator="10000")
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    return shown(qtbot, HistoryDialog(workspace, "bhyt", Period(2026, "Y")))


def test_enter_in_the_table_leaves_the_history_open(qtbot, workspace):
    dialog = history(qtbot, workspace)
    assert QApplication.focusWidget() is dialog.table
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Enter)  # the keypad's
    assert dialog.isVisible() and dialog.table.currentRow() == 0
    assert not dialog.close_button.isDefault()  # no button drawn as Enter's
    dialog.grab().save("/tmp/history_after_enter.png")
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_close_by_tab_and_enter_or_space(qtbot, workspace):
    dialog = history(qtbot, workspace)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.close_button
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    dialog = history(qtbot, workspace)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    assert not dialog.isVisible()
