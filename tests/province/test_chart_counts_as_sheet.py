"""The report's charts count an indicator's units in the categories the consolidated workbook's
"Tổng hợp" counts them under the units, in its words: a unit whose counted draft leaves the
insurance figure empty was in the periods chart's grey part "Chưa báo cáo, khác" (90 units, 97,8%)
beside a sheet saying "Số đơn vị chưa báo cáo 89" and "Số đơn vị có báo cáo, chưa nhập số liệu 1"."""
from __future__ import annotations

import io

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.charts import met_share_over_periods
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, UNIT_COLUMNS, write_consolidated
from tests.exports.test_consolidated_sent_without_figure import (  # noqa: F401
    BHYT,
    REPORT_DATE,
    con,
    units,
)


def _sheet_counts(con, path) -> dict[str, dict[str, int]]:  # noqa: F811 - not the fixture
    """Each assigned indicator's rows under the units of "Tổng hợp": label -> count (the share left out)."""
    ws = load_workbook(write_consolidated(con, path))[SHEET_MAIN]
    labels = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    rows = range(labels.index("Toàn tỉnh") + 2, ws.max_row + 1)
    return {ind.code: {labels[r - 1]: ws.cell(r, len(UNIT_COLUMNS) + 4 * k + 1).value
                       for r in rows if labels[r - 1].startswith("Số đơn vị")}
            for k, ind in enumerate(con.assigned)}


def test_each_part_of_a_period_column_is_a_row_of_the_sheet(con, tmp_path):  # noqa: F811
    sheet = _sheet_counts(con, tmp_path / "tong-hop.xlsx")
    for ind in con.assigned:
        (column,) = met_share_over_periods([con], ind.code)
        rows = sheet[ind.code]
        if not column.due:
            assert rows["Số đơn vị chưa đến kỳ đánh giá"] == column.applicable
            continue
        parts = dict(column.parts)
        assert parts.pop("Đạt, vượt") == rows.pop("Số đơn vị vượt") + rows.pop("Số đơn vị đạt")  # the share's
        assert rows.pop("Số đơn vị chưa đến kỳ đánh giá") == 0
        assert {f"Số đơn vị {words[0].lower()}{words[1:]}": n for words, n in parts.items()} == rows
        assert sum(n for _, n in column.parts) == column.applicable
    assert dict(met_share_over_periods([con], BHYT)[0].parts) == {
        "Đạt, vượt": 0, "Đang thực hiện": 2, "Không đạt": 0, "Khác": 0, "Có báo cáo, chưa nhập số liệu": 1,
        "Chưa báo cáo": 89}


def test_the_report_draws_and_names_them_so(con):  # noqa: F811
    """The insurance page's periods chart: 89 units (96,7%) "Chưa báo cáo", the draft without the figure
    in a part of its own, both named in its legend."""
    no = [i.code for i in con.assigned].index(BHYT) + 1
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render_pdf(
        con, report_date=REPORT_DATE))).pages]
    page = next(t for t in pages if f"Biểu đồ {no}. " in t)
    assert "96,7%" in page and "97,8%" not in page
    assert "Có báo cáo, chưa nhập số liệu" in page and "Chưa báo cáo, khác" not in page
    overview = next(t for t in pages if t.startswith("Biểu đồ chung") or "Biểu đồ chung." in t)
    assert "Có báo cáo, chưa nhập số liệu" in overview and "Chưa báo cáo, khác" not in overview
