"""The commune's entry table with Windows' "Make text bigger" at 150 % on a 1366×728 laptop (S111, walk U19
leftovers): Đánh giá kept 112 pixels, "Đang thực hiện / Đến nay đã vượt mức chỉ tiêu (105%)" on 6 lines and
"Không đạt / Tăng 12,5% so với cùng kỳ" on 6, rows tall with them. It keeps its verdicts on three lines at
most, Ghi chú (its title whole) and Chỉ tiêu giao giving the room; every column stays in view."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from tests.ui.test_make_text_bigger import columns_outside, open_window
from ui.entry_columns import small_font
from ui.entry_model import Col


def verdict_lines(table, row: int) -> int:
    """How many lines the verdict of `row` takes as the table lays it out: its first line in the cell's
    font, the second in the smaller one, each wrapped to the column (fit_row's width)."""
    model = table.model()
    index = model.index(row, Col.VERDICT)
    font = table.cell_font(index)
    width = table.columnWidth(Col.VERDICT) - 10
    lines = 0
    for metrics, text in zip((QFontMetrics(font), QFontMetrics(small_font(font))),
                             (model.data(index) or "").split("\n", 1)):
        height = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        lines += round(height / metrics.lineSpacing())
    return lines


def test_verdicts_take_three_lines_at_most_at_150_percent(qtbot, office, text_size):  # noqa: F811
    text_size(150)
    as_(office, "canbo"); fill_year(office)
    office.set_entry("2026", "tngt_so_vu", value="9", previous="8")  # Không đạt / Tăng 12,5% so với cùng kỳ
    window = open_window(qtbot, office)
    table, model = window.table, window.model
    shot(window, "big_text_verdict_lines_150")
    rows = [i for i in range(model.rowCount()) if model.row_at(i) is not None]
    verdicts = {model.data(model.index(i, Col.VERDICT)).replace("\n", " / "): verdict_lines(table, i) for i in rows}
    assert "Không đạt / Tăng 12,5% so với cùng kỳ" in verdicts
    assert any("Đến nay đã vượt mức chỉ tiêu" in verdict for verdict in verdicts)
    assert {verdict: lines for verdict, lines in verdicts.items() if lines > 3} == {}, table.columnWidth(Col.VERDICT)
    assert columns_outside(table) == []
    title = str(model.headerData(Col.COMMENT, Qt.Orientation.Horizontal))
    assert table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 10 <= table.columnWidth(Col.COMMENT)
