"""The province window's chart of the units by report status, period after period ("Tình hình
gửi báo cáo theo kỳ", in the "Biểu đồ" tab): the paper's colours and order
(`desktop_app.core.chart_colours`), "Chưa gửi" an outlined white block as printed, and its legend
as words that wrap under the chart (QtCharts lays a legend on one line and cut "Chưa ký, chư…" at
1366 px)."""
from __future__ import annotations

from html import escape

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.core import chart_colours
from desktop_app.core.charts import CompletenessPoint
from desktop_app.core.consolidation import ReportStatus
from ui.i18n import translate

STATUS_ORDER = tuple(chart_colours.STATUS_COLOURS)  # bottom up, as the paper stacks them
SHOWN_ALWAYS = (ReportStatus.DA_NHAN, ReportStatus.TRE_HAN, ReportStatus.CHUA_GUI)  # the others when any
SMALLEST_LABELLED = 0.08  # of the units: a smaller block is too low for its count


def status_word(status: ReportStatus) -> str:
    """A status as the chart and its legend name it (the tab's words: context "ChartsTab")."""
    words = {
        ReportStatus.DA_NHAN: translate("ChartsTab", "On time"), ReportStatus.TRE_HAN: translate("ChartsTab", "Late"),
        ReportStatus.DU_THAO: translate("ChartsTab", "Draft"),
        ReportStatus.CHUA_KY: translate("ChartsTab", "Unsigned, not accepted"),
        ReportStatus.CHO_DOI_CHIEU: translate("ChartsTab", "Awaiting the province's key check"),
        ReportStatus.BI_TU_CHOI: translate("ChartsTab", "Refused"),
        ReportStatus.CHUA_GUI: translate("ChartsTab", "Not sent"),
    }
    return words[status]


def legend_square(fill: str) -> str:
    """A legend's square: the empty "Chưa gửi" outlined, as its block."""
    if fill == chart_colours.EMPTY:
        return f'<span style="color:{chart_colours.OUTLINE}">□</span>'
    return f'<span style="color:{fill}">■</span>'


def fill_status_chart(chart: QChart, points: list[CompletenessPoint], period_labels: list[str], hovered) -> str:
    """Draws the periods' statuses in `chart`, one column per period (`period_labels`); `hovered(on,
    status, index, count)` for a block's tooltip. Returns the legend's rich text."""
    chart.setTitle(translate("ChartsTab", "Reports by period"))
    chart.legend().hide()  # the words under the chart, wrapped
    series = QStackedBarSeries()
    series.setBarWidth(0.6)
    total = max((p.total for p in points), default=0)
    shown = []
    for status in STATUS_ORDER:
        counts = [p.by_status[status] for p in points]
        if status not in SHOWN_ALWAYS and not any(counts):
            continue
        shown.append(status)
        fill = chart_colours.STATUS_COLOURS[status]
        # A count is written inside its block when the block is tall enough for it, every count in
        # the block's tooltip. A set's labels are all written or none: a status's blocks too low
        # for their count are a set of their own, in its colour (one set, 7 late at 6 months hid
        # the 82 late at Quý I).
        small = [n if 0 < n < total * SMALLEST_LABELLED else 0 for n in counts]
        tall = [n - low for n, low in zip(counts, small)]
        parts = [(tall, True)] if any(tall) or not any(small) else []  # a status without any: still named
        for part, labelled in parts + ([(small, False)] if any(small) else []):
            bar_set = QBarSet(status_word(status))
            bar_set.setColor(QColor(fill))
            # "Chưa gửi" is an outlined white block, as on paper: nothing received
            bar_set.setBorderColor(QColor(chart_colours.OUTLINE if fill == chart_colours.EMPTY else "#ffffff"))
            bar_set.setLabelColor(QColor(chart_colours.text_colour(fill)) if labelled
                                  else QColor(Qt.GlobalColor.transparent))
            bar_set.append([float(n) for n in part])
            bar_set.hovered.connect(lambda on, i, st=status, ns=counts: hovered(on, st, i, ns[i]))
            series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(period_labels)
    axis_y = QValueAxis()
    axis_y.setRange(0, total or 1)
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(20)
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    # an entry kept whole on its line (its spaces unbreakable), lines broken between entries
    return " &nbsp; ".join(f'{legend_square(chart_colours.STATUS_COLOURS[status])}&nbsp;'
                           f'{escape(status_word(status)).replace(" ", "&nbsp;")}' for status in shown)
