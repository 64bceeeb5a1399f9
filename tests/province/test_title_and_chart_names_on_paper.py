"""Two things the paper walk found on the consolidated report: the title broke inside the period's
words, "…của các xã, phường 6 tháng / đầu năm 2026" (finding 4), and the chart pages named 92 units
under their bars at 6,5 pt, too small to read on paper (finding 5). The period's words now stay on
one line, and the names are printed at 8 pt at least, the bars in two rows, no name touching the
next."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.consolidated_pdf import render_pdf
from exports.fonts import report_fonts
from tests.province.conftest import PERIOD, REPORT_DATE


@pytest.fixture(scope="module")
def con(received):
    office, _ = received
    return office.consolidation(PERIOD)


def test_the_title_keeps_the_period_on_one_line(con):
    page = PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE))).pages[0]
    lines: dict[float, list[tuple[float, str]]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font and "Bold" in str(font.get("/BaseFont")):
            lines.setdefault(round(tm[5] * cm[3] + cm[5]), []).append((tm[4] * cm[0] + cm[4], text))

    page.extract_text(visitor_text=visit)
    bold = [" ".join("".join(t for _, t in sorted(runs)).replace("\xa0", " ").split())
            for _, runs in sorted(lines.items(), reverse=True)]
    at = bold.index("BÁO CÁO")
    title = bold[at + 1:at + 3]
    assert title == ["Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường", "6 tháng đầu năm 2026"], bold


def _names(page) -> list[tuple[float, float, str]]:
    """The texts drawn upwards on `page` (the units' names under the bars), in the order drawn:
    (x, size, text)."""
    found = []

    def visit(text, cm, tm, font, size):
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        if text.strip() and abs(a) < 1e-6 and b > 0:
            found.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], size * b, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def test_92_units_are_named_at_8_pt_in_two_rows_no_name_touching_the_next(con):
    """Every unit of the catalogue with a result for "bảo hiểm y tế": 92 names, as on the walk's
    page, each at 8 pt or more, the next name of its row at least the name's size and a tenth away
    (its accents and descenders clear of the next's), in two rows of bars."""
    sent = next(u.commune.code for u in con.units if con.item(u.commune.code, "bhyt") is not None)
    bhyt = con.item(sent, "bhyt")
    items = {**con.items, **{(u.commune.code, "bhyt"): replace(bhyt, value=str(40 + k % 53))
                             for k, u in enumerate(con.units)}}
    reader = PdfReader(io.BytesIO(render_pdf(replace(con, items=items), report_date=REPORT_DATE)))
    page = next(p for p in reader.pages if "Biểu đồ 2. Tỷ lệ người dân tham gia bảo hiểm y tế" in p.extract_text())
    names = _names(page)
    assert sorted(t for _, _, t in names) == sorted(u.commune.name for u in con.units)
    assert min(size for _, size, _ in names) >= 8
    rows, gaps = 1, []
    for (x1, size, _), (x2, _, _) in zip(names, names[1:]):
        if x2 < x1:  # the next row, drawn from the left again
            rows += 1
        else:
            gaps.append(x2 - x1 - size * 1.1)
    assert rows == 2 and min(gaps) >= 0, (rows, min(gaps))
    longest = max(stringWidth(t, report_fonts().regular, size) for _, size, t in names)
    assert longest > 80  # "Phường Phan Đình Phùng" among them, whole
