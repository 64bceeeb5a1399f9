"""How a sheet of the consolidated workbook (`exports.consolidated_xlsx`) lies on paper: its
columns in pixels, where its pages break and at what scale, and how tall a row must be for its
wrapped texts, measured with the report fonts (`exports.fonts`): no spreadsheet grows a row to
a merged cell, nor a written row when printing."""
from __future__ import annotations

import functools
import itertools
import re

from openpyxl.worksheet.pagebreak import Break
from reportlab.pdfbase.pdfmetrics import getFont

from exports.fonts import report_fonts

# Printing. A3 landscape, 0,5" side margins: 394,6 mm of the page's width for the sheet.
PAPER_A3 = 8  # write-only sheets lack openpyxl's PAPERSIZE_A3
SIDE_MARGIN = 0.5  # inches
TOP_MARGIN = BOTTOM_MARGIN = 1  # inches, the header and the footer inside them
PRINTABLE_PX = (420 / 25.4 - 2 * SIDE_MARGIN) * 96  # at Excel's 96 pixels an inch
PRINTABLE_HEIGHT = (297 / 25.4 - TOP_MARGIN - BOTTOM_MARGIN) * 72  # pt of the page's height for rows
DEFAULT_ROW = 15  # pt of a row of one line, written without a height (Excel and LibreOffice alike)
TEXT_SIZE = 11  # pt, the sheets' text
MIN_PRINTED = 8  # pt: the smallest the text may print at once the sheet is scaled to its page
REPEATED_COLUMNS = "A:B"  # STT and the unit's name, on each page of a sheet more than a page wide
LINE = 13  # pt a wrapped line of 11 pt text takes in a row (LibreOffice 12,7; Excel alike)
WRAPPED = ("centre", "left")  # the alignments that wrap a cell's text
WIDEST = 15  # px of the widest letter of 11 pt Times (M, W): a text this short fits without measuring


def column_px(width: float) -> int:
    """A column's pixels: Excel gives a width unit the 7 px of a digit of the workbook's default
    font (Times New Roman 11, see `consolidated_xlsx.write_consolidated`) and adds 5 px of
    padding; LibreOffice reads it alike."""
    return int(width * 7 + 5)


def printed_size(widths, breaks=()) -> float:
    """The pt the sheet's 11 pt text prints at: fitted to one page wide, or cut at `breaks`
    and scaled so its widest page fits."""
    px = [column_px(w) for w in widths]
    edges = [0, *breaks, len(px)]
    pages = [sum(px[a:b]) + (sum(px[:2]) if a else 0) for a, b in itertools.pairwise(edges)]
    return TEXT_SIZE * min(1.0, PRINTABLE_PX / max(pages))


def page_setup(ws, widths, breaks: list[int]) -> None:
    """A3 landscape, footed with the sheet's name and the page number; one page wide, or cut at
    `breaks` at a scale keeping 8 pt (Excel ignores page breaks on a sheet fitted to pages)."""
    ws.page_setup.paperSize = PAPER_A3
    ws.page_setup.orientation = "landscape"
    ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN
    ws.page_margins.top, ws.page_margins.bottom = TOP_MARGIN, BOTTOM_MARGIN
    ws.print_options.horizontalCentered = True
    ws.oddFooter.left.text = "&A"  # the sheet's name
    ws.oddFooter.center.text = "Trang &P/&N"
    if not breaks:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as the rows take
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        return
    ws.page_setup.scale = int(100 * printed_size(widths, breaks) / TEXT_SIZE)
    ws.print_title_cols = REPEATED_COLUMNS
    for col in breaks:
        ws.col_breaks.append(Break(id=col))


def room_left(heights, scale: float, repeated: float, first: float | None = None) -> float:
    """The pt of the sheet left on the page the last of rows `heights` (pt each, as printed from
    the first) falls on: pages printed at `scale`, `repeated` pt of header rows atop each (the
    first page's room `first`, when it holds the header rows itself). A row is never cut: one
    that does not fit starts the next page."""
    page = PRINTABLE_HEIGHT / scale - repeated
    room = page if first is None else first
    for h in heights:
        if h > room and room < page:
            room = page
        room -= h
    return room


class _Widths(dict):
    """A font's advance widths (1/1000 em) by character, read once from its file's table, where
    reportlab's `stringWidth` looks each character of each string up again."""

    def __init__(self, font_name: str):
        super().__init__()
        self.face = getFont(font_name).face

    def __missing__(self, char: str) -> float:
        width = self[char] = self.face.charWidths.get(ord(char), self.face.defaultWidth)
        return width

    def text(self, text: str, size: float) -> float:
        """`text`'s width in pt, as `stringWidth(text, font, size)`."""
        return 0.001 * size * sum(map(self.__getitem__, text))


@functools.cache
def _widths(bold: bool, italic: bool = False) -> _Widths:
    f = report_fonts()
    return _Widths(f.bold_italic if bold and italic else f.bold if bold else f.italic if italic else f.regular)


_BREAKS = re.compile(r"[^\S\u00a0\u2007\u202f]+")  # the spaces a line breaks at: any but the no-break ones


# Verdicts, statuses and headers recur on every row, a unit's name on every indicator sheet:
# each is measured once.
@functools.lru_cache(maxsize=1 << 16)
def text_lines(text: str, width_px: float, bold: bool, size: float = TEXT_SIZE, italic: bool = False) -> int:
    """The lines `text` wraps to in a cell `width_px` wide (at spaces, as spreadsheets wrap, never at a
    no-break space: "1,04\u00a0điểm\u00a0%" stays one word, which split at it measured the poverty note of
    33 units 6 lines where LibreOffice printed 7, its first cut; a word wider than the cell is broken),
    measured with the report's Times-compatible font: the sheets' Times New Roman prints with the same
    widths; `italic` in its italic, whose widths differ by a few per cent either way (the notes)."""
    widths = _widths(bold, italic)
    room = (width_px - 6) * 0.75  # pt, inside the cell's padding
    if widths.text(text, size) <= room:
        return 1
    pt = 0.001 * size  # as `_Widths.text` scales
    space = widths.text(" ", size)
    lines, line = 0, None
    for word in _BREAKS.split(text):
        if not word:
            continue
        w = pt * _word_em(word, bold, italic)
        if line is not None and line + space + w <= room:
            line += space + w
            continue
        lines += 1 + int(max(w - 1, 0) // room)
        line = w % room if w > room else w
    return max(lines, 1)


# The texts measured are mostly each row's own (a file's reason, its name, a unit's note: 3.321
# units, 20.000 texts), but their words recur ("Khóa", "đơn", "vị"): each word is summed once.
@functools.lru_cache(maxsize=1 << 14)
def _word_em(word: str, bold: bool, italic: bool = False) -> float:
    """`word`'s width in 1/1000 em, the sum `_Widths.text` scales."""
    return sum(map(_widths(bold, italic).__getitem__, word))


def row_height(lines: int) -> float | None:
    """A row's height (pt) for `lines` lines of 11 pt text; None: the default, for one."""
    return lines * LINE + 4 if lines > 1 else None


def header_height(texts_and_px) -> float:
    """A header row's height (pt) that shows each bold (text, cell width in px) whole, wrapped."""
    return max([LINE] + [text_lines(t, px, True) * LINE + 4 for t, px in texts_and_px if t])


def row_breaks(heights, room: float, repeated: float, table: tuple[int, int], keep: int = 3,
               groups=(), foot: int | None = None) -> list[int]:
    """The rows (1-based) that start the printed pages of a sheet whose rows are `heights` (pt,
    from row 1) on pages holding `room` pt, its header rows (`repeated` pt) atop each page after
    the first. A page takes rows while they fit; then the next page starts at the row that did not
    fit, or earlier (`_next_start`) so that no page ends on a group's row (`groups`, 1-based: a
    heading stays with its first row), what follows the table (rows `table` = (first, last)) starts
    its page under the table's last `keep` rows (as many of them as fit with it, at least one), and
    the closing lines from `foot` (the summary and the people; by default from the row after the
    table's blank one) are not parted from the row above them. A row taller than a page is printed
    alone."""
    first, last = table
    foot = foot or last + 2
    page = room - repeated
    breaks, start, used, cap = [], 1, 0.0, room
    r = 1
    while r <= len(heights):
        h = heights[r - 1]
        if used + h <= cap or r == start:
            used += h
            r += 1
            continue
        # a page holds a row; the first page the table's first row under its header rows
        b = _next_start(heights, r, max(start + 1, first + 1), page, last, keep, set(groups), foot)
        breaks.append(b)
        start, r, used, cap = b, b, 0.0, page
    return breaks


def _next_start(heights, r: int, lowest: int, page: float, last: int, keep: int, groups: set, foot: int) -> int:
    """The row starting the page after a page from which row `r` overflows: the latest row from
    `lowest` to `r` that may start a page, the rules relaxed one by one until the rows it moves to
    the next page fit there with `r` (each rule moves a break back only so far as that page can
    take what it moves: a rule that moved it further would leave a page of a lone row or a lone
    heading, its rows the next page's too). The rules, strictest first: what follows the table
    starts under the table's last `keep` rows, then fewer of them, then none; the closing lines
    (from `foot`, with the blank row above them) start no page; no page ends on a group's row."""
    def heading(b):
        return b - 1 in groups

    def closing(b):
        return b >= foot - 1

    def notes_alone(b):  # a page from a note under the table to the sheet's end: no row of the table on it
        return last + 2 < b and sum(heights[b - 1:]) <= page

    levels = [lambda b, k=k: heading(b) or closing(b) or notes_alone(b) or last + 1 - k < b <= last + 2
              for k in range(keep, 0, -1)]
    for parted in (*levels, lambda b: heading(b) or closing(b), heading):
        b = r
        while b > lowest and parted(b):
            b -= 1
        if not parted(b) and sum(heights[b - 1:r]) <= page:
            return b
    return r


PAGE_SAFETY = 0.95  # of a page's height filled by the rows of a page broken by hand


def fit_down(ws, widths, titles: tuple[int, int], table: tuple[int, int], groups=(), paper_mm=(297, 210),
             size: float = 12, foot: int | None = None) -> None:
    """How `ws` prints down its pages, one page wide (its page setup's paper, margins and every
    row's height written first; `widths` in Excel units, its text `size` pt): on one page when
    it fits, or nearly (shrunk to it, its text printed at `MIN_PRINTED` pt or more), without
    header rows to repeat; else at the scale that fits its width, broken by hand (`row_breaks`)
    so no page holds the header rows `titles` over none of the table's rows `table` nor parts
    the closing lines from `foot`, and `titles` repeated. (A sheet fitted to its page needs no
    breaks: Excel ignores them there.)"""
    m = ws.page_margins
    width_px = (paper_mm[0] / 25.4 - m.left - m.right) * 96
    height_pt = (paper_mm[1] / 25.4 - m.top - m.bottom) * 72
    heights = [ws.row_dimensions[r].height or DEFAULT_ROW for r in range(1, ws.max_row + 1)]
    # LibreOffice gives a width unit the digit of Times New Roman 11 (5,5 pt: 7,33 px), Excel 7 px
    scale = min(1.0, width_px / sum(max(column_px(w), w * 7.34) for w in widths))
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    if size * min(scale, height_pt / sum(heights)) >= MIN_PRINTED:
        ws.page_setup.fitToHeight = 1
        ws.print_title_rows = None
        return
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = None
    ws.page_setup.scale = int(100 * scale)
    room = height_pt * PAGE_SAFETY / (int(100 * scale) / 100)
    repeated = sum(heights[titles[0] - 1:titles[1]])
    ws.row_breaks.brk = []
    for row in row_breaks(heights, room, repeated, table, groups=groups, foot=foot):
        ws.row_breaks.append(Break(id=row - 1))  # a break's id: the last row of the page before it
    ws.print_title_rows = f"{titles[0]}:{titles[1]}"
