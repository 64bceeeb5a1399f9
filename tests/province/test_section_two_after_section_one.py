"""The consolidated report's section I running a few lines past page 1 (7 of 92 units received:
the 85 units not sent named in one line) left those lines alone on page 2, a portrait page
nearly blank, and section II began on page 3: a page break before section II, there since
the first report, to turn to the landscape pages of its table. Now the page after page 1 is
landscape: section I's last lines go on there as wide as on page 1 (two of them at least, as
before) and section II follows them when its heading and table fit under them."""
from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from desktop_app.core.consolidation import KEY_PENDING, ReportStatus
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE

SECTION_II = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO"


def _received(con, n: int):
    """`con` with its first `n` units received, late, their keys awaiting confirmation (named with
    their codes in section I's line), the next one's file refused (said with its name: a line
    longer since the names' prefixes are in lowercase, "xã Tân Cương"), the others not sent (named
    in the next line)."""
    units = [replace(u, status=ReportStatus.TRE_HAN, late=True, key_state=KEY_PENDING) if k < n else
             replace(u, status=ReportStatus.BI_TU_CHOI) if k == n else u
             for k, u in enumerate(con.completeness.units)]
    return replace(con, completeness=replace(con.completeness, units=units))


def _pages(pdf: bytes) -> list[tuple[list[str], bool]]:
    """Each page's lines of text (the page number left out) and whether it is landscape."""
    return [([line for line in p.extract_text().splitlines() if line.strip() and not line.strip().isdigit()],
             float(p.mediabox.width) > float(p.mediabox.height)) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_section_two_follows_the_last_lines_of_section_one_on_page_two(office):
    con = office.consolidation(PERIOD)  # nothing received: every unit named as not sent
    spilled = []
    for n in range(16):  # section I a line longer or shorter with each unit named with its code
        pages = _pages(render_pdf(_received(con, n), report_date=REPORT_DATE))
        (first, first_wide), (second, second_wide) = pages[0], pages[1]
        assert not first_wide and second_wide, n  # the table on landscape pages, as before
        assert not any(SECTION_II in line for line in first), n
        assert any(SECTION_II in line for line in second), n  # on page 2, never page 3
        before = next(k for k, line in enumerate(second) if SECTION_II in line)
        if before:  # section I's last lines, above section II's heading
            spilled.append(n)
            assert before >= 2, (n, second[:before])  # never one line alone at the page's top
            assert second[before - 1].endswith("."), (n, second[:before])  # section I's end
    assert spilled  # the case the test is about was met (9 units received, 2026 catalogue)
