"""The Kết quả column on a 1366×768 laptop: a ward's real revenue shown whole, not "1.312.4…".

The column is as wide as the widest figure shown and the figures the period is to get (a value's
target's digits) when a period is opened, taking room from Ghi chú (the stretching column), then
from the name; typing a wider figure widens it, none narrows it until the period is shown again or
the window resized (walk h4: the names re-wrapped as the first figure was saved); the window still
fits the screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from tests.ui.conftest import press, type_text
from tests.ui.test_small_screens import MIN_COMMENT_WIDTH, laid_out, outside
from ui.entry_model import Col

P6M = parse_period("2026-6M")
REVENUE = "thu_ngan_sach"


def value_cell(window):
    return window.model.index(window.model.line_of(REVENUE), Col.VALUE)


def shown_whole(window, text: str, col: Col = Col.VALUE) -> bool:
    """The cell's text fits its column, by the table's font and the cell's margins."""
    table = window.table
    return table.columnWidth(col) - 6 >= table.fontMetrics().horizontalAdvance(text)


def type_revenue(window, text: str) -> None:
    window.table.setCurrentIndex(window.model.index_of(REVENUE, "value"))
    window.table.setFocus()
    type_text(text)
    press(Qt.Key.Key_Return)


def test_a_wards_revenue_is_shown_whole_beside_a_narrower_comment(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1366, 768))
    assert window.period == P6M
    # Ghi chú at its minimum beside a two-line Đánh giá (walk 26, A): the room for the revenue's
    # digits (its target 4.450.844) comes from the name, as the period opens.
    table = window.table
    widths = [table.columnWidth(col) for col in Col]
    assert table.columnWidth(Col.NAME) < 258 and shown_whole(window, "1.312.450")
    type_revenue(window, "1.312.450")
    assert value_cell(window).data() == "1.312.450"
    assert shown_whole(window, "1.312.450")
    assert [table.columnWidth(col) for col in Col] == widths
    assert window.table.columnWidth(Col.COMMENT) >= MIN_COMMENT_WIDTH
    assert outside(window, 1366, 768) == []


def test_nine_digits_with_decimals_fit_and_the_column_narrows_again(qtbot, data_dir):
    """The widest a budget figure is likely to be (nine digits; whole million đồng, a fraction is
    refused), then a small one and another period: the column widens for the figure, stays so
    while the period is typed in, and follows the figures shown when a period is shown; Ghi chú
    keeps its minimum and nothing goes past the screen."""
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1366, 768))
    usual = window.table.columnWidth(Col.VALUE)
    type_revenue(window, "123.456.789")
    shown = value_cell(window).data()
    assert shown.endswith("123.456.789") and shown_whole(window, shown)  # with or without "⚠ " before it
    assert shown_whole(window, "123.456.789", Col.IN1)  # Tử số, as typed, whole too
    table = window.table
    assert table.columnWidth(Col.COMMENT) >= MIN_COMMENT_WIDTH
    assert table.columnViewportPosition(Col.COMMENT) + table.columnWidth(Col.COMMENT) <= table.viewport().width()
    assert outside(window, 1366, 768) == []

    wide = table.columnWidth(Col.VALUE)
    type_revenue(window, "12")
    assert table.columnWidth(Col.VALUE) == wide > usual
    type_revenue(window, "123.456.789")
    window.reload(parse_period("2026-Q1"))  # nothing typed there: the usual width again
    QApplication.processEvents()
    assert table.columnWidth(Col.VALUE) == usual
    window.reload(P6M)
    QApplication.processEvents()
    assert shown_whole(window, value_cell(window).data())
