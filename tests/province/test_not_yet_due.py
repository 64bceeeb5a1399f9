"""An indicator judged only at year end (party organisations) is "Chưa đến kỳ đánh giá" for
every unit before the year's report, counted so, and never "Chưa báo cáo": in the counts, the
workbook, the PDF report and the province window's summary."""
from __future__ import annotations

import io
from decimal import Decimal
import subprocess

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.consolidation import Count
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, UNIT_COLUMNS, write_consolidated
from tests.province.conftest import PERIOD, REPORT_DATE

PARTY = "to_chuc_dang_htt"


def test_the_party_indicator_at_6_months_is_counted_not_yet_due(received):
    """All 92 units in "Chưa đến kỳ đánh giá", none in "Chưa báo cáo" nor any verdict, and no
    share of units meeting it; a due indicator still counts the units that did not report."""
    office, _ = received
    con = office.consolidation(PERIOD)
    party = con.summaries[PARTY]
    assert not con.catalog.indicator(PARTY).due_at(con.period)
    assert party.counts[Count.CHUA_DEN_KY] == party.applicable == 92
    assert sum(party.counts.values()) == 92 and party.counts[Count.CHUA_BAO_CAO] == 0
    assert party.met_share is None and not party.due
    bhyt = con.summaries["bhyt"]
    sent = sum(u.submission is not None for u in con.units)
    assert bhyt.counts[Count.CHUA_DEN_KY] == 0 and bhyt.counts[Count.CHUA_BAO_CAO] == 92 - sent > 0
    assert {con.verdict_text(u.commune.code, con.catalog.indicator(PARTY)) for u in con.units} == \
        {"Chưa đến kỳ đánh giá"}


def test_the_workbook_shows_and_counts_it_not_yet_due(received, tmp_path):
    """Each unit's verdict cell of the party indicator, whether it reported or not, and the rows
    counting the units under the table."""
    office, _ = received
    con = office.consolidation(PERIOD)
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    verdict_col = len(UNIT_COLUMNS) + 4 * [i.code for i in con.assigned].index(PARTY) + 3
    first = 8  # below the title rows and the three header rows
    cells = [ws.cell(first + k, verdict_col).value for k in range(92)]
    assert cells == ["Chưa đến kỳ đánh giá"] * 92
    counts = {ws.cell(r, 2).value: ws.cell(r, verdict_col - 2).value for r in range(first + 92, first + 92 + 10)}
    assert counts["Số đơn vị chưa đến kỳ đánh giá"] == 92
    assert counts["Số đơn vị chưa báo cáo"] is None  # empty, not 0: no unit had to report it
    assert counts["Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)"] is None
    bhyt_col = len(UNIT_COLUMNS) + 4 * [i.code for i in con.assigned].index("bhyt") + 1
    bhyt = {ws.cell(r, 2).value: ws.cell(r, bhyt_col).value for r in range(first + 92, first + 92 + 10)}
    assert bhyt["Số đơn vị chưa báo cáo"] == con.summaries["bhyt"].counts[Count.CHUA_BAO_CAO] > 0


def test_the_report_says_not_yet_due_on_the_party_indicators_row(received):
    """The summary table's row reads "Chưa đến kỳ đánh giá" across its counts: no "92" under
    "Chưa báo cáo" (the other rows keep their counts)."""
    office, _ = received
    con = office.consolidation(PERIOD)
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    rows = text.decode().split("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO")[1].split("Biểu đồ chung")[0]
    party = next(line for line in rows.splitlines() if line.lstrip().startswith("9 "))
    assert "Chưa đến kỳ đánh giá (đánh giá, xếp loại vào cuối năm)" in party
    assert party.split()[-1] != "92" and party.split().count("92") == 1  # the units it applies to only
    bhyt = next(line for line in rows.splitlines() if line.lstrip().startswith("2 "))
    c = con.summaries["bhyt"].counts
    assert " ".join(str(c[k]) for k in (Count.VUOT, Count.DAT, Count.KHONG_DAT, Count.DANG_THUC_HIEN,
                                         Count.KHAC, Count.CHUA_BAO_CAO)) in " ".join(bhyt.split())
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert not any("Biểu đồ 9." in page for page in pages)  # no chart page of "Chưa đến kỳ đánh giá"
    overview = next(page for page in pages if "Biểu đồ chung." in page)
    party = con.catalog.indicator(PARTY)
    assert (f"Chưa đến kỳ đánh giá (đánh giá, xếp loại vào cuối năm), không có biểu đồ riêng: (9) {party.name} "
            f"({party.unit}).") in overview


def test_the_windows_summary_counts_it_in_its_own_column(qtbot, received):
    """The summary tab's party row: 92 under "Not yet assessed", "—" under "Not reported" (0 read as
    every unit having reported it, walk U1 F5: tests/province/test_not_due_row_said.py)."""
    from ui.province_consolidation import SummaryModel

    office, _ = received
    con = office.consolidation(PERIOD)
    model = SummaryModel()
    model.set_rows(con.summaries[i.code] for i in con.catalog.indicators)
    columns = list(SummaryModel.HEADERS)
    row = [i.code for i in con.catalog.indicators].index(PARTY)
    assert model.index(row, columns.index(Count.CHUA_DEN_KY)).data() == "92"
    assert model.index(row, columns.index(Count.CHUA_BAO_CAO)).data() == "—"


def test_no_share_of_units_meeting_an_indicator_no_unit_reported(received):
    """An indicator every unit left without a figure has no share of units meeting it (a blank,
    not "0 %", which reads as every unit short of its target); one unit's figure gives it one."""
    from dataclasses import replace

    office, _ = received
    bhyt = office.consolidation(PERIOD).summaries["bhyt"]
    nobody = replace(bhyt, counts={**{c: 0 for c in Count}, Count.CHUA_BAO_CAO: bhyt.applicable})
    assert nobody.met_share is None
    one = replace(nobody, counts={**nobody.counts, Count.CHUA_BAO_CAO: bhyt.applicable - 1, Count.DAT: 1})
    assert one.met_share == round(Decimal(100) / bhyt.applicable, 2)
    short = replace(nobody, counts={**nobody.counts, Count.CHUA_BAO_CAO: bhyt.applicable - 1, Count.KHONG_DAT: 1})
    assert short.met_share == 0
