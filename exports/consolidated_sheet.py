"""A sheet of the province's consolidated workbook (`exports.consolidated_xlsx`): rows of styled
cells appended in openpyxl's write-only mode, and the title rows every sheet starts with. Its own
module so that each sheet's writer (`exports.intake_results_sheet`) can use it without importing
the workbook that calls it.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import NamedTuple
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break
from openpyxl.writer.excel import ExcelWriter

from desktop_app.core.consolidation import Count
from desktop_app.core.intake import NOT_KEPT, when_text
from desktop_app.core.intake_results import (
    NOT_COUNTED_HELD,
    NOT_COUNTED_REVOKED,
    NOT_COUNTED_UNSIGNED,
)
from desktop_app.core.validation import xml_safe
from exports.consolidated_pages import pages_across, rows_down
from exports.reused_cells import ReusedCell, SharedHeight
from exports.sheet_layout import (
    DEFAULT_ROW,
    PRINTABLE_HEIGHT,
    PRINTABLE_PX,
    TEXT_SIZE,
    WIDEST,
    WRAPPED,
    column_px,
    page_setup,
    printed_size,
    row_height,
    text_lines,
)

FONT = "Times New Roman"
_HEAD = 5  # the first header row of every sheet: below the three title rows and a blank one

VERDICT_FILLS = {
    "Vượt": "C8E6C9", "Đạt": "E3F2D5", "Không đạt": "FFCDD2", "Đang thực hiện": "FFF1C2",
    Count.CHUA_BAO_CAO: "ECEFF1", Count.CHUA_DEN_KY: "E1F5FE",
}

TITLE_SIZE = 13  # pt; the sheets' text is `TEXT_SIZE`

# One openpyxl object per look, shared by every cell that has it.
_FONTS = {"normal": Font(name=FONT, size=11), "bold": Font(name=FONT, size=11, bold=True),
          "title": Font(name=FONT, size=TITLE_SIZE, bold=True), "italic": Font(name=FONT, size=11, italic=True)}
_ALIGNS = {"centre": Alignment(horizontal="center", vertical="center", wrap_text=True),
           "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
           "right": Alignment(horizontal="right", vertical="center"),
           "line": Alignment(horizontal="left", vertical="center")}  # one line, shown over the empty cells after it
# The intake results' fills ("Kết quả nhận tệp", `exports.intake_results_sheet`), as the window
# colours them (ui.province_labels): a valid file not counted yet in its unit's state's colour on the
# Tình hình tab, a version received and not kept grey, like the history.
RESULT_FILLS = {NOT_COUNTED_UNSIGNED: "EDE7F6", NOT_COUNTED_HELD: "FFE0B2", NOT_COUNTED_REVOKED: "FFCDD2",
                NOT_KEPT: "ECEFF1"}
_FILLS = {k: PatternFill("solid", fgColor=v) for k, v in {**VERDICT_FILLS, **RESULT_FILLS}.items()}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# Texts Excel would take for a formula get the quote prefix: shown, and edited, as typed.
_FORMULA_START = ("=", "+", "-", "@")
# A text or a number is bound as openpyxl's `Cell.value` binds it, without its setter, which infers
# the type anew for each of 150.000 cells and checks each text again for what `xml_safe` took out;
# a date (its cell takes a date format when its look has none) and anything else through it.
_NUMBERS = {int, float, Decimal, type(None)}
_LONGEST = 32_767  # characters a cell holds: openpyxl cuts a longer text so
# The number format of a figure written as its text, "1.000.000.000.000.000,50" (more digits than
# Excel keeps: `consolidated_xlsx._value_cell`): a text cell, which `_Sheet.append` lists (`texts`).
TEXT_FORMAT = "@"


class _Style(NamedTuple):
    """How a cell looks, by the names of its shared style objects (cheap to hash, unlike them)."""

    font: str = "normal"
    align: str | None = None
    box: bool = True
    fmt: str | None = None  # number format
    fill: str | None = None  # a verdict of VERDICT_FILLS, or a result of RESULT_FILLS


_PLAIN = _Style()
_HEADER = _Style("bold", "centre")
_CENTRE = _Style(align="centre")
_LEFT = _Style(align="left")
_BOLD_LEFT = _Style("bold", "left")
_BOLD_CENTRE = _Style("bold", "centre")
_ITALIC_CENTRE = _Style("italic", "centre")
_ONE_LINE = _Style(align="line")  # a text never wrapped (a fingerprint), centred down its row as its neighbours
_BLANK = (None, _PLAIN)
# pt more a line of a row of several wrapped lines on the sheets of long texts (a file's reason, a
# unit's note): at `row_height`'s, a four-line reason touched its row's borders in LibreOffice's print
ROOMY = 1


class _Rows(WriteOnlyWorksheet):
    """A write-only sheet appended rows of cells already styled and bound (`_Sheet.append`).
    openpyxl's own append takes a styled cell only after failing to bind it as a value (an
    exception per cell), then makes a new cell for the next one: 3.321 units took 10,6 s
    instead of 7,9. `_values_to_row` is openpyxl's private hook (3.1):
    test_consolidated_workbook fails if openpyxl stops calling it or writes such cells otherwise."""

    def _values_to_row(self, cells, row_idx):
        for cell in cells:
            cell.row = row_idx
            yield cell


class _Book(NamedTuple):
    wb: Workbook
    looks: dict  # (_Style, quoted) -> the StyleArray of its style objects, registered once
    # the period line and the completeness line under every sheet's title (`_title_rows`, made
    # once by `write_consolidated`: the completeness counts go over every unit, 0,08 s a time for
    # 3.321 units); none for a sheet written alone
    heading: tuple[str, str] = ("", "")
    # who prepared the workbook (the province's "Người lập biểu"), printed in every page's header
    preparer: str = ""


# zlib's level for the workbook's parts, not openpyxl's 6 (`Workbook.save`): 3.321 units' 21 MB of
# sheets compress in 0,1 s instead of 0,34 s (a tenth of the workbook's time), into 2,3 MB instead
# of 2,0. What the file holds is the same.
DEFLATE_LEVEL = 3


def save_book(wb: Workbook, path) -> None:
    """Save `wb` as `Workbook.save` does (openpyxl's writer, its modified time now), its parts
    compressed at `DEFLATE_LEVEL`."""
    wb.properties.modified = dt.datetime.now(tz=dt.timezone.utc).replace(tzinfo=None)
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=DEFLATE_LEVEL) as archive:
        ExcelWriter(wb, archive).save()


class _Sheet:
    """A write-only sheet filled with rows of (value, _Style).

    Each column keeps one styled cell per look and gives it the next row's value: write-only
    mode writes a row as it is appended, which frees its cells for the next. A look's style
    objects are registered with the workbook once (`looks`, shared by the sheets): registering
    hashes every attribute of each, a few hundred times in all otherwise."""

    def __init__(self, book: _Book, title: str, widths, freeze: str, first: int = 1, span: int = 1,
                 groups=()):
        self.ws = _Rows(book.wb, title)
        book.wb._add_sheet(self.ws)
        self.book = book
        self.looks = book.looks
        self.widths = tuple(widths)
        self.px = [column_px(w) for w in self.widths]
        # Column widths, freeze panes and the page's fit are written with the first row: set here.
        for i, w in enumerate(self.widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.ws.freeze_panes = freeze
        self.breaks = pages_across(self.widths, first, span, groups)
        page_setup(self.ws, self.widths, self.breaks)
        _preparer_heading(self.ws, book.preparer)
        self.row = 0  # the last row appended
        self.table_row = 1  # the first row of its table under the headers (a cut sheet prints from it)
        self.heights: list[float] = []  # pt of each row appended
        self.spare = 0  # pt more a line for a row `append` fits to several lines (`ROOMY`)
        self.repeated = range(0)  # the header rows printed atop every page
        self.texts: list[str] = []  # the cells ("G8") of the figures written as texts (`TEXT_FORMAT`)
        self._cells: dict[tuple, ReusedCell] = {}  # (column, _Style, quoted) -> its cell
        self._heights: dict[float, SharedHeight] = {}

    def append(self, row: list[tuple], height: float | None = None, fit: bool = False) -> None:
        """Append a row of (value, _Style); `fit`: as tall as its longest wrapped text (spreadsheets
        do not grow a row written with its texts: Excel keeps the default, LibreOffice's print too).
        One pass over the row's cells measures and binds them: it runs for every row of every sheet
        (3.321 units: 13.000 rows, 300.000 cells)."""
        self.row += 1
        px, cells, lines = self.px, [], 1
        for col, (value, style) in enumerate(row):
            text = isinstance(value, str)
            if text:
                # its wrapped lines, when its cell wraps it (its style's `align`) and it may not fit
                # on one line: a text as short as the cell's room in the widest letters fits
                if (fit and col < len(px) and len(value) * WIDEST > px[col] - 6 and style.align in WRAPPED
                        and (n := text_lines(value, px[col], style.font == "bold")) > lines):
                    lines = n
                # a reason stored by an older version may hold what XML cannot (U+FFFE)
                value = xml_safe(value)
                if style.fmt == TEXT_FORMAT:
                    self.texts.append(f"{get_column_letter(col + 1)}{self.row}")
            quoted = text and value.startswith(_FORMULA_START)
            cell = self._cells.get((col, style, quoted))
            if cell is None:
                cell = self._cells[col, style, quoted] = ReusedCell(self.ws, self._look(style, quoted), col + 1)
            if cell._value is not value:  # the same None, "x" or verdict as the row before: bound
                if text:  # a text, never read as a formula or an error code
                    cell._value, cell.data_type = value[:_LONGEST], "s"
                elif type(value) in _NUMBERS:
                    cell._value, cell.data_type = value, "n"
                else:
                    cell.value = value
            cells.append(cell)
        if fit:
            height = row_height(lines)
            height = height and height + self.spare * lines
        if height:  # given before the row is written, with it
            dim = self._heights.get(height)
            if dim is None:
                dim = self._heights[height] = SharedHeight(self.ws, height)
            self.ws.row_dimensions[self.row] = dim
        self.heights.append(height or DEFAULT_ROW)
        self.ws.append(cells)

    def header(self, texts) -> None:
        """A one-row table header, as tall as its wrapped texts, repeated on every printed page."""
        self.append([(t, _HEADER) for t in texts], fit=True)
        self.ws.print_title_rows = f"{self.row}:{self.row}"
        self.repeated = range(self.row, self.row + 1)

    def keep_with_rows(self, block: int) -> None:
        """Print the last `block` rows appended (the province's totals) on one page with at least
        the last rows before them, and set the scale of a sheet cut into pages across
        (`consolidated_pages.rows_down`): spreadsheets keep no block of rows together, and the
        totals printed cut after their first two rows, or alone on a page."""
        repeated = sum(self.heights[r - 1] for r in self.repeated)
        rows, totals = self.heights[:-block], self.heights[-block:]
        if self.breaks:  # printed from its table down, the header rows repeated on every page
            start = self.table_row - 1
            pct, before = rows_down(rows[start:], totals, repeated, self.ws.page_setup.scale)
            self.ws.page_setup.scale = pct
        else:  # fitted to one page wide: its first page holds the title and header rows
            start, pct = 0, int(100 * printed_size(self.widths) / TEXT_SIZE)
            pct, before = rows_down(rows, totals, repeated, pct, first=PRINTABLE_HEIGHT, scaled=False)
        if before is not None:
            self.ws.row_breaks.append(Break(id=start + before))  # the last row of the page before

    def _look(self, style: _Style, quoted: bool):
        """The StyleArray of a look, its style objects registered with the workbook."""
        look = self.looks.get((style, quoted))
        if look is not None:
            return look
        cell = WriteOnlyCell(self.ws)
        cell.font = _FONTS[style.font]
        if style.align:
            cell.alignment = _ALIGNS[style.align]
        if style.box:
            cell.border = _BOX
        if style.fmt:
            cell.number_format = style.fmt
        if style.fill:
            cell.fill = _FILLS[style.fill]
        if quoted:
            cell.quotePrefix = True
        look = self.looks[style, quoted] = cell._style
        return look

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merged_cells.add(CellRange(min_row=r1, min_col=c1, max_row=r2, max_col=c2))


def _title_rows(s: _Sheet, title: str, width: int, fourth: list[tuple] | None = None) -> None:
    """The title, the period and the completeness line, then `fourth` (a blank row by default).
    Centred across the sheet when it prints one page wide; left on a wider sheet, whose middle
    would fall between two pages: that one prints them at the head and foot of every page
    instead (`_page_heading`)."""
    centred = not s.breaks
    px = sum(column_px(w) for w in s.widths)
    lines = text_lines(title, px, True, TITLE_SIZE) if centred else 1
    s.append([(title, _Style("title", "centre" if centred else "line", box=False))],
             height=lines * (TITLE_SIZE + 3) + 4 if lines > 1 else None)
    period, status = s.book.heading
    # as tall as their wrapped lines (measured upright: italic is narrower): no spreadsheet grows a merged
    # row, and the completeness line's second line printed over the row under it on "Khác biệt" (walk U5 F7)
    s.append([(period, _Style("italic", "centre" if centred else "line", box=False))],
             height=row_height(text_lines(period, px, False)) if centred else None)
    s.append([(status, _Style("bold", "left" if centred else "line", box=False))],
             height=row_height(text_lines(status, px, True)) if centred else None)
    if centred:
        for r in (1, 2, 3):
            s.merge(r, 1, r, width)
    else:
        _page_heading(s, title, period, status)
    s.append(fourth or [])


HEADING_LIMIT = 255  # characters Excel keeps of a page's header, and of its footer
PREPARER = "Người lập biểu"


def _escaped(text: str) -> str:
    """`text` in a page's header or footer, where "&" starts a code ("&P": the page number)."""
    return text.replace("&", "&&")


HEADER_PT = PRINTABLE_PX * 0.75  # a page header's width: between the side margins
HEADER_GAP = 12  # pt at least between the header's title (centre) and its right part
PREPARER_SIZE = 11  # pt of the header's right part; the title's is `TITLE_SIZE` - 1, bold


def _preparer_heading(ws, preparer: str, beside: str = "") -> None:
    """"Người lập biểu: Trần Văn Lập" at the right of every page's header: a printed table names
    who prepared it, as the PDF's signature block does. Not in rows under the tables: others read
    the sheets' rows (`exports/CONSOLIDATED.md`); nor in the footer, whose 255 characters a sheet
    cut into pages fills with its name, period and completeness line (`_page_heading`). Beside a
    title in the header's centre (`beside`), it is as long as the room right of the title holds:
    a longer name is cut after a word, "…" (a header's three parts are placed apart, and a part
    too long is printed over the next: the name of 100 characters a province may set printed over
    the title's end until 2026.12). Its whole is on the sheets printed one page wide, whose header
    has no title, and in the report PDF."""
    name = preparer.strip()
    if not name:
        return
    room = HEADER_PT if not beside else (HEADER_PT - printed_pt(beside, True, TITLE_SIZE - 1)) / 2 - HEADER_GAP
    part = ws.oddHeader.right
    part.font, part.size = f"{FONT},Regular", PREPARER_SIZE
    words, cut = name.split(" "), ""
    while True:
        part.text = f"{PREPARER}: {_escaped(' '.join(words))}{cut}"
        if len(words) == 1 or (printed_pt(part.text, False, PREPARER_SIZE) <= room
                               and len(str(ws.oddHeader)) <= HEADING_LIMIT):
            return
        words, cut = words[:-1], "…"


def printed_pt(text: str, bold: bool, size: float = TEXT_SIZE) -> float:
    """The pt `text` takes on one line at `size`, to the nearest pt above, as `text_lines` measures
    a cell's text (a text on one line in a cell `pt / 0.75 + 6` px wide)."""
    low, high = 0, 2
    while text_lines(text, high / 0.75 + 6, bold, size) > 1:
        low, high = high, high * 2
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (low, mid) if text_lines(text, mid / 0.75 + 6, bold, size) == 1 else (mid, high)
    return high


def _page_heading(s: _Sheet, title: str, period: str, status: str) -> None:
    """A sheet cut into pages prints its title in every page's header, and its period and
    completeness line in the footer beside the sheet's name and the page number; its print area
    starts below its header rows, which repeat on every page. Printed from its title rows, the
    title would head the first pages only, and the repeated columns A:B carry a cut piece of it
    onto the others. (One line each: LibreOffice prints a header's line break as "_x000a_".)
    The print area ends with the sheet: `write_consolidated`."""
    header = s.ws.oddHeader.center
    header.font, header.size, header.text = f"{FONT},Bold", TITLE_SIZE - 1, _escaped(title)
    _preparer_heading(s.ws, s.book.preparer, beside=title)
    footer = s.ws.oddFooter
    for part, text in ((footer.left, f"&A – {_escaped(period)}"), (footer.right, _escaped(status))):
        if len(str(footer)) + len(text) <= HEADING_LIMIT:
            part.text = text


def _time(text: str) -> str | None:
    """A time as every document prints one, "09:00 24/06/2026" (in the time zone it was written
    in); none for none."""
    return when_text(text) if text else None


# A command of the program's command line in a note, "(chitieu keys confirm 05503 GWDC-…)", with
# its brackets; or followed by more in them: "(chitieu … MÃ_TRÊN_GIẤY; xác nhận một khóa thì …)".
_COMMAND = re.compile(r"\s*\(chitieu [^();]*\)|(?<=\()chitieu [^();]*;\s*")


def without_commands(text: str) -> str:
    """A reason or note as the workbook prints it: without the commands the window and the
    command line give with it ("… rồi xác nhận (chitieu keys confirm …)." reads "… rồi xác
    nhận."). The sheets are read on paper, by people who do not run the program: the words
    around each command already say what the province does."""
    return _COMMAND.sub("", text)
