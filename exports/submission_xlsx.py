"""The Excel submission file: a file format contract the province reads back for years.

Written with openpyxl; read back by the one reader, `exports.submission_reader`.
Three sheets (see exports/FORMAT.md, format version 1):
- "Báo cáo": the indicator table for a person to read and print (A4 landscape, one page wide,
  on one page when it nearly fits, else its header rows repeated and its pages broken so the
  summary goes with the table's last rows; pages numbered at the top as Decree 30 has it); numbers as
  the paper prints them ("1.234,5"), whatever the regional settings of the computer that
  opens it; a remark too long for a row shown as the PDF shows it, in full under the table;
- "Dữ liệu": one row per indicator (and per narrative section), every cell text, keyed by
  stable column codes in row 1; this is what `read_submission` reads and what the
  fingerprint is recomputed from; printed at full size over several A4 pages;
- "Thông tin": format, versions, time, people, fingerprint.

A draft says "DỰ THẢO" at the top of every printed page of every sheet. How the sheets print
(widths, heights, fonts, page setup) is no part of the format: values are.

Every sheet is protected (no password) against accidental edits; text is always written
as text, never as a formula, whatever its first character.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.protection import SheetProtection

from desktop_app.core.submission import FORMAT, Submission
from desktop_app.core.wording import kept_whole, printed_result, remark_cell
from exports.atomic import write_atomic
from exports.ignored_errors import save_without_triangles
from exports.sheet_layout import fit_down
from exports.submission_format import (
    DATA_COLUMNS,
    INFO_KEYS,
    REPORT_HEADERS,
    ROMAN,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    data_rows,
    info_values,
    report_heading,
    report_rows,
)

FONT_NAME = "Times New Roman"
REPORT_WIDTHS = (6, 46, 11, 15, 13, 16, 22, 26)  # G: "Chưa đến kỳ đánh giá" on one line
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FORMULA_START = ("=", "+", "-", "@")


# --- writing ----------------------------------------------------------------------------

def _set(cell, value):
    """Write a value; text always as text (never a formula), marked with a quote
    prefix when Excel would otherwise read it as one."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True
    return cell


def _report_sheet(ws, sub: Submission) -> None:
    ncol = len(REPORT_HEADERS)
    last = get_column_letter(ncol)
    normal = Font(name=FONT_NAME, size=12)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    table = report_rows(sub)
    widths = _report_widths([_printed(row) for row in table])
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    def banner(row, first, last_col, text, font, height=None):
        ws.merge_cells(f"{first}{row}:{last_col}{row}")
        c = _set(ws[f"{first}{row}"], text)
        c.font, c.alignment = font, Alignment(horizontal="center", vertical="center")
        if height:
            ws.row_dimensions[row].height = height
        return c

    heading = report_heading(sub)
    banner(1, "A", "C", heading[1, 1], bold)
    banner(1, "D", last, heading[1, 4], bold)
    banner(2, "A", "C", heading[2, 1], bold)
    banner(2, "D", last, heading[2, 4], Font(name=FONT_NAME, size=13, bold=True))
    banner(4, "A", last, heading[4, 1], Font(name=FONT_NAME, size=13, bold=True), 20)
    banner(5, "A", last, heading[5, 1], Font(name=FONT_NAME, size=12, italic=True))
    _heading_rules(ws, heading, widths)
    head = 7
    for i, text in enumerate(REPORT_HEADERS, 1):
        for row, value in ((head, text), (head + 1, f"({i})")):  # the titles, then their numbers
            c = _set(ws.cell(row, i), value)
            c.font, c.alignment, c.border = bold, centre, _BOX
    ws.row_dimensions[head].height = 16 * max(
        _lines(t, widths[i], bold=True) for i, t in enumerate(REPORT_HEADERS)) + 2
    r = head + 2
    notes: list[str] = []
    for row in table:
        group = row[0] in ROMAN
        shown = _printed(row)
        for i, text in enumerate(row, 1):
            c = _set(ws.cell(r, i), text or None)
            if not group and i - 1 in TWO_PARTS and "\n" in text:
                c.value = _two_parts(text, normal)
            elif shown[i - 1] != text:  # "−0,37", "điểm %" unparted: shown, the cell holds the data's text
                c.number_format = _shown_as(shown[i - 1])
            c.border = _BOX
            c.font = bold if group else normal
            c.alignment = left if i in (2, 8) else centre
        if group:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        else:
            # A remark too long for a cell (a row is at most 409 pt) shows, as on paper, its
            # beginning and "(xem ghi chú n dưới biểu)", and is printed whole under the table.
            # The cell keeps the whole remark (what `verify` compares with the data); only what
            # it shows is the paper's text, through the number format's text section.
            shown[-1] = remark_cell(row[-1], notes)
            if shown[-1] != row[-1] and "\n" in row[-1]:
                # LibreOffice shows a text of several lines whatever its format says: the row is
                # sized for the whole remark (cut at 409 pt), which is printed whole under the table
                shown[-1] = row[-1]
            elif shown[-1] != row[-1]:
                ws.cell(r, ncol).number_format = _shown_as(shown[-1])
            # Excel and LibreOffice do not grow rows of wrapped text on opening
            ws.row_dimensions[r].height = _height(max(_lines(t, widths[i]) for i, t in enumerate(shown)))
        r += 1
    r += 1
    if notes:
        r = _notes_under_table(ws, r, notes, normal, bold, sum(widths))
    summary = f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {sub.summary_text()}."
    own = [(sub.own_summary_sentence(), normal)] if sub.own_summary_sentence() else []
    for text, font in (
        (summary, bold),
        *own,
        (f"Người lập biểu: {sub.preparer}", normal),
        (f"Người ký: {sub.signer} ({sub.signer_title})", normal),
        (f"Mã xác thực báo cáo: {sub.short_fingerprint} (đầy đủ tại trang Thông tin)", normal),
    ):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = _set(ws.cell(r, 1), text)
        c.font, c.alignment = font, Alignment(horizontal="left", vertical="center")
        r += 1

    ws.print_area = f"A1:{last}{r - 1}"
    ws.freeze_panes = ws.cell(head + 2, 1)
    for row in range(1, r):  # every row's height written: where its pages break is then known
        if ws.row_dimensions[row].height is None:
            ws.row_dimensions[row].height = _LINE + (row == 2)  # row 2: 13 pt
    _a4(ws, landscape=True)
    groups = [head + 2 + k for k, row in enumerate(table) if row[0] in ROMAN]
    fit_down(ws, widths, (head, head + 1), (head + 2, head + 1 + len(table)), groups)
    _print_header(ws, draft=not sub.approved, first_page=False)  # page 1: "DỰ THẢO" boxed in H6


TWO_PARTS = (3, 6)  # 0-based: "Chỉ tiêu giao", "Đánh giá": the province's line, then the unit's own
PRINTED = (2, 4, 5)  # 0-based: "Đơn vị tính", "Kết quả thực hiện", "So với chỉ tiêu"


def _printed(row: tuple[str, ...]) -> list[str]:
    """A row of the table as the paper prints it: a negative result with the minus sign of print
    ("−0,37"), "điểm %" joined by a no-break space. The cells keep the data's texts ("-0,37", what
    `verify`, of this version and of earlier ones, compares): they show these through their number
    format, as a long remark shows its beginning."""
    if row[0] in ROMAN:
        return list(row)
    out = list(row)
    for i in PRINTED:
        out[i] = kept_whole(printed_result(out[i])) if out[i] and "\n" not in out[i] else out[i]
    return out


def _two_parts(text: str, font: Font) -> CellRichText:
    """A cell of the province's target (or verdict) and under it the unit's own one for the year,
    the unit's in italics ("Đang thực hiện" / "Theo chỉ tiêu xã: Vượt" never reads as one
    phrase): the same text as a plain cell (what every reader and `verify` read), only styled."""
    province, own = text.split("\n", 1)
    italic = InlineFont(rFont=font.name, sz=font.sz, i=True)
    return CellRichText(*([TextBlock(_inline(font), province + "\n")] if province else []), TextBlock(italic, own))


NUMBER_COLUMNS = range(2, 7)  # 0-based: (3) to (7), centred, whose words are figures and verdicts
NAME_MIN = 40  # column (2) gives up to 6 of its 46 units to a figure that needs them


def _report_widths(table) -> list[float]:
    """REPORT_WIDTHS, with columns (3) to (7) widened to their longest word (a figure such as
    "1.000.000.000.000" or "(460.038.735,3%)" prints on one line, never broken inside), the
    width taken from the indicator's name (2) while it keeps `NAME_MIN`, the page then scaled."""
    widths = list(REPORT_WIDTHS)
    for i in NUMBER_COLUMNS:
        words = [w for row in table if row[0] not in ROMAN for w in (row[i] or "").split(" ") if w]
        need = max((_plain_width(w, 12, False) for w in words), default=0) + 6 + 3  # padding, slack
        widths[i] = max(widths[i], round(need / _POINTS_PER_UNIT + 0.5, 1))
    grown = sum(widths) - sum(REPORT_WIDTHS)
    widths[1] = max(NAME_MIN, widths[1] - grown)
    return widths


RULE, RULE_SIZE = "—", 10  # the heading's rules: em dashes (1 em each, joined), bold, right under the text above


def _heading_rules(ws, heading, widths=REPORT_WIDTHS) -> None:
    """Row 3: the solid lines of the decree's heading, under the unit's name (a third of its
    length) and under "Độc lập - Tự do - Hạnh phúc" (its length). A draft keeps its rule too:
    A3 holds "DỰ THẢO" (what `verify` reads there) and shows the rule through its number format;
    "DỰ THẢO" shows in red, boxed, at the right above the table (H6), as the PDF's mark. (Until
    2026.12 the rules were 8 pt underscores, a hairline below the text, faint in LibreOffice.)"""
    rule = Font(name=FONT_NAME, size=RULE_SIZE, bold=True)
    motto = _set(ws["D3"], RULE * round(_plain_width(heading[2, 4], 13, True) / RULE_SIZE))
    ws.merge_cells(f"D3:{get_column_letter(len(REPORT_HEADERS))}3")
    motto.font, motto.alignment = rule, Alignment(horizontal="center", vertical="top")
    line = RULE * round(_plain_width(heading[2, 1], 12, True) / 3 / RULE_SIZE)
    ws.row_dimensions[3].height = 9
    if heading[3, 1]:  # a draft
        ws.merge_cells("A3:C3")
        c = _set(ws["A3"], heading[3, 1])
        c.font, c.alignment = rule, Alignment(horizontal="center", vertical="top")
        c.number_format = f';;;"{line}"'
        red = Side(style="medium", color=DRAFT_COLOUR)
        shown = _set(ws.cell(6, len(REPORT_HEADERS)), heading[3, 1])
        shown.font = Font(name=FONT_NAME, size=12, bold=True, color=DRAFT_COLOUR)
        shown.alignment = Alignment(horizontal="center", vertical="center")
        shown.border = Border(left=red, right=red, top=red, bottom=red)
        ws.row_dimensions[6].height = 18
        return
    # Centred under A:C from column B (A3 stays empty in an approved report): leading spaces
    # move the rule's centre from B's to the block's.
    units = sum(widths[:3]) / 2 - (widths[0] + widths[1] / 2)
    pad = round(2 * units * _POINTS_PER_UNIT / _plain_width(" ", RULE_SIZE, True))
    unit = _set(ws["B3"], " " * pad + line)
    unit.font, unit.alignment = rule, Alignment(horizontal="center", vertical="top")


_ONE_LINE = re.compile(r"[ \t\r\n]+")  # not a no-break space: it stays where it joins two words


def _shown_as(text: str) -> str:
    """A number format whose text section shows `text` (one line, quotes escaped) in place of
    the cell's own text; Excel's limit for a format is 255 characters: the beginning is cut,
    at a space where it can be, keeping "… (xem ghi chú n dưới biểu)"."""
    def quoted(words: str) -> str:
        return ';;;"' + words.replace('"', '"\\""') + '"'

    head, marker, ref = _ONE_LINE.sub(" ", text.strip()).partition("… (xem ghi chú ")
    tail = marker + ref
    while head and len(quoted(head + tail)) > 255:  # each pass makes `head` shorter
        cut = head.rstrip().rfind(" ")
        head = head[:cut] if cut > 0 else head[:-1]
    return quoted(head + tail)


def _notes_under_table(ws, r: int, notes: list[str], normal, bold, width: float = sum(REPORT_WIDTHS)) -> int:
    """"Ghi chú:" and each long remark in full, numbered as its cell refers to it, from row `r`;
    a remark taller than a row can be continues on the next rows. Returns the next free row.
    No page can part what belongs together: a note's number starts the row of its first words
    (a word wider than the page is broken there, as the spreadsheet breaks it), and "Ghi chú:"
    is the first line of the first note's row (bold, in the same cell)."""
    ncol = len(REPORT_HEADERS)
    wrap = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for n, text in enumerate(notes, 1):
        pieces = _pieces(f"{n}. {text}", width, _MAX_LINES, first=_MAX_LINES - 1 if n == 1 else _MAX_LINES)
        for k, piece in enumerate(pieces):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(r, 1)
            lines = _lines(piece, width)
            if n == 1 and k == 0:
                c.value = CellRichText(TextBlock(_inline(bold), "Ghi chú:"), TextBlock(_inline(normal), "\n" + piece))
                lines += 1
            else:
                _set(c, piece)
            c.font, c.alignment = normal, wrap
            ws.row_dimensions[r].height = _height(lines)
            r += 1
    return r + 1


def _inline(font: Font) -> InlineFont:
    return InlineFont(rFont=font.name, sz=font.sz, b=font.b)


def _plain_width(text: str, size: float, bold: bool) -> float:
    """Width in points of `text` in Times at `size`: Vietnamese letters measured as their
    base letter (the marks do not widen them), from the standard Times metrics."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    base = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    base = "".join(c if ord(c) < 256 else "n" for c in base if not unicodedata.combining(c))
    return stringWidth(base, "Times-Bold" if bold else "Times-Roman", size)


_POINTS_PER_UNIT = 5.25  # one Excel width unit is about 7 px = 5,25 pt
_LINE = 16  # pt, a line of 12 pt text in a row
_MAX_LINES = 24  # lines of 12 pt text in a row at most 409 pt tall (Excel's largest row)


def _height(lines: int, line: float = _LINE) -> float:
    """A row's height in points for `lines` lines of text, at most 409 pt (Excel's largest)."""
    return min(409, line * lines + 2)


def _wrap_parts(text: str, width_chars: float, size: float = 12, bold: bool = False) -> list[tuple[str, str]]:
    """The lines `text` wraps to in a column `width_chars` wide (Excel units), each as (its text,
    what joins it to the next: " " between words, "\n" at a paragraph's end, "" inside a word
    wider than a line, which is broken there as the spreadsheet breaks it)."""
    avail = width_chars * _POINTS_PER_UNIT - 6  # minus the cell's padding
    space = _plain_width(" ", size, bold)
    out: list[tuple[str, str]] = []
    for para in (text or "").split("\n"):
        line, current = [], 0.0
        for word in (w for w in para.split(" ") if w):  # a no-break space keeps its words one
            w = _plain_width(word, size, bold)
            if line and current + space + w > avail:
                out.append((" ".join(line), " "))
                line, current = [], 0.0
            if w > avail:  # wider than the column: whole lines of it, then its rest
                cut = ""
                for ch in word:
                    if cut and _plain_width(cut + ch, size, bold) > avail:
                        out.append((cut, ""))
                        cut = ""
                    cut += ch
                word, w = cut, _plain_width(cut, size, bold)
            current = current + space + w if line else w
            line.append(word)
        out.append((" ".join(line), "\n"))
    return out


def _wrap(text: str, width_chars: float, size: float = 12, bold: bool = False) -> list[str]:
    """The lines `text` wraps to in a column `width_chars` wide (Excel units), each paragraph's
    last line ending in "\n"."""
    return [t + "\n" if sep == "\n" else t for t, sep in _wrap_parts(text, width_chars, size, bold)]


def _lines(text: str, width_chars: float, size: float = 12, bold: bool = False) -> int:
    """How many lines `text` wraps to in a column `width_chars` wide (Excel units)."""
    return max(len(_wrap_parts(text, width_chars, size, bold)), 1)


def _pieces(text: str, width_chars: float, max_lines: int, first: int | None = None) -> list[str]:
    """`text` cut between lines into pieces of at most `max_lines` lines each (the first of at
    most `first`) in a column `width_chars` wide: rows that together show it all, none taller
    than a row can be. A word broken across two pieces is cut where its line ends."""
    lines = _wrap_parts(text, width_chars)
    first = first or max_lines
    bounds = [0, *range(first, len(lines), max_lines), len(lines)]
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        part = lines[a:b]
        pieces.append(("".join(t + sep for t, sep in part[:-1]) + part[-1][0]).strip())
    return [p for p in pieces if p] or [""]


DRAFT_COLOUR = "C00000"
# LibreOffice cuts the marks above capitals ("DỰ THAO") in a print header of a larger size
DRAFT_HEADER_SIZE = 10


def _print_header(ws, draft: bool, first_page: bool = True) -> None:
    """The page number at the top, centred, in the body's font, from the second page on (Decree
    30); each sheet numbers its own pages from 1, printed alone or with the workbook. A draft
    says "DỰ THẢO" (bold, red) at the top right of every page (but the first: `first_page`
    False, a sheet marking it in its cells)."""
    ws.page_setup.firstPageNumber = 1
    ws.page_setup.useFirstPageNumber = True
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = FONT_NAME
    ws.oddHeader.center.size = 13
    if draft:
        for header in (ws.oddHeader, ws.firstHeader)[:1 + first_page]:
            header.right.text = "DỰ THẢO"
            header.right.font = f"{FONT_NAME},Bold"
            header.right.size = DRAFT_HEADER_SIZE
            header.right.color = DRAFT_COLOUR


def _a4(ws, landscape: bool, fit_width: bool = True, left_mm: float = 30) -> None:
    """A4 with the decree's margins (a sheet for programs: `left_mm` narrower); `fit_width`:
    scaled to one page wide, else printed at full size over as many pages as it takes."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
    else:
        ws.page_setup.scale = 100
        ws.page_setup.pageOrder = "overThenDown"  # a row's columns, page after page
    inch = 25.4
    ws.page_margins = PageMargins(left=left_mm / inch, right=15 / inch, top=20 / inch, bottom=20 / inch,
                                  header=8 / inch, footer=8 / inch)


DATA_FONT_SIZE = 11
DATA_LINE = 13  # pt, a wrapped line of 11 pt text in a row (LibreOffice 12,7; Excel alike)
# Widest a column of "Dữ liệu" grows to its values (Excel units); a longer text wraps.
DATA_WIDTHS = {"unit_name": 14, "indicator": 20, "indicator_name": 32, "value_text": 16,
               "target_text": 14, "target_source": 20, "verdict": 12, "compared_text": 16,
               "comment": 44, "notes": 24, "section_title": 22, "text": 64, "own_target_text": 12,
               "own_verdict": 12}
DATA_NARROWEST = 3.5  # a column of one-character values ("1", "≥"): its code prints upright above
DATA_WIDEST_OTHER = 18
DATA_MAX_LINES = 31  # 31 lines of 13 pt: a row under Excel's 409 pt
DATA_PAGE_PX = (297 - 2 * 15) / 25.4 * 96  # A4 landscape between 15 mm margins, in Excel's pixels
DATA_MIN_PRINTED = 8  # pt the sheet's 11 pt text may be scaled down to, to take fewer pages across
CONTINUED = "… (còn tiếp: ô có đủ {n} ký tự)"


def _data_widths(rows: list[dict]) -> list[float]:
    """Each column as wide as its longest value (a figure, a code, on one line), between
    `DATA_NARROWEST` and its cap, where a longer text wraps: the record takes the width of what
    it holds, not of the codes above it (printed upright)."""
    widths = []
    for code in DATA_COLUMNS:
        cap = DATA_WIDTHS.get(code, DATA_WIDEST_OTHER)
        need = 0.0
        for row in rows:
            for line in (row.get(code) or "").split("\n"):
                if need < cap * _POINTS_PER_UNIT:
                    need = max(need, _plain_width(line[:400], DATA_FONT_SIZE, False))
        widths.append(min(cap, max(DATA_NARROWEST, round((need + 9) / _POINTS_PER_UNIT + 0.5, 1))))
    return widths


def _continued_format(text: str, width_chars: float) -> tuple[str, int] | None:
    """For a one-paragraph text taller than a row can be: a number format showing its beginning
    and "… (còn tiếp: ô có đủ n ký tự)" (the cell keeps it all), and the lines that shows in;
    None for a text of several lines, which LibreOffice shows whatever its format says."""
    if "\n" in text:
        return None
    tail = CONTINUED.format(n=f"{len(text):,}".replace(",", "."))
    words = text.split()
    head = " ".join(words)

    def quoted(h: str) -> str:
        return ';;;"' + (h + tail).replace('"', '"\\""') + '"'

    while head and len(quoted(head)) > 255:
        cut = head.rfind(" ", 0, len(head) - 1)
        head = head[:cut] if cut > 0 else head[:-1]
    return quoted(head), _lines(head + tail, width_chars, DATA_FONT_SIZE)


def _data_sheet(ws, sub: Submission, draft: bool) -> None:
    """For programs first; printed as a compact record: its codes upright in row 1, each column
    as wide as what it holds, on as few A4 landscape pages across as keep its 11 pt text at
    `DATA_MIN_PRINTED` pt or more, a row's pages one after the other, the codes row and the
    indicator's code and number repeated on each. A text too long for a row (409 pt) shows its
    beginning and "… (còn tiếp: ô có đủ n ký tự)" (the cell holds it whole); a long text of several
    paragraphs (a narrative section, printed whole in the report) prints what its row can hold,
    the page's foot saying so."""
    bold = Font(name=FONT_NAME, size=DATA_FONT_SIZE, bold=True)
    font = Font(name=FONT_NAME, size=DATA_FONT_SIZE)
    wrap = Alignment(vertical="top", wrap_text=True)
    rows = data_rows(sub)
    widths = _data_widths(rows)
    upright = Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
    for i, code in enumerate(DATA_COLUMNS, 1):
        c = _set(ws.cell(1, i), code)
        c.font, c.alignment = bold, upright
    ws.row_dimensions[1].height = max(_plain_width(code, DATA_FONT_SIZE, True) for code in DATA_COLUMNS) + 10
    cut = False
    for r, row in enumerate(rows, 2):
        lines = 1
        for i, code in enumerate(DATA_COLUMNS, 1):
            value = row.get(code)
            if value not in (None, ""):
                c = _set(ws.cell(r, i), value)
                c.font, c.alignment = font, wrap
                n = _lines(value, widths[i - 1], DATA_FONT_SIZE)
                if n > DATA_MAX_LINES:
                    shown = _continued_format(value, widths[i - 1])
                    if shown:
                        c.number_format, n = shown
                    else:
                        cut = True
                lines = max(lines, min(n, DATA_MAX_LINES))
        ws.row_dimensions[r].height = _height(lines, line=DATA_LINE)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"
    last = get_column_letter(len(DATA_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{ws.max_row}"
    first = DATA_COLUMNS.index("indicator") + 1
    number = DATA_COLUMNS.index("indicator_no") + 1
    _a4(ws, landscape=True, fit_width=True, left_mm=15)
    ws.print_options.horizontalCentered = False
    ws.print_options.gridLines = True  # a value's column, on a page of many narrow ones
    ws.page_setup.fitToWidth = _data_pages_across(widths, first - 1, number)
    ws.page_setup.pageOrder = "overThenDown"  # a row's columns, page after page
    ws.print_title_rows = "1:1"
    ws.print_title_cols = f"{get_column_letter(first)}:{get_column_letter(number)}"
    ws.print_area = f"A1:{last}{ws.max_row}"
    _print_header(ws, draft)
    if cut:
        ws.oddFooter.left.text = ws.firstFooter.left.text = (
            "Văn bản dài nhiều đoạn chỉ in phần đầu vừa một dòng bảng; toàn văn có trong ô và trong báo cáo")
        for footer in (ws.oddFooter, ws.firstFooter):
            footer.left.font, footer.left.size = f"{FONT_NAME},Italic", 10


def _data_pages_across(widths, rep_from: int, rep_to: int) -> int:
    """The fewest A4 landscape pages across that hold the sheet's columns with its 11 pt text
    printed at `DATA_MIN_PRINTED` pt or more, columns rep_from+1..rep_to repeated on each."""
    px = [int(w * 7 + 5) for w in widths]
    room = DATA_PAGE_PX * DATA_FONT_SIZE / DATA_MIN_PRINTED
    repeated = sum(px[rep_from:rep_to])
    total = sum(px)
    if total <= room:
        return 1
    return 1 + -(-(total - room) // max(room - repeated, 1))


INFO_WIDTHS = (18, 42, 72)


def _info_sheet(ws, sub: Submission, draft: bool) -> None:
    """Key, label, value; printed on A4 landscape in Times New Roman, every label whole."""
    bold = Font(name=FONT_NAME, size=DATA_FONT_SIZE, bold=True)
    font = Font(name=FONT_NAME, size=DATA_FONT_SIZE)
    wrap = Alignment(vertical="top", wrap_text=True)
    for i, text in enumerate(("key", "Mục", "Giá trị"), 1):
        _set(ws.cell(1, i), text).font = bold
    values = info_values(sub)
    for r, (key, label) in enumerate(INFO_KEYS, 2):
        cells = [(1, key), (2, label)] + ([(3, values[key])] if values[key] else [])
        for col, text in cells:
            c = _set(ws.cell(r, col), text)
            c.font, c.alignment = font, wrap
        ws.row_dimensions[r].height = _height(
            max(_lines(text, INFO_WIDTHS[col - 1], DATA_FONT_SIZE) for col, text in cells), line=15)
    for column, width in zip("ABC", INFO_WIDTHS):
        ws.column_dimensions[column].width = width
    _a4(ws, landscape=True, left_mm=20)
    ws.print_area = f"A1:C{len(INFO_KEYS) + 1}"
    _print_header(ws, draft)


def build_workbook(sub: Submission) -> Workbook:
    wb = Workbook()
    # The default font is the sheets' Times New Roman, not Calibri: a column's width counts digits of
    # the default font, and LibreOffice without Calibri measured a wider one, printing "Báo cáo" a
    # quarter smaller than Excel and breaking its pages elsewhere (openpyxl has no public setter).
    wb._fonts = IndexedList([Font(name=FONT_NAME, size=11)])
    wb._named_styles["Normal"].font = Font(name=FONT_NAME, size=11)
    report = wb.active
    report.title = SHEET_REPORT
    _report_sheet(report, sub)
    _data_sheet(wb.create_sheet(SHEET_DATA), sub, draft=not sub.approved)
    _info_sheet(wb.create_sheet(SHEET_INFO), sub, draft=not sub.approved)
    for ws in wb.worksheets:  # a reader may still widen a column, filter and sort
        ws.protection = SheetProtection(sheet=True, formatColumns=False, formatRows=False, autoFilter=False,
                                        sort=False)
    wb.security = WorkbookProtection(lockStructure=True)
    wb.properties.title = f"{sub.report_title} - {sub.unit_name}"
    wb.properties.creator = f"chitieu {sub.app_version}"
    wb.properties.subject = f"{FORMAT} {sub.format_version}; {sub.fingerprint}"
    wb.active = 0
    return wb


def write_submission(sub: Submission, path: str | Path) -> Path:
    """Write the submission workbook to `path` (temporary file, then renamed)."""
    wb = build_workbook(sub)  # its text numbers without Excel's green triangles
    return write_atomic(path, lambda tmp: save_without_triangles(wb, tmp))
