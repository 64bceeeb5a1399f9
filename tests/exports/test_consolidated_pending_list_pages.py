"""The consolidated PDF at a province's first period, as a clerk turns its first pages: the list
of the units whose key awaits confirmation, a few rows longer than page 1 holds under section I
(45 to 52 of 92), printed 5 or 6 rows alone on portrait page 2 under "(tiếp theo)", the rest of
that page empty, the table on page 3. The whole list now starts page 2 under its heading; a list
far longer (80) still starts on page 1 and goes on with 10 rows at least. Section II's table
starts a landscape page in every case; section I's text alone running past page 1 (most units
named two or three times) still goes on on a portrait page 2."""
from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.consolidation import KEY_PENDING, ReportStatus
from desktop_app.core.keys import UNSIGNED_ACCEPTED
from desktop_app.province import ProvinceOffice
from exports.consolidated_pdf import render_pdf

PERIOD = "2026-6M"
REPORT_DATE = dt.date(2026, 7, 2)
SECTION_II = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO"
MEANS = "tức là số liệu đã được tính nhưng tỉnh chưa đối chiếu mã khóa ký tệp với báo cáo giấy có chữ ký của đơn vị"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    """The 92 units' consolidation, nothing received yet."""
    office = ProvinceOffice.open(tmp_path_factory.mktemp("tinh") / "db", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    yield office.consolidation(PERIOD)
    office.close()


def _units(con, change):
    units = [change(k, u) for k, u in enumerate(con.completeness.units)]
    return replace(con, completeness=replace(con.completeness, units=units))


def _first_intake(con, pending: int):
    """Every unit received on time, the first `pending` with a key awaiting confirmation."""
    return _units(con, lambda k, u: replace(u, status=ReportStatus.DA_NHAN, late=False, draft=False,
                                            key_state=KEY_PENDING if k < pending else "Đã xác nhận"))


def _pages(pdf: bytes) -> list[tuple[str, bool]]:
    """Each page's text on one line, and whether the page is landscape."""
    return [(" ".join(p.extract_text().split()), float(p.mediabox.width) > float(p.mediabox.height))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def _table_starts_a_landscape_page(pages) -> int:
    """The index of section II's page, checked to be landscape with the table at its top and
    every page before it portrait (section I's, as page 1)."""
    at = next(k for k, (text, _) in enumerate(pages) if SECTION_II in text)
    assert pages[at][1] and re.match(rf"\d+ {SECTION_II}", pages[at][0]), pages[at][0][:80]
    assert not any(wide for _, wide in pages[:at])
    return at


def test_a_list_a_few_rows_past_page_one_starts_page_two_whole(con):
    for pending in range(40, 53):
        some = _first_intake(con, pending)
        pages = _pages(render_pdf(some, report_date=REPORT_DATE))
        at = _table_starts_a_landscape_page(pages)
        units = some.completeness.units_in("pending")
        on = [[k for k, u in enumerate(units, 1) if f"{k}. {u.name} (mã {u.code})" in text] for text, _ in pages[:at]]
        heading = f"Danh sách {pending} đơn vị có khóa chờ xác nhận:"
        if pending <= 44:  # under section I on page 1, the table on page 2
            assert (len(pages), at) == (13, 1), pending
            assert on == [list(range(1, pending + 1))], pending
            assert f"{MEANS}: xem danh sách dưới đây." in pages[0][0] and heading in pages[0][0]
        else:  # page 1 ends with section I's text, page 2 is the list, read at once
            assert (len(pages), at) == (14, 2), pending
            assert on == [[], list(range(1, pending + 1))], pending
            assert f"{MEANS}: xem danh sách ở trang 2." in pages[0][0]
            assert pages[1][0].startswith(f"2 {heading} 1. "), pending
            assert "(tiếp theo)" not in pages[1][0]


def test_a_long_list_goes_on_to_page_two_with_ten_rows_at_least(con):
    many = _first_intake(con, 80)
    pages = _pages(render_pdf(many, report_date=REPORT_DATE))
    at = _table_starts_a_landscape_page(pages)
    assert (len(pages), at) == (14, 2)
    units = many.completeness.units_in("pending")
    first, second = ([k for k, u in enumerate(units, 1) if f"{k}. {u.name} (mã {u.code})" in text]
                     for text, _ in pages[:2])
    assert first + second == list(range(1, 81))
    assert len(first) >= 40 and len(second) >= 2 * 10  # page 1 full, rows of two on page 2
    assert pages[1][0].startswith(f"2 Danh sách 80 đơn vị có khóa chờ xác nhận (tiếp theo): {second[0]}. ")


def test_no_list_section_one_on_page_one_the_table_on_page_two(con):
    for pending in (0, 92):  # all keys confirmed; every one pending (said in the line, no list)
        pages = _pages(render_pdf(_first_intake(con, pending), report_date=REPORT_DATE))
        assert len(pages) == 13 and _table_starts_a_landscape_page(pages) == 1, pending
        assert "Danh sách" not in pages[0][0] and "Tất cả các xã, phường đã gửi báo cáo." in pages[0][0]


def test_section_one_text_past_page_one_goes_on_on_a_portrait_page(con):
    """A quarter of the units unsigned, a quarter held, a quarter refused, the rest drafts sent
    unsigned and accepted: most units named, some twice, section I's text runs onto page 2."""
    statuses = [ReportStatus.CHUA_KY, ReportStatus.CHO_DOI_CHIEU, ReportStatus.BI_TU_CHOI, ReportStatus.DA_NHAN]
    mixed = _units(con, lambda k, u: replace(u, status=statuses[k % 4], late=True, draft=k % 4 == 3,
                                             key_state=UNSIGNED_ACCEPTED if k % 4 == 3 else ""))
    pages = _pages(render_pdf(mixed, report_date=REPORT_DATE))
    assert _table_starts_a_landscape_page(pages) == 2
    assert "Chưa gửi" in pages[1][0]  # section I's last line, on page 2
