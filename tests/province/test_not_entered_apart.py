"""A unit that sent its report without a figure for a supplementary indicator is not counted as
not having reported it (paper walk, finding 2): section III read "Chưa báo cáo 92" in 11 of 13
rows where 86 units had sent. The core counts the two apart (`IndicatorSummary.not_entered`,
`not_reported`; `counts` keeps their sum, which the workbook's rows print), and the report prints
them in two columns, "Chưa báo cáo" and "Chưa nhập", saying under the table what each counts."""
from __future__ import annotations

import subprocess

import pytest

from desktop_app.core.consolidation import Count
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE

EMPTY = "thon_van_hoa"  # a supplementary indicator no unit of the inbox entered
NOTE = ("Cột (10) “Chưa báo cáo”: đơn vị chưa có báo cáo được tính vào tổng hợp (mục I); cột (11) “Chưa nhập”: "
        "đơn vị có báo cáo nhưng không nhập số liệu chỉ tiêu.")


@pytest.fixture(scope="module")
def con(received):
    office, _ = received
    return office.consolidation(PERIOD)


def test_the_core_counts_the_units_that_sent_without_a_figure_apart(con):
    sent = [u for u in con.units if u.submission is not None]
    ind = con.catalog.indicator(EMPTY)
    assert not ind.assigned and all(con.item(u.commune.code, EMPTY) is None for u in sent)
    applies = [u for u in con.units if ind.applies(u.commune)]
    s = con.summaries[EMPTY]
    assert (s.not_entered, s.not_reported) == (len([u for u in sent if ind.applies(u.commune)]),
                                              len([u for u in applies if u.submission is None]))
    assert 10 < s.not_entered < s.not_reported
    assert s.counts[Count.CHUA_BAO_CAO] == s.not_entered + s.not_reported == s.applicable  # the workbook's sum
    entered = con.summaries["gia_dinh_van_hoa"]  # every unit that sent entered it
    assert entered.not_entered == 0 and entered.not_reported == entered.counts[Count.CHUA_BAO_CAO]
    for code, summary in con.summaries.items():
        assert sum(summary.parted.values()) == summary.applicable, code


def test_section_three_prints_them_in_a_column_of_their_own_and_says_what_each_counts(con):
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    section = text.split("III. KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG")[1].split("IV. CÁC ĐƠN VỊ")[0]
    s = con.summaries[EMPTY]
    row = next(line.split() for line in section.splitlines() if line.split()[:1] == [str(s.indicator.no)])
    at = row.index(str(s.applicable))  # "Số đơn vị thực hiện", then the counts
    assert row[at + 1:at + 8] == ["0", "0", "0", "0", "0", str(s.not_reported), str(s.not_entered)], row
    assert " ".join(section.split()).count(NOTE) == 1
    two = " ".join(text.split("II. KẾT QUẢ")[1].split("Biểu đồ chung")[0].split())
    assert "Chưa nhập" not in two  # every counted report states the province's indicators
