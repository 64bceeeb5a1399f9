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
printed "Đang thực hiện" alone, the unit's own "Không đạt" cut off below. The first line needs
0,85 of its letters' size (as before, a row merely lower than its letters), each further line the
letters' size (LibreOffice gives a line of Times 1,15 of it, the writer 1,18 to 1,36): the writer's
rows always hold that much. A row is never asked for more than 0,85 of Excel's tallest (409 pt):
the writer cuts a text longer than that (a remark printed whole under the table, a narrative in its
section), and says so. So a row that tall is not reckoned, and a text's lines are counted no further
than that height (1.240 texts of 30.000 characters under rows of 409 pt took `chitieu verify` 16 s)."""
from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import sys
import unicodedata

from exports.sheet_cells import MAIN, cell_ref, col_name, index_of
from exports.sheet_checks import MAX_COLUMNS

ROOM_FIRST, ROOM_NEXT = 0.85, 1.0  # of the letters' size: a row's first line, each further line
TALLEST_ROW = 409.0  # pt, Excel's tallest row
# pt of text a column holds per unit of its width: the writer's 5,25 less none of its 6 pt of padding,
# which is more than LibreOffice and Excel leave (a column 12 wide, 89 px, holds "Không đạt" in 13 pt
# bold, 59 pt, on one line): the lines reckoned here are never more than a spreadsheet wraps to, nor
# than the writer reckoned (its rows hold them).
_POINTS_PER_UNIT = 5.25
_MERGED_AT_MOST = 32  # rows or columns of a merge whose heights or widths are added (the writer merges within a row)
_MOST_ASKED = ROOM_FIRST * TALLEST_ROW  # pt: the most a row is asked to hold
_ANY = sys.maxsize  # lines: no end to the counting


def row_heights(sheet, default: float) -> tuple[dict[int, float], str]:
    """Each stated row's height (its `ht`, else `default`; 0 for one that cannot be read), and
    what is wrong with the rows' statements, in a person's words ("" when nothing): a row stated
    twice, or after a row below it."""
    heights: dict[int, float] = {}
    last, wrong = 0, ""
    for row in sheet.iter(f"{MAIN}row"):
        r = index_of(row.get("r"))
        if r is None:
            continue  # refused as unplaced (`exports.sheet_checks`)
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
            if not 1 <= first <= last or not math.isfinite(width):  # "nan" is narrower than nothing
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
            default_height: float, columns: Columns, runs=(), face: str = "times") -> str:
    """Why the row (the merge's rows) of a cell holding `text` is too low for its lines, in a
    person's words ("" when it is not): `area` the cell's (first, last) (row, column), itself or
    its merge; `letters` its largest size and whether bold; `wraps` whether its format wraps it;
    `runs` its rich text's (text, size, bold), whose lines are reckoned each at its own size
    (`paragraph_sizes`: "tổng 5 năm 2026-2030" in 10 pt under a 12 pt target); `face` the widest
    its fonts may show it in (`_letter`)."""
    (top, left), (bottom, right) = area
    size, bold = letters
    height = heights.get(top, default_height) if bottom == top else \
        sum(heights.get(r, default_height) for r in range(top, min(bottom, top + _MERGED_AT_MOST) + 1))
    lines, need, more = 1, size * ROOM_FIRST, False
    if wraps and not height >= _MOST_ASKED:  # a row that tall holds whatever the text: its lines are not counted
        width = columns.width(left) if right == left else \
            sum(columns.width(c) for c in range(left, min(right, left + _MERGED_AT_MOST) + 1))
        paragraphs = paragraph_sizes(runs) if runs else [(p, size, bold) for p in text.split("\n")]
        lines, need, more = _need(paragraphs, width, face)
    need = max(6.0, min(need, _MOST_ASKED))
    if height >= need:
        return ""
    rows = f"dòng {top}" if bottom == top else f"các dòng {top}-{bottom} (ô gộp {cell_ref(top, left)}:{cell_ref(bottom, right)})"
    if lines == 1:
        return f"{rows} cao {_pt(height)} pt, thấp hơn chữ cỡ {_pt(size)} của nó: không đọc được"
    return (f'{rows} cao {_pt(height)} pt, không đủ cho {"ít nhất " if more else ""}{lines} dòng chữ cỡ {_pt(size)} của '
            f'ô {cell_ref(top, left)} ("{text[:30]}"): khi in, các dòng bị cắt')


def _need(paragraphs, width: float, face: str) -> tuple[int, float, bool]:
    """The lines of `paragraphs` ((text, size, bold) each, in `face`) in a column `width` units wide, the height
    they need, and whether more are left uncounted: lines are counted only until they need more than
    a row is ever asked (`_MOST_ASKED`), which more lines would not change (a text of 30.000 characters
    in each of 1.240 rows, counted to its end, took `chitieu verify` 16 s)."""
    lines, need, first = 0, 0.0, paragraphs[0][1]
    for text, size, bold in paragraphs:
        room = _MOST_ASKED - need + (ROOM_NEXT - ROOM_FIRST) * first  # the height its lines may take before
        most = int(room // (size * ROOM_NEXT)) + 1 if size > 0 and math.isfinite(room / size) else _ANY
        n = lines_needed(text, width, size, bold, face, most)
        lines, need = lines + n, need + n * size * ROOM_NEXT
        if n >= most:
            return lines, need - (ROOM_NEXT - ROOM_FIRST) * first, True
    return lines, need - (ROOM_NEXT - ROOM_FIRST) * first, False


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
def lines_needed(text: str, width: float, size: float, bold: bool, face: str = "times", most: int = _ANY) -> int:
    """The lines `text` wraps to (`most` if that many or more) in a column `width` units wide, as the
    writer wraps it (`exports.submission_cells._wrap_parts`: word by word, a word wider than a line
    broken where the line ends), measured as it measures (reportlab's Times, a width its letters'
    thousandths of the size added up; or the cell's `face`, `_letter`), from the metrics' tables
    alone: loading reportlab's `stringWidth` cost `chitieu verify` 80 ms."""
    avail = width * _POINTS_PER_UNIT
    if "\n" not in text and len(text) * size * _widest_letter(face, bold) * 0.001 <= avail:  # even at its widest
        return 1
    if not size > 0:  # letters that take no room: a line for each paragraph
        return min(text.count("\n") + 1, most)
    limit, lines = _room(avail, size), 0
    for para in text.split("\n"):
        words = (_SPACES.sub(" ", para) if "  " in para else para).strip(" ")
        lines += _paragraph_lines(words, (face, bold), limit, most - lines)
        if lines >= most:
            return most
    return lines


def _room(avail: float, size: float) -> float:
    """The most thousandths of the size a line `avail` pt wide holds: a word of exactly a line's
    width fits it, to the last digit of a float (which adding the widths word by word, or once,
    sets one way or the other: the writer's own line has 6 pt more room than this one)."""
    room = avail / (0.001 * size)
    return math.floor(room + 1e-9 * max(1.0, abs(room))) if math.isfinite(room) else room


_SPACES = re.compile(" {2,}")  # the writer's words are parted by one space however many the text has


def _paragraph_lines(para: str, letters: tuple[str, bool], limit: float, most: int) -> int:
    """The lines (at most `most`) of a paragraph whose words are parted by single spaces, a line
    holding `limit` thousandths of the size: as the writer fills them, word by word (a word wider
    than a line broken where the line ends, its rest beginning the next), found line by line from
    the sums of the letters' widths (reckoned letter by letter in Python, the 30.000 characters of
    each of 2.400 cells took `chitieu verify` 5 s; these sums are made in C)."""
    widths = _WIDTHS.setdefault(letters, {})
    try:
        sums = [0, *itertools.accumulate(map(widths.__getitem__, para))]
    except KeyError:  # a letter not reckoned yet
        widths.update((ch, _letter(ch, *letters)) for ch in set(para).difference(widths))
        sums = [0, *itertools.accumulate(map(widths.__getitem__, para))]
    lines, start, end = 1, 0, len(para)
    while lines < most:
        fits = max(bisect.bisect_right(sums, sums[start] + limit, start) - 1, start)  # its letters start..fits-1
        if fits >= end:
            return lines
        if para[fits] == " " and fits > start:  # the line ends with a word
            start = fits + 1
        elif (space := para.rfind(" ", start, fits)) >= 0:  # the last word that fits ends before the space
            start = space + 1
        else:  # a word wider than a line: as much of it as the line holds, at least a letter taking room
            start = fits if sums[fits] > sums[start] else fits + 1
            if start >= end:
                return lines
            start += para[start] == " "
        lines += 1
    return most


_WIDTHS: dict[tuple[str, bool], dict[str, int]] = {}  # each letter's `_letter` by (face, bold), once reckoned


@functools.lru_cache(maxsize=4096)
def _letter(ch: str, face: str, bold: bool = False) -> int:
    """A character's width in thousandths of the size, as `exports.submission_cells._plain_width`
    measures it: a Vietnamese letter as its base letter (đ as d), its marks nothing, any other
    character beyond Latin-1 as "n"; in Times, in Helvetica (Arial's widths) for "helvetica", and
    for "wide" (a font whose widths are not known here) 1,1 of the size, more than any letter of
    Calibri or Cambria (`exports.report_look.FACES`)."""
    base = unicodedata.normalize("NFD", ch).replace("đ", "d").replace("Đ", "D")
    letters = [c for c in base if not unicodedata.combining(c)]
    if face == "wide":
        return _WIDE * len(letters)
    widths = _widths(face, bold)
    from reportlab.pdfbase import _fontdata_enc_winansi

    names = _fontdata_enc_winansi.WinAnsiEncoding
    return sum(widths.get(names[ord(c)] if ord(c) < 256 else "n", 0) for c in letters)


_WIDE = 1100


def _widths(face: str, bold: bool) -> dict[str, int]:
    """reportlab's table of the widths of Times or Helvetica, by glyph name."""
    from reportlab.pdfbase import (
        _fontdata_widths_helvetica,
        _fontdata_widths_helveticabold,
        _fontdata_widths_timesbold,
        _fontdata_widths_timesroman,
    )

    if face == "helvetica":
        return (_fontdata_widths_helveticabold if bold else _fontdata_widths_helvetica).widths
    return (_fontdata_widths_timesbold if bold else _fontdata_widths_timesroman).widths


@functools.lru_cache(maxsize=8)
def _widest_letter(face: str, bold: bool) -> int:
    """The widest letter of a face, in thousandths of the size (Times' 1000, Helvetica's "@" 1015)."""
    return _WIDE if face == "wide" else max(_widths(face, bold).values())


def _pt(value: float) -> str:
    return f"{value:g}".replace(".", ",")
