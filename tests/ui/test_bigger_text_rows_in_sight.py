"""The commune's entry table with Windows' "Make text bigger" at 125 % and 150 % on a 1366×768 laptop
(1366×728 less its taskbar; S123). At 150 % the indicator's name had 170 pixels ("Tổng thu ngân sách địa
phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết" on 6 lines, its row 132 pixels
tall), Chỉ tiêu giao 120 ("Tỉnh giao, đến 2030" on two lines) beside ĐVT 99 for "Có/Không", Tử số and
Kết quả 90 for "217.373" and the period list 341: two or three indicators were in sight wherever the
table was scrolled. The name and the target now have the room the figures and the unit do not need;
every name is whole, wrapped; at the usual 9-point text nothing moves."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.exports.sample_data import fill_commune_2026
from tests.ui.conftest import shot
from ui.entry_model import Col

SIZE = (1366, 728)
# The columns at 9 points on 1366×728 (measured before S123, unchanged by it): STT … Ghi chú.
USUAL_WIDTHS = [32, 238, 70, 142, 62, 69, 62, 228, 150]
USUAL_LIST_WIDTH = 277


def opened(make_window, workspace):
    fill_commune_2026(workspace)
    window = make_window(workspace)
    window.resize(*SIZE)
    QApplication.processEvents()
    return window


def indicator_rows(model) -> list[int]:
    return [i for i in range(model.rowCount()) if model.row_at(i) is not None]


def in_sight_from(table, top: int) -> int:
    """How many indicators' rows are whole in the table's view with row `top` scrolled to its top."""
    bar = table.verticalScrollBar()
    bar.setValue(bar.value() + table.rowViewportPosition(top))
    QApplication.processEvents()
    model, height = table.model(), table.viewport().height()
    return sum(1 for i in indicator_rows(model)
               if table.rowViewportPosition(i) >= 0 and table.rowViewportPosition(i) + table.rowHeight(i) <= height)


def scrollable_tops(table) -> list[int]:
    """The indicators' rows that the table can be scrolled to put at its top (not those of its last view)."""
    bar = table.verticalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    return [i for i in indicator_rows(table.model()) if table.rowViewportPosition(i) <= bar.maximum()]


@pytest.mark.parametrize("percent, least, first", [(125, 5, 5), (150, 3, 2)])
def test_more_indicators_in_sight_with_a_bigger_text(qtbot, make_window, workspace, text_size, percent, least, first):
    """At 125 % the table opened with 4 indicators whole in sight, now 5; at 150 % scrolled to
    "Tỷ lệ trường học đạt chuẩn quốc gia", "Tỷ lệ lao động qua đào tạo" or the rural water's indicator
    it showed 2, now 3 (the revenue's 5-line name and the BHYT row below it still fill the first view)."""
    text_size(percent)
    window = opened(make_window, workspace)
    table = window.table
    shot(window, f"big_text_rows_in_sight_{percent}")
    tops = scrollable_tops(table)
    assert len(tops) >= 10
    seen = {top: in_sight_from(table, top) for top in tops}
    assert seen[tops[0]] >= first, seen
    assert min(seen[top] for top in tops[1:]) >= least, seen


def whole_lines(table, row: int, col: Col) -> bool:
    """The cell's text, wrapped in its column as the delegate draws it, is no taller than its row."""
    return table.cell_height(table.model().index(row, col), table.columnWidth(col)) + 6 <= table.rowHeight(row)


@pytest.mark.parametrize("percent", [100, 125, 150])
def test_every_name_target_unit_and_verdict_whole(qtbot, make_window, workspace, text_size, percent):
    """No name is cut: each is as many lines as its row is tall, no word wider than its column
    ("Có/Không" on two lines in ĐVT at 125 % and 150 %, after its "/")."""
    text_size(percent)
    window = opened(make_window, workspace)
    table, model = window.table, window.model
    metrics = table.fontMetrics()
    for i in indicator_rows(model):
        for col in (Col.NAME, Col.UNIT, Col.TARGET, Col.VERDICT):
            assert whole_lines(table, i, col), (percent, model.index(i, col).data(), table.rowHeight(i))
        for col in (Col.NAME, Col.UNIT):
            widest = max(metrics.horizontalAdvance(word) for word in str(model.index(i, col).data()).replace("/", "/ ").split())
            assert widest <= table.columnWidth(col) - 10, (percent, model.index(i, col).data(), table.columnWidth(col))


def test_the_usual_text_keeps_its_columns(qtbot, make_window, workspace):
    """At 9 points the columns and the period list are as wide as before S123."""
    window = opened(make_window, workspace)
    assert [window.table.columnWidth(col) for col in Col] == USUAL_WIDTHS
    assert window.splitter.sizes()[0] == USUAL_LIST_WIDTH
