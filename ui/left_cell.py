"""The cell each person left in each period, where the window opens for them again.

The officer who closed the window on 6 tháng, four indicators down, found the cursor back on the
first row (walk U3, F2). The cell is kept per person and per period in their preferences
(`ui.preferences`, beside the period they viewed last), by its indicator's code and its column's
name, not by row number: a catalogue update may add, remove or move indicators. It is used where
the table has no cursor yet: the window opening, another person logging in. Going from one period
to another keeps the cursor on the same cell, as before. An indicator no longer there: the first
cell to type in.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex

from desktop_app.core.periods import Period
from ui.entry_model import Col
from ui.preferences import UserPreferences


class LeftCell:
    """A mixin of the main window (its `workspace`, `period`, `model`, `table`)."""

    def remember_cell(self, index: QModelIndex) -> None:
        """The cursor moved (`EntryTable.currentCellChanged`): noted as this person's cell in the period
        shown. A group's heading is not noted (the cell before it is kept); the period's first figure is
        where it opens anyway, kept as nothing (a window opened and closed writes no setting)."""
        row = self.model.row_at(index) if index.isValid() else None
        if row is None or self.period is None or index.column() not in iter(Col):
            return
        preferences = UserPreferences.of(self.workspace)
        if index == self.table.edge_figure():  # where the period opens without a cell kept
            preferences.forget_cell(self.period)
        else:
            preferences.set_last_cell(self.period, row.indicator.code, Col(index.column()).name)

    def left_cell(self, period: Period) -> tuple[str | None, int | None]:
        """The indicator's code and the column this person left in `period` ((None, None): none noted)."""
        cell = UserPreferences.of(self.workspace).last_cell(period)
        if cell is None or cell[1] not in Col.__members__:
            return None, None
        return cell[0], int(Col[cell[1]])
