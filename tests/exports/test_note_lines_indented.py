"""A comment typed on several lines (Shift+Enter in its cell) and printed under the annex's table
as a numbered note: each typed line starts at the note's indent, as its first did ("1. Số liệu do
Chi cục Thuế…"), not at the margin (walk h4, pdf 2-5: "Chưa gồm khoản thu phí chợ" at the margin,
outside the numbered note); a line that wraps goes on at the margin (Decree 30), and the notes keep
the space between them."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm

from exports.fonts import report_fonts
from exports.official_page import MARGIN_LEFT, PAGE, document
from exports.report_pdf import build_story

FIRST = "Số liệu do Chi cục Thuế khu vực cung cấp ngày 10/6"
SECOND = "Chưa gồm khoản thu phí chợ"
LONG = ("Số liệu thu đã đối chiếu với Kho bạc Nhà nước khu vực và với sổ theo dõi của bộ phận kế toán ngân "
        "sách xã, gồm cả các khoản thu điều tiết từ cấp tỉnh về trong sáu tháng đầu năm")
INDENT = 10 * mm


def _lines(sub) -> list[tuple[float, float, str]]:
    """(x, y, text) of each line printed on the report's last page (the annex's notes)."""
    f = report_fonts()
    buf = io.BytesIO()
    document(buf, f, draft=False, annex=landscape(PAGE)).build(build_story(sub, f, "x.xlsx"))
    found = []

    def seen(text, cm, tm, font, size):
        if text.strip():
            found.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    PdfReader(io.BytesIO(buf.getvalue())).pages[-1].extract_text(visitor_text=seen)
    return found


def _at(lines, start: str) -> tuple[float, float]:
    x, y, _ = next(line for line in lines if line[2].startswith(start))
    return x, y


@pytest.fixture(scope="module")
def lines(commune_sub):
    first, second = commune_sub.assigned_items[:2]
    comments = {first.code: f"{FIRST}\n{SECOND}", second.code: f"{LONG}\n{SECOND} nữa"}
    sub = replace(commune_sub, items=tuple(replace(it, comment=comments[it.code], notes=()) if it.code in comments
                                           else it for it in commune_sub.items))
    return _lines(sub)


def test_each_typed_line_starts_at_the_notes_indent(lines):
    number, _ = _at(lines, f"1. {FIRST}")
    typed, _ = _at(lines, SECOND)
    assert number == pytest.approx(MARGIN_LEFT + INDENT, abs=1)
    assert typed == pytest.approx(number, abs=1)  # not at the margin, outside the numbered note
    again, _ = _at(lines, f"{SECOND} nữa")
    assert again == pytest.approx(number, abs=1)


def test_a_wrapped_line_goes_on_at_the_margin(lines):
    start, top = _at(lines, "2. Số liệu thu đã đối chiếu")
    wrapped = [x for x, y, _ in lines if top - 30 < y < top - 5 and x < start]
    assert wrapped and wrapped[0] == pytest.approx(MARGIN_LEFT, abs=1)


def test_the_lines_of_a_note_keep_its_leading_and_the_notes_their_space(lines):
    _, one = _at(lines, f"1. {FIRST}")
    _, typed = _at(lines, SECOND)
    _, two = _at(lines, "2. Số liệu thu đã đối chiếu")
    assert one - typed == pytest.approx(18, abs=0.5)  # the body's leading, no space inside a note
    assert typed - two == pytest.approx(18 + 6, abs=0.5)  # the 6 pt after a note, after its last line
