"""The note's column of "Tình hình gửi báo cáo" gives way to the columns after it.

The note is cut at a word anyway (whole in its tooltip and under the table), so its width is
the one that can give: when every column but the last (the file's name, cut if it must) fits in
the table's width with the note narrower, down to its header's width, the note narrows and they
all show whole. At 1366×768 before any file was read, "Chữ ký số (PDF)" straddled the table's
edge and read "Chữ ký số (". When they cannot fit (files read: the statuses and keys are wide),
no column is left cut by the table's right edge, and the table scrolls sideways for the others:
the note narrows as far as the cut column needs to show whole (not below its header's width),
or to end at the edge when the edge cuts the note itself (its header then ends with "…"), else
widens for that column to start past the edge (at 1362 px, files read, "Loại" read "Loạ" beside
"Đã nhận, khóa chờ xác nhận"). A width the person gave the note is kept (`ListTable.user_widths`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from ui.province_tables import ListTable

# The fewest characters' width the note keeps when it ends at the table's edge, narrower than its header
# (in English, "Note (in Vietnamese)" beside the wide statuses and keys, the signature before it).
NOTE_LEAST = 10


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
        floor = header.sectionSizeHint(self.note)
        width = min(self.width, room) if room >= floor else self._uncut(floor, last)
        if width != header.sectionSize(self.note):
            widths = [header.sectionSize(col) for col in range(header.count())]
            widths[self.note] = width
            table.set_widths(widths)

    def _uncut(self, floor: int, last: int) -> int:
        """The note's width when the columns cannot all be in sight: no column cut by the table's
        right edge (the last one, the file's name, is cut if it must). The note cut by it ends
        there, if it keeps `floor` or at least `NOTE_LEAST` characters that way (the PDF's signature
        moved before it, red-team R4 F4: in English the note is the column the edge meets once files
        are read). Else its own, less
        what the column the edge cuts needs to show whole, if the note keeps at least `floor` that
        way; else more, for that column to start at the edge, in sight when scrolled to."""
        header, edge = self.table.horizontalHeader(), self.table.viewport().width()
        x, past_note = 0, False
        for visual in range(header.count()):
            col = header.logicalIndex(visual)
            if header.isSectionHidden(col):
                continue
            size = self.width if col == self.note else header.sectionSize(col)
            if x + size > edge:
                if col == self.note:  # the note itself: it ends at the edge, the columns after it past it
                    least = min(floor, header.fontMetrics().averageCharWidth() * NOTE_LEAST)
                    return edge - x if edge - x >= least else self.width
                if not past_note or col == last or x >= edge:
                    return self.width
                over = x + size - edge
                return self.width - over if self.width - over >= floor else self.width + edge - x
            past_note = past_note or col == self.note
            x += size
        return self.width
