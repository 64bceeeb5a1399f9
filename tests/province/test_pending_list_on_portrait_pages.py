"""The province's first report of a period (walk W2): most units' keys await confirmation, so
section I lists them under it, and the list goes past page 1. Its end stood alone on a landscape
page 2, four fifths of it empty, section II's table not fitting under it and starting on page 3.
Now section I goes on on portrait pages, as on page 1, and the landscape pages start with
section II's table (report-format.md: landscape for pages whose body is a table)."""
from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from desktop_app.core.consolidation import KEY_PENDING, ReportStatus
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE

SECTION_II = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO"


def _first_intake(con, pending: int):
    """Every unit received on time, the first `pending` of them with a key awaiting confirmation."""
    units = [replace(u, status=ReportStatus.DA_NHAN, late=False, draft=False,
                     key_state=KEY_PENDING if k < pending else "Đã xác nhận")
             for k, u in enumerate(con.completeness.units)]
    return replace(con, completeness=replace(con.completeness, units=units))


def _pages(pdf: bytes) -> list[tuple[str, bool]]:
    """Each page's text on one line, and whether the page is landscape."""
    return [(" ".join(p.extract_text().split()), float(p.mediabox.width) > float(p.mediabox.height))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_list_going_past_page_one_ends_on_a_portrait_page_before_the_table(office):
    con = office.consolidation(PERIOD)
    for pending in (45, 60, 75, 90):  # the list's end on page 2: 6 to 27 rows of two units
        some = _first_intake(con, pending)
        pages = _pages(render_pdf(some, report_date=REPORT_DATE))
        at = next(k for k, (text, _) in enumerate(pages) if SECTION_II in text)
        assert at == 2, pending  # section I on pages 1 and 2, the table on page 3
        second, second_wide = pages[1]
        # the whole list (45, 60: page 1 would leave a few rows over) or its rest under "(tiếp theo)"
        assert second.startswith(f"2 Danh sách {pending} đơn vị có khóa chờ xác nhận"), pending
        assert not second_wide, pending  # a list, not a table: as page 1
        assert pages[at][1], pending  # the table's page, and the pages after it, landscape
        listed = " ".join(text for text, _ in pages[:at])
        for k, u in enumerate(some.completeness.units_in("pending"), 1):
            assert f"{k}. {u.name} (mã {u.code})" in listed, (pending, u.name)
