"""The province window's "Charts" tab: its series hold exactly the consolidated figures, a
bar or a listed name chosen selects the unit in the "Reports sent" table, and the charts
follow the interface language."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QLineSeries, QScatterSeries
from PySide6.QtCore import QCoreApplication, QPointF, Qt

from desktop_app.core.charts import Placement
from desktop_app.core.consolidation import ReportStatus
from tests.province.conftest import PERIOD
from tests.rich_text import links
from ui import i18n
from ui.province_charts import COUNTED

TODAY = dt.date(2026, 6, 19)  # the 6-month report is the current one


@pytest.fixture
def window(qtbot, received):
    """The window on the database that has read the inbox, on its charts tab."""
    from ui.province_window import ProvinceWindow

    office, _ = received
    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.period.code == PERIOD
    w.tabs.setCurrentWidget(w.charts)
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def choose(window, code: str) -> None:
    box = window.charts.indicator_box
    box.setCurrentIndex(box.findData(code))


def bars(tab) -> dict[str, tuple[float, str]]:
    """Unit name -> (value, bar set's name) as the units chart draws them."""
    chart = tab.units_view.chart()
    axis = next(a for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis))
    names = axis.categories()
    out = {}
    for bar_set in tab.unit_sets.values():
        for k in range(bar_set.count()):
            if bar_set.at(k):
                assert names[k] not in out  # one verdict per unit
                out[names[k]] = (bar_set.at(k), bar_set.label())
    return out


def test_the_bars_are_the_consolidated_values_best_on_top(window, received):
    """Each unit's bar is its recomputed value in its verdict's set; the best unit is drawn
    on top; BHYT's common target is one dashed line at 100."""
    office, _ = received
    con = office.consolidation(PERIOD)
    choose(window, "bhyt")
    drawn = bars(window.charts)
    expected = {u.commune.name: float(Decimal(con.item(u.commune.code, "bhyt").value))
                for u in con.units if con.item(u.commune.code, "bhyt") is not None}
    assert {name: v for name, (v, _) in drawn.items()} == expected
    assert {label for _, label in drawn.values()} == {"Đang thực hiện"}
    axis = next(a for a in window.charts.units_view.chart().axes(Qt.Orientation.Vertical)
                if isinstance(a, QBarCategoryAxis))
    top = axis.categories()[-1]
    assert drawn[top][0] == max(expected.values())
    line = next(s for s in window.charts.units_view.chart().series() if isinstance(s, QLineSeries))
    assert {p.x() for p in line.points()} == {100.0}

    choose(window, "truong_chuan")  # a target per unit: a marker each
    markers = next(s for s in window.charts.units_view.chart().series() if isinstance(s, QScatterSeries))
    assert sorted(p.x() for p in markers.points()) == sorted(
        float(Decimal(con.item(u.code, "truong_chuan").target_value)) for u in window.charts.chart.points)
    # the legend says the markers are the units' targets, and not that no target is drawn
    assert "chỉ tiêu giao cho từng đơn vị" in window.charts.legend.text()
    assert "Không vẽ chỉ tiêu" not in window.charts.legend.text()


def test_units_without_a_bar_are_listed_by_why(window, inbox):
    """Not reported, with the unit's status; the year-end indicator says "not assessed"."""
    choose(window, "bhyt")
    text = window.charts.apart.text()
    assert "Chưa báo cáo" in text and "(Bị từ chối)" in text and "(Chưa gửi)" in text
    assert f'href="{inbox["tampered"]}"' in text
    choose(window, "to_chuc_dang_htt")
    assert window.charts.chart.points == [] and not window.charts.units_view.isVisible()
    assert "Chưa đến kỳ đánh giá" in window.charts.apart.text()


def test_the_period_charts_hold_the_consolidated_shares_and_counts(window, received):
    """One period received: the share point is the summary's, the stacked bars the statuses."""
    office, _ = received
    con = office.consolidation(PERIOD)
    choose(window, "ket_nap_dang_vien")
    share = window.charts.share_view.chart()
    met = next(s for s in share.series() if isinstance(s, QLineSeries) and s.name() == "Đạt hoặc vượt")
    # the table's blank (no unit judged yet) is the chart's 0 beside the units in progress
    assert [p.y() for p in met.points()] == [float(con.summaries["ket_nap_dang_vien"].met_share or 0)]
    stacked = window.charts.completeness_view.chart().series()[0]
    counted = {s.label(): s.at(0) for s in stacked.barSets()}
    statuses = [u.status for u in con.completeness.units]
    assert counted["Đúng hạn"] == statuses.count(ReportStatus.DA_NHAN)
    assert counted["Trễ hạn"] == statuses.count(ReportStatus.TRE_HAN)
    assert counted["Chưa gửi"] == statuses.count(ReportStatus.CHUA_GUI)
    assert sum(counted.values()) == 92


def test_clicking_a_bar_selects_the_unit_in_the_table(qtbot, window):
    """A mouse click on the top bar: the "Reports sent" tab opens with that unit's row
    selected, even when the search had hidden it; a name listed apart does the same."""
    tab = window.charts
    choose(window, "bhyt")
    window.search.setText("khong co don vi nay")
    best = tab.chart.points[0]
    chart = tab.units_view.chart()
    series = chart.series()[0]
    point = chart.mapToPosition(QPointF(float(best.value) / 2, len(tab.chart.points) - 1), series)
    tab.scroll.ensureVisible(0, int(point.y()))
    at = tab.units_view.mapFromScene(point)
    with qtbot.waitSignal(tab.unit_chosen) as chosen:
        qtbot.mouseClick(tab.units_view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert chosen.args == [best.code]
    assert window.tabs.currentIndex() == 0
    assert [window.proxy.index(i.row(), 1).data() for i in window.table.selectionModel().selectedRows()] == [best.code]

    missing = tab.chart.placed(Placement.NOT_REPORTED)[0]
    window.tabs.setCurrentWidget(tab)
    tab.apart.linkActivated.emit(missing.code)
    assert window.tabs.currentIndex() == 0
    assert [window.proxy.index(i.row(), 1).data() for i in window.table.selectionModel().selectedRows()] == [missing.code]


def test_the_charts_follow_the_interface_language(qtbot, window):
    """English retitles the tab, the charts and the series; Vietnamese again after."""
    choose(window, "ket_nap_dang_vien")
    assert window.tabs.tabText(window.tabs.indexOf(window.charts)) == "&Biểu đồ"
    i18n.install_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "C&harts")
    tab = window.charts
    assert tab.share_view.chart().title() == "Share of units: met or exceeded, in progress (%)"
    assert tab.completeness_view.chart().title() == "Reports by period"
    assert {s.label() for s in tab.completeness_view.chart().series()[0].barSets()} >= {"On time", "Late", "Not sent"}
    assert tab.indicator_box.currentText() == "8. " + tab.chart.indicator.name_en
    assert "Exceeded" in tab.legend.text() or "Not met" in tab.legend.text() or "In progress" in tab.legend.text()
    assert tab.indicator_box.currentData() == "ket_nap_dang_vien"
    i18n.install_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "&Biểu đồ")
    assert tab.share_view.chart().title() == QCoreApplication.translate(
        "ChartsTab", "Share of units: met or exceeded, in progress (%)")
    assert tab.completeness_view.chart().title() == "Tình hình gửi báo cáo theo kỳ"


def test_a_listed_name_is_chosen_with_the_keyboard(qtbot, window):
    """From the indicator box, Tab reaches the bars' scroll, one more Tab the first name listed
    under the bars (no chart takes a stop: no key does anything there; the list itself took one
    where no name was shown chosen), and Enter on it selects that unit in the "Reports sent"
    table, as a click does."""
    tab = window.charts
    choose(window, "bhyt")
    first = next(u for u in tab.chart.placed(Placement.NOT_REPORTED) if u.status not in COUNTED)
    tab.indicator_box.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is tab.scroll
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # the list: its first name
    assert window.focusWidget() is tab.apart
    with qtbot.waitSignal(tab.unit_chosen) as chosen:
        qtbot.keyClick(tab.apart, Qt.Key.Key_Return)
    assert chosen.args == [first.code]
    assert window.tabs.currentIndex() == 0


def test_the_listed_names_keep_their_dots_below(window):
    """The names under the bars are links, but never underlined: the line merged with the dot
    below, "Phường Vạn Xuân" read "Phường Van Xuân" and "Xã Trại Cau" "Xã Trai Cau"."""
    shown = links(window.charts.apart.text())
    assert [name for name, underlined in shown if underlined] == []
    assert any(ch in name for name, _ in shown for ch in "ạặịộ")
