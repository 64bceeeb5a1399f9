"""Cells of a workbook as the checks of what its sheets show find them (`exports.report_check`,
`exports.report_look`): the parts they read, A1 references and ranges, the rows python-calamine
reads, merged ranges, the cell formats a cell is shown with."""
from __future__ import annotations

import bisect
import functools
import io
import re
import xml.etree.ElementTree as ET
import zipfile

from exports.sheet_checks import MAX_COLUMNS, MAX_ROWS
from exports.submission_format import cell_text
from exports.xlsx_container import part_name

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_ROW, MAX_COL = 1048576, 16384  # a whole column's last row, a whole row's last column
# A cell or a range's end: "$B$9", "B9", a whole column's "$G", a whole row's "$7"
_END = re.compile(r"\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?")
# What passes through the error boundary around python-calamine: the user stopping the program.
_NOT_THE_FILES = (KeyboardInterrupt, SystemExit, GeneratorExit)


_BEYOND = 10**9  # an index beyond any list a part within the container's bounds holds


def index_of(value: str | None) -> int | None:
    """A part's index attribute (a cell's format `s`, a font's id, a column's number) as a number:
    None unless ASCII digits ("²" is a digit to str.isdigit and no number to int), one of more than
    nine digits read as beyond every list (int() refuses 4.300 digits, a traceback)."""
    value = value or ""
    if not (value.isascii() and value.isdigit()):
        return None
    value = value.lstrip("0") or "0"
    return int(value) if len(value) <= 9 else _BEYOND


def cell_ref(row: int, col: int) -> str:
    return f"{col_name(col)}{row}"


def col_name(col: int) -> str:
    name = ""
    while col:
        col, k = divmod(col - 1, 26)
        name = chr(65 + k) + name
    return name


@functools.lru_cache(maxsize=8192)  # each cell's place is read by several checks
def place_of(ref: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"([A-Za-z]{1,3})([0-9]{1,7})", ref or "")
    if not m:
        return None
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def area_of(ref: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A range as its first and last (row, column), whichever corners it names in whichever order
    ("H21:F21" is F21:H21, as LibreOffice reads it), with or without "$"; whole columns ("$G:$H")
    and whole rows ("$7:$8") included; None when it is no range of cells ("A:7", "#REF!")."""
    first, _, last = (ref or "").partition(":")
    a, b = _END.fullmatch(first.strip()), _END.fullmatch((last or first).strip())
    if a is None or b is None:
        return None
    (ca, ra), (cb, rb) = a.groups(), b.groups()
    if (ca is None) != (cb is None) or (ra is None) != (rb is None) or (ca is None and ra is None):
        return None
    cols = [_column(ca), _column(cb)] if ca else [1, MAX_COL]
    rows = [int(ra), int(rb)] if ra else [1, MAX_ROW]
    if min(cols + rows) < 1:
        return None
    return (min(rows), min(cols)), (max(rows), max(cols))


def _column(letters: str) -> int:
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    return col


def text_at(rows, r: int, c: int) -> str:
    """Cell (r, c), 0-based, as text ("" beyond the rows read)."""
    return cell_text(rows[r][c]) if r < len(rows) and c < len(rows[r]) else ""


def sheet_rows(data: bytes, names) -> dict[str, list[list] | None]:
    """The rows python-calamine reads of each sheet named (as `exports.submission_reader` reads a
    submission's), None for one it cannot read: a crash of the reader on the file is the
    sheet's, never the run's."""
    out: dict[str, list[list] | None] = dict.fromkeys(names)
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except _NOT_THE_FILES:
        raise
    except BaseException:  # noqa: BLE001 - calamine's errors, or a panic under it (no Exception)
        return out
    for name in names:
        try:
            out[name] = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except _NOT_THE_FILES:
            raise
        except BaseException:  # noqa: BLE001
            out[name] = None
    return out


def merged_ranges(sheet) -> tuple[list[tuple[tuple[int, int], tuple[int, int]]], list[str]]:
    """The merged ranges, (first, last) (row, column) each, and the references of those that are
    no range (named as the file writes them). A cell a range covers but its first (top-left),
    which shows the merged area's text, shows nothing in a spreadsheet program, whatever its
    format (LibreOffice saves B3 and C3 under A3:C3 with A3's style)."""
    ranges, unread = [], []
    for merge in sheet.iter(f"{MAIN}mergeCell"):
        area = area_of(merge.get("ref") or "")
        if area is None:
            unread.append(merge.get("ref") or "")
        else:
            ranges.append(area)
    return ranges, unread


# The merged ranges a sheet may hold, a range over several rows counted once per row (within the
# area a cell may be placed, `exports.sheet_checks`). The writer merges within a row: about 15 on
# "Báo cáo", a few hundred more at most for long remarks printed under the table (a remark of
# 4.000 characters takes 2 or 3 rows). Each cell is looked up among its row's ranges only: at most
# 104 cells a row, so at most 104 x this many steps for a sheet, whatever the file holds (every
# cell against every range took 203 s for 72.000 cells and 72.000 ranges, red-team 15).
MAX_MERGED_ROWS = 10_000


class MergeIndex:
    """A sheet's merged ranges (`merged_ranges`) by the rows they cover, to find the one over a
    cell (`under`). `rows_covered` beyond MAX_MERGED_ROWS: `too_many`, and no index is built."""

    def __init__(self, ranges: list[tuple[tuple[int, int], tuple[int, int]]]):
        self.ranges = ranges
        # ranges starting beyond the area cover no cell a sheet may place (sheet_checks refuses those)
        placed = [(a, b) for a, b in ranges if a[0] <= MAX_ROWS and a[1] <= MAX_COLUMNS]
        self.rows_covered = sum(min(b[0], MAX_ROWS) - a[0] + 1 for a, b in placed)
        self.too_many = self.rows_covered > MAX_MERGED_ROWS
        self._rows: dict[int, list] = {}
        if self.too_many:
            return
        for a, b in placed:  # in the file's order: the first range over a cell is the one named
            for r in range(a[0], min(b[0], MAX_ROWS) + 1):
                self._rows.setdefault(r, []).append((a, b))

    def under(self, place: tuple[int, int]) -> str:
        """The merged range (as "B9:H9") that covers `place` and does not start there, or ""."""
        c = place[1]
        return next((f"{cell_ref(*a)}:{cell_ref(*b)}" for a, b in self._rows.get(place[0], ())
                     if a[1] <= c <= b[1] and place != a), "")

    def refusal(self, where: str) -> str:
        """What `chitieu verify` says of a sheet with too many merged ranges."""
        return (f"{where}: có quá nhiều ô gộp ({_dots(len(self.ranges))} ô gộp, phủ {_dots(self.rows_covered)} "
                f"dòng, một ô gộp nhiều dòng tính mỗi dòng một lần; tối đa {_dots(MAX_MERGED_ROWS)}): phần mềm "
                "gộp vài chục đến vài trăm ô, không kiểm tra tiếp các ô của trang này")


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # as a Vietnamese reads it


class CellStyles:
    """The cell formats (indexes into cellXfs, as text) a cell of a sheet may be shown with. A cell
    stating none (no `s`) is shown by Excel with format 0, by LibreOffice with its row's format
    (a row of customFormat) or else its column's: a white font there hides the cell's text."""

    def __init__(self, sheet):
        # each column's style, from the first <col> stating one over it, in one pass: a cell looked up
        # among every <col> took 33 s for 16.000 of each (red-team lookred), 30.000 <col> and 40.000 cells over 60 s
        self.columns: dict[int, str] = {}
        free = list(range(1, MAX_COLUMNS + 1))  # the columns (a cell may be placed in) no <col> has styled yet
        for col in sheet.iter(f"{MAIN}col"):
            style, first, last = col.get("style"), index_of(col.get("min")), index_of(col.get("max"))
            if style in (None, "", "0") or first is None or last is None:
                continue
            lo, hi = bisect.bisect_left(free, first), bisect.bisect_right(free, last)
            self.columns.update(dict.fromkeys(free[lo:hi], style))
            del free[lo:hi]

    def of(self, row, cell, col: int) -> list[str]:
        own = cell.get("s")
        if own is not None:
            return [own or "0"]
        inherited = row.get("s") if row.get("customFormat") in ("1", "true") else None
        if inherited is None:  # a cell beyond MAX_COLUMNS is refused before (`exports.sheet_checks`)
            inherited = self.columns.get(col)
        return ["0"] if inherited in (None, "", "0") else [inherited, "0"]


class Book:
    """The parts of a workbook its display checks read, found as a spreadsheet program finds them
    (through the workbook's relationships): the workbook, each sheet by name, the styles, the
    theme, the shared strings. Raises KeyError, StopIteration, ValueError, ET.ParseError or
    zipfile.BadZipFile on a workbook it cannot read so."""

    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.infos = {part_name(i.filename): i for i in self.zip.infolist()}
        self.workbook = self.xml("xl/workbook.xml")
        rels = list(self.xml("xl/_rels/workbook.xml.rels").iter(f"{_RELS}Relationship"))
        self.targets = {r.get("Id"): _at(r.get("Target", "")) for r in rels}
        self.sheets = [s.get("name") for s in self.workbook.iter(f"{MAIN}sheet")]
        self._sheet_parts = {s.get("name"): self.targets[s.get(_REL)] for s in self.workbook.iter(f"{MAIN}sheet")}

        def part(kind, default=None):
            target = next((r.get("Target", "") for r in rels if r.get("Type", "").endswith(kind)), default)
            return self.xml(_at(target)) if target else None
        self.styles = part("/styles", "styles.xml")
        self.theme = part("/theme")
        strings = part("/sharedStrings")
        self.shared = list(strings.iter(f"{MAIN}si")) if strings is not None else []

    def xml(self, name: str):
        info = self.infos.get(part_name(name))
        if info is None:
            return None
        raw = self.zip.read(info)
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
            raise ValueError("doctype")
        return ET.fromstring(raw)

    def sheet(self, name: str):
        found = self.xml(self._sheet_parts[name])
        if found is None:
            raise KeyError(name)
        return found


def _at(target: str) -> str:
    """A relationship's target as a part's name (relative to xl/, or absolute)."""
    return target.lstrip("/") if target.startswith("/") else "xl/" + target
