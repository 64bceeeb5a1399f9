"""The workbook's built-in names that decide what its sheets print, as `chitieu verify` judges
them (`exports.report_check`): a print area (`_xlnm.Print_Area`) leaving out a cell holding text
(cut at row 20, "Báo cáo" printed without row 21's "Không đạt", the summary, the people and the
code), rows repeated atop every printed page (`_xlnm.Print_Titles`) other than the table's
header (a row of figures printed over every page) or a built-in name the writer never writes (an
advanced filter's criteria) would print something other than what the sheet holds. A name stated
twice (LibreOffice writes "Dữ liệu"'s Print_Titles twice) is judged each time: readers differ on
which they take. The writer states one print area for a sheet, the
whole of what it writes, and repeats its header rows (and "Dữ liệu"'s indicator columns); a
spreadsheet program that saves the file again keeps them. Other names, of cells, print nothing."""
from __future__ import annotations

import re

from exports.sheet_cells import MAIN, MAX_COL, MAX_ROW, area_of, cell_ref, text_at

_PRINT_AREA, _PRINT_TITLES, _FILTER = "_xlnm.print_area", "_xlnm.print_titles", "_xlnm._filterdatabase"
# One range of a name: its sheet (quoted, a quote inside doubled) "!" the range
_PART = re.compile(r"(?:'((?:[^']|'')+)'|([^'!,]+))!([$A-Za-z0-9:]+)")


def print_problems(book, texts: dict[str, list[list] | None], heads: dict[str, int]) -> list[str]:
    """What the workbook's built-in names print otherwise than the writer prints it, in
    Vietnamese, naming the sheet: `texts` the rows of each sheet (as python-calamine reads them),
    `heads` the last row each sheet's printed pages may repeat (its table's header)."""
    found = []
    for d in book.workbook.iter(f"{MAIN}definedName"):
        name = (d.get("name") or "").strip().lower()
        if not name.startswith("_xlnm.") or name == _FILTER:  # a name of cells prints nothing; the filter's range
            continue
        said = (d.text or "").strip()
        local = (d.get("localSheetId") or "").strip()
        sheet = book.sheets[int(local)] if local.isdigit() and int(local) < len(book.sheets) else None
        where = f'trang "{sheet}"' if sheet else "tệp"
        if name not in (_PRINT_AREA, _PRINT_TITLES):
            found.append(f'{where} có tên "{d.get("name", "")[:40]}" phần mềm không ghi (có thể đổi cách hiện, cách in '
                         "các ô)")
            continue
        what = "vùng in (Print_Area)" if name == _PRINT_AREA else "dòng, cột in lặp lại ở mỗi trang (Print_Titles)"
        areas = _areas(said, sheet)
        if sheet is None or areas is None:
            found.append(f'{where}: {what} "{said[:60]}" không đọc được (phần mềm chỉ ghi vùng của chính trang)')
        elif name == _PRINT_AREA:
            found += _area_problem(where, said, areas, texts.get(sheet))
        else:
            found += _titles_problem(where, said, areas, heads.get(sheet, 0))
    return found[:6]


def _areas(said: str, sheet: str | None):
    """The ranges a name's text states, each of `sheet` (first and last (row, column)); None when
    one is of another sheet or no range."""
    areas = []
    for part in said.split(","):
        m = _PART.fullmatch(part.strip())
        if m is None or sheet is None:
            return None
        named = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)
        area = area_of(m.group(3))
        if named != sheet or area is None:
            return None
        areas.append(area)
    return areas


def _area_problem(where: str, said: str, areas, rows: list[list] | None) -> list[str]:
    """A print area of several ranges (each printed on pages of its own, in its order), or one
    leaving out a cell holding text."""
    if len(areas) != 1:
        return [f'{where}: vùng in (Print_Area) "{said[:60]}" gồm nhiều vùng (phần mềm ghi một vùng, cả trang)']
    (top, left), (bottom, right) = areas[0]
    for r, row in enumerate(rows or ()):
        outside = range(len(row)) if not top <= r + 1 <= bottom else [*range(min(left - 1, len(row))),
                                                                        *range(right, len(row))]
        for c in outside:
            if text_at(rows, r, c):
                return [(f'{where}: vùng in (Print_Area) "{said[:60]}" để ô {cell_ref(r + 1, c + 1)} ra ngoài: '
                         f'bản in không có "{text_at(rows, r, c)[:40]}" (phần mềm in cả trang)')]
    return []


def _titles_problem(where: str, said: str, areas, head: int) -> list[str]:
    """Repeated rows other than the table's header (rows 1 to `head`), a range of cells."""
    for (top, left), (bottom, right) in areas:
        rows_only = (left, right) == (1, MAX_COL)
        if not (rows_only and bottom <= head) and (top, bottom) != (1, MAX_ROW):
            return [(f'{where}: dòng, cột in lặp lại ở mỗi trang (Print_Titles) "{said[:60]}" không phải tiêu đề '
                     "bảng: mỗi trang in lại các ô đó")]
    return []
