"""Typing on a cell that takes no input (walk-through 7, M1): on a group heading (a click on "Kinh tế";
Ctrl+Home went there until walk U3), on STT (Home), or on the name, target or result (a click),
"170.000 Enter" was lost without a word, or Qt's type-ahead jumped ("1" to STT 1, "17" to STT 17).
The Help says "Gõ số vào ô là bắt đầu nhập": on an indicator's row what is typed goes into the row's
first cell to type in, and editing goes on there; on a heading the cursor stays and the line under
the table says where to type."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.periods import Period
from tests.ui.conftest import commit_text, press, type_text
from ui.entry_model import Col

YEAR = Period(2026, "Y")


def _on(window, code: str, column: Col):
    window.navigator.select(YEAR)
    index = window.model.index(window.model.line_of(code), column)
    window.table.setCurrentIndex(index)
    window.table.setFocus()
    return index


def test_a_figure_typed_on_the_heading_is_said_and_the_cursor_stays(window):
    window.navigator.select(YEAR)
    window.table.setFocus()
    QTest.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.table.visualRect(
        window.model.index(0, 0)).center())
    heading = window.table.currentIndex()
    assert window.model.row_at(heading) is None and window.model.data(heading.siblingAtColumn(0)) == "Kinh tế"
    type_text("17")
    assert window.table.currentIndex() == heading  # no type-ahead jump to STT 1 or 17
    assert window.table.state() != window.table.State.EditingState
    assert window.feedback.text().count("Kinh tế") == 1
    assert "dòng tên nhóm" in window.feedback.text() and "Tử số / Giá trị" in window.feedback.text()
    assert window.workspace.last_saved() is None


def test_a_figure_typed_on_stt_goes_into_the_rows_first_cell(window):
    first = _on(window, "thu_ngan_sach", Col.NO)
    press(Qt.Key.Key_Home)
    assert window.table.currentIndex().column() == Col.NO
    type_text("170.000")
    assert window.table.state() == window.table.State.EditingState
    assert window.table.currentIndex() == first.siblingAtColumn(Col.IN1)
    press(Qt.Key.Key_Return)
    assert window.workspace.row(YEAR, "thu_ngan_sach").entry.value == Decimal(170000)
    assert window.feedback.text().startswith("Đã lưu")
    assert window.table.currentIndex().row() > first.row()  # Enter went on, as after any figure


def test_a_figure_typed_on_the_name_target_or_result_is_typed_in_the_row(window):
    for column in (Col.NAME, Col.TARGET, Col.VALUE, Col.VERDICT):
        _on(window, "bhyt", column)
        type_text(f"9.50{column}")
        press(Qt.Key.Key_Return)
        assert window.workspace.row(YEAR, "bhyt").entry.numerator == Decimal(f"950{column}"), column


def test_a_vietnamese_word_committed_on_the_name_goes_to_the_row(window):
    """A word an input method (Telex) commits on the name: typed in the row's first cell, where
    Enter refuses it in red with the reason, kept as typed (not lost)."""
    index = _on(window, "thu_ngan_sach", Col.NAME)
    commit_text("một")
    assert window.table.state() == window.table.State.EditingState
    assert window.table.currentIndex() == index.siblingAtColumn(Col.IN1)
    press(Qt.Key.Key_Return)
    assert window.model.errors[("thu_ngan_sach", "value")][0] == "một"
    assert window.feedback.text().startswith("<span") and "Chưa lưu" in window.feedback.text()
    assert window.table.currentIndex() == index.siblingAtColumn(Col.IN1)
