"""The province window's "Biểu đồ" tab as a provincial reviewer met it at 1366×768 with the 92 units'
files: the reports by period wrote no count in Quý I's column of 82 late reports, because 7 late at
6 months were too few for theirs (a status's counts were all written or none); three of the tab's Tab
stops (the three charts, where no key does anything) and the list of units without a bar (before its
first name) showed nothing, nor did the bars' scroll; and the units whose counted report leaves the
indicator empty were listed among "Chưa báo cáo", which the workbook's "Tổng hợp" counts apart."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.charts import CompletenessPoint, Placement, unit_results
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.periods import parse_period
from tests.exports.test_consolidated_sent_without_figure import BHYT, con, units  # noqa: F401
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.province.test_charts_tab import choose
from ui.province_charts import COUNTED, ChartsTab
from ui.province_status_chart import fill_status_chart


def _point(period: str, **counts) -> CompletenessPoint:
    by_status = dict.fromkeys(ReportStatus, 0) | {ReportStatus[k]: n for k, n in counts.items()}
    return CompletenessPoint(parse_period(period), 92, by_status)


def test_a_count_is_written_in_every_block_tall_enough_for_it(qapp):
    chart = QChart()
    legend = fill_status_chart(chart, [_point("2026-Q1", TRE_HAN=82, CHUA_GUI=10),
                                       _point("2026-6M", DA_NHAN=70, TRE_HAN=7, DU_THAO=3, BI_TU_CHOI=4,
                                              CHUA_GUI=8)], ["Quý I", "6 tháng"], lambda *_: None)
    written = {}  # (status, period) -> whether its count is written in its block
    for bar_set in chart.series()[0].barSets():
        for k in range(bar_set.count()):
            if bar_set.at(k):
                assert (bar_set.label(), k) not in written  # one block each
                written[(bar_set.label(), k)] = (int(bar_set.at(k)), bar_set.labelColor().alpha() > 0)
    assert written == {("Trễ hạn", 0): (82, True), ("Chưa gửi", 0): (10, True), ("Đúng hạn", 1): (70, True),
                       ("Trễ hạn", 1): (7, False), ("Dự thảo", 1): (3, False), ("Bị từ chối", 1): (4, False),
                       ("Chưa gửi", 1): (8, True)}
    assert chart.series()[0].isLabelsVisible()
    for words in ("Đúng hạn", "Trễ hạn", "Dự thảo", "Bị từ chối", "Chưa gửi"):
        assert legend.count(words.replace(" ", "&nbsp;")) == 1  # named once, in one colour
    assert {b.color().name() for b in chart.series()[0].barSets() if b.label() == "Trễ hạn"} == {"#ffb300"}


def test_every_tab_stop_shows_where_the_keyboard_is(qtbot, received):
    office, _ = received
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 2))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.tabs.setCurrentWidget(window.charts)
    tab = window.charts
    choose(window, "bhyt")
    for view in (tab.units_view, tab.share_view, tab.completeness_view):
        assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    tab.indicator_box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(tab.indicator_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.scroll
    highlight = tab.scroll.palette().color(QPalette.ColorRole.Highlight)
    frame = tab.scroll.grab().toImage()
    assert QColor(frame.pixelColor(0, tab.scroll.height() // 2)) == highlight  # its frame, in the highlight colour
    tab.indicator_box.setFocus()
    assert tab.scroll.grab().toImage().pixelColor(0, tab.scroll.height() // 2) != highlight

    apart = tab.chart.placed(Placement.NOT_REPORTED)
    listed = [u for u in apart if u.status not in COUNTED] + [u for u in apart if u.status in COUNTED]
    tab.scroll.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(tab.unit_chosen) as first:
        qtbot.keyClick(tab.scroll, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is tab.apart
        qtbot.keyClick(tab.apart, Qt.Key.Key_Return)
    assert first.args == [listed[0].code]  # the first Tab into the list is on its first name
    window.tabs.setCurrentWidget(tab)
    tab.scroll.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for _ in listed[1:]:  # each name one Right: the list is one Tab stop (S139, walk U26 F6)
        qtbot.keyClick(tab.apart, Qt.Key.Key_Right)
        assert QApplication.focusWidget() is tab.apart
    qtbot.keyClick(tab.apart, Qt.Key.Key_Tab)
    assert not tab.isAncestorOf(QApplication.focusWidget())  # out of the tab: no chart took a stop
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tab.apart  # back on its last name
    with qtbot.waitSignal(tab.unit_chosen) as last:
        qtbot.keyClick(tab.apart, Qt.Key.Key_Return)
    assert last.args == [listed[-1].code]
    window.close()


def test_the_units_that_sent_without_the_figure_are_listed_apart(qtbot, con, units):  # noqa: F811
    """As "Tổng hợp" counts them: 89 "Chưa báo cáo" (88 not sent, one unsigned file not accepted),
    and the draft leaving the insurance figure empty under "Chưa nhập" (it was the list's 90th)."""
    tab = ChartsTab(SimpleNamespace(catalog=con.catalog))
    qtbot.addWidget(tab)
    tab.consolidation, tab.chart = con, unit_results(con, BHYT)
    text = tab._apart_text()
    assert text.startswith("<b>Chưa báo cáo</b> (89): ")
    head, entered = text.split("<br>")[0], text.split("<br>")[1]
    assert entered.startswith("<b>Chưa nhập</b> (1): ") and f'href="{units["draft_empty"].code}"' in entered
    assert f'href="{units["draft_empty"].code}"' not in head and f'href="{units["unsigned"].code}"' in head
