"""Text in a cell of the submission workbook: written as text, never as a formula, whatever its
first character; its printed width in Times New Roman and the lines it wraps to in a column.
No spreadsheet grows a row of wrapped text when it opens a file, so each sheet's writer sizes
its rows from these measures; kept apart so that every sheet measures alike."""
from __future__ import annotations

import unicodedata

from desktop_app.core.validation import xml_safe

FONT_NAME = "Times New Roman"
_FORMULA_START = ("=", "+", "-", "@")


def _set(cell, value):
    """Write a value; text always as text (never a formula), marked with a quote
    prefix when Excel would otherwise read it as one."""
    if isinstance(value, str):
        value = xml_safe(value)  # the last net for U+FFFE (an approved report holding one is refused before)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True
    return cell


def _plain_width(text: str, size: float, bold: bool) -> float:
    """Width in points of `text` in Times at `size`: Vietnamese letters measured as their
    base letter (the marks do not widen them), from the standard Times metrics."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    base = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    base = "".join(c if ord(c) < 256 else "n" for c in base if not unicodedata.combining(c))
    return stringWidth(base, "Times-Bold" if bold else "Times-Roman", size)


_POINTS_PER_UNIT = 5.25  # one Excel width unit is about 7 px = 5,25 pt
_LINE = 16  # pt, a line of 12 pt text in a row
_MAX_LINES = 24  # lines of 12 pt text in a row at most 409 pt tall (Excel's largest row)


def _height(lines: int, line: float = _LINE) -> float:
    """A row's height in points for `lines` lines of text, at most 409 pt (Excel's largest)."""
    return min(409, line * lines + 2)


def _wrap_parts(text: str, width_chars: float, size: float = 12, bold: bool = False) -> list[tuple[str, str]]:
    """The lines `text` wraps to in a column `width_chars` wide (Excel units), each as (its text,
    what joins it to the next: " " between words, "\n" at a paragraph's end, "" inside a word
    wider than a line, which is broken there as the spreadsheet breaks it)."""
    avail = width_chars * _POINTS_PER_UNIT - 6  # minus the cell's padding
    space = _plain_width(" ", size, bold)
    out: list[tuple[str, str]] = []
    for para in (text or "").split("\n"):
        line, current = [], 0.0
        for word in (w for w in para.split(" ") if w):  # a no-break space keeps its words one
            w = _plain_width(word, size, bold)
            if line and current + space + w > avail:
                out.append((" ".join(line), " "))
                line, current = [], 0.0
            if w > avail:  # wider than the column: whole lines of it, then its rest
                cut = ""
                for ch in word:
                    if cut and _plain_width(cut + ch, size, bold) > avail:
                        out.append((cut, ""))
                        cut = ""
                    cut += ch
                word, w = cut, _plain_width(cut, size, bold)
            current = current + space + w if line else w
            line.append(word)
        out.append((" ".join(line), "\n"))
    return out


def _lines(text: str, width_chars: float, size: float = 12, bold: bool = False) -> int:
    """How many lines `text` wraps to in a column `width_chars` wide (Excel units)."""
    return max(len(_wrap_parts(text, width_chars, size, bold)), 1)


def _pieces(text: str, width_chars: float, max_lines: int, first: int | None = None) -> list[str]:
    """`text` cut between lines into pieces of at most `max_lines` lines each (the first of at
    most `first`) in a column `width_chars` wide: rows that together show it all, none taller
    than a row can be. A word broken across two pieces is cut where its line ends."""
    lines = _wrap_parts(text, width_chars)
    first = first or max_lines
    bounds = [0, *range(first, len(lines), max_lines), len(lines)]
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        part = lines[a:b]
        pieces.append(("".join(t + sep for t, sep in part[:-1]) + part[-1][0]).strip())
    return [p for p in pieces if p] or [""]
