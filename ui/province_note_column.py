"""The note's column of "Tình hình gửi báo cáo" gives way to the columns after it.

The note is cut at a word anyway (whole in its tooltip and under the table), so its width is
the one that can give: when every column but the last (the file's name, cut if it must) fits in
the table's width with the note narrower, down to its header's width, the note narrows and they
all show whole. At 1366×768 before any file was read, "Chữ ký số (PDF)" straddled the table's
edge and read "Chữ ký số (". When they cannot fit (files read: the statuses and keys are wide),
the note keeps its width and the table scrolls sideways, as before. A width the person gave the
note is kept (`ListTable.user_widths`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from ui.province_tables import ListTable


class NoteGivesWay(QObject):
    """`table`'s column `note`, `width` wide at most, narrowed as said above, again whenever a
    column or the table changes width (once the event loop is back: the program sets the columns
    one after another)."""

    def __init__(self, table: ListTable, note: int, width: int):
        super().__init__(table)
        self.table, self.note, self.width = table, note, width
        self.asked = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def _resized(self, col: int, _old: int, _new: int) -> None:
        if col != self.note:  # not its own narrowing
            self.ask()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.ask()
        return False

    def ask(self) -> None:
        if not self.asked:
            self.asked = True
            QTimer.singleShot(0, self, self.give_way)

    def give_way(self) -> None:
        self.asked = False
        table, header = self.table, self.table.horizontalHeader()
        if self.note in table.user_widths:
            return
        last = header.logicalIndex(header.count() - 1)
        others = sum(header.sectionSize(col) for col in range(header.count())
                     if col not in (self.note, last) and not header.isSectionHidden(col))
        room = table.viewport().width() - others
        width = min(self.width, room) if room >= header.sectionSizeHint(self.note) else self.width
        if width != header.sectionSize(self.note):
            widths = [header.sectionSize(col) for col in range(header.count())]
            widths[self.note] = width
            table.set_widths(widths)
