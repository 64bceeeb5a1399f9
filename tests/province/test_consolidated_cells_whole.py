"""The consolidated PDF's summary tables keep together what reads as one: the kind of the
province-wide figure in column (11), "(tỷ lệ chung)", "(bình quân)", "(tổng)", on its own line
under the figure, never parted ("66,78 (tỷ lệ / chung)", "38.221.295 / (tổng)"); the unit
"triệu đồng" on one line; an indicator's name never ending with its last word alone on a line
("…bảo hiểm y / tế") (walk-through 9, finding 5)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.core.province_total import total_parts
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE


@pytest.fixture(scope="module")
def printed(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    pages = PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE))).pages
    tables = [p.extract_text() for p in pages if "(11)" in p.extract_text()]
    assert len(tables) >= 2  # the province's indicators, the supplementary ones (two pages beside "Chưa nhập")
    return con, [" ".join(line.split()) for t in tables for line in t.splitlines()]


def test_the_kind_of_each_province_wide_figure_is_a_line_of_its_own_under_the_figure(printed):
    con, lines = printed
    kinds = set()
    for ind in con.catalog.indicators:
        s = con.summaries[ind.code]
        if s.total is None or not s.applicable:
            continue
        # and the units it is formed of ("(tổng của 14 đơn vị)", walk U15), on its line or the next
        kind, units = total_parts(s.total_label, s.total_units)
        kinds.add(kind)
        said = f"({kind} {units})"
        at = [k for k, line in enumerate(lines) if lines[k - 1] == s.total_text
              and said in (line, f"{line} {lines[k + 1] if k + 1 < len(lines) else ''}")]
        assert at, (ind.code, s.total_text, said)
    assert {"tỷ lệ chung", "bình quân", "tổng"} <= kinds
    for broken in ("(tỷ lệ", "(bình", "chung)", "quân)", "đơn", "vị)"):
        assert broken not in lines, broken


def test_units_are_whole_and_no_name_ends_with_a_word_alone(printed):
    con, lines = printed
    assert "triệu đồng" in lines and "triệu" not in lines and "đồng" not in lines
    printed_names = [i for i in con.catalog.indicators if con.summaries[i.code].applicable]
    assert any(i.name.endswith("bảo hiểm y tế") for i in printed_names)
    for ind in printed_names:
        last = ind.name.split()[-1]
        assert last not in lines or ind.name == last, (ind.code, last)
