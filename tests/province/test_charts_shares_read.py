"""Walk 13, M6: the shares chart of "Biểu đồ" reads right. It was titled "share of units meeting or
exceeding the target" and drew "Đang thực hiện" at 100: a reviewer read "100% met" where every unit
was in progress, only the legend said which line was which. Its points at 0 and 100 were cut in
half by the plot's edges. Now the title names both lines, every point is drawn whole, and the
axis still reads 0, 50, 100 whole at 1280×720 (walk 12: six labels each read "…")."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsTextItem

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui import i18n


ALL_IN_PROGRESS = "thu_ngan_sach"  # a target of the term: every unit is "Đang thực hiện" at 6 months



@pytest.fixture
def small(qtbot, office, inbox_92):
    """The window at 1280×720 on "Biểu đồ", on the indicator whose 92 units are all in progress:
    its met share at 0, its in-progress share at 100, the points at both edges."""
    office.intake(inbox_92, PERIOD)
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 1))
    window.resize(1280, 720)
    window.tabs.setCurrentWidget(window.charts)
    box = window.charts.indicator_box
    box.setCurrentIndex(box.findData(ALL_IN_PROGRESS))
    qtbot.waitUntil(lambda: window.charts.shares and window.charts.share_view.height() < 260)
    share = window.charts.shares[-1]
    assert share.share == 0 and share.in_progress_share == 100
    yield window
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def texts(view) -> list[QGraphicsTextItem]:
    return [item for item in view.scene().items() if isinstance(item, QGraphicsTextItem) and item.toPlainText()]


def test_the_title_names_both_lines(qtbot, small):
    """The title says what the green and the blue points are, in the legend's words."""
    i18n.install_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: small.charts.indicator_box.currentText().startswith("1. Local"))
    chart = small.charts.share_view.chart()
    legend = [m.label() for m in chart.legend().markers() if m.isVisible()]
    assert legend == ["Met or exceeded", "In progress"]
    assert chart.title() == "Share of units: met or exceeded, in progress (%)"
    assert all(name.lower() in chart.title().lower() for name in legend)
    shown = [t.toPlainText() for t in texts(small.charts.share_view)]
    assert chart.title() in shown  # drawn whole, not cut with "…"
    assert "meeting" not in chart.title()


def test_points_at_0_and_100_are_drawn_whole(small):
    """Each point's dot lies inside the plot area: the one at 100 and the one at 0 are round."""
    chart = small.charts.share_view.chart()
    area = chart.plotArea()
    dots = [s for s in chart.series() if isinstance(s, QScatterSeries)]
    assert sorted(p.y() for s in dots for p in s.points()) == [0.0, 100.0]
    for series in dots:
        radius = series.markerSize() / 2
        for point in series.points():
            at = chart.mapToPosition(point, series)
            assert area.top() <= at.y() - radius and at.y() + radius <= area.bottom(), (point.y(), at.y(), area)


def test_the_axis_reads_0_50_100_whole_at_1280(small):
    """Three labels, at 0, 50 and 100 (not at the margins' -6 and 106), none cut with "…"."""
    view = small.charts.share_view
    area = view.chart().plotArea()
    labels = sorted((t for t in texts(view) if t.sceneBoundingRect().right() <= area.left()),
                    key=lambda t: -t.sceneBoundingRect().center().y())
    assert [t.toPlainText() for t in labels] == ["0", "50", "100"]
    chart, series = view.chart(), view.chart().series()[0]
    for label, value in zip(labels, (0, 50, 100)):
        assert abs(label.sceneBoundingRect().center().y() - chart.mapToPosition(QPointF(0, value), series).y()) < 3
