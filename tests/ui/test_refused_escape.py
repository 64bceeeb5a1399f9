"""Esc on a red cell (a figure refused as typed, Enter pressed) drops what was typed there, as
Esc does in Excel: the cell shows the saved figure again, its red line goes, the line under
the table says so, nothing is written and the undo history is as it was. The refusal's line
says so beforehand. Esc while still typing (before Enter) closes the editor as before.
(Walk 12, finding 7.)"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from tests.ui.conftest import press, type_text, window_in_english

ENTER, ESC = Qt.Key.Key_Return, Qt.Key.Key_Escape
P6M = parse_period("2026-6M")
# The refusal's last words, "Sửa lại, hoặc nhấn Esc để bỏ" once translated (the English until then).
from tests.ui.test_refused_not_lost import feedback, go_to, red  # the same steps

ESC_SAID = ("Esc để bỏ", "Esc to drop it")




def test_escape_on_a_refused_figure_puts_the_saved_one_back(window, workspace):
    workspace.set_entry(P6M, "bhyt", numerator="9000", denominator="10000")
    window.reload()
    go_to(window, "bhyt", "numerator")
    type_text("Mười")
    press(ENTER)
    assert red(window, "bhyt", "numerator")
    assert window.model.index_of("bhyt", "numerator").data() == "Mười"
    said = feedback(window)
    assert said.startswith("✖ Chưa lưu:") and "Mười" in said and said.rstrip(".").endswith(ESC_SAID)
    undo_count = window.undo_stack.count()

    press(ESC)
    assert not red(window, "bhyt", "numerator") and window.refused_cells() == []
    assert window.model.index_of("bhyt", "numerator").data() == "9.000"
    assert "Chưa lưu" not in feedback(window)
    assert "Đã bỏ “Mười”" in feedback(window) and "9.000" in feedback(window)
    assert workspace.row(P6M, "bhyt").entry.numerator == Decimal(9000)  # nothing written
    assert window.undo_stack.count() == undo_count
    assert QApplication.focusWidget() is window.table
    assert window.table.currentIndex() == window.model.index_of("bhyt", "numerator")


def test_escape_on_a_refused_figure_of_an_empty_cell_empties_it(window, workspace):
    go_to(window, "thu_ngan_sach", "value")
    type_text("1,234")
    press(ENTER)
    assert red(window, "thu_ngan_sach", "value")
    press(Qt.Key.Key_Down)  # away and back: the red line is said again, and Esc drops it
    go_to(window, "thu_ngan_sach", "value")
    assert feedback(window).rstrip(".").endswith(ESC_SAID)
    press(ESC)
    assert not red(window, "thu_ngan_sach", "value")
    assert window.model.index_of("thu_ngan_sach", "value").data() == ""
    assert "Đã bỏ “1,234”" in feedback(window) and "(trống)" in feedback(window)
    assert not window.undo_action.isEnabled()
    assert workspace.row(P6M, "thu_ngan_sach").entry.value is None


def test_escape_while_typing_still_only_closes_the_editor(window, workspace):
    workspace.set_entry(P6M, "bhyt", numerator="9000", denominator="10000")
    window.reload()
    go_to(window, "bhyt", "numerator")
    type_text("9,5")
    assert window.table.state() == window.table.State.EditingState
    press(ESC)
    assert window.table.state() != window.table.State.EditingState
    assert not red(window, "bhyt", "numerator")
    assert window.model.index_of("bhyt", "numerator").data() == "9.000"
    assert workspace.row(P6M, "bhyt").entry.numerator == Decimal(9000)


def test_escape_on_a_red_cell_being_corrected_closes_the_editor_first(window, workspace):
    go_to(window, "bhyt", "numerator")
    type_text("9,5")
    press(ENTER)
    assert red(window, "bhyt", "numerator")
    press(Qt.Key.Key_F2)
    assert window.table.state() == window.table.State.EditingState
    press(ESC)  # the editor closes: the cell is still red
    assert window.table.state() != window.table.State.EditingState
    assert red(window, "bhyt", "numerator")
    press(ESC)  # then Esc drops it
    assert not red(window, "bhyt", "numerator")
    assert window.model.index_of("bhyt", "numerator").data() == ""


def test_escape_on_a_cell_that_is_not_red_changes_nothing(window, workspace):
    workspace.set_entry(P6M, "bhyt", numerator="9000", denominator="10000")
    window.reload()
    go_to(window, "bhyt", "numerator")
    before = feedback(window)
    press(ESC)
    assert window.model.index_of("bhyt", "numerator").data() == "9.000"
    assert feedback(window) == before and window.isVisible()


def test_the_refusal_says_how_to_drop_it_in_english(window, workspace, english, qtbot):
    window_in_english(window, qtbot, english)
    go_to(window, "bhyt", "numerator")
    type_text("ten")
    press(ENTER)
    said = feedback(window)
    assert said.startswith("✖ Not saved:") and said.endswith("Correct it, or press Esc to drop it.")
    assert window.feedback.toolTip().endswith("Correct it, or press Esc to drop it.")
    press(ESC)
    assert not red(window, "bhyt", "numerator")
    assert feedback(window).startswith("Dropped “ten”")
