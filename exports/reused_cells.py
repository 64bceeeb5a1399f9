"""Cells and row heights the consolidated workbook (`exports.consolidated_xlsx`) reuses while
openpyxl writes its write-only sheets row by row: openpyxl works out again, for every cell and
row it writes, answers that are the same for all of them (3.321 units: 300.000 cells, 13.000
rows)."""
from __future__ import annotations

from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension


class ReusedCell(Cell):
    """A styled cell `consolidated_sheet._Sheet` reuses down its column. openpyxl's writer asks
    each cell it writes whether it has a style and the style's id, which it finds by hashing the
    style anew every time, and its coordinate, which it spells from the column's number anew;
    this cell keeps the answers openpyxl gave for its style and column once."""

    __slots__ = ("has_style", "letter", "style_id")  # has_style and style_id: in place of the properties

    def __init__(self, ws, look, column: int):
        super().__init__(ws, column=column, style_array=look)
        found = Cell(ws, style_array=look)
        self.has_style, self.style_id = found.has_style, found.style_id
        self.letter = get_column_letter(column)

    @property
    def coordinate(self) -> str:
        return f"{self.letter}{self.row}"


class SharedHeight(RowDimension):
    """A row height, one object shared by the rows of that height: openpyxl makes a row's
    dimension slowly (a validating descriptor per attribute) and lists its attributes anew for
    each row it writes; this one lists them once (3.321 units: 13.000 rows given a height)."""

    def __init__(self, ws, height: float):
        super().__init__(ws, ht=height)
        self.attributes = tuple(super().__iter__())

    def __iter__(self):
        return iter(self.attributes)
