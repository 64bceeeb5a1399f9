"""The province window's "Charts" tab: the picture of the period's consolidation.

Three charts drawn from the models of `desktop_app.core.charts` (so every bar and point is
a consolidated figure), with QtCharts as the history chart (`ui.history_dialog`):

- the units' results for the chosen indicator as horizontal bars, best first, coloured by
  verdict, the target as one dashed line when all units share it, else a marker per unit.
  92 names do not fit under vertical bars: horizontal bars, one row per unit, scroll, so
  every name is read in full; the counts and the legend stay above the scroll. Units
  without a bar are listed under the bars, grouped by why (not reported, reported without
  the figure, no result, not due at this period); a name there is a link;
- the share of units meeting the target, period after period up to the chosen one (the
  years of the term so far), with the share still "in progress" (before the target's
  horizon, most units are judged so, not failed), both named in its title, every point whole
  (the axis goes a little under 0 and over 100);
- the units by report status, period after period.

A bar or a listed name chosen emits `unit_chosen(code)`; the window selects that unit in
its table. The other periods' consolidations are asked for once
(`ProvinceOffice.chart_consolidations`), when the tab is first shown after the period or
the data changed; choosing another indicator redraws from them without a service call.
When some of them must be made again (the tab's first showing: up to 1,6 s for the term's
reports of 92 units, each period recomputed), that runs on a worker (`ui.tasks.BackgroundTask`,
its own connection) and the charts are drawn when it is done: the window is not frozen
meanwhile, it repaints and, after 300 ms, says what it is doing (`making` is the task).
Numbers are shown the Vietnamese way in both languages (1.234,5), as in the history chart.
"""
from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import chart_colours
from desktop_app.core.catalog import Target
from desktop_app.core.charts import (
    CompletenessPoint,
    IndicatorChart,
    MetShare,
    Placement,
    UnitPoint,
    completeness_over_periods,
    met_share_over_periods,
    unit_results,
)
from desktop_app.core.consolidation import Consolidation, Count, ReportStatus
from desktop_app.core.evaluation import Entry, Verdict, compute
from desktop_app.core.numbers import format_number
from desktop_app.core.rate_rose import rose
from desktop_app.core.running import period_words
from desktop_app.core.wording import (
    progress_comparison,
    progress_percent,
    reduction_beyond,
)
from ui.actions import FAILED, run_action
from ui.common import in_language, link_html, show_error
from ui.i18n import Retranslating, translate
from ui.labels import (
    indicator_name,
    period_name,
    period_short_name,
    unit_label,
    verdict_label,
)
from ui.province_chart_links import Links
from ui.province_share_chart import fill_share_chart, least_height
from ui.province_status_chart import fill_status_chart, status_word

ROW_GAP = 10  # pixels added to a name's height per unit: with less, QtCharts elides every name (measured)
# The paper's colours (`desktop_app.core.chart_colours`): the same words in the same colour on
# screen and in the consolidated PDF, and the charts side by side share none.
TARGET_COLOUR = QColor(chart_colours.TARGET_COLOUR)
MET_COLOUR = QColor(chart_colours.VERDICT_COLOURS[Verdict.DAT])  # the paper's "Đạt, vượt"
IN_PROGRESS_COLOUR = QColor(chart_colours.VERDICT_COLOURS[Verdict.DANG_THUC_HIEN])
VERDICT_ORDER = (Verdict.VUOT, Verdict.DAT, Verdict.KHONG_DAT, Verdict.DANG_THUC_HIEN,
                 Verdict.CHUA_DU_SO_LIEU, Verdict.CHUA_GIAO, Verdict.CHUA_DEN_KY, Verdict.CHUA_NHAP)
COUNTED = (ReportStatus.DA_NHAN, ReportStatus.TRE_HAN, ReportStatus.DU_THAO)  # a unit's report counted


def bar_colours(verdict: Verdict) -> tuple[QColor, QColor]:
    """A bar's fill, its verdict's colour on paper, and its border, a shade darker."""
    fill = QColor(chart_colours.verdict_colour(verdict))
    return fill, fill.darker(130)


def _decimal(text: str | None) -> Decimal | None:
    """An item's canonical decimal ("1234.5"); None for none stated."""
    return None if text is None else Decimal(text)


def _new_chart() -> QChart:
    chart = QChart()
    chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # No Tab stop: no key does anything in a chart, and nothing showed that it had the focus (three
    # of the tab's Tabs went nowhere to be seen). The bars are for the mouse; the keyboard scrolls
    # them (`ChartsTab.scroll`) and chooses a unit by the names listed under them.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


class ChartsTab(Retranslating, QWidget):
    """The tab; the window hands it each consolidation it makes (`show_consolidation`)."""

    unit_chosen = Signal(str)
    periods_made = Signal()  # a worker has made the other periods' consolidations (or failed)

    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.consolidation: Consolidation | None = None
        self.periods: list[Consolidation] | None = None  # chart_consolidations, once shown
        self.making = None  # the BackgroundTask making them, while it runs
        self.chart: IndicatorChart | None = None
        self.shares: list[MetShare] = []
        self.completeness: list[CompletenessPoint] = []
        self.unit_sets: dict[Verdict, QBarSet] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 6, 4, 4)
        row = QHBoxLayout()
        self.indicator_label = QLabel()
        self.indicator_box = QComboBox()
        self.indicator_box.setMinimumContentsLength(60)
        self.indicator_box.currentIndexChanged.connect(lambda _: self.draw())
        self.indicator_label.setBuddy(self.indicator_box)
        row.addWidget(self.indicator_label)
        row.addWidget(self.indicator_box)
        row.addStretch(1)
        outer.addLayout(row)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.units_title = QLabel()
        self.units_title.setWordWrap(True)
        self.legend = QLabel()  # the counts with the colours' legend, above the scroll
        self.legend.setWordWrap(True)
        left.addWidget(self.units_title)
        left.addWidget(self.legend)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # A Tab stop (↑ ↓ Page Up / Page Down scroll the 92 bars), its frame in the highlight
        # colour while it has the focus: nothing showed it had it.
        self.scroll.setObjectName("unitsScroll")
        self.scroll.setStyleSheet("#unitsScroll:focus { border: 2px solid palette(highlight); }")
        inside = QWidget()
        column = QVBoxLayout(inside)
        column.setContentsMargins(0, 0, 0, 0)
        self.units_view = _view(_new_chart())
        column.addWidget(self.units_view)
        self.apart = Links()
        self.apart.setWordWrap(True)
        self.apart.setTextFormat(Qt.TextFormat.RichText)
        self.apart.linkActivated.connect(self.unit_chosen.emit)
        # Tab walks the names, Enter chooses one: the bars are for the mouse, the names for all
        self.apart.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.apart.setContentsMargins(6, 4, 6, 6)
        column.addWidget(self.apart)
        column.addStretch(1)
        self.scroll.setWidget(inside)
        left.addWidget(self.scroll, 1)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        self.share_view = _view(_new_chart())
        self.completeness_view = _view(_new_chart())
        # The statuses' colours in words that wrap: QtCharts lays a legend on one line and cuts
        # its names ("Chưa ký, chư…" at 1366 px), six of them here.
        self.completeness_legend = QLabel()
        self.completeness_legend.setWordWrap(True)
        self.completeness_legend.setTextFormat(Qt.TextFormat.RichText)
        self.completeness_legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.share_view, 1)
        right.addWidget(self.completeness_view, 1)
        right.addWidget(self.completeness_legend)
        body.addLayout(right, 2)
        outer.addLayout(body, 1)
        self._fill_indicators()
        self._retranslate_static()

    # --- data --------------------------------------------------------------------------------
    def show_consolidation(self, con: Consolidation) -> None:
        """The window's consolidation of the chosen period (made again after each intake)."""
        self.consolidation = con
        self.periods = None
        if self.isVisible():
            self.draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.periods is None:
            self.draw()

    def _fill_indicators(self) -> None:
        """The province's assigned indicators: the targets it gives every unit."""
        self.indicator_box.blockSignals(True)
        current = self.indicator_box.currentData()
        self.indicator_box.clear()
        for ind in self.office.catalog.indicators:
            if ind.assigned:
                self.indicator_box.addItem(f"{ind.no}. {indicator_name(ind)}", ind.code)
        self.indicator_box.setCurrentIndex(max(0, self.indicator_box.findData(current)))
        self.indicator_box.blockSignals(False)

    def draw(self) -> None:
        """The three charts for the chosen indicator (the periods consolidated if needed)."""
        con = self.consolidation
        code = self.indicator_box.currentData()
        if con is None or code is None:
            return
        if self.periods is None:
            periods = self._periods(con)
            if periods is None:
                return
            self.periods = periods
        self.chart = unit_results(con, code)
        self.shares = met_share_over_periods(self.periods, code)
        self.completeness = completeness_over_periods(self.periods)
        self._draw_units()
        self._draw_shares()
        self._draw_completeness()

    def _periods(self, con: Consolidation) -> list[Consolidation] | None:
        """The consolidations the period charts compare: at once when none is to be made again;
        else None, and made on a worker, the charts drawn once they are there."""
        if self.making is not None:
            return None
        ready = run_action(self, self.office.charts_ready, con.period, known=con)
        if ready is FAILED:
            return None
        if ready:
            periods = run_action(self, self.office.chart_consolidations, con.period, known=con)
            return None if periods is FAILED else periods
        from ui.tasks import BackgroundTask

        office = self.office

        def work(_progress, _cancelled):
            worker = office.for_thread()
            worker._charted = office._charted  # what it makes is kept for the next time
            try:
                return worker.chart_consolidations(con.period, known=con)
            finally:
                worker.close()

        self.making = BackgroundTask(self, self.tr("Charts"), work, label=self.tr("Consolidating the other periods…"),
                                     cancellable=False, unprompted=False)
        self.making.finished.connect(lambda periods: self._made(con, periods))
        self.making.failed.connect(lambda err: self._made(con, None, err))
        self.making.start()
        return None

    def _made(self, con: Consolidation, periods, err=None) -> None:
        self.making = None
        if err is not None:
            show_error(self, err)
        else:
            if con is self.consolidation:  # else another period or new files meanwhile: made again
                self.periods = periods
            if self.isVisible():
                self.draw()
        self.periods_made.emit()

    # --- the units chart ---------------------------------------------------------------------
    def _draw_units(self) -> None:
        c = self.chart
        ind = c.indicator
        self.units_title.setText(f"<b>{ind.no}. {escape(indicator_name(ind))}</b> ({escape(unit_label(ind.unit, ind.unit_en))})"
                                 f" — {escape(period_name(c.period))}")
        chart = _new_chart()
        chart.legend().hide()  # the legend is the line above the scroll, always in sight
        points = list(reversed(c.points))  # the first category is drawn at the bottom: best on top
        names = self._category_names(points)
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.75)
        self.unit_sets = {}
        # One bar set per verdict (a unit's value in its verdict's set, 0 in the others): a
        # handful of sets whatever the number of units, and each bar the category's full width.
        for verdict in VERDICT_ORDER:
            if not any(u.verdict == verdict for u in points):
                continue
            bar_set = QBarSet(verdict_label(verdict))
            fill, border = bar_colours(verdict)
            bar_set.setColor(fill)
            bar_set.setBorderColor(border)
            bar_set.append([float(u.value) if u.verdict == verdict else 0.0 for u in points])
            bar_set.clicked.connect(lambda i, pts=points: self.unit_chosen.emit(pts[i].code))
            bar_set.hovered.connect(lambda on, i, pts=points: self._tooltip(on, pts[i]))
            series.append(bar_set)
            self.unit_sets[verdict] = bar_set
        chart.addSeries(series)
        units_axis = QBarCategoryAxis()
        units_axis.append(names)
        units_axis.setGridLineVisible(False)
        chart.addAxis(units_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(units_axis)
        values = [float(u.value) for u in points] + [float(u.target) for u in points if u.target is not None]
        value_axis = self._value_axis(values, ind.unit, ind.unit_en)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignTop)  # in sight at the top of the scroll
        series.attachAxis(value_axis)
        self._draw_targets(chart, points, value_axis)
        row = QFontMetrics(units_axis.labelsFont()).height() + ROW_GAP
        # over the bars, the value axis's labels and its title (a chart of one or two units gave them 60 px in
        # all: QtCharts elided both to "…"), and the chart's margins
        top = 2 * QFontMetrics(value_axis.labelsFont()).height() + QFontMetrics(value_axis.titleFont()).height()
        height = max(len(points), 1) * row + top + 40
        self.units_view.setChart(chart)
        self.units_view.setMinimumHeight(height)
        self.units_view.setMaximumHeight(height)
        self.units_view.setVisible(bool(points))
        self.legend.setText(self._legend_text())
        self.apart.setText(self._apart_text())
        self.scroll.verticalScrollBar().setValue(0)

    @staticmethod
    def _category_names(points: list[UnitPoint]) -> list[str]:
        """Unit names as the axis shows them; a category axis needs each once (two units of
        one name would be told apart by their codes)."""
        seen: dict[str, int] = {}
        for u in points:
            seen[u.name] = seen.get(u.name, 0) + 1
        return [f"{u.name} ({u.code})" if seen[u.name] > 1 else u.name for u in points]

    @staticmethod
    def _value_axis(values: list[float], unit: str, unit_en: str = "") -> QValueAxis:
        axis = QValueAxis()
        low, top = min(values + [0.0]), max(values + [0.0])
        axis.setRange(low, top if top > low else low + 1)
        axis.applyNiceNumbers()
        if unit == "%" and low >= 0 and axis.max() > 100 >= top:  # no share above the whole
            axis.setRange(0, 100)
            axis.setTickCount(6)
        axis.setLabelFormat("%.0f" if axis.max() - axis.min() >= 10 else "%.1f")
        axis.setTitleText(unit_label(unit, unit_en))
        return axis

    def _draw_targets(self, chart: QChart, points: list[UnitPoint], value_axis: QValueAxis) -> None:
        """One dashed line when every unit has the same target, else a marker per unit, on a
        hidden axis whose unit k sits at k, as the bars' categories."""
        c = self.chart
        if not c.target_drawn or not points:
            return
        place = QValueAxis()
        place.setRange(-0.5, len(points) - 0.5)
        place.setVisible(False)
        chart.addAxis(place, Qt.AlignmentFlag.AlignRight)
        if c.common_target is not None:
            series = QLineSeries()
            pen = QPen(TARGET_COLOUR, 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            t = float(c.common_target)
            series.append([QPointF(t, -0.5), QPointF(t, len(points) - 0.5)])
        else:
            series = QScatterSeries()
            series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
            series.setMarkerSize(9)
            series.setColor(TARGET_COLOUR)
            series.setBorderColor(TARGET_COLOUR)
            series.append([QPointF(float(u.target), k) for k, u in enumerate(points) if u.target is not None])
        chart.addSeries(series)
        series.attachAxis(value_axis)
        series.attachAxis(place)

    def _tooltip(self, on: bool, u: UnitPoint) -> None:
        if not on:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self._unit_text(u), self.units_view)

    def _unit_text(self, u: UnitPoint) -> str:
        """"Xã Tân Cương: 95,25 — chỉ tiêu ≥ 90 — Vượt (đạt 105,8% chỉ tiêu)"."""
        text = self.tr("{unit}: {value}").format(unit=u.name, value=u.value_text)
        if self.chart.running:  # a term total's bar: the running total its verdict judges, then the period's own
            text = self.tr("{unit}: {running} {value} ({period}: {figure})").format(
                unit=u.name, running=in_language(self.chart.running).lower(), value=u.value_text,
                period=in_language(period_words(self.chart.period)).lower(), figure=u.period_text)
            if u.left_out:  # an earlier year without a result, left out of its running total (R21 F1)
                text += " — " + self.tr("not counting {years}, without a result").format(
                    years=u.left_out.replace(",", ", "))
        if u.target_text:
            text += " — " + self.tr("target {target}").format(target=u.target_text)
        text += " — " + verdict_label(u.verdict)
        ind = self.chart.indicator
        if rose(ind, u.value):  # the unit's detail's words: "(-520% of the target so far)" said nothing of the rise
            return text + f" ({self._rise_text(u)})"
        percent = self._progress_text(u) if u.progress is not None and u.verdict == Verdict.DANG_THUC_HIEN else None
        if percent is not None:
            text += " " + self.tr("({progress}% of the target so far)").format(progress=percent)
        return text

    def _rise_text(self, u: UnitPoint) -> str:
        """"Tỷ lệ hộ nghèo tăng 1,56 điểm % so với đầu nhiệm kỳ": a poverty rate that rose, as the unit's
        row in the entry window and its report say it (`labels.compared_text`, the same translation)."""
        ind = self.chart.indicator
        return translate("labels", "Poverty rate up {figure} {unit} since the start of the term").format(
            figure=format_number(-u.value, ind.decimals), unit=unit_label(ind.unit, ind.unit_en))

    def _progress_text(self, u: UnitPoint) -> str | None:
        """The unit's share of its target as the report and the entry window word it
        (`wording.progress_percent`): one that rounds to 0 but is not 0 to its first significant
        digit ("0,03", where the one-decimal progress the item states read "0"), none where a
        percentage would contradict the level reached, nor for a poverty rate's fall at or beyond its
        target, which the report says in points (`wording.reduction_beyond`). Needs the unrounded share, which the
        consolidated item does not keep: what the province compared is computed again from the
        item's inputs by the core (`evaluation.compute`), as its recomputation did."""
        item = self.consolidation.item(u.code, self.chart.indicator.code)
        if item is None or item.target_value is None:
            return format_number(u.progress, 1)
        ind = self.chart.indicator
        entry = Entry(_decimal(item.numerator), _decimal(item.denominator), _decimal(item.input_value))
        compared = compute(ind, entry, baseline=_decimal(item.baseline),
                           earlier_years=_decimal(item.earlier_total)).compared
        if not isinstance(compared, Decimal):
            return format_number(u.progress, 1)
        target = Target(item.target_op, Decimal(item.target_value))
        comparison = progress_comparison(ind, u.progress, compared, target)
        if reduction_beyond(ind, comparison) is not None:
            return None  # a fall at or beyond its target: the report says it in points, not "2.135,1%"
        return progress_percent(comparison)

    def _legend_text(self) -> str:
        """The verdicts' colours with their counts, and what the target's mark means."""
        c = self.chart
        parts = []
        for verdict in VERDICT_ORDER:
            n = sum(u.verdict == verdict for u in c.points)
            if n:
                fill, _ = bar_colours(verdict)
                parts.append(f'<span style="color:{fill.name()}">■</span>'
                             f"&nbsp;{escape(verdict_label(verdict))} {n}")
        target = TARGET_COLOUR.name()
        if c.target_drawn and c.common_target is not None:
            parts.append(f'<span style="color:{target}"><b>- - -</b></span>&nbsp;'
                         + self.tr("target {target}, the same for every unit").format(
                             target=escape(c.points[0].target_text)))
        elif c.target_drawn and c.points:
            parts.append(f'<span style="color:{target}">◆</span>&nbsp;' + self.tr("each unit's target"))
        risen = [u.name for u in c.points if rose(c.indicator, u.value)]
        if risen:  # bars below 0: the poverty rate rose (walk U15 / S97), each said in its tooltip
            parts.append(self.tr("Poverty rate up since the start of the term in %n unit(s), the bars below 0: ",
                                 None, len(risen)) + escape(", ".join(risen[:5])) + ("…" if len(risen) > 5 else ""))
        if c.running and c.points:  # what a bar is: not the period's figure its verdict was not judged on
            parts.append(self.tr("each bar: the unit's {running}, against its target for the term").format(
                running=escape(in_language(c.running).lower())))
            short = [u for u in c.points if u.left_out]
            if short:  # a running total without every earlier year, said as the unit's row says it (R21 F1)
                parts.append(self.tr("%n unit(s) without every year's figures: ", None, len(short)) + escape(", ".join(
                    self.tr("{unit} (not counting {years})").format(unit=u.name, years=u.left_out.replace(",", ", "))
                    for u in short[:5])) + ("…" if len(short) > 5 else ""))
        elif c.points and not c.target_drawn:
            parts.append(self.tr("No target line: the target is the total of the term, not one period's figure")
                         if c.indicator.horizon == "term_total" else self.tr("No target line"))
        if c.apart and not c.points:  # no bar at all: nothing to be "under"
            parts.append(self.tr("No bars: the %n unit(s) are listed below, with the reason", None, len(c.apart)))
        elif c.apart:
            parts.append(self.tr("%n unit(s) without a bar, listed under the bars", None, len(c.apart)))
        return " &nbsp;·&nbsp; ".join(parts)

    def _apart_text(self) -> str:
        """The units without a bar, grouped by why; each name a link to its row in the table."""
        c = self.chart
        blocks = []
        if not c.due:
            blocks.append(self.tr("<b>Not assessed at this period</b>: the indicator is assessed in the year's "
                                  "report ({count} units).").format(count=len(c.apart)))
            return "<br>".join(blocks)

        def names(units: list[UnitPoint], why) -> str:
            return ", ".join(link_html(u.code, escape(u.name)) + why(u) for u in units)

        # Apart, as the workbook's "Tổng hợp" and the report count them: the units without a counted
        # report, then those whose counted report leaves the indicator empty ("Chưa nhập"), which were
        # listed among the first ("Chưa báo cáo (90)" beside a sheet's 89 and 1)
        not_reported = c.placed(Placement.NOT_REPORTED)
        not_entered = [u for u in not_reported if u.status in COUNTED]
        not_reported = [u for u in not_reported if u.status not in COUNTED]
        if not_reported:
            blocks.append(self.tr("<b>Not reported</b> ({count}):").format(count=len(not_reported)) + " "
                          + names(not_reported, lambda u: f" ({escape(self._status_word(u.status))})"))
        if not_entered:
            blocks.append(f"<b>{escape(verdict_label(Verdict.CHUA_NHAP))}</b> ({len(not_entered)}): "
                          + names(not_entered, lambda u: ""))
        no_value = c.placed(Placement.NO_VALUE)
        if no_value:
            blocks.append(self.tr("<b>Reported without a result</b> ({count}):").format(count=len(no_value)) + " "
                          + names(no_value, lambda u: f" ({escape(verdict_label(u.verdict))})"))
        return "<br>".join(blocks)

    # --- across periods ----------------------------------------------------------------------
    @staticmethod
    def _period_labels(periods) -> list[str]:
        return [f"{period_short_name(p)}<br>{p.year}" for p in periods]

    def _draw_shares(self) -> None:
        chart = _new_chart()
        # Both lines named in the title: "đạt hoặc vượt" over a point at 100 read as every unit met
        # where every unit was in progress, only the legend said otherwise (walk 13, M6)
        chart.setTitle(self.tr("Share of units: met or exceeded, in progress (%)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        fill_share_chart(chart, self.shares, self._period_labels(s.period for s in self.shares), (
            (self.tr("Met or exceeded"), MET_COLOUR, lambda s: s.share, lambda s: s.met),
            (self.tr("In progress"), IN_PROGRESS_COLOUR, lambda s: s.in_progress_share,
             lambda s: s.counts[Count.DANG_THUC_HIEN])))
        self.share_view.setChart(chart)
        self.share_view.setMinimumHeight(least_height(self.font()))  # its periods' two lines whole

    def _draw_completeness(self) -> None:
        chart = _new_chart()
        labels = self._period_labels(p.period for p in self.completeness)
        legend = fill_status_chart(chart, self.completeness, labels, self._status_tooltip)
        self.completeness_view.setChart(chart)
        self.completeness_legend.setText(legend)

    def _status_tooltip(self, on: bool, status: ReportStatus, index: int, count: int) -> None:
        if not on:
            QToolTip.hideText()
            return
        period = period_name(self.completeness[index].period)
        QToolTip.showText(QCursor.pos(), self.tr("{period}: {status} %n unit(s)", None, count).format(
            period=period, status=status_word(status)), self.completeness_view)

    @staticmethod
    def _status_word(status: ReportStatus) -> str:
        return status_word(status)

    # --- language ----------------------------------------------------------------------------
    def _retranslate_static(self) -> None:
        self.indicator_label.setText(self.tr("&Indicator:"))
        self.indicator_box.setAccessibleName(self.tr("Indicator shown"))
        self.units_view.setAccessibleName(self.tr("Results of the units"))
        self.share_view.setAccessibleName(self.tr("Share of units met or exceeded, and in progress, by period"))
        self.completeness_view.setAccessibleName(self.tr("Reports by period"))
        self.apart.setAccessibleName(self.tr("Units without a bar"))
        self.apart.setAccessibleDescription(self.tr("The arrow keys go from name to name; Enter shows the unit "
                                                    "in Reports sent"))

    def retranslate(self) -> None:
        """Every word again, and the charts redrawn from what they show (no service call)."""
        self._fill_indicators()
        self._retranslate_static()
        if self.periods is not None:
            self.draw()
