"""Chỉ tiêu xã tự đặt theo năm (walk 29, L): Tab and Shift+Tab are a dialog's, the arrows the
table's. Before, Tab went from year cell to year cell and row to row (seven Tabs stayed in the
table), so Đóng could not be reached by Tab. Now Tab leaves the table for the buttons and Shift+Tab
comes back to the same cell; Tab while typing saves the cell first (a refused target keeps the
cursor on its cell); typing and Enter are as before."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog


def close_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)


def cell(dialog) -> tuple[int, int]:
    return dialog.table.currentRow(), dialog.table.currentColumn()


def test_tab_goes_to_close_and_shift_tab_back_to_the_same_cell(qtbot, office):  # noqa: F811
    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2026))
    assert QApplication.focusWidget() is dialog.table and cell(dialog) == (0, FIRST_YEAR_COLUMN)
    press(Qt.Key.Key_Right)  # the arrows go from cell to cell
    press(Qt.Key.Key_Down)
    assert cell(dialog) == (1, FIRST_YEAR_COLUMN + 1)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is close_button(dialog)
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.table and cell(dialog) == (1, FIRST_YEAR_COLUMN + 1)
    press(Qt.Key.Key_Backtab)  # Shift+Tab from the table: the buttons too (the dialog's round)
    assert QApplication.focusWidget() is close_button(dialog)
    press(Qt.Key.Key_Return)  # Đóng
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_tab_while_typing_saves_the_cell_then_leaves_a_refused_one_keeps_the_cursor(qtbot, office):  # noqa: F811
    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2026))
    codes = [i.code for i in dialog.indicators]
    bhyt = codes.index("bhyt")
    dialog.table.setCurrentCell(bhyt, FIRST_YEAR_COLUMN)
    type_text("96")
    press(Qt.Key.Key_Return)  # Enter: saved, down the column, as before
    assert office.own_targets()[(2026, "bhyt")].value == 96 and cell(dialog) == (bhyt + 1, FIRST_YEAR_COLUMN)
    type_text("abc")
    press(Qt.Key.Key_Tab)  # refused: the cursor stays on its cell, the reason under the table
    assert QApplication.focusWidget() is dialog.table and cell(dialog) == (bhyt + 1, FIRST_YEAR_COLUMN)
    assert "Chưa lưu" in dialog.message.text()
    type_text("80")
    press(Qt.Key.Key_Tab)  # typed over: saved, then on to Đóng
    assert office.own_targets()[(2026, codes[bhyt + 1])].value == 80
    assert QApplication.focusWidget() is close_button(dialog)
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.table and cell(dialog) == (bhyt + 1, FIRST_YEAR_COLUMN)
    type_text("70")
    press(Qt.Key.Key_Backtab)  # Shift+Tab while typing: saved, then back round to Đóng
    assert office.own_targets()[(2026, codes[bhyt + 1])].value == 70
    assert QApplication.focusWidget() is close_button(dialog)
    assert dialog.isVisible()
