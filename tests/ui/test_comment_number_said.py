"""A number alone typed in Ghi chú on a row whose figures are all entered (walk 19, L2): after Enter
went down a column, the next row's figure typed one cell too far, "1.000", was saved as the comment
the report prints, with not a word. It is still saved (a comment may be anything), and the line under
the table says it is only a number and how to take it back, naming the row's own cells. A comment in
words, or a number on a row with a figure still empty (the bar over the table asks that one), says
nothing more. Numbers are read as the figure cells read them (core/typed_numbers.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text, window_in_english
from tests.ui.test_entry_form import ENTER, TAB, current_code_and_field, go_to

POOR = "giam_ngheo"
NOTE = "1.000"


def _poor_row_entered(window, workspace):
    workspace.set_baseline(POOR, "4,5")
    workspace.set_entry("2026-6M", POOR, numerator="45", denominator="1.500")
    window.reload()


def test_a_number_alone_in_the_comment_of_a_full_row_is_saved_and_said(window, workspace, qtbot, english):
    window.resize(1366, 768)
    _poor_row_entered(window, workspace)
    window_in_english(window, qtbot, english)  # the new words, before the translator's
    go_to(window, POOR, "denominator")
    type_text("1.480"); press(TAB)  # a figure corrected, Tab goes on to Ghi chú
    assert current_code_and_field(window) == (POOR, "comment")
    type_text(NOTE); press(ENTER)  # the next figure meant for a cell, typed one column too far
    assert workspace.row("2026-6M", POOR).entry.comment == NOTE  # kept: a comment may be anything
    assert not window.number_question.isVisible()  # no empty figure to move it to
    said = window.feedback.toolTip()
    assert said.splitlines()[0].startswith("Comment saved: ")
    assert ("The comment is only a number (1.000): if it is a figure, press Ctrl+Z, then type it in the cell for "
            "Poor households now or Total households." in said), said
    assert "only a number" in window.feedback.text()  # shown, not only in the tooltip
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # as the note says
    assert workspace.row("2026-6M", POOR).entry.comment == ""


def test_words_or_a_figure_left_to_fill_say_nothing_more(window, workspace, qtbot, english):
    _poor_row_entered(window, workspace)
    window_in_english(window, qtbot, english)
    go_to(window, POOR, "comment")
    type_text("Rà soát lại 40 hộ"); press(ENTER)
    assert "only a number" not in window.feedback.toolTip()
    go_to(window, "bhyt", "comment")  # its figures empty: the bar asks instead
    type_text("10.000"); press(ENTER)
    assert window.number_question.isVisible()
    assert "only a number" not in window.feedback.toolTip()
