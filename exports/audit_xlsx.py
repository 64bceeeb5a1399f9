"""The audit trail as an Excel sheet, for a reviewer or an inspection."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from desktop_app.core.audit import COLUMNS, AuditLine
from exports.atomic import write_atomic

WIDTHS = (20, 16, 22, 10, 40, 18, 30, 30)
MAX_CELL = 32_000  # Excel holds at most 32.767 characters in a cell


def _cell(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[:MAX_CELL] + f"… (còn {len(text) - MAX_CELL} ký tự)"


def write_audit(lines: list[AuditLine], path: str | Path, title: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Nhật ký thay đổi"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(COLUMNS))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for line in lines:
        ws.append([_cell(text) for text in line.cells()])
        for cell in ws[ws.max_row]:
            cell.data_type = "s"  # text as text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.protection.sheet = True
    return write_atomic(path, wb.save)
