"""The Charts tab makes the other periods' consolidations on a worker: the window is not held
while a term's periods are recomputed (up to 1,6 s for 92 units), and the charts come when
they are made."""
from __future__ import annotations

import datetime as dt

from tests.province.conftest import PERIOD

TODAY = dt.date(2026, 6, 19)


def test_the_other_periods_are_consolidated_on_a_worker_then_drawn(qtbot, office, inbox):
    """With a first-quarter report held too, showing the charts returns at once with the periods
    still being made; once made, the period charts show both periods, and showing the tab again
    after another indicator uses them without a worker."""
    from ui.province_window import ProvinceWindow

    office.intake(inbox["root"] / "q1", "2026-Q1")
    office.intake(inbox["folder"], PERIOD)
    window = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    charts = window.charts
    with qtbot.waitSignal(charts.periods_made, timeout=30000):
        window.tabs.setCurrentWidget(charts)
        assert charts.making is not None and charts.periods is None  # the window is not held
    assert charts.making is None
    assert [c.period.code for c in charts.periods] == ["2026-Q1", PERIOD]
    bars = charts.completeness_view.chart().series()[0]
    assert bars.barSets()[0].count() == 2  # a stacked bar per period

    window.tabs.setCurrentIndex(0)
    window.refresh()  # the same data: the other period is kept, nothing to make again
    window.tabs.setCurrentWidget(charts)
    assert charts.making is None and len(charts.periods) == 2
