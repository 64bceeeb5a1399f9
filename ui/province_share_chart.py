"""The charts tab's share chart: per period, the percent of the units that met or exceeded the
target and the percent still in progress, a line and its dots each, every dot labelled with its
value as the consolidated PDF prints it (walk U12 F6: 97,83 % was a dot that read as 100, no
value beside it, where the paper says "97,8%"): the same counts, the same one decimal, in
Vietnamese figures (`share_words`)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen

from desktop_app.core.charts import MetShare, share_words
from ui.text_scale import text_scale

SHARE_MARGIN = 6  # percentage points under 0 and over 100 on the shares' axis: its points drawn whole
LABEL = QXYSeries.PointConfiguration.LabelFormat
LABEL_SHOWN = QXYSeries.PointConfiguration.LabelVisibility


# a line: its name, colour, the share plotted (None: no point) and the units it counts
Line = tuple[str, QColor, Callable[[MetShare], Decimal | None], Callable[[MetShare], int]]


def fill_share_chart(chart: QChart, shares: Sequence[MetShare], categories: list[str], lines: Sequence[Line]) -> None:
    """The axes and each of `lines` on `chart`, one category of `categories` per share."""
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_y = QValueAxis()
    # A margin under 0 and over 100: a point there is drawn whole (the edges cut it in half).
    # Labelled 0, 50, 100 with unlabelled lines at 25 and 75: six labels had no room at
    # 1280×720, where the chart is ~170 px high and Qt wrote each as "…" (walk 12, finding 4)
    axis_y.setRange(-SHARE_MARGIN, 100 + SHARE_MARGIN)
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(50)
    axis_y.setMinorTickCount(1)
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for name, colour, value, units in lines:
        line, dots = QLineSeries(), QScatterSeries()
        line.setName(name)
        line.setPen(QPen(colour, 2.5))
        dots.setColor(colour)
        dots.setBorderColor(colour)
        dots.setMarkerSize(8)
        # A period with nothing to plot (not due, nothing received) leaves no point.
        plotted = [(k, s) for k, s in enumerate(shares) if value(s) is not None]
        points = [QPointF(k, float(value(s))) for k, s in plotted]
        line.append(points)
        dots.append(points)
        dots.setPointLabelsVisible(True)
        dots.setPointLabelsClipping(False)  # the label over a point at 100 drawn whole
        dots.setPointLabelsColor(colour.darker(140))
        for n, (_, s) in enumerate(plotted):
            dots.setPointConfiguration(n, {LABEL: share_words(units(s), s.applicable),
                                           LABEL_SHOWN: True})
        for series in (line, dots):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        chart.legend().markers(dots)[0].setVisible(False)


def least_height(font: QFont) -> int:
    """The share chart's least height with a bigger text (Windows' "Make text bigger"), else 0: QtCharts gives
    the periods' axis at most 40 % of the height its title and legend leave, and cuts a label it squeezes to
    its first line ("6 tháng…" at 150 % on a 1366×728 laptop, 205 px high: S111). Its two lines ("6 tháng",
    "2026") were whole from 164, 192 and 213 px at 100, 125 and 150 %: seven lines of text and 66 px, with
    4 px to spare. At the usual size the chart keeps the height it had."""
    if text_scale(font) <= 1:
        return 0
    return 7 * QFontMetrics(font).height() + 70
