"""The window's "Tổng hợp chỉ tiêu" counts apart, as the report and the workbook do, the units that
sent a report without an indicator's figure ("Chưa nhập", a column of its own) and those without a
counted report ("Chưa báo cáo"): a supplementary indicator 86 of 92 units had sent a report without
entering read "Chưa báo cáo 92". And the line between the indicators and the differences under
them moves at the keyboard, as Khóa ký's does (`ui.splitter_keys`)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QSplitter

from desktop_app.core.consolidation import Count
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.province.test_counts_add_up import LAND, con  # noqa: F401 - fixture: 2 units reported, 90 not
from tests.ui.conftest import press

H = Qt.Orientation.Horizontal


def test_the_units_that_sent_without_the_figure_have_their_own_column(qtbot, con):  # noqa: F811
    """The land fee: the ward reported it (Khác, no target), the commune's report left it empty
    (Chưa nhập 1), 90 units sent nothing (Chưa báo cáo 90): 92 in all, as its units."""
    from ui.province_consolidation import SummaryModel

    model = SummaryModel()
    model.set_rows(con.summaries[i.code] for i in con.catalog.indicators)
    headers = [model.headerData(c, H, Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
    first = headers.index("Vượt")
    not_reported = next(c for c, h in enumerate(headers) if (h or "").startswith("Chưa báo cáo: "))
    not_entered = next(c for c, h in enumerate(headers) if (h or "").startswith("Chưa nhập: "))
    assert not_entered == not_reported + 2 == model.SHARE - 1  # after "Chưa đến kỳ đánh giá", the counts' last
    assert model.headerData(not_entered, H) == "Chưa nhập"
    assert headers[not_reported] != headers[not_entered]  # each says what it counts
    row = [i.code for i in con.catalog.indicators].index(LAND)
    cells = {model.headerData(c, H, Qt.ItemDataRole.ToolTipRole).split(":")[0]: model.index(row, c).data()
             for c in range(first, not_entered + 1)}
    assert cells == {"Vượt": "0", "Đạt": "0", "Không đạt": "0", "Đang thực hiện": "0", "Khác": "1",
                     "Chưa báo cáo": "90", "Chưa đến kỳ đánh giá": "0", "Chưa nhập": "1"}
    for r, s in enumerate(model.rows):  # "—": a yearly indicator's counts but "Chưa đến kỳ đánh giá" at 6 months
        said = [model.index(r, c).data() for c in range(first, not_entered + 1)]
        assert sum(int(n) for n in said if n != "—") == s.applicable
    assert con.summaries[LAND].counts[Count.CHUA_BAO_CAO] == 91  # the core's sum, as before


def test_the_line_over_the_differences_moves_with_the_keys(qtbot, received):
    office, _ = received
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    w.resize(1366, 728)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    w.tabs.setCurrentIndex(2)
    table = w.summary_table
    split = table.parentWidget()  # the summary over the differences
    assert isinstance(split, QSplitter)
    handle, row = split.handle(1), w.differences_table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: table.isVisible() and w.summary_model.rowCount() > 0)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is handle
    assert handle.grab().toImage().pixelColor(10, handle.height() // 2) == handle.palette().color(
        QPalette.ColorRole.Highlight)
    assert "↑ ↓" in w.statusBar().currentMessage()
    top = split.sizes()
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert split.sizes() == [top[0] - 2 * row, top[1] + 2 * row]  # two rows more for the differences
    press(Qt.Key.Key_Down)
    assert split.sizes() == [top[0] - row, top[1] + row]
    press(Qt.Key.Key_End)  # the differences as small as their box goes
    assert split.sizes()[1] == w.differences_box.minimumSizeHint().height() < top[1]
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.differences_table
    assert w.statusBar().currentMessage() == ""
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is handle
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is table
