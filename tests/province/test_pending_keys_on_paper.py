"""What the consolidated PDF says of the units whose key awaits confirmation, and what its
overview chart's legend names (walk-through 6, cp-01.png, hi-03.png): section I names the
units with their codes, or gives the page that lists them when there are many, and says in one
clause what the term means; a chart's legend names only what the chart draws ("Chờ tỉnh đối
chiếu khóa" beside an all-green column read as if the pending units were not drawn)."""
from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.consolidation import KEY_PENDING, ReportStatus
from desktop_app.core.submission import running_name
from exports.consolidated_charts import STATUS_COLOURS, status_words
from exports.consolidated_pdf import PENDING_IN_LINE, render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE

MEANS = "tức là số liệu đã được tính nhưng tỉnh chưa đối chiếu mã khóa ký tệp với báo cáo giấy có chữ ký"


def _pending(con, n: int, held: int = 0):
    """`con` with its first `n` received units' keys awaiting confirmation, the others' confirmed;
    and the next `held` received units waiting for the province's check of a shared key."""
    units, pending, waiting = [], 0, 0
    for u in con.completeness.units:
        if u.received and pending < n:
            u, pending = replace(u, key_state=KEY_PENDING), pending + 1
        elif u.received and waiting < held:
            u, waiting = replace(u, status=ReportStatus.CHO_DOI_CHIEU, key_state=""), waiting + 1
        elif u.received:
            u = replace(u, key_state="Đã xác nhận")
        units.append(u)
    assert pending == n and waiting == held
    return replace(con, completeness=replace(con.completeness, units=units))


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def con(received):
    office, _ = received
    c = office.consolidation(PERIOD)
    assert c.completeness.counts["received"] > PENDING_IN_LINE
    return c


def test_a_few_units_are_named_with_their_codes_and_the_term_said(con):
    few = _pending(con, 2)
    first = _pages(render_pdf(few, report_date=REPORT_DATE))[0]
    units = few.completeness.units_in("pending")
    named = ", ".join(f"{running_name(u.name)} (mã {u.code})" for u in units)  # "xã …" in the line, "Xã …" in the list
    assert f"trong đó 2 đơn vị có khóa chờ xác nhận, {MEANS} của đơn vị: {named}." in first
    assert "xem danh sách" not in first


def test_many_units_are_listed_on_the_page_the_line_gives(con):
    many = _pending(con, con.completeness.counts["received"] - 1)
    pages = _pages(render_pdf(many, report_date=REPORT_DATE))
    section = " ".join(pages[:3]).split("II. KẾT QUẢ THỰC HIỆN")[0]
    n = many.completeness.counts["pending"]
    found = re.search(rf"trong đó {n} đơn vị có khóa chờ xác nhận, {MEANS} của đơn vị: xem danh sách ở trang (\d+)\.",
                      section)
    assert found, section
    page = pages[int(found[1]) - 1]
    assert f"Danh sách {n} đơn vị có khóa chờ xác nhận:" in page
    listed = page.split(f"Danh sách {n} đơn vị có khóa chờ xác nhận:")[1]
    for k, u in enumerate(many.completeness.units_in("pending"), 1):
        assert f"{k}. {u.name} (mã {u.code})" in listed, u.name


def test_every_received_unit_pending_is_said_in_the_line_not_listed(con):
    """Every received unit's key awaiting confirmation (the province's first period; walk 12: 82
    of 82): section I says so in its line, as it says "tất cả … đều trễ hạn", and names no unit
    again in a list (it named every received unit over a page and a half)."""
    every = _pending(con, con.completeness.counts["received"])
    n = every.completeness.counts["pending"]
    pages = _pages(render_pdf(every, report_date=REPORT_DATE))
    section = " ".join(pages[:2]).split("II. KẾT QUẢ THỰC HIỆN")[0]
    assert (f"; trong đó {n} đơn vị có khóa chờ xác nhận (tất cả các đơn vị đã nhận), {MEANS} của đơn vị."
            in section)
    assert "Danh sách" not in section and "xem danh sách" not in section
    assert not any(f"(mã {u.code})" in section for u in every.completeness.units)
    assert "II. KẾT QUẢ THỰC HIỆN" in pages[1]  # section I on page 1 alone


def test_the_overview_legend_names_only_the_statuses_drawn(con):
    """No unit held: no "Chờ tỉnh đối chiếu khóa" under the chart though units' keys await
    confirmation (counted, drawn as received); one held: its part is drawn and named."""
    for held in (0, 1):
        shown = _pending(con, 2, held)
        page = next(p for p in _pages(render_pdf(shown, report_date=REPORT_DATE)) if "Biểu đồ chung." in p)
        legend = page.split("(6 tháng)")[-1]  # under the charts: after the columns' period labels
        counts = {s: 0 for s in STATUS_COLOURS}
        for u in shown.completeness.units:
            counts[u.status] += 1
        for status in STATUS_COLOURS:
            assert (status_words(status) in legend) == (counts[status] > 0), (held, status, legend)
        assert (status_words(ReportStatus.CHO_DOI_CHIEU) in legend) == bool(held)
        assert "2 đơn vị có khóa chờ xác nhận (tính như đơn vị đã nhận, xem mục I)" in page


def _all_received(con, pending: int, missing: int):
    """Every unit but the last `missing` received on time, the first `pending` of them with a key
    awaiting confirmation: a first period, section I short and the list long."""
    units = [replace(u, status=ReportStatus.CHUA_GUI, key_state="") if k >= len(con.completeness.units) - missing
             else replace(u, status=ReportStatus.DA_NHAN, late=False, draft=False,
                          key_state=KEY_PENDING if k < pending else "Đã xác nhận")
             for k, u in enumerate(con.completeness.units)]
    return replace(con, completeness=replace(con.completeness, units=units))


def test_a_long_list_starts_under_section_i_not_on_a_page_of_its_own(con):
    """70 of 92 units with a key awaiting confirmation (35 rows, more than page 1's rest): the list
    starts on page 1 under the section and goes on to page 2; it went whole to page 2 and left
    half of page 1 empty (walk-through 9)."""
    many = _all_received(con, pending=70, missing=2)
    pages = _pages(render_pdf(many, report_date=REPORT_DATE))
    first, second = pages[0], pages[1]
    assert ("trong đó 70 đơn vị có khóa chờ xác nhận, "
            f"{MEANS} của đơn vị: xem danh sách dưới đây.") in first
    assert "Danh sách 70 đơn vị có khóa chờ xác nhận:" in first
    units = many.completeness.units_in("pending")
    on_first = [k for k, u in enumerate(units, 1) if f"{k}. {u.name} (mã {u.code})" in first]
    assert len(on_first) >= 2 * 3  # the heading's page holds its first rows (and more)
    assert all(f"{k}. {u.name} (mã {u.code})" in first + second for k, u in enumerate(units, 1))
    assert "II. KẾT QUẢ THỰC HIỆN" not in first


def _listed_on(page: str, units) -> list[int]:
    return [k for k, u in enumerate(units, 1) if f"{k}. {u.name} (mã {u.code})" in page]


def test_the_list_never_leaves_a_few_units_alone_on_the_next_page(con):
    """As many units as page 1 holds under section I, and 1 to 8 more (walk 12: 27 to 30 of 82
    printed their last one or two units alone on page 2, a portrait page otherwise blank before
    the landscape table; then 5 rows under "(tiếp theo)"): the whole list starts page 2 under its
    heading, every unit listed once, in order, and the line says where the list is."""
    most = _all_received(con, pending=len(con.completeness.units) - 3, missing=2)  # all received: no list
    units = most.completeness.units_in("pending")
    first = _pages(render_pdf(most, report_date=REPORT_DATE))[0]
    holds = len(_listed_on(first, units))  # page 1's rows under section I, full
    assert 10 < holds < len(units) - 8
    for n in range(holds + 1, holds + 9):
        some = _all_received(con, pending=n, missing=2)
        units = some.completeness.units_in("pending")
        pages = _pages(render_pdf(some, report_date=REPORT_DATE))
        section = " ".join(pages[:2]).split("II. KẾT QUẢ THỰC HIỆN")[0]
        assert f"trong đó {n} đơn vị có khóa chờ xác nhận, {MEANS} của đơn vị: xem danh sách ở trang 2." in section
        on_first, on_second = _listed_on(pages[0], units), _listed_on(pages[1], units)
        assert (on_first, on_second) == ([], list(range(1, n + 1))), n
        assert pages[1].startswith(f"2 Danh sách {n} đơn vị có khóa chờ xác nhận: 1. "), n
