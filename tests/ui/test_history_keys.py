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


def _drawn_right(item) -> bool:
    return bool(Qt.AlignmentFlag(item.textAlignment()) & Qt.AlignmentFlag.AlignRight)


def test_the_figures_sit_to_the_right_as_in_the_entry_table(qtbot, workspace):
    """Kết quả and Chỉ tiêu giao to the right, as figures are in the entry table; a target said as
    a sentence ("Giảm ≥ 5% so với cùng kỳ") stays where it is read from, at the left (walk 7, L11)."""
    dialog = history(qtbot, workspace)
    result, target = dialog.table.item(1, 1), dialog.table.item(1, 2)
    assert (result.text(), target.text()) == ("95", "100")
    assert _drawn_right(result) and _drawn_right(target)
    assert not _drawn_right(dialog.table.item(1, 0))  # the period's name
    workspace.set_entry("2026", "tngt_so_vu", value="3", previous="4")
    dialog = shown(qtbot, HistoryDialog(workspace, "tngt_so_vu", Period(2026, "Y")))
    assert _drawn_right(dialog.table.item(0, 1)) and not _drawn_right(dialog.table.item(0, 2))
