"""The audit trail as an Excel sheet, for a reviewer or an inspection.

Printed as a record: A4 landscape, one page wide, the title and the column headers on every page,
numbered pages, Times New Roman. The values are the core's words (`desktop_app.core.audit`):
numbers as text the Vietnamese way with every stored digit, so the paper shows exactly what was
stored, the same on a computer set to any region (a number format would print `159,176.5` on an
English one). The sheet is protected without a password as every document of the program is
(`exports/FORMAT.md`: against accidental edits of a record, not against fraud), so its rows are
already as tall as their wrapped text, measured with the report fonts (`exports.sheet_layout`:
no spreadsheet grows a written row when printing); resizing rows and columns, and filtering,
stay allowed."""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList

from desktop_app.core.audit import COLUMNS, NUMBERS, AuditLine
from desktop_app.core.validation import xml_safe
from exports.atomic import write_atomic
from exports.cell_limit import within_cell
from exports.ignored_errors import save_without_triangles
from exports.sheet_layout import LINE, column_px, header_height, row_height, text_lines

SHEET = "Nhật ký thay đổi"
FONT = "Times New Roman"
TEXT_SIZE = 11  # pt, as `sheet_layout` measures
TITLE_SIZE = 13
# Thời điểm, "Quý III năm 2026" and a user name like "quantri.nhaplieu" on one line; the values'
# columns 32,5 wide for the longest name whole on one line ("Phường Phan Đình Phùng (mã 05443)",
# 225 px; a person's "Hoàng Nguyễn Thị Thanh Hương"; "Ủy ban nhân dân tỉnh Thái Nguyên": at 23 each
# broke), the indicator's name giving them room (its 60 to 90 letters wrap in any case). 1.167 px in
# all, printed at 86 % (9,5 pt) on A4's 1.009 px between the margins.
WIDTHS = (18, 14, 13, 15.5, 19.5, 16, 32.5, 32.5)
FIELD, OLD, NEW = 5, 6, 7  # the values' columns: right-aligned numbers, long texts cut in parts
MAX_ROW = 409  # pt, the tallest row Excel keeps (and less than a page: a row is never cut)
PART_LINES = (MAX_ROW - 4) // LINE  # lines of a value printed in one row; a longer one goes on
_LONG_WORD = 300  # characters: a "word" longer is cut, so each piece fits within PART_LINES
# A4 landscape; margins (inches) near Decree 30's: 20 mm top and bottom, 15 mm left and right (a
# landscape page is bound at its top edge; the values' columns take the 5 mm the left one gave).
MARGINS = {"left": 0.59, "right": 0.59, "top": 0.79, "bottom": 0.79, "header": 0.3, "footer": 0.3}

_FONTS = {"normal": Font(name=FONT, size=TEXT_SIZE), "bold": Font(name=FONT, size=TEXT_SIZE, bold=True),
          "title": Font(name=FONT, size=TITLE_SIZE, bold=True)}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TEXT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_NUMBER = Alignment(horizontal="right", vertical="top", wrap_text=True)


def _cell(text: str) -> str:
    return within_cell(xml_safe(text))  # a value stored by an older version may hold what XML cannot (U+FFFE)


def _lines(text: str, px: int, bold: bool = False, size: float = TEXT_SIZE) -> int:
    """The lines `text` takes wrapped in a cell `px` wide, each of its own lines wrapped alone."""
    return sum(text_lines(part, px, bold, size) for part in text.split("\n")) if text else 1


def _parts(text: str, px: int) -> list[str]:
    """`text` in consecutive parts of at most `PART_LINES` lines each in a cell `px` wide, cut
    between words (a report's section holds up to 20.000 characters: some 800 lines here)."""
    if _lines(text, px) <= PART_LINES:
        return [text]
    tokens = [w[i:i + _LONG_WORD] for w in re.findall(r"[^\S\n]*\n|\S+", text)
              for i in range(0, len(w), _LONG_WORD)]
    parts, current = [], ""
    for token in tokens:
        if token.endswith("\n"):
            candidate = current + "\n"
        else:
            candidate = current + (" " if current and not current.endswith("\n") else "") + token
        if current.strip() and _lines(candidate.rstrip("\n"), px) > PART_LINES:
            parts.append(current.rstrip("\n"))
            current = "" if token.endswith("\n") else token
        else:
            current = candidate
    if current.strip():
        parts.append(current.rstrip("\n"))
    return parts


def _rows(line: AuditLine, px) -> list[list[str]]:
    """The sheet's rows for one change: one, or one per part of a value too long for a row (the
    field says "phần 2/3")."""
    cells = [_cell(text) for text in line.cells()]
    if max(_lines(t, w) for t, w in zip(cells, px)) <= PART_LINES:
        return [cells]
    old, new = _parts(cells[OLD], px[OLD]), _parts(cells[NEW], px[NEW])
    n = max(len(old), len(new))
    return [[*cells[:FIELD], f"{cells[FIELD]} (phần {i + 1}/{n})" if n > 1 else cells[FIELD],
             old[i] if i < len(old) else "", new[i] if i < len(new) else ""] for i in range(n)]


def write_audit(lines: list[AuditLine], path: str | Path, title: str) -> Path:
    wb = Workbook()
    # The default font is the sheet's, not Calibri: a column's width counts digits of the default
    # font, which `sheet_layout.column_px` takes for Times New Roman 11 (as the consolidated
    # workbook does; openpyxl has no public setter).
    wb._fonts = IndexedList([_FONTS["normal"]])
    wb._named_styles["Normal"].font = _FONTS["normal"]
    ws = wb.active
    ws.title = SHEET
    px = [column_px(w) for w in WIDTHS]
    last = get_column_letter(len(WIDTHS))

    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = _FONTS["title"]
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    title_lines = _lines(title, sum(px), bold=True, size=TITLE_SIZE)
    ws.row_dimensions[1].height = title_lines * LINE * TITLE_SIZE / TEXT_SIZE + 6

    ws.append(list(COLUMNS))
    for cell in ws[2]:
        cell.font, cell.alignment, cell.border = _FONTS["bold"], _HEADER, _BOX
    ws.row_dimensions[2].height = header_height(list(zip(COLUMNS, px)))

    for line in lines:
        number = line.field_code in NUMBERS
        for texts in _rows(line, px):
            ws.append(texts)
            row = ws.max_row
            for col, cell in enumerate(ws[row]):
                cell.data_type = "s"  # text as text, never a formula
                cell.font, cell.border = _FONTS["normal"], _BOX
                cell.alignment = _NUMBER if number and col in (OLD, NEW) else _TEXT
            height = row_height(max(_lines(t, w) for t, w in zip(texts, px)))
            if height is not None:
                ws.row_dimensions[row].height = min(height, MAX_ROW)

    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{last}{max(ws.max_row, 2)}"
    _page_setup(ws)
    ws.protection.sheet = True
    # What a reader may still do on the protected record (False: allowed): resize, filter.
    ws.protection.formatRows = ws.protection.formatColumns = ws.protection.autoFilter = False
    wb.properties.title = title
    return write_atomic(path, lambda tmp: save_without_triangles(wb, tmp))  # its numbers are text


def _page_setup(ws) -> None:
    """A4 landscape, one page wide, as many pages down as the rows take; the title and the
    header rows on every page; the footer names the sheet and numbers the pages."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for side, inches in MARGINS.items():
        setattr(ws.page_margins, side, inches)
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = "1:2"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.center.text = "Trang &P/&N"
    for part in (ws.oddFooter.left, ws.oddFooter.center):
        part.font, part.size = f"{FONT},Regular", 10
