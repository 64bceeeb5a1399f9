"""The province's consolidated PDF as a reader turns it (walk U2): section I's list of units not
sent never leaves its last line or two alone on a page, a negative province-wide figure prints
with the minus sign of print as the communes' reports print it, and the preparer's and the
signer's names, however long, stay apart across the two signature columns."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from desktop_app.core.consolidation import KEY_PENDING, ReportStatus
from desktop_app.province import ProvinceOffice
from exports.consolidated_pdf import render_pdf
from exports.official_page import MARGIN_LEFT, MARGIN_RIGHT, PAGE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the pages")

PERIOD = "2026-9M"
REPORT_DATE = dt.date(2026, 10, 20)
RECIPIENT = ("Ban Thường vụ Tỉnh ủy Thái Nguyên và Thường trực Hội đồng nhân dân tỉnh Thái Nguyên khóa XIV "
             "nhiệm kỳ 2026-2031")
SECTION_II = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO"
# U2's names: four lines each in their columns
PREPARER = ("Nguyễn Thị Phương Thảo Huyền Trang Ngọc Diệp Khánh Linh Thùy Dương Hoàng Yến Bảo Châu "
            "Quỳnh Anh Mỹ")
# where the signer's column begins (`official_page.signature`'s widths): x in points from the page's left
BODY = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
COLUMNS_MEET = MARGIN_LEFT + BODY - min(100 * mm, BODY * 0.55)
SIGNER = "Tôn Nữ Hoàng Phượng Nguyễn Phước Thị Minh Khai Bùi Đặng Lương Huỳnh Quốc Bảo Trưởng Vũ Thượng Hoàng"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    """The 92 units' consolidation, nothing received yet, prepared and signed by U2's long names, sent
    to U2's two-line recipient."""
    office = ProvinceOffice.open(tmp_path_factory.mktemp("tinh") / "db", user="van-thu")
    office.setup(PREPARER, SIGNER, "Phó Chủ tịch", recipient=RECIPIENT)
    yield office.consolidation(PERIOD)
    office.close()


def _received(con, n: int):
    """The first `n` units received late, their keys awaiting confirmation (as U2's two), the others not sent."""
    units = [replace(u, status=ReportStatus.DA_NHAN, late=True, draft=False, key_state=KEY_PENDING) if k < n else u
             for k, u in enumerate(con.completeness.units)]
    return replace(con, completeness=replace(con.completeness, units=units))


def _text(pdf: bytes, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_the_list_of_units_not_sent_leaves_three_lines_at_least_on_its_last_page(con):
    """2 of 92 received (U2 F11): page 2 held the last two lines of "Chưa gửi 90: xã …" alone, section
    II on a landscape page 3 (here 6, 9 and 10 received did). Whatever the number received, the pages
    after page 1 hold three of section I's lines at least before section II, or none."""
    for n in range(0, 12):
        pages = _text(render_pdf(_received(con, n), report_date=REPORT_DATE), "-layout").split("\f")
        at = next(k for k, page in enumerate(pages) if SECTION_II in page)
        for k, page in enumerate(pages[1:at + 1], 2):
            lines = [t for t in page.split(SECTION_II)[0].splitlines() if t.strip() and t.strip() != str(k)]
            assert not lines or len(lines) >= 3, (n, k, lines)


def test_a_negative_province_figure_prints_the_minus_sign_of_print(con):
    """"−0,01" (U+2212), as the commune's report prints a result, not "-0,01" (U2 F14)."""
    code = next(i.code for i in con.assigned if con.summaries[i.code].due and i.unit == "%")
    summaries = {**con.summaries, code: replace(con.summaries[code], total=Decimal("-0.01"))}
    text = _text(render_pdf(replace(con, summaries=summaries), report_date=REPORT_DATE), "-raw")
    assert "\u22120,01" in text
    assert not re.search(r"(?<![\w,.])-0,01", text)


def _words(pdf: bytes, page: int) -> list[tuple[str, float, float, float, float]]:
    html = _text(pdf, "-bbox", "-f", str(page), "-l", str(page))
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


def test_the_preparer_and_the_signer_names_stay_apart(con):
    """Four lines each: "…Hoàng Yến Bảo Châu" ended a few points before "Tôn Nữ Hoàng Phượng…" began
    on the line beside it (U2 F16). On every line the two share, the signer's first word begins 14 pt
    (5 mm) at least after the preparer's last ends."""
    pdf = render_pdf(con, report_date=REPORT_DATE)
    last = _text(pdf, "-raw").count("\f")
    words = _words(pdf, last)
    prep, sign = set(PREPARER.split()), set(SIGNER.split())
    top = next(y for w, _, y, _, _ in words if w == "lập")  # "Người lập biểu": the names below it
    lines: dict[int, list] = {}
    for w, x0, y0, x1, _ in words:
        if y0 > top + 5 and w in prep | sign:
            lines.setdefault(round(y0), []).append((x0, x1, w))
    shared = 0
    for y, row in sorted(lines.items()):
        left = [x1 for x0, x1, _ in row if (x0 + x1) / 2 < COLUMNS_MEET]
        right = [x0 for x0, x1, _ in row if (x0 + x1) / 2 >= COLUMNS_MEET]
        if left and right:
            shared += 1
            assert min(right) - max(left) >= 14, (y, sorted(row))
    assert shared >= 3
