"""The Excel submission file: a file format contract the province reads back for years.

Written with openpyxl; read back by the one reader, `exports.submission_reader`.
Three sheets (see exports/FORMAT.md, format version 1):
- "Báo cáo": the indicator table for a person to read and print (A4 landscape, header
  rows repeated, fit to width); numbers as the paper prints them ("1.234,5"), whatever
  the regional settings of the computer that opens it;
- "Dữ liệu": one row per indicator (and per narrative section), every cell text, keyed by
  stable column codes in row 1; this is what `read_submission` reads and what the
  fingerprint is recomputed from;
- "Thông tin": format, versions, time, people, fingerprint.

Every sheet is protected (no password) against accidental edits; text is always written
as text, never as a formula, whatever its first character.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.protection import SheetProtection

from desktop_app.core.submission import FORMAT, Submission
from exports.atomic import write_atomic
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
REPORT_WIDTHS = (6, 46, 11, 15, 13, 16, 16, 26)
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
    for i, w in enumerate(REPORT_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    def banner(row, first, last_col, text, font, height=None):
        ws.merge_cells(f"{first}{row}:{last_col}{row}")
        c = _set(ws[f"{first}{row}"], text)
        c.font, c.alignment = font, Alignment(horizontal="center", vertical="center")
        if height:
            ws.row_dimensions[row].height = height

    heading = report_heading(sub)
    banner(1, "A", "C", heading[1, 1], bold)
    banner(1, "D", last, heading[1, 4], bold)
    banner(2, "A", "C", heading[2, 1], bold)
    banner(2, "D", last, heading[2, 4], Font(name=FONT_NAME, size=13, bold=True))
    banner(4, "A", last, heading[4, 1], Font(name=FONT_NAME, size=13, bold=True), 20)
    banner(5, "A", last, heading[5, 1], Font(name=FONT_NAME, size=12, italic=True))
    if heading[3, 1]:  # a draft
        banner(3, "A", last, heading[3, 1], Font(name=FONT_NAME, size=12, bold=True, color="C00000"))
    head = 7
    for i, text in enumerate(REPORT_HEADERS, 1):
        for row, value in ((head, text), (head + 1, f"({i})")):  # the titles, then their numbers
            c = _set(ws.cell(row, i), value)
            c.font, c.alignment, c.border = bold, centre, _BOX
    ws.row_dimensions[head].height = 16 * max(
        _lines(t, REPORT_WIDTHS[i], bold=True) for i, t in enumerate(REPORT_HEADERS)) + 2
    r = head + 2
    for row in report_rows(sub):
        group = row[0] in ROMAN
        for i, text in enumerate(row, 1):
            c = _set(ws.cell(r, i), text or None)
            c.border = _BOX
            c.font = bold if group else normal
            c.alignment = left if i in (2, 8) else centre
        if group:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        else:  # Excel and LibreOffice do not grow rows of wrapped text on opening
            ws.row_dimensions[r].height = min(409, 16 * max(  # 409 pt: Excel's largest row
                _lines(t, REPORT_WIDTHS[i]) for i, t in enumerate(row)) + 2)
        r += 1
    r += 1
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

    ws.print_title_rows = f"{head}:{head + 1}"
    ws.print_area = f"A1:{last}{r - 1}"
    ws.freeze_panes = ws.cell(head + 2, 1)
    _a4(ws, landscape=True)
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT_NAME
    if not sub.approved:
        ws.oddHeader.right.text = "DỰ THẢO"


def _plain_width(text: str, size: float, bold: bool) -> float:
    """Width in points of `text` in Times at `size`: Vietnamese letters measured as their
    base letter (the marks do not widen them), from the standard Times metrics."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    base = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    base = "".join(c if ord(c) < 256 else "n" for c in base if not unicodedata.combining(c))
    return stringWidth(base, "Times-Bold" if bold else "Times-Roman", size)


def _lines(text: str, width_chars: float, size: float = 12, bold: bool = False) -> int:
    """How many lines `text` wraps to in a column `width_chars` wide (Excel units)."""
    avail = width_chars * 5.25 - 6  # one width unit is about 7 px = 5,25 pt; minus padding
    lines = 0
    for para in (text or "").split("\n"):
        n, current = 1, 0.0
        space = _plain_width(" ", size, bold)
        for word in para.split():
            w = _plain_width(word, size, bold)
            if current and current + space + w > avail:
                n += 1
                current = w
            else:
                current += (space if current else 0) + w
        lines += n
    return max(lines, 1)


def _a4(ws, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    inch = 25.4  # the decree's margins, in mm
    ws.page_margins = PageMargins(left=30 / inch, right=15 / inch, top=20 / inch, bottom=20 / inch,
                                  header=8 / inch, footer=8 / inch)
    ws.print_options.horizontalCentered = True


def _data_sheet(ws, sub: Submission) -> None:
    bold = Font(bold=True)
    for i, code in enumerate(DATA_COLUMNS, 1):
        _set(ws.cell(1, i), code).font = bold
    for r, row in enumerate(data_rows(sub), 2):
        for i, code in enumerate(DATA_COLUMNS, 1):
            value = row.get(code)
            if value not in (None, ""):
                _set(ws.cell(r, i), value)
    widths = {"unit_name": 18, "indicator": 22, "indicator_name": 50, "value_text": 12,
              "target_text": 16, "target_source": 28, "verdict": 14, "compared_text": 18,
              "comment": 30, "notes": 30, "text": 60}
    for i, code in enumerate(DATA_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(code, 11)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(DATA_COLUMNS))}{ws.max_row}"
    _a4(ws, landscape=True)


def _info_sheet(ws, sub: Submission) -> None:
    bold = Font(bold=True)
    for i, text in enumerate(("key", "Mục", "Giá trị"), 1):
        _set(ws.cell(1, i), text).font = bold
    values = info_values(sub)
    for r, (key, label) in enumerate(INFO_KEYS, 2):
        _set(ws.cell(r, 1), key)
        _set(ws.cell(r, 2), label)
        if values[key]:
            _set(ws.cell(r, 3), values[key])
    for column, width in zip("ABC", (18, 30, 70)):
        ws.column_dimensions[column].width = width
    _a4(ws, landscape=False)


def build_workbook(sub: Submission) -> Workbook:
    wb = Workbook()
    report = wb.active
    report.title = SHEET_REPORT
    _report_sheet(report, sub)
    _data_sheet(wb.create_sheet(SHEET_DATA), sub)
    _info_sheet(wb.create_sheet(SHEET_INFO), sub)
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
    wb = build_workbook(sub)
    return write_atomic(path, lambda tmp: wb.save(tmp))
