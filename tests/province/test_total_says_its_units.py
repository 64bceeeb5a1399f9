"""The province-wide figure says how many units it is formed of (walk U15): with 17 of 92 units
sent, "Tổng hợp chỉ tiêu" and the PDF's column (12) read "787.095 (tổng)", taken for the
province's. The window, the PDF and the workbook now say "(tổng của 17 đơn vị)"."""
from __future__ import annotations

import subprocess
import unicodedata
from types import SimpleNamespace

from openpyxl import load_workbook

from desktop_app.core.province_total import indicator_total, total_units, total_words
from desktop_app.core.submission import Item
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, write_consolidated
from tests.province.conftest import PERIOD, REPORT_DATE

BUDGET = "thu_ngan_sach"


def _sent(con) -> int:
    return sum(u.received for u in con.completeness.units)


def test_the_budget_total_says_the_units_it_sums(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    sm, sent = con.summaries[BUDGET], _sent(con)
    assert 0 < sent < len(con.units) and sm.total_units == sent  # every unit sent states the budget
    assert total_words(sm.total_label, sm.total_units) == f"tổng của {sent} đơn vị"
    assert total_words(sm.total_label, sm.total_units).en == f"total of {sent} units"


def test_the_pdf_column_says_the_units(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    sm, sent = con.summaries[BUDGET], _sent(con)
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    text = " ".join(unicodedata.normalize("NFC", text).split())
    assert f"{sm.total_text} (tổng của {sent} đơn vị)" in text
    assert f"{sm.total_text} (tổng)" not in text


def test_the_workbook_row_says_the_units(received, tmp_path):
    office, _ = received
    con = office.consolidation(PERIOD)
    sm, sent = con.summaries[BUDGET], _sent(con)
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    row = next(r for r in ws.iter_rows() if r[1].value == "Toàn tỉnh")
    values = [c.value for c in row]
    at = values.index(sm.total)
    assert values[at - 1: at + 2] == ["Tổng", sm.total, f"của {sent} đơn vị"]


def test_the_window_says_the_units(received, qtbot):
    from ui.province_consolidation import SummaryModel

    office, _ = received
    con = office.consolidation(PERIOD)
    sm, sent = con.summaries[BUDGET], _sent(con)
    model = SummaryModel(None)
    model.set_rows(con.summaries[i.code] for i in con.catalog.indicators)
    row = [i.code for i in con.catalog.indicators].index(BUDGET)
    assert model.data(model.index(row, model.columnCount() - 1)) == f"{sm.total_text} (tổng\ncủa {sent} đơn vị)"


def test_a_rate_counts_only_the_units_it_pools():
    """A unit stating no denominator (or 0) is not in the overall rate, nor among its units."""
    ind = SimpleNamespace(kind="ratio", unit="%")
    items = [Item("x", 1, "Tỷ lệ x", "%", True, numerator=n, denominator=d)
             for n, d in (("5", "10"), ("3", "0"), (None, None))]
    assert indicator_total(ind, items)[0] == 50
    assert total_units(ind, items) == 1
    assert total_words("Tỷ lệ chung", 1) == "tỷ lệ chung của 1 đơn vị"
    assert total_words("Số đơn vị Có", 3) == "số đơn vị Có, trong 3 đơn vị"
