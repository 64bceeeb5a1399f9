"""A term total (the budget's revenue) is judged on each unit's running total over the term, against
its target for 2026-2030: the province's papers and window show that running total, named, beside the
year's own figure (walk U11 F2: the 2030 PDF read "80.100 (tổng)", the workbook "217373 | 46100 | Vượt",
the year's figure alone beside a verdict on the running total)."""
from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.approval import SIGNING_KEY
from desktop_app.core.catalog import Target
from desktop_app.core.charts import unit_results
from desktop_app.core.numbers import format_number
from desktop_app.core.running import left_words, running_value, running_words
from desktop_app.core.signing import new_private_key
from desktop_app.province import ProvinceOffice
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import (
    MAIN_SUB,
    SHEET_MAIN,
    UNIT_COLUMNS,
    write_consolidated,
)
from tests.province.helpers import VN, make_submissions

CODE = "thu_ngan_sach"


def _send(office, root, year: int, units: list[str], key: str) -> None:
    """`units`' approved reports of `year`, from a database of that year's (a year approved freezes the
    baselines the next filling sets), each unit signing with its own laptop's key over the years."""
    data_dir = root / f"communes-{year}"
    ws = Workspace.open(data_dir, user="can-bo")
    with ws.store.transaction():
        ws.store.put_setting(SIGNING_KEY, key)
    ws.close()
    folder = data_dir / "gui-tinh"
    folder.mkdir()
    ws, _ = make_submissions(folder, units, str(year), data_dir=data_dir,
                             generated_at=dt.datetime(year + 1, 1, 10, 9, tzinfo=VN))
    ws.close()
    office.intake(folder, str(year))


@pytest.fixture(scope="module")
def term(tmp_path_factory):
    """A province that received two units' approved year reports 2026 to 2030."""
    root = tmp_path_factory.mktemp("term")
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    units = [c.code for c in office.catalog.communes][:2]
    key = new_private_key()
    for year in range(2026, 2031):
        _send(office, root, year, units, key)
    yield office, units, root
    office.close()


def _years(office, unit: str, last: int) -> Decimal:
    """The unit's year figures 2026..`last` as the province holds them, summed."""
    return sum((Decimal(office.consolidation(str(y)).item(unit, CODE).value) for y in range(2026, last + 1)),
               Decimal(0))


@pytest.mark.parametrize("year", [2029, 2030])
def test_the_running_total_is_the_sum_the_verdict_judges(term, year):
    office, units, _ = term
    con = office.consolidation(str(year))
    ind = con.catalog.indicator(CODE)
    for unit in units:
        item = con.item(unit, CODE)
        running = running_value(ind, item)
        assert running == _years(office, unit, year)
        assert running != Decimal(item.value)  # the year's figure alone is not what is judged
        target = Decimal(item.target_value)
        if year == 2030:
            assert (item.verdict in ("Đạt", "Vượt")) == (running >= target)
    sm = con.summaries[CODE]
    assert sm.running == sum(_years(office, u, year) for u in units)
    assert sm.total == sum(Decimal(con.item(u, CODE).value) for u in units)  # the year's, kept
    assert str(running_words(con.period)) == f"Lũy kế 2026-{year}"


def test_the_workbook_adds_the_running_totals_beside_their_verdicts_moving_no_column(term, tmp_path):
    office, units, _ = term
    con = office.consolidation("2030")
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    span, k = len(MAIN_SUB), con.assigned.index(con.catalog.indicator(CODE))
    rows = {ws.cell(r, 3).value: r for r in range(1, ws.max_row + 1)}
    own = len(UNIT_COLUMNS) + span * k + 1  # the indicator's own block, where it always was
    added = len(UNIT_COLUMNS) + span * len(con.assigned) + 1  # after the last indicator
    assert "kết quả: số năm 2030; đánh giá theo lũy kế 2026-2030" in ws.cell(5, own).value
    assert "Lũy kế 2026-2030" in ws.cell(5, added).value
    # the added block's columns say what they hold: its fourth a unit's years left out, not an own target (S67)
    assert [ws.cell(6, own + j).value for j in range(span)] == list(MAIN_SUB)
    assert [ws.cell(6, added + j).value for j in range(span)] == ["Chỉ tiêu cả giai đoạn", "Lũy kế", "Đánh giá",
                                                                   "Ghi chú"]
    for unit in units:
        item = con.item(unit, CODE)
        r = rows[unit]
        assert [ws.cell(r, own + j).value for j in range(3)] == [int(item.target_value), int(item.value), item.verdict]
        assert [ws.cell(r, added + j).value for j in range(3)] == [
            int(item.target_value), _years(office, unit, 2030), item.verdict]
    whole = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Toàn tỉnh")
    assert ws.cell(whole, own + 1).value == con.summaries[CODE].total
    assert (ws.cell(whole, added).value, ws.cell(whole, added + 1).value) == ("Tổng lũy kế", con.summaries[CODE].running)


def test_the_report_prints_the_running_total_and_the_years(term):
    office, _, _ = term
    con = office.consolidation("2030")
    sm = con.summaries[CODE]
    pages = PdfReader(io.BytesIO(render_pdf(con))).pages
    text = " ".join(" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in pages)
    assert f"{format_number(sm.running, 0)} (lũy kế 2026-2030) {format_number(sm.total, 0)} (tổng năm 2030 của 2 đơn vị)" in text
    assert "mỗi đơn vị được đánh giá theo lũy kế 2026-2030" in text
    assert "mỗi cột là lũy kế 2026-2030 của đơn vị" in text  # the chart's caption


def test_the_chart_draws_the_running_total_against_the_term_target(term):
    office, units, _ = term
    con = office.consolidation("2030")
    chart = unit_results(con, CODE)
    assert chart.running == "Lũy kế 2026-2030" and chart.target_drawn
    by_code = {p.code: p for p in chart.points}
    for unit in units:
        p, item = by_code[unit], con.item(unit, CODE)
        assert p.value == _years(office, unit, 2030)
        assert p.target == Decimal(item.target_value)
        assert p.period_text == item.value_text


def test_what_is_left_of_a_province_term_target():
    ind = default_catalog().indicator(CODE)
    with_target = replace(ind, default_target=Target(">=", Decimal(1000)))
    assert left_words(ind, Decimal(900)) is None  # no target for the province in the catalogue
    assert left_words(with_target, Decimal(900)) == "còn thiếu 100 so với chỉ tiêu cả giai đoạn 1.000"
    assert left_words(with_target, Decimal(1200)).en == "200 above the term target 1.000"


def test_the_window_summary_names_both_figures(term, qtbot):
    from ui.province_consolidation import SummaryModel

    office, _, _ = term
    con = office.consolidation("2030")
    model = SummaryModel(None)
    model.period = con.period
    model.set_rows(con.summaries[i.code] for i in con.catalog.indicators)
    row = [i.code for i in con.catalog.indicators].index(CODE)
    sm = con.summaries[CODE]
    shown = model.data(model.index(row, model.columnCount() - 1))
    assert shown == f"{format_number(sm.running, 0)} (lũy kế 2026-2030)\n{format_number(sm.total, 0)} (tổng năm 2030\ncủa 2 đơn vị)"
