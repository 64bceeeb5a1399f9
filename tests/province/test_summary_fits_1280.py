"""The province's "Tổng hợp chỉ tiêu" at 1280×720 (walk 10, finding 4): the last column, the
province's result ("38.221.295 (tổng)", "66,78 (tỷ lệ chung)"), showed "38.22" and needed a
sideways scroll in every row, the counts' one-line headers making their columns wide. Their headers
are on two lines now, whole in their tooltips, and every column is in sight."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window


def test_every_column_of_the_summary_is_in_sight_at_1280(qtbot, received):
    office, _ = received
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    window.resize(1280, 720)
    window.tabs.setCurrentWidget(window.tabs.widget(2))
    table, model = window.summary_table, window.summary_model
    qtbot.waitUntil(lambda: table.isVisible() and model.rowCount() > 0)
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() == 0
    last = model.columnCount() - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    assert table.columnWidth(last) >= table.sizeHintForColumn(last)  # "38.221.295 (tổng)" whole
    header = model.headerData(10, Qt.Orientation.Horizontal)
    assert header == "Chưa đến kỳ\nđánh giá"
    assert model.headerData(10, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Chưa đến kỳ đánh giá"
