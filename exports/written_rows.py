"""The rows of the consolidated workbook's write-only sheets, written as XML text.

openpyxl writes each cell of a write-only sheet through nested elements of lxml's incremental
writer (the cell, and a text's two elements), its attributes worked out again for each: 1,5 of
the 2,1 s CPU the workbook of 3.321 units took (13.000 rows, 300.000 cells). `TextRows` writes
each row of `exports.reused_cells.ReusedCell`s as the text openpyxl writes for it (lxml's output:
ASCII, any other character as a decimal character reference), into the sheet's file between the
parts openpyxl still writes (its head: panes, columns; its tail: merges, print settings). A test
holds the bytes equal to openpyxl's for every kind of cell the sheets write. It relies on openpyxl
3.1's private writing of write-only sheets (`WriteOnlyWorksheet._get_writer` and `_write_rows`,
`WorksheetWriter.get_stream`) and on openpyxl writing through lxml (`openpyxl.LXML`: lxml comes
with pyHanko); without lxml, `exports.consolidated_sheet` lets openpyxl write the rows.
"""
from __future__ import annotations

from openpyxl.cell._writer import _set_attributes
from openpyxl.compat import safe_string
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile


class _SheetFile(WorksheetWriter):
    """openpyxl's sheet writer, its XML writer on a file this module writes the rows to as well."""

    def get_stream(self):  # openpyxl's, but for the file kept open as `file`
        with open(self.out, "wb") as self.file, xmlfile(self.file) as xf:
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        el = (yield)
                        if el is True:
                            yield xf
                        elif el is not None:
                            xf.write(el)
                except GeneratorExit:
                    pass


class TextRows(WriteOnlyWorksheet):
    """A write-only sheet appended rows of `ReusedCell`s, each row written as text. No formula,
    comment or hyperlink is among them (`consolidated_sheet._Sheet.append` types every text as
    one), which openpyxl would write otherwise."""

    def _get_writer(self):
        if self._writer is None:
            self._writer = _SheetFile(self)
            self._writer.write_top()

    def _write_rows(self):
        xf = self._writer.xf.send(True)
        with xf.element("sheetData"):
            xf.flush()  # what lxml holds goes to the file before the rows
            out, dims, r = self._writer.file, self.row_dimensions, 1
            try:
                while True:
                    out.write(row_text(r, (yield), dims.get(r, ())))
                    r += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


def _text(value: str) -> str:
    """A text as lxml writes it in an element: "&", "<", ">" and a carriage return (which an
    XML reader would read as a line feed) as references."""
    if "&" in value or "<" in value or ">" in value or "\r" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return value


def _attribute(value: str) -> str:
    """An attribute's value as lxml writes it."""
    return _text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


# The type attribute of a cell by its openpyxl type: a text is inline; a formula (which nothing here
# writes) has none; any other, its own.
_TYPES = {"s": ' t="inlineStr"', "f": ""}


def row_text(r: int, cells, dimension) -> bytes:
    """Row `r` of `cells` with its `dimension`'s attributes (height), as openpyxl writes it
    (`WorksheetWriter.write_row`, `lxml_write_cell`): a cell without a value or a style is left
    out, one without a value is empty, a text is inline, a date its serial number."""
    out = [f'<row r="{r}"', *(f' {k}="{_attribute(v)}"' for k, v in dimension), ">"]
    for cell in cells:
        value, kind, styled = cell._value, cell.data_type, cell.has_style
        if value is None and not styled:
            continue
        if kind == "d":  # converted, and typed, as openpyxl does
            cell.row = r
            value, attributes = _set_attributes(cell, styled)
            head = "<c" + "".join(f' {k}="{_attribute(v)}"' for k, v in attributes.items())
        else:
            head = (f'<c r="{cell.letter}{r}"' + (f' s="{cell.style_id}"' if styled else "")
                    + _TYPES.get(kind, f' t="{kind}"'))
        if value is None or value == "":
            out.append(head + "></c>")
        elif kind == "s":
            space = ' xml:space="preserve"' if value != value.strip() else ""
            out.append(f"{head}><is><t{space}>{_text(value)}</t></is></c>")
        else:
            out.append(f"{head}><v>{_text(safe_string(value))}</v></c>")
    out.append("</row>")
    return "".join(out).encode("ascii", "xmlcharrefreplace")
