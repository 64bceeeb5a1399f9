"""What section I of the consolidated PDF says of the late units among the received: a few are
named as before; when every received unit is late, it says so without a name (92 names filled
page 1, walk-through 9, finding 6); when all but a few are late, the few on time are named."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.submission import running_name
from exports.consolidated_pdf import LATE_NAMED, render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE


@pytest.fixture(scope="module")
def con(received):
    office, _ = received
    c = office.consolidation(PERIOD)
    assert c.completeness.counts["received"] > LATE_NAMED + 3
    return c


def _late(con, on_time: int | None = None, late: int | None = None):
    """`con` with its received units late but the first `on_time` (or only the first `late`)."""
    units, k = [], 0
    for u in con.completeness.units:
        if u.received:
            u = replace(u, late=k >= on_time if on_time is not None else k < late)
            k += 1
        units.append(u)
    return replace(con, completeness=replace(con.completeness, units=units))


def _section_one(c) -> str:
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render_pdf(c, report_date=REPORT_DATE))).pages]
    return " ".join(pages).split("I. TÌNH HÌNH GỬI BÁO CÁO")[1].split("II. KẾT QUẢ")[0]


def test_every_received_unit_late_is_said_without_the_names(con):
    c = _late(con, on_time=0)
    n = c.completeness.counts["received"]
    assert c.completeness.counts["late"] == n
    text = _section_one(c)
    assert f"- Đã nhận {n}/{c.completeness.total}, được tính vào tổng hợp (tất cả {n} đơn vị đều trễ hạn;" in text
    assert f"dự thảo 1: {running_name(c.completeness.units_in('draft')[0].name)})" in text  # the draft named, as always
    for u in c.completeness.units_in("received"):
        if u.draft:
            continue
        assert f"{running_name(u.name)}," not in text and f"{running_name(u.name)})" not in text, u.name


def test_all_but_a_few_late_names_the_few_on_time(con):
    c = _late(con, on_time=3)
    cm = c.completeness
    on_time = [u for u in cm.units_in("received") if not u.late]
    text = _section_one(c)
    named = ", ".join(running_name(u.name) for u in on_time)
    assert f"(trễ hạn {cm.counts['late']}, chỉ 3 đơn vị gửi đúng hạn: {named};" in text
    for u in cm.units_in("late"):
        if u.draft:
            continue
        assert f"{running_name(u.name)}," not in text and f"{running_name(u.name)})" not in text, u.name


def test_a_few_late_units_are_named_as_before(con):
    c = _late(con, late=2)
    a, b = c.completeness.units_in("late")
    assert f"(trễ hạn 2: {running_name(a.name)}, {running_name(b.name)};" in _section_one(c)
    assert "(trễ hạn 0;" in _section_one(_late(con, late=0))

