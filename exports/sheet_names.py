"""The workbook's built-in names that decide what its sheets print, as `chitieu verify` judges
them (`exports.report_check`): a print area (`_xlnm.Print_Area`) leaving out a cell holding text
(cut at row 20, "Báo cáo" printed without row 21's "Không đạt", the summary, the people and the
code), rows repeated atop every printed page (`_xlnm.Print_Titles`) other than the table's
header (a row of figures printed over every page) or a built-in name the writer never writes (an
advanced filter's criteria) would print something other than what the sheet holds. A name stated
twice (LibreOffice writes "Dữ liệu"'s Print_Titles twice) is judged each time: readers differ on
which they take. The writer states one print area for a sheet, the
whole of what it writes, and repeats its header rows (and "Dữ liệu"'s indicator columns); a
spreadsheet program that saves the file again keeps them. Other names, of cells, print nothing.

The scale a sheet prints at (`scale_problems`) is judged too: its page setup's own scale, or the
one fitting its print area on the pages it asks (`fitToWidth`, `fitToHeight`: "Báo cáo" fitted to
one page down between wide margins printed its 12 pt at 1,5 pt), must print the writer's text at
a size a person reads, on a paper a commune's printers take (`paper_problems`: A4, the writer's,
or A3; a file stating a paper of 2000 x 2000 mm printed "Báo cáo" in a corner of a page that
size); and its margins (`margin_problems`, inches) must leave the page's heading
and its print header on the paper: each 0 or more, the header's and footer's distance at least
0,2 inch under the top and bottom margins, and the margins across and down together at most half
the paper (LibreOffice 7.4 printed "Báo cáo" with `top="-2"` from its column numbers, without the
issuer, the title and a draft's boxed "DỰ THẢO", and with `header="9"` or `"0.78"` a sheet blank
or its "DỰ THẢO" cut off)."""
from __future__ import annotations

import re

from exports.sheet_cells import MAIN, MAX_COL, MAX_ROW, area_of, cell_ref, index_of, place_of, text_at

_PRINT_AREA, _PRINT_TITLES, _FILTER = "_xlnm.print_area", "_xlnm.print_titles", "_xlnm._filterdatabase"
# One range of a name: its sheet (quoted, a quote inside doubled) "!" the range
_PART = re.compile(r"(?:'((?:[^']|'')+)'|([^'!,]+))!([$A-Za-z0-9:]+)")
# Paper sizes (mm, upright) by SpreadsheetML's paperSize: the writer's A4 (9), and what a
# spreadsheet program set for another country may state (Letter, Legal, A3, A5, B4, B5, A6).
_PAPERS = {1: (215.9, 279.4), 5: (215.9, 355.6), 8: (297, 420), 9: (210, 297), 11: (148, 210), 12: (257, 364),
           13: (182, 257), 70: (105, 148)}
_PAPER_NAMES = {1: "Letter", 5: "Legal", 8: "A3", 9: "A4", 11: "A5", 12: "B4", 13: "B5", 70: "A6"}
# The papers a commune's printers take, judged as the page's paper: the writer's A4 and A3 (the province's
# consolidated sheets); paperWidth and paperHeight (which LibreOffice writes only in a strict file, for a paper
# of no paperSize) must name one of them within _PAPER_SLACK mm, either way round
_ACCEPTED_PAPERS = (9, 8)
_PAPER_SLACK = 1.0
_A4 = (210 / 25.4, 297 / 25.4)  # inches, upright: the writer's paper
_LENGTH = re.compile(r"([0-9]{1,4}(?:\.[0-9]{1,6})?)(mm|cm|in)")
_PER_INCH = {"mm": 25.4, "cm": 2.54, "in": 1.0}
_MARGINS = {"left": 0.7, "right": 0.7, "top": 0.75, "bottom": 0.75, "header": 0.3, "footer": 0.3}  # inches,
# Excel's, where a file states none; the writer's: left 30 mm (Thông tin 20, Dữ liệu 15), right 15, top and
# bottom 20, header and footer 8 (0,31 inch), LibreOffice's re-save top 0,61-0,79 and header 0,32-0,51
_MARGIN_NAMES = {"left": "lề trái", "right": "lề phải", "top": "lề trên", "bottom": "lề dưới", "header": "lề đầu trang",
                 "footer": "lề chân trang"}
# xsd:double, of an exponent of at most 2 digits: 1e999 is no double (Python reads infinity), and
# margins of 1e308 add up to one; no writer writes an exponent (Excel, LibreOffice: decimals)
_INCHES = re.compile(r"[-+]?(?:[0-9]{1,6}(?:\.[0-9]{0,20})?|\.[0-9]{1,20})(?:[eE][-+]?[0-9]{1,2})?")
_HEADER_ROOM = 0.2  # inches between the header's distance and the top margin: its 13 pt line (0,18 inch)
_TRUE = ("1", "true")
_NUMBER = re.compile(r"[0-9]{1,6}(?:\.[0-9]{1,20})?")  # a size, a count, a scale (no sign, no exponent)
_SHOWN = 6  # problems said at most
_ONCE = (f"{MAIN}pageSetup", f"{MAIN}pageMargins", f"{MAIN}sheetPr", f"{MAIN}sheetPr/{MAIN}pageSetUpPr")


def print_problems(book, texts: dict[str, list[list] | None], heads: dict[str, int], pages) -> list[str]:
    """What the workbook's built-in names and the sheets' page setups print otherwise than the
    writer prints it, in Vietnamese, naming the sheet: `texts` the rows of each sheet (as
    python-calamine reads them), `heads` the last row each sheet's printed pages may repeat (its
    table's header), `pages` each sheet's XML and `report_look.SheetRules` (its text's size)."""
    found = []
    printed: dict[str, list] = {}  # each sheet's print area, as read
    bounds: dict[str, tuple | None] = {}  # each sheet's cells holding text: first and last row, column
    for d in book.workbook.iter(f"{MAIN}definedName"):
        if len(found) >= _SHOWN:  # no more is said: 1.000 print areas, each against a grid of 9.999 rows took 134 s
            break
        name = (d.get("name") or "").strip().lower()
        if not name.startswith("_xlnm.") or name == _FILTER:  # a name of cells prints nothing; the filter's range
            continue
        said = (d.text or "").strip()
        local = index_of((d.get("localSheetId") or "").strip())  # "²" or 5.000 digits: int() was a traceback
        sheet = book.sheets[local] if local is not None and local < len(book.sheets) else None
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
            if sheet not in bounds:
                bounds[sheet] = _text_bounds(texts.get(sheet))
            found += _area_problem(where, said, areas, texts.get(sheet), bounds[sheet])
            printed.setdefault(sheet, areas)
        else:
            found += _titles_problem(where, said, areas, heads.get(sheet, 0))
    for sheet, (xml, rules) in pages.items():
        found += scale_problems(xml, rules, (printed.get(sheet) or [None])[0])
    return found[:_SHOWN]


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


def _text_bounds(rows: list[list] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last row and column (1-based) of the cells holding text, None when none does."""
    rows_at, cols_at = [], []
    for r, row in enumerate(rows or ()):
        cols = [c for c in range(len(row)) if text_at(rows, r, c)]
        if cols:
            rows_at.append(r + 1)
            cols_at += (cols[0] + 1, cols[-1] + 1)
    return ((rows_at[0], min(cols_at)), (rows_at[-1], max(cols_at))) if rows_at else None


def _area_problem(where: str, said: str, areas, rows: list[list] | None, bounds) -> list[str]:
    """A print area of several ranges (each printed on pages of its own, in its order), or one
    leaving out a cell holding text (`bounds`: `_text_bounds` of `rows`, read once for every name
    of the sheet; the cell left out is looked for only when one is)."""
    if len(areas) != 1:
        return [f'{where}: vùng in (Print_Area) "{said[:60]}" gồm nhiều vùng (phần mềm ghi một vùng, cả trang)']
    (top, left), (bottom, right) = areas[0]
    if bounds is None or top <= bounds[0][0] and left <= bounds[0][1] and bounds[1][0] <= bottom and bounds[1][1] <= right:
        return []
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


def scale_problems(sheet, rules, area) -> list[str]:
    """A page setup printing the sheet's text (`rules.text_size`) under `rules.min_printed` pt: its
    own scale (`scale`, fitToPage off), or the one fitting its print area `area` (or, without
    one, its cells) on `fitToWidth` pages across and `fitToHeight` down (0: as many as it takes),
    at most 100 %, at least 10 % as spreadsheet programs do. The fitted scale is reckoned from
    the file's paper, margins, column widths (Excel's 7 px a unit and 5 of padding) and row
    heights, leaving out the header rows and columns repeated on each page: a printed page holds
    at most this much, so the text prints no larger than reckoned. The margins' own problems
    (`margin_problems`) come first."""
    where = rules.where
    if any(len(sheet.findall(path)) > 1 for path in _ONCE):  # readers differ on which they take
        return [f"{where}: thiết lập trang in (pageSetup, pageMargins, pageSetUpPr) ghi hai lần (phần mềm ghi một lần)"]
    setup = sheet.find(f"{MAIN}pageSetup")
    said = setup.attrib if setup is not None else {}
    found = paper_problems(where, said)
    margins, wrong = margin_problems(sheet, where, said)
    found += wrong
    fitted = sheet.find(f"{MAIN}sheetPr/{MAIN}pageSetUpPr")
    if fitted is None or fitted.get("fitToPage") not in _TRUE:
        scale = _number(said.get("scale", "100"))
        if scale is None:
            return found + [f'{where}: tỷ lệ in (scale="{said.get("scale", "")[:12]}") không đọc được']
        how, scale = f'tỷ lệ in (scale) {scale:g}%', min(max(scale, 10.0), 400.0) / 100
    else:
        wide, tall = _number(said.get("fitToWidth", "1")), _number(said.get("fitToHeight", "1"))
        paper = _paper(said) or _oriented(_A4, said)  # a paper not known is refused (paper_problems)
        page = ((paper[0] - margins["left"] - margins["right"]) * 96,
                (paper[1] - margins["top"] - margins["bottom"]) * 72)
        if wide is None or tall is None:
            return found + [f'{where}: số trang in thu vừa (fitToWidth="{said.get("fitToWidth", "")[:12]}", '
                            f'fitToHeight="{said.get("fitToHeight", "")[:12]}") không đọc được']
        width, height = _extent(sheet, area)
        scale = min([1.0] + [n * room / need for n, room, need in ((wide, page[0], width), (tall, page[1], height))
                             if n > 0 and need > 0])
        scale = max(scale, 0.1)
        pages = ", ".join(f"{n:g} trang {way}" for n, way in ((wide, "ngang"), (tall, "dọc")) if n > 0) or "trang"
        how = (f'in thu cho vừa {pages} (fitToWidth="{wide:g}", fitToHeight="{tall:g}"): tỷ lệ khoảng '
               f"{round(100 * scale)}%")
    shown = rules.text_size * scale
    if shown >= rules.min_printed:
        return found
    return found + [f"{where}: {how}, chữ cỡ {_pt(rules.text_size)} in ra {_pt(round(shown, 1))} pt, nhỏ hơn "
                    f"{_pt(rules.min_printed)} pt: không đọc được"]


def _number(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if _NUMBER.fullmatch(value) else None


def margin_problems(sheet, where: str, said) -> tuple[dict[str, float], list[str]]:
    """The sheet's margins (inches, each at least 0; Excel's where it states none) and what they
    print otherwise than the writer: a margin unreadable or under 0 (the page printed past the
    paper's edge), a header's (footer's) distance less than `_HEADER_ROOM` under the top (bottom)
    margin (LibreOffice cuts its line off, or prints it and the page's body off the paper), the
    margins across or down together over half the paper (`said`: the page setup; A4 where its
    paper is not known)."""
    box = sheet.find(f"{MAIN}pageMargins")
    stated = box.attrib if box is not None else {}
    margins, found = {}, []
    for side, default in _MARGINS.items():
        raw = stated.get(side)
        if raw is None:
            value = default
        else:
            raw = raw.strip()
            value = float(raw) if _INCHES.fullmatch(raw) else None
        what = f'{where}: {_MARGIN_NAMES[side]} (pageMargins {side}="{(raw or "")[:12]}")'
        if value is None:
            found.append(f"{what} không đọc được (phần mềm ghi lề bằng inch, từ 0 trở lên)")
        elif value < 0:
            found.append(f"{what} âm, in ra ngoài mép giấy: mất phần in ở đó (phần mềm ghi lề từ 0 inch trở lên)")
        margins[side] = max(value, 0.0) if value is not None else default
    if found:
        return margins, found
    shown = {side: stated.get(side, f"{_MARGINS[side]:g}")[:12] for side in _MARGINS}
    for edge, distance, line in (("top", "header", "đầu trang (số trang, DỰ THẢO)"), ("bottom", "footer", "chân trang")):
        if margins[edge] - margins[distance] < _HEADER_ROOM:
            found.append(f'{where}: {_MARGIN_NAMES[distance]} (pageMargins {distance}="{shown[distance]}") phải nhỏ '
                         f'hơn {_MARGIN_NAMES[edge]} ({edge}="{shown[edge]}") ít nhất 0,2 inch (5 mm): dòng in ở '
                         f"{line} bị cắt hoặc không in (phần mềm ghi {distance} 0,31, {edge} 0,79 inch)")
    paper = _paper(said) or _oriented(_A4, said)
    for first, second, extent, way in (("left", "right", paper[0], "ngang"), ("top", "bottom", paper[1], "dọc")):
        both = margins[first] + margins[second]
        if both > extent / 2:
            found.append(f'{where}: {_MARGIN_NAMES[first]} và {_MARGIN_NAMES[second][3:]} (pageMargins '
                         f'{first}="{shown[first]}", {second}="{shown[second]}") cộng lại {_pt(round(both, 2))} inch, '
                         f"quá nửa bề {way} giấy ({_pt(round(extent, 2))} inch): phần in chỉ còn một dải hẹp hoặc ra "
                         "ngoài giấy (phần mềm ghi cộng lại dưới 2 inch)")
    return margins, found


def paper_problems(where: str, said) -> list[str]:
    """The page setup `said`'s paper, if it is not one a commune's printers take (`_ACCEPTED_PAPERS`):
    a `paperSize` of another paper, or none (Letter, SpreadsheetML's default), or a `paperWidth`,
    `paperHeight` not naming one of them, each that the file states judged (readers differ on
    which they take). The margins and the scale are judged on the paper the file states: a paper
    of 2000 x 2000 mm let "Báo cáo" print its 12 pt in a corner of a page LibreOffice 7.4 made that
    size (about 1,8 pt fitted to A4), its margins reaching 39 inches."""
    wrong = []
    if "paperWidth" in said or "paperHeight" in said:
        mm = _stated_mm(said)
        if mm not in (_PAPERS[n] for n in _ACCEPTED_PAPERS):
            shown = ", ".join(f'{k}="{said.get(k, "")[:12]}"' for k in ("paperWidth", "paperHeight") if k in said)
            wrong.append(shown + (f": {_pt(round(mm[0], 1))} × {_pt(round(mm[1], 1))} mm" if mm else ""))
    if "paperSize" in said or not any(k in said for k in ("paperWidth", "paperHeight")):
        code = _size_code(said)
        if code not in _ACCEPTED_PAPERS:
            shown = f'paperSize="{said["paperSize"][:12]}"' if "paperSize" in said else "không ghi paperSize"
            wrong.append(shown + (f": khổ {_PAPER_NAMES[code]}" if code in _PAPER_NAMES else ""))
    if not wrong:
        return []
    return [f"{where}: khổ giấy (pageSetup {'; '.join(wrong)}) không phải khổ giấy máy in ở xã có: bản in bị thu "
            'nhỏ đến không đọc được, bị cắt hoặc không in được (phần mềm in khổ A4, paperSize="9"; chỉ nhận khổ A4 '
            'hoặc A3: paperSize="9" hoặc "8", hay paperWidth, paperHeight 210 × 297 mm hoặc 297 × 420 mm)']


def _size_code(said) -> int | None:
    """The paperSize stated (1, Letter, SpreadsheetML's default, where it states none)."""
    kind = _number(said.get("paperSize", "1"))
    return int(kind) if kind is not None and kind.is_integer() else None


def _stated_mm(said) -> tuple[float, float] | None:
    """The paper paperWidth and paperHeight state (mm, as stated; an accepted paper's own upright
    size when within `_PAPER_SLACK` of it either way round); None unless both are lengths."""
    sizes = [_LENGTH.fullmatch((said.get(k) or "").strip()) for k in ("paperWidth", "paperHeight")]
    if not all(sizes):
        return None
    mm = tuple(float(m.group(1)) * 25.4 / _PER_INCH[m.group(2)] for m in sizes)
    for n in _ACCEPTED_PAPERS:
        if any(all(abs(a - b) <= _PAPER_SLACK for a, b in zip(mm, way)) for way in (_PAPERS[n], _PAPERS[n][::-1])):
            return _PAPERS[n]
    return mm


def _paper(said) -> tuple[float, float] | None:
    """The page's paper (width, height in inches, as oriented): paperWidth and paperHeight, else
    paperSize (Letter where it states none); None for a paper not known here."""
    if "paperWidth" in said or "paperHeight" in said:
        mm = _stated_mm(said)
    else:
        mm = _PAPERS.get(_size_code(said))
    return _oriented(tuple(v / 25.4 for v in mm), said) if mm is not None else None


def _oriented(paper: tuple[float, float], said) -> tuple[float, float]:
    return paper[::-1] if said.get("orientation") == "landscape" else paper


def _extent(sheet, area) -> tuple[float, float]:
    """The width (px) and height (pt) of what the sheet prints: its print area `area`, (first,
    last) (row, column), or without one its cells; whole rows or columns as far as its cells."""
    data = sheet.find(f"{MAIN}sheetData")
    rows = [row for row in (data if data is not None else ()) if row.tag == f"{MAIN}row"]
    if area is None or area[1][0] == MAX_ROW or area[1][1] == MAX_COL:
        places = [place_of(c.get("r", "")) for row in rows for c in row.iterfind(f"{MAIN}c")]
        last = (max((p[0] for p in places if p), default=1), max((p[1] for p in places if p), default=1))
        area = area or ((1, 1), last)
        area = (area[0], (min(area[1][0], last[0]), min(area[1][1], last[1])))
    (top, left), (bottom, right) = area
    fmt = sheet.find(f"{MAIN}sheetFormatPr")
    fmt = fmt.attrib if fmt is not None else {}
    row_default = _number(fmt.get("defaultRowHeight")) or 15.0
    base = _number(fmt.get("baseColWidth"))
    col_default = _number(fmt.get("defaultColWidth")) or (base + 0.43 if base is not None else 8.43)
    height = (bottom - top + 1) * row_default
    for row in rows:  # the sheet's rows, not each of its cells' elements
        r = row.get("r") or ""
        if r.isdigit() and top <= int(r) <= bottom and ("ht" in row.attrib or "hidden" in row.attrib):
            ht = 0.0 if row.get("hidden") in _TRUE else _number(row.get("ht"))
            height += (ht if ht is not None else row_default) - row_default
    width = (right - left + 1) * _px(col_default)
    for col in sheet.iterfind(f"{MAIN}cols/{MAIN}col"):
        first, last = _number(col.get("min")), _number(col.get("max"))
        if first is None or last is None:
            continue
        w = 0.0 if col.get("hidden") in _TRUE else _number(col.get("width"))
        width += max(0, min(last, right) - max(first, left) + 1) * (_px(w if w is not None else col_default)
                                                                    - _px(col_default))
    return width, height


def _px(width: float) -> float:
    return width * 7 + 5 if width > 0 else 0.0


def _pt(value: float) -> str:
    return f"{value:g}".replace(".", ",")
