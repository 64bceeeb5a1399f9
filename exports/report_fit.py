"""Whether each text of a submission's sheet has the room the writer gives it, as `chitieu verify`
judges it (`exports.report_look`): every row and every column stated once, and each row tall
enough for the lines its texts wrap to.

A row stated twice (an empty `<row r="21" ht="1"/>` before the real row 21) or a column whose
`<col>` ranges overlap (a `<col min="7" max="7" width="1.5"/>` before G's own) is read by
LibreOffice from its first statement and was judged here by its last: "Không đạt", the only one,
printed 1 pt high, or "Đánh giá" crushed. No writer states a row or a column twice or out of
order: such a sheet is refused, whichever statement comes first.

A cell's text wraps to lines (as the writer wraps it: `exports.submission_cells`, at the file's
column widths and font), and its row (a merge's rows) must be tall enough for them: row 14 lowered
from 50 to 15 pt, its verdict "Đang thực hiện / Theo chỉ tiêu xã: Không đạt" aligned to the top,
printed "Đang thực hiện" alone, the unit's own "Không đạt" cut off below. The first line needs 0,85 of its letters' size (as before, a row merely
lower than its letters), each further line the letters' size (LibreOffice gives a line of Times
1,15 of it, the writer 1,18 to 1,36): the writer's rows always hold that much. A row is never
asked for more than 0,85 of Excel's tallest (409 pt): the writer cuts a text longer than that
(a remark printed whole under the table, a narrative in its section), and says so."""
from __future__ import annotations

import functools
import itertools
import unicodedata

from exports.sheet_cells import MAIN, cell_ref, col_name
from exports.sheet_checks import MAX_COLUMNS

ROOM_FIRST, ROOM_NEXT = 0.85, 1.0  # of the letters' size: a row's first line, each further line
TALLEST_ROW = 409.0  # pt, Excel's tallest row
# pt of text a column holds per unit of its width: the writer's 5,25 less none of its 6 pt of padding,
# which is more than LibreOffice and Excel leave (a column 12 wide, 89 px, holds "Không đạt" in 13 pt
# bold, 59 pt, on one line): the lines reckoned here are never more than a spreadsheet wraps to, nor
# than the writer reckoned (its rows hold them).
_POINTS_PER_UNIT = 5.25
_MERGED_AT_MOST = 32  # rows or columns of a merge whose heights or widths are added (the writer merges within a row)


def row_heights(sheet, default: float) -> tuple[dict[int, float], str]:
    """Each stated row's height (its `ht`, else `default`; 0 for one that cannot be read), and
    what is wrong with the rows' statements, in a person's words ("" when nothing): a row stated
    twice, or after a row below it."""
    heights: dict[int, float] = {}
    last, wrong = 0, ""
    for row in sheet.iter(f"{MAIN}row"):
        said = row.get("r") or ""
        if not said.isdigit():
            continue  # refused as unplaced (`exports.sheet_checks`)
        r = int(said)
        if r <= last and not wrong:
            wrong = (f"dòng {r} ghi hai lần (thẻ <row> lặp lại: LibreOffice lấy thẻ đầu, mỗi chương trình có thể in "
                     "dòng ấy cao khác nhau)" if r in heights else
                     f"dòng {r} ghi sau dòng {last} (phần mềm ghi các dòng theo thứ tự)")
        last = max(last, r)
        try:
            heights.setdefault(r, float(row.get("ht", default)))
        except ValueError:
            heights.setdefault(r, 0.0)
    return heights, wrong


class Columns:
    """The sheet's column widths, as its `<col>` ranges state them (others `default`): what is wrong
    with them, in a person's words ("" when nothing), is `wrong`: a range that cannot be read, or
    ranges that overlap, in whatever order they come."""

    def __init__(self, sheet, default: float):
        self.default, self.wrong = default, ""
        spans = []
        for col in sheet.iter(f"{MAIN}col"):
            try:
                first, last, width = int(col.get("min", "")), int(col.get("max", "")), float(col.get("width", "0"))
            except ValueError:
                first, last, width = 0, 0, 0.0
            if not 1 <= first <= last:
                self.wrong = self.wrong or (f'cột "{col.get("min", "")[:8]}:{col.get("max", "")[:8]}" không đọc được '
                                            "(phần mềm ghi mỗi cột một độ rộng)")
                continue
            spans.append((first, last, width))
        spans.sort()
        for (_, last, _), (first, _, _) in itertools.pairwise(spans):
            if first <= last and not self.wrong:
                self.wrong = (f"cột {col_name(first)} ghi độ rộng hai lần (thẻ <col> chồng nhau: LibreOffice lấy thẻ "
                              "đầu, mỗi chương trình có thể in cột ấy rộng hẹp khác nhau)")
        self.widths = {} if self.wrong else {k: width for first, last, width in spans
                                             for k in range(first, min(last, MAX_COLUMNS) + 1)}

    def width(self, col: int) -> float:
        return self.widths.get(col, self.default)


def too_low(text: str, area, letters: tuple[float, bool], wraps: bool, heights: dict[int, float],
            default_height: float, columns: Columns, runs=()) -> str:
    """Why the row (the merge's rows) of a cell holding `text` is too low for its lines, in a
    person's words ("" when it is not): `area` the cell's (first, last) (row, column), itself or
    its merge; `letters` its largest size and whether bold; `wraps` whether its format wraps it;
    `runs` its rich text's (text, size, bold), whose lines are reckoned each at its own size
    (`paragraph_sizes`: "tổng 5 năm 2026-2030" in 10 pt under a 12 pt target)."""
    (top, left), (bottom, right) = area
    size, bold = letters
    height = heights.get(top, default_height) if bottom == top else \
        sum(heights.get(r, default_height) for r in range(top, min(bottom, top + _MERGED_AT_MOST) + 1))
    lines, need = 1, size * ROOM_FIRST
    if wraps:
        width = columns.width(left) if right == left else \
            sum(columns.width(c) for c in range(left, min(right, left + _MERGED_AT_MOST) + 1))
        paragraphs = paragraph_sizes(runs) if runs else [(p, size, bold) for p in text.split("\n")]
        counted = [(_lines(p, width, s, b), s) for p, s, b in paragraphs]
        lines = sum(n for n, _ in counted)
        need = sum(n * s * ROOM_NEXT for n, s in counted) - (ROOM_NEXT - ROOM_FIRST) * counted[0][1]
    need = max(6.0, min(need, ROOM_FIRST * TALLEST_ROW))
    if height >= need:
        return ""
    rows = f"dòng {top}" if bottom == top else f"các dòng {top}-{bottom} (ô gộp {cell_ref(top, left)}:{cell_ref(bottom, right)})"
    if lines == 1:
        return f"{rows} cao {_pt(height)} pt, thấp hơn chữ cỡ {_pt(size)} của nó: không đọc được"
    return (f'{rows} cao {_pt(height)} pt, không đủ cho {lines} dòng chữ cỡ {_pt(size)} của ô {cell_ref(top, left)} '
            f'("{text[:30]}"): khi in, các dòng bị cắt')


def paragraph_sizes(runs) -> list[tuple[str, float, bool]]:
    """The paragraphs of a rich text whose runs are (text, size, bold), each with the largest size
    of the runs it holds text of (an empty one, that of the run whose line break ends it) and
    whether any of them is bold: a line is as tall as its largest letters, and wraps as wide."""
    out: list[tuple[str, float, bool]] = []
    text_of, size_of, bold_of, last = "", 0.0, False, 0.0
    for text, size, bold in runs:
        for k, piece in enumerate(text.split("\n")):
            if k:  # a line break of this run ends the paragraph
                out.append((text_of, size_of or size, bold_of))
                text_of, size_of, bold_of = "", 0.0, False
            if piece:
                text_of, size_of, bold_of = text_of + piece, max(size_of, size), bold_of or bold
        last = size
    return out + [(text_of, size_of or last, bold_of)]


@functools.lru_cache(maxsize=1024)  # a sheet repeats its short texts ("Đang thực hiện", "%") in a column
def _lines(text: str, width: float, size: float, bold: bool) -> int:
    """The lines `text` wraps to in a column `width` units wide, as the writer wraps it
    (`exports.submission_cells._wrap_parts`: word by word, a word wider than a line broken where
    the line ends), measured as it measures (reportlab's Times, a width its letters' thousandths
    of the size added up), from the metrics' tables alone: loading reportlab's `stringWidth` cost
    `chitieu verify` 80 ms."""
    avail = width * _POINTS_PER_UNIT
    if "\n" not in text and len(text) * size <= avail:  # no letter of Times is wider than its size
        return 1
    space = _letter(" ", bold) * 0.001 * size
    lines = 0
    for para in text.split("\n"):
        lines += 1
        current, filled = 0.0, False
        for word in (w for w in para.split(" ") if w):
            units = sum(_letter(ch, bold) for ch in word)
            if filled and current + space + units * 0.001 * size > avail:
                lines += 1
                current, filled = 0.0, False
            if units * 0.001 * size > avail:  # whole lines of it, then its rest
                units = 0
                for ch in word:
                    k = _letter(ch, bold)
                    if units and (units + k) * 0.001 * size > avail:
                        lines += 1
                        units = 0
                    units += k
            w = units * 0.001 * size
            current = current + space + w if filled else w
            filled = True
    return max(lines, 1)


@functools.lru_cache(maxsize=4096)
def _letter(ch: str, bold: bool) -> int:
    """A character's width in Times, in thousandths of the size, as `exports.submission_cells.
    _plain_width` measures it: a Vietnamese letter as its base letter (đ as d), its marks nothing,
    any other character beyond Latin-1 as "n"."""
    from reportlab.pdfbase import (
        _fontdata_enc_winansi,
        _fontdata_widths_timesbold,
        _fontdata_widths_timesroman,
    )

    widths = (_fontdata_widths_timesbold if bold else _fontdata_widths_timesroman).widths
    names = _fontdata_enc_winansi.WinAnsiEncoding
    base = unicodedata.normalize("NFD", ch).replace("đ", "d").replace("Đ", "D")
    return sum(widths.get(names[ord(c)] if ord(c) < 256 else "n", 0) for c in base if not unicodedata.combining(c))


def _pt(value: float) -> str:
    return f"{value:g}".replace(".", ",")
