"""One Ctrl+Z undoes a paste that left a cell red, as its line says ("Ctrl+Z hoàn tác cả lần dán"):
the figures pasted go back and the red cell with them (walk 13, L5: the first Ctrl+Z only dropped
the red cell, the figures stayed until a second one). A red cell typed again after the paste is
the officer's own: Ctrl+Z drops that first, as for any cell typed."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_app.core.periods import parse_period
from tests.ui.conftest import press, type_text
from tests.ui.test_paste_block import feedback, paste, rows_from
from tests.ui.test_refused_not_lost import red

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return
P6M = parse_period("2026-6M")
BLOCK = "9.691\t10.181\n53\t2.426\nhai mươi\t23\n5651\t7031\n"  # the walk-through's, one cell refused


def pasted(window, workspace):
    """The four indicators the block falls on, pasted (the third one's numerator red)."""
    codes = [r.indicator.code for r in rows_from(window, "bhyt", 4)]
    workspace.set_entry(P6M, codes[0], numerator="9.000", denominator="10.000")  # a figure the paste replaces
    window.reload()
    paste(window, BLOCK, codes[0], "numerator")
    assert "Ctrl+Z hoàn tác cả lần dán" in feedback(window)
    assert red(window, codes[2], "numerator") and window.table.currentIndex() == window.model.index_of(
        codes[2], "numerator")  # the cursor on the red cell, as after the paste
    assert workspace.row(P6M, codes[0]).entry.numerator == Decimal(9691)
    return codes


def test_one_ctrl_z_undoes_the_paste_and_its_red_cell(window, workspace):
    codes = pasted(window, workspace)
    press(Qt.Key.Key_Z, CTRL)
    entries = [workspace.row(P6M, code).entry for code in codes]
    assert (entries[0].numerator, entries[0].denominator) == (Decimal(9000), Decimal(10000))  # as before
    assert all(e.numerator is None for e in entries[1:]) and entries[2].denominator is None
    assert window.model.index_of(codes[0], "numerator").data() == "9.000"
    assert window.model.index_of(codes[3], "numerator").data() == ""
    assert not red(window, codes[2], "numerator") and window.model.index_of(codes[2], "numerator").data() == ""
    assert window.refused_cells() == []  # nothing left to ask about when leaving the period
    assert not window.undo_stack.canUndo() and not window.undo_action.isEnabled()
    said = feedback(window)
    assert "hai mươi" not in said and "Chưa lưu" not in said
    assert said.rstrip(".").endswith(": 1"), said  # the red cell's going is said, counted
    assert said.startswith("Paste undone: 7 cells back as they were") or "7" in said, said

    press(Qt.Key.Key_Y, CTRL)  # Ctrl+Y: the figures saved by the paste again, not what was refused
    assert workspace.row(P6M, codes[0]).entry.numerator == Decimal(9691)
    assert not red(window, codes[2], "numerator")


def test_a_red_cell_typed_again_after_the_paste_is_dropped_first(window, workspace):
    codes = pasted(window, workspace)
    type_text("ba mươi")
    press(ENTER)
    assert red(window, codes[2], "numerator")
    press(Qt.Key.Key_Z, CTRL)  # what the officer typed goes first
    assert not red(window, codes[2], "numerator") and "“ba mươi”" in feedback(window)
    assert workspace.row(P6M, codes[0]).entry.numerator == Decimal(9691)  # the paste still there
    press(Qt.Key.Key_Z, CTRL)
    assert workspace.row(P6M, codes[0]).entry.numerator == Decimal(9000)
    assert workspace.row(P6M, codes[3]).entry.numerator is None


def test_a_paste_of_the_figures_already_there_promises_no_ctrl_z(window, workspace):
    """Pasting again the block just pasted changes no figure and leaves nothing to undo: its line
    says so, not "Ctrl+Z hoàn tác cả lần dán" (Ctrl+Z would undo the edit before it)."""
    codes = pasted(window, workspace)
    press(Qt.Key.Key_Escape)  # the red cell dropped
    paste(window, "9.691\t10.181\n53\t2.426\n", codes[0], "numerator")
    said = feedback(window)
    assert "Ctrl+Z" not in said and "đúng số đã nhập, không đổi gì" in said, said
