"""A term total's province-wide running total counts every unit the year's total counts: a unit the
province holds no result of for an earlier year is counted on its held years, as its own row says it
("Lũy kế 2026, 2028 (chưa tính năm 2027): …"), and every paper and the window say which units leave a
year out (R21 F1: 2 units, B never sent 2027; the 2028 PDF read "154.482 (lũy kế 2026-2028)", unit A
alone, beside "127.100 (tổng năm 2028)" of both, the workbook's cell of B blank, the chart "1 đơn vị có
kết quả" then "đang thực hiện 2")."""
from __future__ import annotations

import io
import unicodedata
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.core.charts import unit_results
from desktop_app.core.numbers import format_number
from desktop_app.core.running import running_value
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import running_name
from desktop_app.province import ProvinceOffice
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import (
    MAIN_SUB,
    SHEET_MAIN,
    UNIT_COLUMNS,
    write_consolidated,
)
from tests.province.test_term_total_running import CODE, _send
from tests.ui.conftest import shot


@pytest.fixture(scope="module")
def gap(tmp_path_factory):
    """Units A and B: A sends 2026, 2027 and 2028; B 2026 and 2028, never 2027."""
    root = tmp_path_factory.mktemp("gap")
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    units = [c.code for c in office.catalog.communes][:2]
    key = new_private_key()
    _send(office, root, 2026, units, key)
    _send(office, root, 2027, units[:1], key)
    _send(office, root, 2028, units, key)
    con = office.consolidation("2028")
    held = {u: sum((Decimal(office.consolidation(str(y)).item(u, CODE).value) for y in (2026, 2027, 2028)
                    if office.consolidation(str(y)).item(u, CODE) is not None), Decimal(0)) for u in units}
    name_b = running_name(next(c.name for c in con.catalog.communes if c.code == units[1]))
    yield con, units, held, name_b, office
    office.close()


def test_the_running_total_counts_both_units_on_their_held_years(gap):
    con, (a, b), held, name_b, _ = gap
    ind = con.catalog.indicator(CODE)
    item_b = con.item(b, CODE)
    assert item_b.earlier_missing == "2027"
    assert running_value(ind, item_b) == held[b]  # 2026 and 2028, as its row says
    assert f"Lũy kế 2026, 2028 (chưa tính năm 2027): {format_number(held[b], 0)}" in item_b.compared_text
    sm = con.summaries[CODE]
    assert sm.running == held[a] + held[b]
    assert sm.running_short == ((name_b, "2027"),)
    assert str(sm.short_words) == f"gồm 1 đơn vị chưa đủ số liệu các năm: {name_b} (chưa tính năm 2027)"
    chart = unit_results(con, CODE)
    assert {p.code: p.left_out for p in chart.points} == {a: "", b: "2027"}


def test_the_report_says_the_unit_left_short(gap):
    con, _, _, name_b, _ = gap
    sm = con.summaries[CODE]
    pages = PdfReader(io.BytesIO(render_pdf(con))).pages
    text = " ".join(" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in pages)
    assert f"{format_number(sm.running, 0)} (lũy kế 2026-2028) {format_number(sm.total, 0)} (tổng năm 2028 của 2 đơn vị)" in text
    said = f"gồm 1 đơn vị chưa đủ số liệu các năm: {name_b} (chưa tính năm 2027)"
    assert f"lũy kế toàn tỉnh {said}" in text  # the note under section II
    assert "2 đơn vị có kết quả" in text and f"của đơn vị, {said}" in text  # the chart's caption


def test_the_workbook_fills_the_unit_and_notes_it_under_the_total(gap, tmp_path):
    con, (a, b), held, name_b, _ = gap
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    added = len(UNIT_COLUMNS) + len(MAIN_SUB) * len(con.assigned) + 1
    rows = {ws.cell(r, 3).value: r for r in range(1, ws.max_row + 1)}
    assert ws.cell(rows[a], added + 1).value == held[a]
    assert ws.cell(rows[b], added + 1).value == held[b]
    assert ws.cell(rows[b], added + 3).value == f"Lũy kế 2026, 2028 (chưa tính năm 2027): {format_number(held[b], 0)}"
    whole = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Toàn tỉnh")
    assert ws.cell(whole, added + 1).value == held[a] + held[b]
    notes = [ws.cell(r, 3).value for r in range(whole, ws.max_row + 1) if ws.cell(r, 2).value == "Ghi chú"]
    assert any(f"Tổng lũy kế chỉ tiêu {con.catalog.indicator(CODE).no} (lũy kế 2026-2028) gồm 1 đơn vị chưa đủ số "
               f"liệu các năm: {name_b} (chưa tính năm 2027)" in n for n in notes), notes


def test_the_window_summary_names_the_unit(gap, qtbot):
    from ui.province_consolidation import SummaryModel

    con, _, _, name_b, _ = gap
    model = SummaryModel(None)
    model.period = con.period
    model.set_rows(con.summaries[i.code] for i in con.catalog.indicators)
    row = [i.code for i in con.catalog.indicators].index(CODE)
    shown = model.data(model.index(row, model.columnCount() - 1))
    assert shown.endswith(f"(tổng năm 2028\ncủa 2 đơn vị)\ngồm 1 đơn vị chưa đủ số liệu các năm: {name_b} (chưa tính năm 2027)")


def test_the_window_summary_shows_the_note_whole_at_1366_without_a_sideways_scroll(gap, qtbot):
    """S67: the note on the units left short made the last column as wide as itself (some 700 px): the
    table scrolled sideways and the cell was cut at the window's edge. The figures keep a line each, the
    note wraps under them, the row as tall as its lines."""
    import datetime as dt

    from tests.province.helpers import shown_window

    con, _, _, name_b, office = gap
    window = shown_window(qtbot, office, "2028", dt.date(2029, 2, 1))
    window.tabs.setCurrentWidget(window.tabs.widget(2))
    table, model = window.summary_table, window.summary_model
    qtbot.waitUntil(lambda: table.isVisible() and model.rowCount() > 0)
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() == 0
    last, row = model.columnCount() - 1, [i.code for i in con.catalog.indicators].index(CODE)
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    metrics = table.fontMetrics()
    lines = model.data(model.index(row, last)).split("\n")
    assert len(lines) == 4 and name_b in lines[3]  # the period's figure, then the units it is of (U15)
    for line in lines[:3]:  # each figure whole on its line
        assert metrics.horizontalAdvance(line) < table.columnWidth(last)
    wrapped = metrics.boundingRect(0, 0, table.columnWidth(last) - 8, 10_000, int(Qt.TextFlag.TextWordWrap),
                                   lines[3]).height()
    assert table.rowHeight(row) >= 3 * metrics.lineSpacing() + wrapped  # the note's lines all in the row
    shot(window, "lead_summary_1366")
