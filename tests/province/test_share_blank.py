"""The share of units that met a target is blank, not "0", while no unit has been judged on it
(review s28, 1): at 6 months every annual and term target is "Đang thực hiện" for every unit, and
"0 % đạt" read to the Party Committee as the whole province failing. The report says what the
blank means under its table; the workbook's cell is empty; the window's cell says it in its
tooltip; the charts still draw the column of units in progress."""
from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.charts import met_share_over_periods
from desktop_app.core.consolidation import Count
from exports.consolidated_pdf import COUNTED, render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, UNIT_COLUMNS, write_consolidated
from tests.province.conftest import PERIOD, REPORT_DATE

SHARE_ROW = "Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)"


@pytest.fixture(scope="module")
def con(received):
    office, _ = received
    return office.consolidation(PERIOD)


def _in_progress(con) -> list:
    """The due assigned indicators on which no unit is judged: every reporting unit in progress."""
    judged = (Count.VUOT, Count.DAT, Count.KHONG_DAT)
    out = [i for i in con.assigned if con.summaries[i.code].due and con.summaries[i.code].counts[Count.DANG_THUC_HIEN]
           and not any(con.summaries[i.code].counts[k] for k in judged)]
    assert len(out) >= 5  # the 6 months: term and annual targets alike
    return out


def test_no_share_while_no_unit_is_judged(con):
    """All in progress (or not reported): no share; one unit judged, met or not, gives one, over all
    the units the indicator applies to (the province's targets on units are shares of all of them)."""
    sm = con.summaries[_in_progress(con)[0].code]
    assert sm.met_share is None
    n = sm.applicable
    nobody = {**{c: 0 for c in Count}, Count.DANG_THUC_HIEN: n - 2, Count.CHUA_BAO_CAO: 1, Count.KHAC: 1}
    assert replace(sm, counts=nobody).met_share is None
    short = {**nobody, Count.DANG_THUC_HIEN: n - 3, Count.KHONG_DAT: 1}
    assert replace(sm, counts=short).met_share == 0
    some = {**nobody, Count.DANG_THUC_HIEN: n - 5, Count.DAT: 2, Count.VUOT: 1}
    assert replace(sm, counts=some).met_share == (Decimal(300) / n).quantize(Decimal("0.01"))


def test_the_report_prints_a_blank_and_says_why(con):
    """Section II's rows end their counts without a share ("… 12 0 80" then the province's figure,
    where it printed "… 12 0 80 0"), and the line under the table says what the blank means."""
    pdf = render_pdf(con, report_date=REPORT_DATE)
    raw = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    table = raw.split("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO")[1].split("Biểu đồ chung")[0]
    blank = _in_progress(con)
    for ind in blank:
        sm = con.summaries[ind.code]
        counts = " ".join([str(sm.applicable), *(str(sm.counts[k]) for k in COUNTED)])
        assert re.search(rf"{re.escape(ind.unit)} {counts}$", table, re.M), (ind.code, table)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert ("Cột (11) để trống khi chưa có đơn vị nào được đánh giá đạt hay không đạt. "
            "Chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ ở kỳ báo cáo năm 2030; "
            "trước đó là “Đang thực hiện”.") in text
    # one wording: the chart page's caption says the same sentence
    assert text.count("Chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ") >= 2


def test_the_workbook_leaves_the_share_blank(con, tmp_path):
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    first = 8  # below the title rows and the three header rows
    row = next(r for r in range(first, ws.max_row + 1) if ws.cell(r, 2).value == SHARE_ROW)
    codes = [i.code for i in con.assigned]
    for ind in _in_progress(con):
        assert ws.cell(row, len(UNIT_COLUMNS) + 4 * codes.index(ind.code) + 1).value is None, ind.code


def test_the_window_leaves_it_blank_and_says_why(qtbot, con):
    from ui.province_consolidation import SummaryModel

    model = SummaryModel()
    model.set_rows(con.summaries[i.code] for i in con.catalog.indicators)
    column = list(SummaryModel.HEADERS).index("Met or exceeded (%)")
    row = [i.code for i in con.catalog.indicators].index(_in_progress(con)[0].code)
    cell = model.index(row, column)
    assert cell.data() == ""
    tip = model.data(cell, 3)  # Qt.ToolTipRole
    assert tip and "2030" in tip


def test_the_charts_still_draw_the_units_in_progress(con):
    """The chart's column is drawn (its met part 0, its in-progress part 100 % of the reporting
    units' share), not dropped with the table's blank."""
    code = _in_progress(con)[0].code
    s = met_share_over_periods([con], code)[0]
    assert con.summaries[code].met_share is None
    in_progress = Decimal(con.summaries[code].counts[Count.DANG_THUC_HIEN] * 100) / s.applicable
    assert s.share == 0 and s.in_progress_share == in_progress.quantize(Decimal("0.01")) > 0
