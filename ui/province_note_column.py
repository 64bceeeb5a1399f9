""""Tình hình gửi báo cáo" fits the table's width: the note's column takes what the others leave.

Twelve columns do not all fit whole at 1366 px once files are read (the statuses and keys are
wide): the table needed a sideways scroll, "Lập lúc" and "Loại" past its right edge and the note
cut to a few words (walk U1 F2). Now the note fills the room the other columns leave, cut at a
word (whole in its tooltip and under the table), at least `NOTE_ROOM` characters and its header
wide; when that room is too little, columns whose words are whole elsewhere give some of theirs, in this order, each
no narrower than its own least (`Giver`): the file's name (whole in its tooltip and in "Kết quả
nhận tệp"), then the key's code down to its first group, its state whole (`ui.province_key_cell`: the
state is what a reviewer acts on, walk U5 F10; the code whole in the cell's tooltip and on "Khóa ký"), then the PDF's
signature past its header (whole in its tooltip and under the table), last the key's state after its
whole code (English's long states; the status says "key awaiting confirmation" too). Only then does the note go
narrower, down to `NOTE_LEAST` characters (its header then ends with "…"); then the columns given as
`last` give more (walk U15: in English the file's name, last, ended past the edge, and the table
scrolled sideways at 1366 px: the file's name down to its header's word, the key's code cut); only
past that does the table scroll sideways. A width the person gave a column is theirs: it never gives,
and a note the person sized keeps its width (`ListTable.user_widths`).

With a bigger text (Windows' "Make text bigger", 125 % and 150 % on a 1366×728 laptop) the whole words
took more than the table's width even so: "Mã xác thực", the code to compare with the paper, and "Ghi chú"
past the edge at 150 %, "Lập lúc" at 125 % (walk S106). Then the columns given as `bigger` give too,
cut with "…" (whole in their tooltips): when the file was made, then the day it counts as received down
to its date, then the status down to its first words (the key's state is whole beside it). At 150 % that
still left "Loại", "Tệp" and part of "Lập lúc" 87 px past the edge (helper S108): then the PDF's signature
down to its header's words (each of its two lines whole, `ui.header_lines`), the note down to its header's,
and last the longest units' names, cut with "…" (whole in their tooltip and under the table). At the usual
9-point text they never give: every width as before.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer

from ui.province_tables import ListTable
from ui.text_scale import text_scale

# The characters' width the note is given before the other columns stop giving theirs: a note's first
# words say what it is about ("Đã bị sửa: Số liệu trang…", "Ngày nhận 19/06/2026 … sớm hơn…").
NOTE_ROOM = 15
# The fewest characters' width the note keeps, narrower than its header (in English, "Note (in
# Vietnamese)" beside the wide statuses and keys).
NOTE_LEAST = 10


@dataclass(frozen=True)
class Giver:
    """A column that gives room to the note, down to `least()` pixels."""

    column: int
    least: Callable[[], int]


class NoteFillsTheWidth(QObject):
    """`table`'s column `note` fills the room the others leave, as said above, again whenever a
    column or the table changes width (once the event loop is back: the program sets the columns
    one after another). `givers` in the order they give, `last` once the note is at its fewest. `room`
    and `fewest`: the characters' width the note is given before the others stop giving, and the
    fewest it keeps (a subclass may ask more: `ui.province_intake_columns`, a file's reason)."""

    room, fewest = NOTE_ROOM, NOTE_LEAST

    def __init__(self, table: ListTable, note: int, givers: tuple[Giver, ...], last: tuple[Giver, ...] = (),
                 bigger: tuple[Giver, ...] = ()):
        super().__init__(table)
        self.table, self.note, self.givers, self.last = table, note, givers, last
        self.bigger = bigger  # with a bigger text only, after `last` (see above)
        self.wanted: dict[int, int] = {}  # a giver's width as the program or the person last set it
        self.asked = self.giving = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def _resized(self, col: int, _old: int, new: int) -> None:
        if self.giving:
            return
        self.wanted[col] = new
        if col != self.note:
            self.ask()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.ask()
        return False

    def ask(self) -> None:
        if not self.asked:
            self.asked = True
            QTimer.singleShot(0, self, self.fill)

    def widths(self) -> dict[int, int]:
        """Each shown column's width: the givers' as much of their own as the note leaves them,
        the note's what is left (not below `NOTE_LEAST` characters)."""
        table, header = self.table, self.table.horizontalHeader()
        shown = [col for col in range(header.count()) if not header.isSectionHidden(col)]
        widths = {col: self.wanted.get(col, header.sectionSize(col)) for col in shown}
        if self.note in table.user_widths:
            return widths
        edge = table.viewport().width()
        hint, char = header.sectionSizeHint(self.note), header.fontMetrics().averageCharWidth()
        # at least `fewest` characters, also beside a header as short as "Note" (its words whole anyway)
        floor, least = max(hint, char * self.room), char * self.fewest
        for giver in self.givers:
            col = giver.column
            over = sum(w for c, w in widths.items() if c != self.note) + floor - edge
            if over <= 0:
                break
            if col in widths and col not in table.user_widths:
                widths[col] = max(min(widths[col], giver.least()), widths[col] - over)
        widths[self.note] = max(least, edge - sum(w for c, w in widths.items() if c != self.note))
        bigger = self.bigger if text_scale(table.font()) > 1 else ()
        for giver in (*self.last, *bigger):  # the note at its fewest and still too wide: these give more
            col, over = giver.column, sum(widths.values()) - edge
            if over <= 0:
                break
            if col in widths and col not in table.user_widths:
                widths[col] = max(min(widths[col], giver.least()), widths[col] - over)
        return widths

    def fill(self) -> None:
        self.asked = False
        header = self.table.horizontalHeader()
        widths = self.widths()
        if all(header.sectionSize(col) == width for col, width in widths.items()):
            return
        self.giving = True
        try:
            self.table.set_widths([widths.get(col, header.sectionSize(col)) for col in range(header.count())])
        finally:
            self.giving = False
