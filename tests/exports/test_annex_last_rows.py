"""The annex's table never leaves one or two of its rows alone on its last page (walk-through 16,
L6: a ward's year report printed rows 21 and 22, the numbering line and the notes on a fourth
page, the third ending half empty). Wherever the table's rows fall (a space before it moves every
page break), its last page holds at least `TAIL_ROWS` rows, or the table is whole on one page."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from exports.fonts import report_fonts
from exports.official_page import PAGE, document
from exports.report_annex import COLUMNS, TAIL_ROWS, TableThenLine
from exports.report_pdf import build_story

HEADER_ROWS = 2  # the column titles and their numbers (1), (2)…, repeated atop each page


def _table_pages(sub, blank_mm: float) -> list[tuple[int, list]]:
    """(page, rows) of each piece of the annex's table, with `blank_mm` of space before it."""
    f = report_fonts()
    story = build_story(sub, f, f"{sub.file_stem}.xlsx")
    at = next(k for k, fl in enumerate(story) if isinstance(fl, (TableThenLine, Table))
              and getattr(fl, "table", fl)._ncols == len(COLUMNS))
    story.insert(at, Spacer(1, blank_mm * mm))
    doc = document(io.BytesIO(), f, draft=not sub.approved, annex=landscape(PAGE))
    placed = []
    doc.afterFlowable = lambda fl: placed.append((doc.page, getattr(fl, "table", fl)))
    doc.build(story)
    return [(page, t._cellvalues) for page, t in placed if isinstance(t, Table) and t._ncols == len(COLUMNS)]


def _text(cell) -> str:
    if isinstance(cell, (list, tuple)):
        return " ".join(map(_text, cell))
    return cell.getPlainText() if hasattr(cell, "getPlainText") else str(cell)


@pytest.mark.parametrize("unit", ["commune", "ward"])
def test_the_last_page_of_the_table_holds_three_rows_at_least(unit, commune_sub, ward_sub):
    sub = commune_sub if unit == "commune" else ward_sub
    short = []
    splits = 0
    for blank in range(0, 151, 5):
        pieces = _table_pages(sub, blank)
        if len(pieces) < 2:
            continue
        splits += 1
        assert [p for p, _ in pieces] == list(range(pieces[0][0], pieces[0][0] + len(pieces))), blank
        last = len(pieces[-1][1]) - HEADER_ROWS
        if last < TAIL_ROWS:
            short.append((blank, [_text(r[0]) for r in pieces[-1][1][HEADER_ROWS:]]))
    assert splits > 10  # the space did move the table's page break over its rows
    assert not short, f"rows alone on the table's last page: {short}"
