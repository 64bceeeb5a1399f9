"""Ctrl+V of a block copied from Excel over the entry table: each cell read as if typed in its
cell, one Ctrl+Z for the whole paste, a refused cell red, nothing placed where it does not fit."""
from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.periods import parse_period
from tests.ui.conftest import Script, click_button, press, type_text
from ui.entry_model import Col

CTRL = Qt.KeyboardModifier.ControlModifier
P6M = parse_period("2026-6M")


def rows_from(window, code, count):
    """`count` indicators from `code` on, in the table's order (group headings skipped)."""
    model = window.model
    line = model.line_of(code)
    rows = [model.row_at(r) for r in range(line, model.rowCount()) if model.row_at(r) is not None]
    return rows[:count]


def two_figure_rows(window, count):
    """The first `count` consecutive indicators that all take a numerator and a denominator."""
    model = window.model
    rows = [model.row_at(r) for r in range(model.rowCount()) if model.row_at(r) is not None]
    for i in range(len(rows) - count):
        run = rows[i:i + count]
        if all([f.field for f in r.indicator.inputs] == ["numerator", "denominator"] for r in run):
            return run
    raise AssertionError("no such run")


def paste(window, text, code, field):
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.table.setFocus()
    QApplication.clipboard().setText(text)
    press(Qt.Key.Key_V, CTRL)


def feedback(window) -> str:
    return re.sub("<[^>]+>", "", window.feedback.text())


def test_a_block_of_numerators_and_denominators_from_excel(window, workspace):
    run = two_figure_rows(window, 3)
    paste(window, "90\t100\r\n1.234\t2.000\r\n55\t100\r\n", run[0].indicator.code, "numerator")
    saved = [workspace.row(P6M, r.indicator.code).entry for r in run]
    assert [(e.numerator, e.denominator) for e in saved] == [
        (Decimal(90), Decimal(100)), (Decimal(1234), Decimal(2000)), (Decimal(55), Decimal(100))]
    assert window.model.index_of(run[1].indicator.code, "numerator").data() == "1.234"
    assert "Đã dán 6/6 ô" in feedback(window)

    press(Qt.Key.Key_Z, CTRL)  # one Ctrl+Z takes the whole paste back
    assert all(workspace.store.entry(workspace.commune.code, P6M.code, r.indicator.code) is None for r in run)
    assert window.model.index_of(run[1].indicator.code, "numerator").data() == ""


def test_a_refused_cell_turns_red_and_the_others_are_saved(window, workspace):
    run = two_figure_rows(window, 2)
    first, second = (r.indicator.code for r in run)
    paste(window, "90\t100\r\n1,234\t2000\r\n", first, "numerator")
    assert workspace.row(P6M, first).entry.numerator == Decimal(90)
    assert window.model.error_at(window.model.index_of(second, "numerator")) is not None
    assert window.model.index_of(second, "numerator").data() == "1,234"  # what was pasted, kept in red
    assert workspace.row(P6M, second).entry.denominator == Decimal(2000)
    text = feedback(window)
    assert "Đã dán 3/4 ô" in text and "1 ô không lưu" in text and "1,234" in text
    assert window.refused_cells(P6M)  # switching period asks, as for a typed red cell


def test_empty_cells_of_the_block_never_clear_a_figure(window, workspace):
    run = two_figure_rows(window, 2)
    first, second = (r.indicator.code for r in run)
    workspace.set_entry(P6M, second, numerator="5", denominator="10")
    window.reload()
    paste(window, "90\t100\r\n\t\r\n", first, "numerator")
    assert workspace.row(P6M, second).entry.numerator == Decimal(5)
    paste(window, "90\t100\r\n\t20\r\n", first, "numerator")
    assert workspace.row(P6M, second).entry.denominator == Decimal(20)
    assert "1 ô trống trong vùng dán không xóa số đã nhập" in feedback(window)


def test_a_block_longer_than_the_table_pastes_nothing(window, workspace):
    model = window.model
    last = model.row_at(max(r for r in range(model.rowCount()) if model.row_at(r) is not None))
    code = last.indicator.code
    paste(window, "1\r\n2\r\n3\r\n", code, "comment")
    assert workspace.store.entry(workspace.commune.code, P6M.code, code) is None
    assert "không dán gì" in feedback(window)


def test_figures_falling_on_computed_cells_ask_first_not_pasting_by_default(window, workspace, qtbot):
    """Copied with its result column, or a row off: asked before anything is saved; Enter
    (the default) pastes nothing, "Dán các ô còn lại" pastes the cells to type in."""
    code = two_figure_rows(window, 1)[0].indicator.code
    asked = []

    def enter(box):
        asked.append((box.text(), box.informativeText()))
        press(Qt.Key.Key_Return, widget=box)

    script = Script((QMessageBox, enter))
    paste(window, "90\t100\t90\r\n", code, "numerator")
    script.check()
    assert "cột Kết quả" in asked[0][0] and "lệch dòng hoặc lệch cột" in asked[0][1]
    assert workspace.store.entry(workspace.commune.code, P6M.code, code) is None

    window.activateWindow()  # as the window manager gives the keyboard back (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    script = Script((QMessageBox, lambda box: click_button(box, "Dán các ô còn lại")))
    paste(window, "90\t100\t90\r\n", code, "numerator")
    script.check()
    assert workspace.row(P6M, code).entry.denominator == Decimal(100)
    assert "1 số rơi vào ô không nhập đã bỏ qua" in feedback(window)


def test_ctrl_z_puts_a_whole_paste_back_even_where_one_cell_at_a_time_would_be_refused(window, workspace):
    """50 / 60 typed, 91 / 101 pasted over them: Ctrl+Z gives 50 / 60 back (the numerator first
    would have been refused above the denominator still there), Ctrl+Y 91 / 101 again."""
    code = two_figure_rows(window, 1)[0].indicator.code
    workspace.set_entry(P6M, code, numerator="50", denominator="60")
    window.reload()
    paste(window, "91\t101\r\n", code, "numerator")
    assert (workspace.row(P6M, code).entry.numerator, workspace.row(P6M, code).entry.denominator) == (91, 101)
    press(Qt.Key.Key_Z, CTRL)
    entry = workspace.row(P6M, code).entry
    assert (entry.numerator, entry.denominator) == (Decimal(50), Decimal(60))
    assert "Đã hoàn tác lần dán: 2 ô" in feedback(window)
    assert window.model.index_of(code, "denominator").data() == "60"
    press(Qt.Key.Key_Y, CTRL)
    entry = workspace.row(P6M, code).entry
    assert (entry.numerator, entry.denominator) == (Decimal(91), Decimal(101))


def test_a_block_whose_every_cell_is_refused_says_why_and_leaves_nothing_to_undo(window, workspace):
    code = two_figure_rows(window, 1)[0].indicator.code
    paste(window, "1,234\tabc\r\n", code, "numerator")
    assert workspace.store.entry(workspace.commune.code, P6M.code, code) is None
    text = feedback(window)
    assert text.startswith("✖") and "2 ô không lưu" in text and "Đã dán" not in text
    assert not window.undo_stack.canUndo()


def test_a_block_pasted_while_typing_in_a_cell_goes_from_that_cell(window, workspace):
    """Ctrl+V in a cell being edited: the block, not its tabs typed in one cell."""
    run = two_figure_rows(window, 2)
    window.table.setCurrentIndex(window.model.index_of(run[0].indicator.code, "numerator"))
    window.table.setFocus()
    type_text("7")
    QApplication.clipboard().setText("90\t100\r\n80\t100\r\n")
    press(Qt.Key.Key_V, CTRL)
    assert [workspace.row(P6M, r.indicator.code).entry.numerator for r in run] == [Decimal(90), Decimal(80)]


def test_one_cell_pasted_is_typed_there_and_ctrl_c_copies_a_figure(window, workspace):
    run = two_figure_rows(window, 2)
    first, second = (r.indicator.code for r in run)
    paste(window, "1.234\r\n", first, "denominator")
    assert workspace.row(P6M, first).entry.denominator == Decimal(1234)
    press(Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "1.234"
    window.table.setCurrentIndex(window.model.index_of(second, "denominator"))
    press(Qt.Key.Key_V, CTRL)
    assert workspace.row(P6M, second).entry.denominator == Decimal(1234)
