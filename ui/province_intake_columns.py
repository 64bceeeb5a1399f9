"""The columns and rows of "Kết quả nhận tệp" (one line per file read), read at a laptop's 1366 px.

A reviewer scans the results of 92 files and reads why the few to look at are so. Walk U12 F7: every
reason was cut to one line of a column the file's name (300 px) and the key left narrow, at 1366×768
a file signed by another key read "Được ký bằng khóa mã…", the unit's code to compare with the paper
out of sight, a late file's "Trễ hạn" and a copy's "Không nhập lại" past the edge. Now:

- the reason fills what the other columns leave, at least `REASON_ROOM` characters wide: the file's
  name gives first (down to `FILE_LEAST` characters: its unit has its own column, and the name is
  whole in its tooltip and under the table), then the key's code, its state whole ("XJHD-… · Chờ
  xác nhận", as "Tình hình gửi báo cáo" shortens it: `ui.province_key_cell`);
- a line to read (a file refused, a copy or a version not kept, a late file, one not counted or whose
  result changed since it was read) is as tall as its reason and its key take, wrapped at words, at
  most `READ_LINES` lines, the last cut at a word with "…" (the whole in the cell's tooltip and under
  the table); a valid file on time stays one line, so that the list is scanned as before;
- a one-line cell is cut at a word (`WordElide`), the key's code shortened before its state.

Row heights are set for the rows shown (Qt's sizing to contents asks every cell of every row at each
layout: a folder of thousands of files, each row appearing as it is read).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate

from desktop_app.core.intake import FileClass
from desktop_app.core.intake_results import file_result_word
from ui.province_intake_rows import INTAKE_HEADERS, REASON
from ui.province_key_cell import SEPARATOR, key_least, short_key
from ui.province_note_column import Giver, NoteFillsTheWidth
from ui.province_tables import ListTable, WordElide, elide_words, fit_columns

FILE = INTAKE_HEADERS.index("File")
KEY = INTAKE_HEADERS.index("Signing key")
# the widest the key column grows to: a key's code and its state in either language (a changed file's
# "(… không kiểm được: tệp đã bị sửa)" wraps in its line, or is cut at a word)
KEY_WIDTH = 320
READ_LINES = 3  # the most lines a file's line takes: a few such lines leave the others in sight
REASON_ROOM = 70  # characters: the reason's width before the others stop giving (both key codes in 3 lines)
FILE_LEAST = 24  # characters: the narrowest the file's name goes ("2026-6M_05809_xa-an-kh…")
LINE_BREAK = "\u2028"  # between a cell's lines: Qt's item views draw it as a new line


def wrapped(text: str, metrics, room: int, most: int) -> list[str]:
    """`text` in lines of at most `room` pixels, broken at spaces, at most `most` of them: the last
    cut at a word with "…" when the text goes on (`elide_words`); a word wider than a line cut."""
    words, lines = " ".join(text.split()).split(" "), []
    while words and len(lines) < most - 1:
        n = 1
        while n < len(words) and metrics.horizontalAdvance(" ".join(words[:n + 1])) <= room:
            n += 1
        lines.append(elide_words(" ".join(words[:n]), metrics, room))
        words = words[n:]
    if words:
        lines.append(elide_words(" ".join(words), metrics, room))
    return lines


def text_room(option) -> int:
    """The pixels a cell's text has across, inside its padding (as `WordElide` counts them)."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return option.rect.width() - 2 * margin


class LinesElide(WordElide):
    """A cell on as many lines as its row's height holds, broken at words (`wrapped`); on one line,
    cut at a word (`one_line`)."""

    one_line = staticmethod(elide_words)

    def initStyleOption(self, option, index) -> None:
        QStyledItemDelegate.initStyleOption(self, option, index)
        if option.rect.width() <= 0 or not option.text:
            return
        metrics, widget = option.fontMetrics, option.widget
        if not isinstance(widget, ListTable):
            lines = 1
        else:  # a row `RowLines` made taller by a line's spacing or two (the cell is a pixel shorter: the grid)
            tall = option.rect.height() + widget.showGrid() - widget.verticalHeader().defaultSectionSize()
            lines = 1 + max(0, tall) // metrics.lineSpacing()
        room = text_room(option)
        if lines == 1:
            option.text = self.one_line(option.text, metrics, room)
        else:
            option.text = LINE_BREAK.join(wrapped(option.text, metrics, room, lines))


class KeyLines(LinesElide):
    """The key's cell: on one line its state whole and its code shortened (`short_key`)."""

    one_line = staticmethod(short_key)


class ReasonFillsTheWidth(NoteFillsTheWidth):
    """The reason takes what the others leave, at least `REASON_ROOM` characters when they can give."""

    room = REASON_ROOM


class RowLines(QObject):
    """Each shown row's height: one line, or for a line to read (`to_read`) the lines its key and
    reason take in their columns, at most `READ_LINES`."""

    def __init__(self, table: ListTable, proxy):
        super().__init__(table)
        self.table, self.proxy, self.asked = table, proxy, False
        proxy.rowsInserted.connect(lambda _parent, first, last: self.size_rows(range(first, last + 1)))
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.dataChanged, proxy.rowsRemoved):
            signal.connect(self.ask)
        table.horizontalHeader().sectionResized.connect(lambda col, *_: self.ask() if col in (KEY, REASON) else None)

    def ask(self, *_args) -> None:
        if not self.asked:
            self.asked = True
            QTimer.singleShot(0, self, self.size_all)

    def size_all(self) -> None:
        self.asked = False
        self.size_rows(range(self.proxy.rowCount()))

    def to_read(self, row: int) -> bool:
        """Whether the file of shown `row` is one to read: anything but a valid file counted, on time,
        whose result is what it was when read."""
        model = self.proxy.sourceModel()
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        return (file_result_word(model.now(source)) != FileClass.HOP_LE or model.rows[source].late
                or model.result_then(source) is not None)

    def lines(self, row: int) -> int:
        if not self.to_read(row):
            return 1
        table, metrics = self.table, self.table.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        return max(len(wrapped(self.proxy.index(row, col).data() or "", metrics, table.columnWidth(col) - 2 * margin,
                               READ_LINES)) for col in (KEY, REASON))

    def size_rows(self, rows) -> None:
        plain = self.table.verticalHeader().defaultSectionSize()
        spacing = self.table.fontMetrics().lineSpacing()
        for row in rows:
            height = plain + (self.lines(row) - 1) * spacing
            if self.table.rowHeight(row) != height:
                self.table.setRowHeight(row, height)


def lay_out(table: ListTable, proxy) -> None:
    """The files' table's columns and rows as said above (`proxy` filters the `IntakeModel`)."""
    table.horizontalHeader().setStretchLastSection(True)  # the reason, last, to the table's edge
    table.setItemDelegateForColumn(KEY, KeyLines(table))
    table.setItemDelegateForColumn(REASON, LinesElide(table))
    fit_columns(table, (300, 110, 150, 100, 250), fixed={FILE}, most={KEY: KEY_WIDTH})
    header = table.horizontalHeader()

    def key_least_now() -> int:
        texts = [proxy.index(row, KEY).data() or "" for row in range(proxy.rowCount())]
        return key_least(table.fontMetrics(), [t for t in texts if SEPARATOR in t], header.sectionSizeHint(KEY))

    file_least = lambda: max(header.sectionSizeHint(FILE), header.fontMetrics().averageCharWidth() * FILE_LEAST)
    ReasonFillsTheWidth(table, REASON, (Giver(FILE, file_least), Giver(KEY, key_least_now)))
    RowLines(table, proxy)
