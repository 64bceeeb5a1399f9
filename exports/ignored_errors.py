"""Excel's green triangles ("Number Stored as Text") switched off on the sheets the app writes.

Every cell of the submission workbook is text on purpose: "1.234,5" the Vietnamese way in
"Báo cáo", canonical decimals ("95.36"), codes ("05503") and yes/no ("1") in "Dữ liệu" and
"Thông tin" (exports/FORMAT.md). Excel marks each one with a green triangle, inviting the reader to
"Convert to Number" (which would retype a cell and make the file fail `verify`). A sheet's
`<ignoredErrors>` element (ECMA-376 §18.3.1.51) tells Excel not to: one `<ignoredError
sqref="…" numberStoredAsText="1"/>` over the sheet's range.

openpyxl 3.1 models the element (`openpyxl.worksheet.errors.IgnoredErrors`) but does not write it,
so it is put into each sheet part of the saved package, at the place the schema gives it (after
the page setup, header and breaks; before a drawing, a table or extensions). Readers that do
not know it skip it: python-calamine (every reader of the app since format 1 was read by it),
openpyxl (the earliest reader, and LibreOffice); the container check (`exports/xlsx_container`)
looks only at cells' and rows' places. A reader reads values, never this (FORMAT.md: how the
sheets print is no part of the format).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

_SHEET_PART = re.compile(r"xl/worksheets/sheet\d+\.xml")
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)"\s*/>')
# What follows ignoredErrors in CT_Worksheet (smartTags, drawing, …, tableParts, extLst) or,
# without any of them, the sheet's end: the element goes right before the first found.
_AFTER = re.compile(rb"<(?:smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects"
                    rb"|controls|webPublishItems|tableParts|extLst)[\s/>]|</worksheet>")


def without_triangles(sheet_xml: bytes) -> bytes:
    """A sheet part with Excel's "number stored as text" check off over its used range (the
    part's own `<dimension>`); a part that already says what to ignore, or has no range, as it is."""
    dimension = _DIMENSION.search(sheet_xml)
    if dimension is None or b"<ignoredErrors" in sheet_xml:
        return sheet_xml
    at = _AFTER.search(sheet_xml, dimension.end())
    if at is None:
        return sheet_xml
    element = b'<ignoredErrors><ignoredError sqref="' + dimension.group(1) + b'" numberStoredAsText="1"/></ignoredErrors>'
    return sheet_xml[:at.start()] + element + sheet_xml[at.start():]


def save_without_triangles(workbook, path: str | Path) -> None:
    """`workbook.save(path)`, every sheet written `without_triangles`; the other parts, their
    order and compression as openpyxl wrote them."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if _SHEET_PART.fullmatch(info.filename):
                data = without_triangles(data)
            out.writestr(info, data)
