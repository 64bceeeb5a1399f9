"""A table of plain rows under fixed, translated headers: what the province tabs show."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui.i18n import translate


class RowsModel(QAbstractTableModel):
    """`rows` under `HEADERS` (words translated in `CONTEXT`); `data` is the subclass's."""

    HEADERS: tuple = ()
    CONTEXT = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append(self, row) -> None:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(row)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def header(self, section: int) -> str:
        return translate(self.CONTEXT, self.HEADERS[section])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
