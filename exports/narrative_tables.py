"""A table pasted into a narrative (Thuyết minh) from Word or Excel, printed as a table.

Word and Excel put a copied table on the clipboard as text too: one line per row, its cells
parted by tabs. The window shows them lined up at its tab stops; reportlab's Paragraph turns each
tab into one space, and on paper "1 Thu ngân sách (triệu đồng) 4.450.844 52.345 1,2" left the
reader to guess which number was the plan, the result and the rate (walk U4 F3). Here consecutive
lines holding tabs print as a ruled table: the report's font at the size of its annex's cells,
one column per cell, numbers written the Vietnamese way ("4.450.844", "1,2", "95%") right-aligned,
long cells wrapped, never wider than the text, split across pages between whole rows, a first
row without numbers over rows with some printed bold as the header, repeated on each page, each
header on one line where the text's width allows (`_widths`). Its rules stand at the text's left
edge, where every line of a paragraph but its first begins: Decree 30/2020/NĐ-CP sets the text's
margins and indents only a paragraph's first line (1 cm or 1,27 cm), to show where a paragraph
begins; a table is no paragraph, and indented so it would be narrower or pass the right margin.
Word puts a pasted table at that edge too, so the printed report matches the document it came from.

What stays a paragraph (as before: a tab printed as a space):
- a single line with tabs: one row has no columns to line up with; it is mostly a sentence with a
  stray tab, or Word's "1.<tab>Heading";
- lines of two cells whose first is a list's marker ("1.", "a)", "-", "•"): Word's numbered or
  bulleted list pasted, which reads as a list, not as a two-column table;
- rows of more columns than the text's width holds at `MIN_COLUMN` each, or at their widest
  numbers (a range copied from Excel with its hundreds of empty cells, or sixteen columns of
  figures): no table could print them without breaking a number, and reportlab refused the whole
  report ("flowable given negative availWidth").
The Excel submission keeps the narrative's text, tabs and all (`exports.submission_format`).
"""
from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from exports.official_page import CELL_PADDING, TABLE_SIZE, _Styles, escape, keep_comparators

# "4.450.844", "52.345", "1,2", "-3,5", "95%", "+12,5 %", "(1,2)": right-aligned in their cells
_NUMBER = re.compile(r"^[(]?[-−+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s?%?[)]?$")
# a list's marker before a tab: "1.", "1)", "a)", "I.", "-", "•", "+"
_MARKER = re.compile(r"^([0-9]{1,3}[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[-–—•+*·○■□▪●])$", re.IGNORECASE)


MIN_COLUMN = 28  # pt: a column narrower cannot hold two or three letters beside its padding
TALL_ROW = 500  # pt: about two thirds of a portrait page's text (728 pt) less a repeated header


def looks_like_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell.strip()))


def row_cells(line: str) -> list[str] | None:
    """The cells of `line` when it is a table's row (a tab between two of its characters),
    else None. A leading tab is an empty first cell (a header row over a column of labels);
    trailing tabs and spaces are not cells."""
    if "\t" not in line.strip():
        return None
    return [c.strip() for c in line.strip(" \r").rstrip("\t ").split("\t")]


def _is_list(rows: list[list[str]]) -> bool:
    return all(len(r) == 2 and _MARKER.match(r[0]) for r in rows)


def blocks(text: str) -> list[str | list[list[str]]]:
    """`text`'s lines in order, a run of two or more rows (`row_cells`) as one list of rows,
    every other line (empty ones too) as itself."""
    out: list = []
    run: list[tuple[str, list[str]]] = []

    def flush():
        rows = [cells for _, cells in run]
        if len(run) >= 2 and not _is_list(rows):
            out.append(rows)
        else:
            out.extend(line for line, _ in run)
        run.clear()

    for line in text.split("\n"):
        cells = row_cells(line)
        if cells is None:
            flush()
            out.append(line)
        else:
            run.append((line, cells))
    flush()
    return out


def _widths(columns: list[list[str]], font: str, size: float, width: float,
            header: bool = False) -> list[float] | None:
    """Column widths within `width`, as a browser lays out a table: each column its whole
    longest cell when all fit; else its longest word, the room left shared in proportion to
    what each column's longest cell wants more; else (words wider than the text) each column its
    floor and the room left shared as their longest words ask, a word then broken in its cell.
    A column's floor: `MIN_COLUMN`, or its widest number when wider, since a number broken over
    two lines misreads ("1.00" over "0"); scaled down alone, a column of "1" beside a 5.000-letter
    word had none. None when the floors together are wider than `width`.
    With a `header` (the first cells), a column's least is its header whole when all fit so: a
    header wrapped in a column of figures ("Kế" over "hoạch" above "4.450.844", "Tỷ" over "lệ" over
    "(%)") made the header row three lines tall, its other cells blank under their one line."""
    pad = CELL_PADDING + 1
    floor = [max([MIN_COLUMN] + [stringWidth(c.strip(), font, size) + pad for c in col if looks_like_number(c)])
             for col in columns]
    if sum(floor) > width:
        return None
    most = [max((stringWidth(c, font, size) for c in col), default=0) + pad for col in columns]
    least = [max((stringWidth(w, font, size) for c in col for w in c.split()), default=0) + pad
             for col in columns]
    if sum(most) <= width:
        return most
    if header:
        whole = [max(n, stringWidth(col[0], font, size) + pad) for n, col in zip(least, columns)]
        if sum(whole) <= width:
            least = whole
    if sum(least) <= width:
        room, want = width - sum(least), [m - n for m, n in zip(most, least)]
        return [n + room * w / sum(want) for n, w in zip(least, want)]
    more = [max(n - f, 0) for n, f in zip(least, floor)]
    room = width - sum(floor)
    return [f + room * m / sum(more) for f, m in zip(floor, more)]


def narrative_table(rows: list[list[str]], s: _Styles, width: float) -> Table | None:
    """`rows` (cells of text) as a ruled table no wider than `width`; None when they have more
    columns than `width` holds (`_widths`): printed as lines then, as before tables were."""
    n = max(map(len, rows))
    rows = [r + [""] * (n - len(r)) for r in rows]
    header = (not any(map(looks_like_number, rows[0]))
              and any(looks_like_number(c) for r in rows[1:] for c in r))
    right = ParagraphStyle("cell_r", parent=s.cell, alignment=TA_RIGHT)
    cells = []
    for k, row in enumerate(rows):
        style = (lambda c: s.cell_h) if k == 0 and header else (
            lambda c: right if looks_like_number(c) else s.cell)
        cells.append([Paragraph(escape(keep_comparators(c)), style(c)) for c in row])
    columns = [[r[j] for r in rows] for j in range(n)]
    font = s.f.bold if header else s.f.regular  # the header's bold words are the wider
    widths = _widths(columns, font, TABLE_SIZE, width, header)
    if widths is None:
        return None
    # a row taller than a page (a cell of pages of text: a section holds 20.000 characters) is
    # split where the page ends, as no page could hold it whole; every other row stays whole
    pad = 4.5  # TOPPADDING + BOTTOMPADDING
    tallest = max(max(p.wrap(w - CELL_PADDING, 1e6)[1] for p, w in zip(row, widths)) + pad for row in cells)
    t = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT",
              spaceBefore=3, spaceAfter=9, splitInRow=int(tallest > TALL_ROW))
    # the header's own rule and middle: where a row taller than a page goes on under the repeated
    # header (`splitInRow`), reportlab's GRID left the rule between them out; a header's word still
    # wrapped (`_widths`) no longer leaves the one-line cells beside it blank under their words
    head = [("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")] if header else []
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), s.f.regular, TABLE_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *head,
    ]))
    return t
