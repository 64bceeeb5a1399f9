"""The province's consolidated workbook, written from a `Consolidation`.

Its sheets, columns and print layout are a format other people read: `exports/CONSOLIDATED.md`
describes them, and what changed when. Results, verdicts and targets are the province's own,
recomputed from each file's inputs (`desktop_app.core.recompute`). openpyxl writes in
write-only mode: each row goes to the file as it is appended, so 3.321 units need no sheet
held in memory (write-only sheets take print settings, panes, filters and merges, written at
the end).
"""
from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break

from desktop_app.core.consolidation import Consolidation, Count
from desktop_app.core.intake import when_text
from desktop_app.core.periods import format_date
from desktop_app.core.wording import target_text
from exports.atomic import write_atomic
from exports.consolidated_pages import pages_across, rows_down, status_width, verdict_width, widest_fitting
from exports.reused_cells import ReusedCell, SharedHeight
from exports.sheet_layout import (
    DEFAULT_ROW,
    PRINTABLE_HEIGHT,
    TEXT_SIZE,
    column_px,
    header_height,
    page_setup,
    printed_size,
    row_height,
    text_lines,
    wrapped_lines,
)

SHEET_MAIN = "Tổng hợp"
SHEET_SUPPLEMENTARY = "Chỉ tiêu bổ sung"
SHEET_COMPLETENESS = "Tình hình gửi báo cáo"
SHEET_INTAKE = "Kết quả nhận tệp"
SHEET_DIFFERENCES = "Khác biệt"

UNIT_COLUMNS = ("STT", "Tên xã, phường", "Mã ĐVHC", "Loại", "Tình trạng báo cáo")
_UNIT_WIDTHS = (5, 26, 9, 8, 14)
MAIN_SUB = ("Chỉ tiêu giao", "Kết quả", "Đánh giá", "Chỉ tiêu xã tự đặt (đánh giá)")
SUPP_SUB = ("Kết quả", "Đánh giá")
NOT_APPLICABLE = "x"
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
_FILLS = {k: PatternFill("solid", fgColor=v) for k, v in VERDICT_FILLS.items()}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# Texts Excel would take for a formula get the quote prefix: shown, and edited, as typed.
_FORMULA_START = ("=", "+", "-", "@")


class _Style(NamedTuple):
    """How a cell looks, by the names of its shared style objects (cheap to hash, unlike them)."""

    font: str = "normal"
    align: str | None = None
    box: bool = True
    fmt: str | None = None  # number format
    fill: str | None = None  # a verdict of VERDICT_FILLS


_PLAIN = _Style()
_HEADER = _Style("bold", "centre")
_CENTRE = _Style(align="centre")
_LEFT = _Style(align="left")
_BOLD_LEFT = _Style("bold", "left")
_BOLD_CENTRE = _Style("bold", "centre")
_ITALIC_CENTRE = _Style("italic", "centre")
_BLANK = (None, _PLAIN)


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
        self.row = 0  # the last row appended
        self.table_row = 1  # the first row of its table under the headers (a cut sheet prints from it)
        self.heights: list[float] = []  # pt of each row appended
        self.repeated = range(0)  # the header rows printed atop every page
        self._cells: dict[tuple, ReusedCell] = {}  # (column, _Style, quoted) -> its cell
        self._heights: dict[float, SharedHeight] = {}

    def append(self, row: list[tuple], height: float | None = None, fit: bool = False) -> None:
        """Append a row of (value, _Style); `fit`: as tall as its longest wrapped text (spreadsheets
        do not grow a row written with its texts: Excel keeps the default, LibreOffice's print too)."""
        self.row += 1
        if fit:
            height = row_height(wrapped_lines(row, self.px))
        if height:
            dim = self._heights.get(height)
            if dim is None:
                dim = self._heights[height] = SharedHeight(self.ws, height)
            self.ws.row_dimensions[self.row] = dim
        self.heights.append(height or DEFAULT_ROW)
        cells = []
        for col, (value, style) in enumerate(row):
            text = isinstance(value, str)
            quoted = text and value.startswith(_FORMULA_START)
            cell = self._cells.get((col, style, quoted))
            if cell is None:
                cell = self._cells[col, style, quoted] = ReusedCell(self.ws, self._look(style, quoted), col + 1)
            if cell.value is not value:  # the same None, "x" or verdict as the row before: bound
                cell.value = value
                if text:
                    cell.data_type = "s"  # a text, never read as a formula or an error code
            cells.append(cell)
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


def _number(text: str | None) -> Decimal | None:
    """A stated figure; None for none, or for one that is no number Excel has (NaN, infinity)."""
    if not text:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _fmt(decimals: int) -> str:
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def _prefixed(fmt: str | None, op: str | None) -> str | None:
    return f'"{op} "' + (fmt or "General") if op and op != "=" else fmt


def _value_cell(text: str | None, decimals: int, *, boolean: bool = False, op: str | None = None) -> tuple:
    """A figure as a number (exactly the stated decimal, shown with at least `decimals`
    places), "Có"/"Không" for yes/no; a target's operator other than "=" (`op`) shown before
    a stated value by the number format."""
    if boolean and text in ("0", "1"):
        return "Có" if text == "1" else "Không", _yes_no_style(op)
    d = _number(text)
    if d is None:
        return None, _NO_FIGURE
    return d, _figure_style(max(decimals, -d.as_tuple().exponent), op)


# The looks of figures and verdicts, made once each: a sheet asks for one per cell (3.321 units: 80.000).
_NO_FIGURE = _Style(align="right")


@functools.cache
def _yes_no_style(op: str | None) -> _Style:
    return _Style(align="centre", fmt=_prefixed(None, op))


@functools.cache
def _figure_style(places: int, op: str | None) -> _Style:
    return _Style(align="right", fmt=_prefixed(_fmt(places), op))


@functools.cache
def _verdict_cell(verdict: str | None) -> tuple:
    return verdict, _Style(align="centre", fill=verdict if verdict in VERDICT_FILLS else None)


def _heading(con: Consolidation) -> tuple[str, str]:
    """The period line and the completeness line every sheet's title rows carry (`_title_rows`)."""
    period = (f"{con.period.name} (mã kỳ {con.period.code}); bộ chỉ tiêu {con.catalog.version}; "
              f"hạn gửi {format_date(con.completeness.deadline)}")
    return period, f"Tình hình gửi báo cáo: {con.completeness.text}."


def _title_rows(s: _Sheet, title: str, width: int, fourth: list[tuple] | None = None) -> None:
    """The title, the period and the completeness line, then `fourth` (a blank row by default).
    Centred across the sheet when it prints one page wide; left on a wider sheet, whose middle
    would fall between two pages: that one prints them at the head and foot of every page
    instead (`_page_heading`)."""
    centred = not s.breaks
    lines = text_lines(title, sum(column_px(w) for w in s.widths), True, TITLE_SIZE) if centred else 1
    s.append([(title, _Style("title", "centre" if centred else "line", box=False))],
             height=lines * (TITLE_SIZE + 3) + 4 if lines > 1 else None)
    period, status = s.book.heading
    s.append([(period, _Style("italic", "centre" if centred else "line", box=False))])
    s.append([(status, _Style("bold", "left" if centred else "line", box=False))])
    if centred:
        for r in (1, 2, 3):
            s.merge(r, 1, r, width)
    else:
        _page_heading(s, title, period, status)
    s.append(fourth or [])


HEADING_LIMIT = 255  # characters Excel keeps of a page's header, and of its footer


def _page_heading(s: _Sheet, title: str, period: str, status: str) -> None:
    """A sheet cut into pages prints its title in every page's header, and its period and
    completeness line in the footer beside the sheet's name and the page number; its print area
    starts below its header rows, which repeat on every page. Printed from its title rows, the
    title would head the first pages only, and the repeated columns A:B carry a cut piece of it
    onto the others. (One line each: LibreOffice prints a header's line break as "_x000a_".)
    The print area ends with the sheet: `write_consolidated`."""
    def escaped(text: str) -> str:
        return text.replace("&", "&&")

    header = s.ws.oddHeader.center
    header.font, header.size, header.text = f"{FONT},Bold", TITLE_SIZE - 1, escaped(title)
    footer = s.ws.oddFooter
    for part, text in ((footer.left, f"&A – {escaped(period)}"), (footer.right, escaped(status))):
        if len(str(footer)) + len(text) <= HEADING_LIMIT:
            part.text = text


def _indicator_sheet(book: _Book, con: Consolidation, name: str, title: str, inds, headings: list[str],
                     sub_headers: tuple[str, ...], widths: tuple[int, ...], numbered: bool) -> _Sheet:
    """A sheet of the units against indicators `inds`, down to its header rows: the unit columns'
    headers merged down over the indicators' two rows, each indicator's heading merged over its
    columns `sub_headers`, and when `numbered` a row numbering every column (1), (2)…; each header
    row as tall as its wrapped text, the filter on the last header row over the units' rows; its
    pages cut between indicators (`consolidated_pages.pages_across`). `widths`: the columns of one
    indicator; its "Đánh giá" widened for each to show its verdicts on one line, and the units'
    status column theirs (`consolidated_pages`)."""
    n_unit, span, head_rows = len(UNIT_COLUMNS), len(sub_headers), 3 if numbered else 2
    v, groups = sub_headers.index("Đánh giá"), tuple(ind.group for ind in inds)
    fitted = [(*widths[:v], verdict_width(con, ind.code, widths[v]), *widths[v + 1:]) for ind in inds]
    status = (*_UNIT_WIDTHS[:-1], status_width(con, _UNIT_WIDTHS[-1]))
    units, own = widest_fitting([(status, fitted), (_UNIT_WIDTHS, fitted), (_UNIT_WIDTHS, [widths] * len(inds))],
                                lambda c: c[0] + sum(c[1], ()), n_unit, span, groups)
    s = _Sheet(book, name, units + sum(own, ()), freeze=f"C{_HEAD + head_rows}", first=n_unit,
               span=span, groups=groups)
    width = n_unit + span * len(headings)
    groups = _group_parts(con, inds, s.breaks, n_unit, span)
    # the row above the headers names each group over its columns, and repeats with them
    band = [(None, _Style(box=False))] * n_unit
    for name, first, last in groups:
        band += [(name, _HEADER)] + [_BLANK] * (last - first)
    _title_rows(s, title, width, band)
    for _, first, last in groups:
        s.merge(_HEAD - 1, first, _HEAD - 1, last)
    s.ws.print_title_rows = f"{_HEAD - 1}:{_HEAD + head_rows - 1}"
    s.repeated = range(_HEAD - 1, _HEAD + head_rows)
    units_px = [column_px(w) for w in units]
    top = header_height([(h, sum(map(column_px, ws))) for h, ws in zip(headings, own)])
    subs = header_height([(h, column_px(w)) for ws in own for h, w in zip(sub_headers, ws)])
    # the unit columns' headers are merged over both rows: the two rows together hold them
    top = max(top, header_height(list(zip(UNIT_COLUMNS, units_px))) - subs)
    s.append([(t, _HEADER) for t in UNIT_COLUMNS]
             + [cell for h in headings for cell in [(h, _HEADER)] + [_BLANK] * (span - 1)], height=top)
    s.append([_BLANK] * n_unit + [(t, _HEADER) for t in sub_headers] * len(headings), height=subs)
    if numbered:
        s.append([(f"({n})", _HEADER) for n in range(1, width + 1)])
    for j in range(1, n_unit + 1):
        s.merge(_HEAD, j, _HEAD + 1, j)
    for k in range(len(headings)):
        s.merge(_HEAD, n_unit + span * k + 1, _HEAD, n_unit + span * (k + 1))
    s.ws.auto_filter.ref = f"A{s.row}:{get_column_letter(width)}{s.row + len(con.units)}"
    s.table_row = s.row + 1  # the first unit's
    return s


def _group_parts(con: Consolidation, inds, breaks: list[int], n_unit: int, span: int) -> list[tuple[str, int, int]]:
    """(the group's name, its first and last column) for each run of `inds` of one catalogue group
    on one printed page: a group cut between pages is named on each, numbered "(1/2)", "(2/2)"."""
    runs: list[list] = []
    for k, ind in enumerate(inds):
        first = n_unit + span * k + 1
        if runs and runs[-1][0] == ind.group and first - 1 not in breaks:
            runs[-1][2] = first + span - 1
        else:
            runs.append([ind.group, first, first + span - 1])
    total = {g: sum(r[0] == g for r in runs) for g, _, _ in runs}
    parts, seen = [], {}
    for group, first, last in runs:
        name = con.catalog.groups.get(group, group)
        seen[group] = seen.get(group, 0) + 1
        if total[group] > 1:
            name += f" ({seen[group]}/{total[group]})"
        parts.append((name, first, last))
    return parts


def _unit_rows(con: Consolidation, s: _Sheet, inds, widths: tuple[int, ...], indicator_cells) -> None:
    """One row per unit: the unit's own columns, then `indicator_cells(con, unit, indicator, item)`
    for each of `inds` ("x" in each of its `widths` columns where it does not apply), as tall as
    the longest wrapped text."""
    absent = [(NOT_APPLICABLE, _CENTRE)] * len(widths)
    for n, u in enumerate(con.units, 1):
        c = u.commune
        row = [(n, _CENTRE), (c.name, _LEFT), (c.code, _CENTRE), (c.kind, _CENTRE), (u.status.status_text, _CENTRE)]
        for ind in inds:
            row += indicator_cells(con, u, ind, con.item(c.code, ind.code)) if ind.applies(c) else absent
        s.append(row, fit=True)


MAIN_TITLE = "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU CỦA CÁC XÃ, PHƯỜNG (PHỤ LỤC 2)"
MAIN_WIDTHS = (11, 11, 13, 12)  # the columns MAIN_SUB of one indicator (an own target is seldom set)
SUPP_TITLE = "KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG (NGHỊ QUYẾT NĂM 2026 CỦA TỈNH ỦY)"
SUPP_WIDTHS = (12, 12)


def _assigned_cells(con: Consolidation, u, ind, it) -> list[tuple]:
    """A unit's cells MAIN_SUB of an assigned indicator (`it`: its recomputed item, if any)."""
    boolean = ind.kind == "boolean"
    verdict = _verdict_cell(con.verdict_text(u.commune.code, ind))
    if it is not None:
        own = f"{it.own_target_text} ({it.own_verdict})" if it.own_target_text else None
        return [_value_cell(it.target_value, ind.decimals, boolean=boolean, op=it.target_op),
                _value_cell(it.value, ind.decimals, boolean=boolean), verdict, (own, _CENTRE)]
    # not reported: the target the catalogue gives the unit
    t = u.commune.targets.get(ind.code)
    target = None if t is None else (("1" if t.value else "0") if isinstance(t.value, bool) else str(t.value))
    return [_value_cell(target, ind.decimals, boolean=boolean), _BLANK, verdict, _BLANK]


def _main_sheet(book: _Book, con: Consolidation, name: str, title: str, inds) -> _Sheet:
    """A sheet of assigned indicators `inds` against the units, down to its header rows."""
    return _indicator_sheet(book, con, name, title, inds, [f"{ind.name} ({ind.unit})" for ind in inds], MAIN_SUB,
                            MAIN_WIDTHS, numbered=True)


def _main_counts(s: _Sheet, con: Consolidation, inds) -> None:
    """Below the units' rows: the province-wide figures and counts of assigned indicators `inds`."""
    labels = [("Toàn tỉnh", None)] + [(f"Số đơn vị {k.lower()}", k) for k in Count]
    labels.append(("Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)", "share"))
    span = len(MAIN_SUB)
    rows = []
    for label, key in labels:
        cells = [_BLANK, (label, _BOLD_LEFT), _BLANK, _BLANK, _BLANK]
        for ind in inds:
            sm = con.summaries[ind.code]
            if key is None:
                fmt = _fmt(2 if ind.unit == "%" else ind.decimals)
                cells += [(sm.total_label, _ITALIC_CENTRE), (sm.total, _Style("bold", "right", fmt=fmt))]
                cells += [_BLANK] * (span - 2)
            elif key == "share":
                cells += [(sm.met_share, _Style("bold", "centre", fmt="0.00"))] + [_BLANK] * (span - 1)
            else:
                cells += [(sm.counts[key], _BOLD_CENTRE)] + [_BLANK] * (span - 1)
        rows.append((cells, key))
    for cells, key in rows:
        # the label in B alone, wrapped: the columns A:B repeat on every printed page, so a label
        # merged over B:E printed cut ("Số đơn vị chưa đến kỳ đánh gi") beside the later pages' figures
        s.append(cells, fit=True)
        if key is not None:  # a count or share spans its indicator's columns
            for col in range(len(UNIT_COLUMNS) + 1, len(UNIT_COLUMNS) + span * len(inds), span):
                s.merge(s.row, col, s.row, col + span - 1)
    s.keep_with_rows(len(rows))


def _supplementary_cells(con: Consolidation, u, ind, it) -> list[tuple]:
    """A unit's cells SUPP_SUB of a supplementary indicator (`it`: its recomputed item, if any)."""
    if not ind.due_at(con.period):
        return [_BLANK if it is None else _value_cell(it.value, ind.decimals, boolean=ind.kind == "boolean"),
                _verdict_cell(Count.CHUA_DEN_KY)]
    if it is None:  # not reported, or a report that does not state it
        return [_BLANK, (Count.CHUA_BAO_CAO if u.submission is None else "", _CENTRE)]
    return [_value_cell(it.value, ind.decimals, boolean=ind.kind == "boolean"), _verdict_cell(it.verdict)]


def _supplementary_sheet(book: _Book, con: Consolidation, name: str, title: str, inds) -> _Sheet:
    """A sheet of supplementary indicators `inds` against the units, down to its header rows."""
    headings = []
    for ind in inds:
        target = target_text(ind, ind.default_target) if ind.default_target else "chưa giao"
        headings.append(f"{ind.name} ({ind.unit}; chỉ tiêu: {target})")
    return _indicator_sheet(book, con, name, title, inds, headings, SUPP_SUB, SUPP_WIDTHS, numbered=False)


def _supplementary_counts(s: _Sheet, con: Consolidation, inds) -> None:
    """Below the units' rows: the province-wide figures and counts of supplementary indicators `inds`."""
    rows = []
    for label, key in [("Toàn tỉnh", None), ("Số đơn vị đạt, vượt", "met"),
                       ("Số đơn vị không đạt", "Không đạt"), ("Số đơn vị đang thực hiện", "Đang thực hiện"),
                       ("Số đơn vị chưa báo cáo", Count.CHUA_BAO_CAO),
                       ("Số đơn vị chưa đến kỳ đánh giá", Count.CHUA_DEN_KY)]:
        cells = [_BLANK, (label, _BOLD_LEFT), _BLANK, _BLANK, _BLANK]
        for ind in inds:
            sm = con.summaries[ind.code]
            if key is None:
                fmt = _fmt(2 if ind.unit == "%" else ind.decimals)
                cells += [(sm.total, _Style("bold", "right", fmt=fmt)),
                          (sm.total_label if sm.total is not None else None, _ITALIC_CENTRE)]
            else:
                cells += [(sm.met if key == "met" else sm.counts[key], _BOLD_CENTRE), _BLANK]
        rows.append(cells)
    for cells in rows:  # the label in B alone, wrapped, as in `_main_counts`
        s.append(cells, fit=True)
    s.keep_with_rows(len(rows))


# Others read these columns by place: a column is only ever added after the last one.
COMPLETENESS_HEADERS = ("STT", "Mã ĐVHC", "Tên xã, phường", "Loại", "Tình trạng", "Trễ hạn", "Dự thảo",
                        "Thời điểm lập tệp", "Thời điểm nhận", "Mã xác thực", "Tệp", "Ghi chú",
                        "Ngày nhận (tính hạn)")
_DATE = _Style(align="centre", fmt="DD/MM/YYYY")


def _time(text: str) -> str | None:
    """A time as every document prints one, "09:00 24/06/2026" (in the time zone it was written
    in); none for none."""
    return when_text(text) if text else None


def _completeness_sheet(book: _Book, con: Consolidation) -> None:
    s = _Sheet(book, SHEET_COMPLETENESS, (5, 9, 26, 8, 14, 8, 8, 17, 17, 68, 32, 40, 12), freeze=f"A{_HEAD + 1}")
    _title_rows(s, "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG", len(COMPLETENESS_HEADERS))
    s.header(COMPLETENESS_HEADERS)
    # times (one line) and the 64-digit fingerprint in full; file names and reasons wrapped: one A3 page wide
    looks = (_CENTRE, _CENTRE, _LEFT, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _PLAIN, _LEFT, _LEFT,
             _DATE)
    for n, u in enumerate(con.completeness.units, 1):
        values = (n, u.code, u.name, u.kind, u.status_text, "x" if u.late else None, "x" if u.draft else None,
                  _time(u.generated_at), _time(u.received_at), u.fingerprint or None, u.file_name or None,
                  u.reason or None, dt.date.fromisoformat(u.received_on) if u.received_on else None)
        s.append(list(zip(values, looks)), fit=True)
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(COMPLETENESS_HEADERS))}{_HEAD + len(con.units)}"


INTAKE_HEADERS = ("Lượt nhận", "Thời điểm", "Tệp", "Kết quả", "Lý do", "Mã ĐVHC", "Kỳ", "Mã xác thực")


def _intake_sheet(book: _Book, con: Consolidation) -> None:
    s = _Sheet(book, SHEET_INTAKE, (9, 17, 36, 20, 90, 9, 9, 68), freeze=f"A{_HEAD + 1}")
    _title_rows(s, "KẾT QUẢ NHẬN TỆP BÁO CÁO", len(INTAKE_HEADERS))
    s.header(INTAKE_HEADERS)
    accepted = _Style(align="centre", fill="Đạt")
    refused = _Style(align="centre", fill="Không đạt")
    for log in con.intake_log:
        s.append([(log.run_id, _CENTRE), (_time(log.at), _CENTRE), (log.file_name, _PLAIN),
                  (log.class_, accepted if log.class_ in ("Hợp lệ", "Trùng") else refused), (log.reason, _LEFT),
                  (log.unit_code, _PLAIN), (log.period, _PLAIN), (log.fingerprint, _PLAIN)], fit=True)
    last = _HEAD + max(len(con.intake_log), 1)
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(INTAKE_HEADERS))}{last}"


def _differences_sheet(book: _Book, con: Consolidation) -> None:
    s = _Sheet(book, SHEET_DIFFERENCES, (9, 26, 120), freeze=f"A{_HEAD + 1}")
    _title_rows(s, "KHÁC BIỆT GIỮA SỐ LIỆU TỆP GHI VÀ SỐ LIỆU TỈNH TÍNH LẠI (KHÔNG DÙNG ĐỂ TỔNG HỢP)", 3)
    s.header(("Mã ĐVHC", "Tên xã, phường", "Khác biệt"))
    names = {c.code: c.name for c in con.catalog.communes}
    for code, found in sorted(con.differences.items()):
        for text in found:
            s.append([(code, _CENTRE), (names.get(code, code), _LEFT), (text, _LEFT)], fit=True)
    if not con.differences:
        s.append([_BLANK, ("Không có: mọi tệp ghi đúng kết quả tỉnh tính lại.", _LEFT), _BLANK])
    s.ws.auto_filter.ref = f"A{_HEAD}:C{s.row}"


def write_consolidated(con: Consolidation, path: str | Path) -> Path:
    """Write the consolidated workbook to `path` (temporary file, then renamed)."""
    def write(tmp: Path) -> None:
        book = _Book(Workbook(write_only=True), {}, _heading(con))
        wb = book.wb
        # The workbook's default font is the sheets' Times New Roman, not Calibri: a column's width
        # counts digits of the default font, and an office without Calibri (LibreOffice on Linux)
        # would measure a wider substitute and print every sheet a quarter smaller. openpyxl has
        # no public setter: its font list starts with the default, which the Normal style uses.
        wb._fonts = IndexedList([_FONTS["normal"]])
        wb._named_styles["Normal"].font = _FONTS["normal"]
        main = _main_sheet(book, con, SHEET_MAIN, MAIN_TITLE, con.assigned)
        _unit_rows(con, main, con.assigned, MAIN_WIDTHS, _assigned_cells)
        _main_counts(main, con, con.assigned)
        supplementary = _supplementary_sheet(book, con, SHEET_SUPPLEMENTARY, SUPP_TITLE, con.supplementary)
        _unit_rows(con, supplementary, con.supplementary, SUPP_WIDTHS, _supplementary_cells)
        _supplementary_counts(supplementary, con, con.supplementary)
        for sheet in (_completeness_sheet, _intake_sheet, _differences_sheet):
            sheet(book, con)
        for s in (main, supplementary):
            if s.breaks:  # printed from the table down, its title in the page header (`_page_heading`)
                s.ws.print_area = f"A{s.table_row}:{get_column_letter(len(s.widths))}{s.row}"
        wb.properties.title = con.title
        wb.properties.creator = "chitieu (cấp tỉnh)"
        wb.save(tmp)

    return write_atomic(path, write)
