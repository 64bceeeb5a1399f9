"""A yearly indicator in the 6-month summary (walk U1 F5): row 9, assessed and rated only at year end,
read "Chưa báo cáo 0" and "Chưa đến kỳ đánh giá 92" while every other row said 88 units had not
reported: a reviewer could read it as every unit having reported. Now its counts but "Chưa đến kỳ
đánh giá" read "—", and their tooltip says why; the report's workbook keeps its columns (the core's
counts are unchanged)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.core.consolidation import NOT_COUNTED, Count
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui.province_consolidation import COUNTS, SummaryModel

NOTE = ("Chưa đến kỳ đánh giá: chỉ tiêu đánh giá, xếp loại vào cuối năm. Ở kỳ này không đơn vị nào phải báo cáo "
        "chỉ tiêu này, nên không đơn vị nào được đếm vào các cột khác (“—”), kể cả cột Chưa báo cáo.")


def test_a_yearly_indicators_counts_read_not_counted_at_six_months(received):
    office, _run = received
    con = office.consolidation(PERIOD)
    yearly = [s for s in con.summaries.values() if not s.due]
    assert yearly and all(s.indicator.year_end_only for s in yearly)
    for s in yearly:
        assert s.shown == {**{k: NOT_COUNTED for k in s.parted}, Count.CHUA_DEN_KY: str(s.applicable)}
        assert s.parted[Count.CHUA_DEN_KY] == s.applicable  # the counts the workbook prints are as they were
    due = next(s for s in con.summaries.values() if s.due)
    assert due.shown == {k: str(n) for k, n in due.parted.items()}
    assert int(due.shown[Count.CHUA_BAO_CAO]) > 0  # units without a counted report


def test_the_summary_tab_says_the_yearly_row_is_not_assessed_this_period(qtbot, office, inbox):
    office.intake(inbox["folder"], PERIOD)
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    model = window.summary_model
    row = next(r for r, s in enumerate(model.rows) if not s.due)
    first = SummaryModel.NAME + 3  # the counts after No., the name, the unit and the units it applies to
    cells = {k: model.index(row, first + n) for n, k in enumerate(COUNTS)}
    assert model.index(row, 3).data() == "92"
    assert cells[Count.CHUA_DEN_KY].data() == "92"
    assert {k: cell.data() for k, cell in cells.items() if k != Count.CHUA_DEN_KY} == \
        {k: "—" for k in COUNTS if k != Count.CHUA_DEN_KY}
    assert all(cell.data(Qt.ItemDataRole.ToolTipRole) == NOTE for cell in cells.values())
    other = next(r for r, s in enumerate(model.rows) if s.due)
    assert model.index(other, first + COUNTS.index(Count.CHUA_BAO_CAO)).data() == "78"  # the units that sent nothing
