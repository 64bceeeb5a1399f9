"""The consolidated workbook says of a yearly indicator at 6 months what the window says (S25, walk U1
F5): row 9 (party organisations, rated at year end) counted 0 under "Số đơn vị chưa báo cáo" and every
other count beside 92 "Số đơn vị chưa đến kỳ đánh giá", read as every unit having reported it. Now
its count cells but that one are empty (not "—": readers sum these columns), and a note under the
totals says why, in the window's words."""
from __future__ import annotations

from openpyxl import load_workbook

from desktop_app.core.consolidation import Count
from desktop_app.core.catalog import Indicator
from exports.consolidated_xlsx import SHEET_MAIN, SHEET_SUPPLEMENTARY, UNIT_COLUMNS, write_consolidated
from tests.province.conftest import PERIOD

PARTY = "to_chuc_dang_htt"
NOTE = ("Chưa đến kỳ đánh giá: chỉ tiêu đánh giá, xếp loại vào cuối năm. Ở kỳ này không đơn vị nào phải báo cáo "
        "chỉ tiêu này, nên không đơn vị nào được đếm vào các dòng số đơn vị khác (ô để trống, không phải 0), kể cả "
        "dòng Số đơn vị chưa báo cáo.")


def test_a_yearly_indicators_counts_are_empty_at_six_months_and_the_note_says_why(received, tmp_path):
    office, _ = received
    con = office.consolidation(PERIOD)
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    codes = [i.code for i in con.assigned]
    party = len(UNIT_COLUMNS) + 4 * codes.index(PARTY) + 1  # its first column, where its counts are
    bhyt = len(UNIT_COLUMNS) + 4 * codes.index("bhyt") + 1
    total = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Toàn tỉnh")
    labels = {ws.cell(r, 2).value: r for r in range(total + 1, ws.max_row + 1)}
    counts = [label for label in labels if label.startswith("Số đơn vị ")]
    assert len(counts) == len(Count) + 1  # Vượt … Chưa đến kỳ đánh giá, and "có báo cáo, chưa nhập số liệu"
    assert {label: ws.cell(labels[label], party).value for label in counts} == \
        {**{label: None for label in counts}, "Số đơn vị chưa đến kỳ đánh giá": 92}
    assert ws.cell(labels["Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)"], party).value is None
    # a due indicator keeps its counts, 0 included
    assert ws.cell(labels["Số đơn vị chưa báo cáo"], bhyt).value == con.summaries["bhyt"].not_reported > 0
    assert ws.cell(labels["Số đơn vị chưa đến kỳ đánh giá"], bhyt).value == 0
    # the note's row, after the counts, says it under the indicator, over its four columns
    note = labels[f"Ghi chú về các ô để trống (cột {ws.cell(1, party).column_letter})"]
    assert note > labels["Số đơn vị có báo cáo, chưa nhập số liệu"]
    assert ws.cell(note, party).value == NOTE and ws.cell(note, bhyt).value is None
    assert f"{ws.cell(note, party).coordinate}:{ws.cell(note, party + 3).coordinate}" in \
        {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(5, party).value.startswith("Tỷ lệ các tổ chức đảng")  # the heading over those columns


def test_a_supplementary_indicator_not_due_has_its_counts_empty_and_said(received, tmp_path, monkeypatch):
    """The same on "Chỉ tiêu bổ sung", were a supplementary indicator assessed at year end only:
    "Số đơn vị đạt, vượt" included, the note over its two columns."""
    office, _ = received
    yearly = "tang_gia_tri_san_pham"
    due_at = Indicator.due_at
    monkeypatch.setattr(Indicator, "due_at", lambda ind, period: due_at(ind, period) and ind.code != yearly)
    con = office.consolidation(PERIOD)
    assert not con.summaries[yearly].due
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_SUPPLEMENTARY]
    col = len(UNIT_COLUMNS) + 2 * [i.code for i in con.supplementary].index(yearly) + 1
    total = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Toàn tỉnh")
    labels = {ws.cell(r, 2).value: r for r in range(total + 1, ws.max_row + 1)}
    counts = [label for label in labels if label.startswith("Số đơn vị")]
    assert {label: ws.cell(labels[label], col).value for label in counts} == \
        {**{label: None for label in counts}, "Số đơn vị chưa đến kỳ đánh giá": con.summaries[yearly].applicable}
    note = labels[f"Ghi chú về các ô để trống (cột {ws.cell(1, col).column_letter})"]
    assert ws.cell(note, col).value == NOTE
    other = col - 2  # the indicator before it, due: its counts are numbers
    assert all(isinstance(ws.cell(labels[label], other).value, int) for label in counts)
