"""Cells of a sheet as the checks of "Báo cáo" find them (`exports.report_check`,
`exports.report_look`): A1 references, the rows python-calamine read, merged ranges."""
from __future__ import annotations

import re

from exports.submission_format import cell_text

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def cell_ref(row: int, col: int) -> str:
    return f"{col_name(col)}{row}"


def col_name(col: int) -> str:
    name = ""
    while col:
        col, k = divmod(col - 1, 26)
        name = chr(65 + k) + name
    return name


def place_of(ref: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"([A-Za-z]{1,3})([0-9]{1,7})", ref or "")
    if not m:
        return None
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def text_at(rows, r: int, c: int) -> str:
    """Cell (r, c), 0-based, as text ("" beyond the rows read)."""
    return cell_text(rows[r][c]) if r < len(rows) and c < len(rows[r]) else ""


def merged_ranges(sheet) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges, (first, last) (row, column) each: a cell a range covers but its first
    (top-left), which shows the merged area's text, shows nothing in a spreadsheet program,
    whatever its format (LibreOffice saves B3 and C3 under A3:C3 with A3's style)."""
    ranges = []
    for merge in sheet.iter(f"{MAIN}mergeCell"):
        first, _, last = (merge.get("ref") or "").partition(":")
        a, b = place_of(first), place_of(last)
        if a is not None and b is not None:
            ranges.append((a, b))
    return ranges


def under_merge(place: tuple[int, int], ranges) -> str:
    """The merged range (as "B9:H9") that covers `place` and does not start there, or ""."""
    r, c = place
    return next((f"{cell_ref(*a)}:{cell_ref(*b)}" for a, b in ranges
                 if a[0] <= r <= b[0] and a[1] <= c <= b[1] and place != a), "")
