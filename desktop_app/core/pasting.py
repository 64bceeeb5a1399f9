"""Cells copied from a spreadsheet, as the clipboard holds them.

Excel, LibreOffice Calc and Google Sheets all copy a block as text: a line per row (ended by
CR LF), a tab between cells, and a cell holding a tab, a line break or a quote put in quotes
with its quotes doubled. That text is read here into rows of cells, so that a block can be
pasted over the entry table cell by cell, each cell read as if it had been typed there.
"""
from __future__ import annotations

import csv
import io

from desktop_app.core.errors import InvalidInput
from desktop_app.core.numbers import format_number

# The entry table has about 80 rows of three cells to type in: far larger blocks are
# another sheet copied by mistake, refused before anything is read from them.
MAX_ROWS = 500
MAX_COLUMNS = 20
MAX_CHARACTERS = 200_000


def is_block(text: str) -> bool:
    """Whether the clipboard holds more than one cell (a tab, or a line after the first)."""
    return "\t" in text or "\n" in text.rstrip("\r\n")


def cells(text: str) -> list[list[str]]:
    """The rows of cells of a copied block, trailing empty rows and cells dropped; a single
    cell copied from Excel ("1.234,5" with its line end) is one row of one cell."""
    if len(text) > MAX_CHARACTERS:
        raise InvalidInput(
            f"Vùng dán dài {format_number(len(text), 0)} ký tự, quá lớn so với bảng nhập liệu (tối đa "
            f"{format_number(MAX_CHARACTERS, 0)}): có lẽ đã chép nhầm cả trang tính. Hãy chép lại đúng "
            "các ô cần dán.", field="Vùng dán",
            en=f"The pasted block is {format_number(len(text), 0)} characters long, too large for the entry "
               f"table (at most {format_number(MAX_CHARACTERS, 0)}): perhaps a whole sheet was copied. "
               "Copy only the cells to paste.")
    rows = [[cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), dialect="excel-tab", strict=False)]
    for row in rows:
        while row and not row[-1]:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    width = max((len(row) for row in rows), default=0)
    if len(rows) > MAX_ROWS or width > MAX_COLUMNS:
        raise InvalidInput(
            f"Vùng dán có {format_number(len(rows), 0)} dòng × {width} cột, quá lớn so với bảng nhập liệu "
            f"(tối đa {MAX_ROWS} dòng × {MAX_COLUMNS} cột). Hãy chép lại đúng các ô cần dán.",
            field="Vùng dán",
            en=f"The pasted block has {format_number(len(rows), 0)} rows × {width} columns, too large for the "
               f"entry table (at most {MAX_ROWS} rows × {MAX_COLUMNS} columns). Copy only the cells to paste.")
    return rows
