"""Up and Down in the entry table go over a group's heading to the next indicator in the same column,
as Enter does (walk 11, finding 10: Down from the last indicator of a group selected the whole heading,
the column lost, Ctrl+H there said "Chọn một chỉ tiêu…"); at the first indicator Up stays."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press


def test_down_and_up_skip_the_heading_and_keep_the_column(window):
    table, model = window.table, window.model
    rows = range(model.rowCount())
    last = next(r for r in rows if model.row_at(model.index(r, 0)) is not None
                and r + 2 < model.rowCount() and model.row_at(model.index(r + 1, 0)) is None)
    below = next(r for r in range(last + 1, model.rowCount()) if model.row_at(model.index(r, 0)) is not None)
    start = model.index(last, 4)
    table.setFocus()
    table.setCurrentIndex(start)
    press(Qt.Key.Key_Down, widget=table)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (below, 4)
    assert model.row_at(table.currentIndex()) is not None
    press(Qt.Key.Key_Up, widget=table)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (last, 4)
    first = next(r for r in rows if model.row_at(model.index(r, 0)) is not None)
    table.setCurrentIndex(model.index(first, 4))
    press(Qt.Key.Key_Up, widget=table)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (first, 4)
    press(Qt.Key.Key_Down, widget=table)
    assert table.currentIndex().column() == 4 and model.row_at(table.currentIndex()) is not None
