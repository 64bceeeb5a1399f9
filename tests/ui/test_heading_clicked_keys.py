"""A group's heading ("Kinh tế", "Văn hóa - Xã hội", …) reached by a mouse click: Down and Up go to
the indicator below or above, to a figure cell (the one last typed in, else the first figure), as
the keyboard's ways onto a heading do (Ctrl+Home, PgDn); Qt's went to the STT column of the next
row. Tab and Shift+Tab, Home and End go to a figure cell too, and the click itself opens no editor."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ui.entry_model import Col

FIGURES = (Col.IN1, Col.IN2)


def _heading(model) -> int:
    """A heading with indicators both above and below it (not the table's first row)."""
    return next(r for r in range(1, model.rowCount())
                if model.row_at(model.index(r, 0)) is None and model.row_at(model.index(r - 1, 0)) is not None)


def _data_row(model, start: int, step: int) -> int:
    r = start + step
    while model.row_at(model.index(r, 0)) is None:
        r += step
    return r


def _click_heading(table, row: int) -> None:
    table.scrollTo(table.model().index(row, 0))
    QApplication.processEvents()
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QApplication.processEvents()
    assert table.currentIndex().row() == row
    assert table.state() != QAbstractItemView.State.EditingState  # the click opens no editor
    assert table.itemDelegate().open_editor is None


def _key(table, key, modifiers=Qt.KeyboardModifier.NoModifier) -> tuple[int, int]:
    QTest.keyClick(table, key, modifiers)
    QApplication.processEvents()
    current = table.currentIndex()
    return current.row(), current.column()


def test_down_and_up_from_a_clicked_heading_go_to_a_figure(window):
    table, model = window.table, window.model
    heading = _heading(model)
    below, above = _data_row(model, heading, 1), _data_row(model, heading, -1)
    _click_heading(table, heading)
    assert _key(table, Qt.Key.Key_Down) == (below, Col.IN1)
    _click_heading(table, heading)
    assert _key(table, Qt.Key.Key_Up) == (above, Col.IN1)


def test_the_figure_column_last_used_is_kept(window):
    table, model = window.table, window.model
    heading = _heading(model)
    below = _data_row(model, heading, 1)
    column = next(c for c in reversed(FIGURES) if model.is_editable(model.index(below, c)))
    assert column == Col.IN2  # not the first figure: the one remembered
    table.setFocus()
    table.setCurrentIndex(model.index(_data_row(model, -1, 1), column))
    _key(table, Qt.Key.Key_Right)  # on to Kết quả: not a figure, the figure column is kept
    _click_heading(table, heading)
    assert _key(table, Qt.Key.Key_Down) == (below, column)


def test_tab_home_and_end_from_a_clicked_heading_go_to_a_figure(window):
    table, model = window.table, window.model
    heading = _heading(model)
    below, above = _data_row(model, heading, 1), _data_row(model, heading, -1)
    _click_heading(table, heading)
    assert _key(table, Qt.Key.Key_Tab) == (below, Col.IN1)
    _click_heading(table, heading)
    row, column = _key(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert row == above and table.is_tab_stop(table.currentIndex())
    for key in (Qt.Key.Key_Home, Qt.Key.Key_End):
        _click_heading(table, heading)
        row, column = _key(table, key)
        assert row == below and column in FIGURES, key
