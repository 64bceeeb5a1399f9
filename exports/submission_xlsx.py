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

The sheets are written by exports/submission_report_sheet.py and submission_data_sheet.py ("Thông
tin" here), their cells through exports/submission_cells.py, their printing through
exports/submission_page_setup.py.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.protection import SheetProtection

from desktop_app.core.submission import FORMAT, Submission
from exports.atomic import write_atomic
from exports.ignored_errors import save_without_triangles
from exports.submission_cells import FONT_NAME, _height, _lines, _set
from exports.submission_data_sheet import DATA_FONT_SIZE, _data_sheet
from exports.submission_format import (
    INFO_KEYS,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    info_values,
)
from exports.submission_page_setup import _a4, _print_header
from exports.submission_report_sheet import _report_sheet

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
    # Printing prints the selected sheets by default (Excel's "Print Active Sheets", LibreOffice's
    # "Selected sheets"): "Báo cáo" alone is marked selected, so the machine data of "Dữ liệu" and
    # "Thông tin" print only when asked for. openpyxl marks none, leaving the choice to the program.
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws is report
    return wb


def write_submission(sub: Submission, path: str | Path) -> Path:
    """Write the submission workbook to `path` (temporary file, then renamed)."""
    wb = build_workbook(sub)  # its text numbers without Excel's green triangles
    return write_atomic(path, lambda tmp: save_without_triangles(wb, tmp))
