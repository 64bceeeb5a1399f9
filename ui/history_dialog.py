"""An indicator across the periods of the term, against its target: a small chart and a table.

A window to read: Enter in the table does not close it (Enter there is the officer's habit
from the entry table); Escape and "Đóng" (Tab to it, then Enter or Space) do."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.core.numbers import format_number
from desktop_app.core.periods import Period
from desktop_app.services import Workspace
from desktop_app.core.history_gaps import gap_years, shown_rows
from desktop_app.core.rows import Row
from ui import labels
from ui.common import in_language, target_source_text, verdict_colours
from ui.keyboard import ENTER_KEYS, one_default

RESULT_COLOUR = QColor("#1f4e79")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TARGET_COLOUR = QColor("#c62828")


def plotted(row: Row) -> Decimal | bool | None:
    """What the chart shows for a row: the running term total for a term-total target."""
    c = row.computed
    if row.indicator.horizon == "term_total" and c.compared is not None and row.target is row.province_target:
        return c.compared
    return c.value


def running_text(row: Row) -> str:
    """A term total's running total as its cell says it, the years it leaves out named as the paper names
    them: "2.802.450 (chưa tính năm 2028)" (walk U21 F4: "63% chỉ tiêu" beside it read as of five years)."""
    v = plotted(row)
    if v is None:
        return ""
    figure = format_number(v, row.indicator.decimals)
    if not row.missing_years:
        return figure
    # the words of the province's charts for a unit's running total leaving years out: "… (chưa tính năm 2028)"
    return QCoreApplication.translate("ChartsTab", "{unit} (not counting {years})").format(
        unit=figure, years=", ".join(map(str, row.missing_years)))


class HistoryDialog(QDialog):
    def __init__(self, workspace: Workspace, code: str, current: Period | None = None, parent=None):
        super().__init__(parent)
        self.rows = workspace.history(code)
        ind = self.rows[0].indicator
        self.indicator = ind
        name = labels.indicator_name(ind)
        self.setWindowTitle(self.tr("History across periods — {indicator}").format(indicator=name))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{ind.no}. {name}</b> ({labels.unit_label(ind.unit, ind.unit_en)})")
        title.setWordWrap(True)
        layout.addWidget(title)
        subtitle = QLabel(self._subtitle())
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)

        self.chart = self._chart()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(330)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: the cursor starts in the table
        layout.addWidget(self.chart_view, 3)

        self.table = self._table()
        layout.addWidget(self.table, 2)
        for i in range(self.table.rowCount()):  # the period the officer came from
            item = self.table.item(i, 0)
            if current is not None and item is not None and item.text() == labels.period_name(current):
                self.table.selectRow(i)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        one_default(None, self)  # no default button: Enter in the table presses nothing

    def keyPressEvent(self, event) -> None:
        """Enter closes only from "Đóng" itself; anywhere else it goes no further."""
        if event.key() in ENTER_KEYS:
            if self.focusWidget() is self.close_button:
                self.reject()
            event.accept()
            return
        super().keyPressEvent(event)

    def _subtitle(self) -> str:
        ind = self.indicator
        targets = {(labels.target_text(r), target_source_text(r.target)) for r in self.rows if r.target is not None}
        if not targets:
            return self.tr("No target is assigned for this indicator.")
        parts = [f"{text} ({source})" for text, source in sorted(targets)]
        # a target is drawn unless it is a change on last year (see _chart)
        what = self.tr("Dashed red line: the target. ") if ind.kind != "count_vs_last_year" else ""
        series = (self.tr("the running total since the start of the term") if ind.horizon == "term_total"
                  else self.tr("each period's result"))
        return self.tr("Target: {targets}. {target_line}Blue line: {series} "
                       "(4 points a year: Quarter I, 6 months, 9 months, whole year).").format(
            targets="; ".join(parts), target_line=what, series=series)

    def _chart(self) -> QChart:
        ind = self.indicator
        chart = QChart()
        # Numbers the Vietnamese way in both interfaces (1.234,5), as officers type them.
        chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

        result = QLineSeries()
        result.setName(self.tr("Term total so far") if ind.horizon == "term_total" else self.tr("Result"))
        result.setPen(QPen(RESULT_COLOUR, 2.5))
        self.lines = [result]  # the result's line, a piece between two years not entered (`gap_years`)
        gaps = gap_years(self.rows)
        points = QScatterSeries()
        points.setMarkerSize(9)
        points.setColor(RESULT_COLOUR)
        points.setBorderColor(RESULT_COLOUR)
        target = QLineSeries()
        target.setName(self.tr("Target"))
        pen = QPen(TARGET_COLOUR, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        target.setPen(pen)

        values = []
        for i, row in enumerate(self.rows):
            if row.period.is_year_end and row.period.year in gaps and self.lines[-1].count():
                self.lines.append(QLineSeries())  # no line across a year not entered
                self.lines[-1].setPen(result.pen())
            v = plotted(row)
            if v is not None:
                y = float(v)  # a yes/no as 1 or 0
                self.lines[-1].append(i + 0.5, y)
                points.append(i + 0.5, y)
                values.append(y)
            t = row.target
            if t is not None and ind.kind != "count_vs_last_year":
                y = float(t.value)
                target.append(i + 0.5, y)
                values.append(y)

        for line in self.lines:
            chart.addSeries(line)
        chart.addSeries(points)
        if target.count():
            chart.addSeries(target)
        for series in (*self.lines[1:], points):  # one legend entry for the line's pieces
            chart.legend().markers(series)[0].setVisible(False)

        # One band per year, four points in each (Quý I, 6 tháng, 9 tháng, cả năm).
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        per_year = 4
        years = sorted({r.period.year for r in self.rows})
        for n, year in enumerate(years):
            x_axis.append(labels.year_label(year), (n + 1) * per_year)
        x_axis.setRange(0, len(years) * per_year)
        x_axis.setGridLineVisible(True)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        if ind.kind == "boolean":
            y_axis = QCategoryAxis()
            y_axis.append(labels.yes_no(False), 0.5)
            y_axis.append(labels.yes_no(True), 1.5)
            y_axis.setRange(-0.5, 1.5)
            y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            y_axis.setStartValue(-0.5)
        else:
            y_axis = QValueAxis()
            top = max(values) if values else 100.0
            low = min(values + [0.0])
            if ind.unit == "%" and top <= 100:
                y_axis.setRange(min(low, 0.0), 100.0)
                y_axis.setTickCount(6)
            else:
                y_axis.setRange(low, top * 1.1 if top > 0 else 1.0)
                y_axis.applyNiceNumbers()
            y_axis.setLabelFormat("%.0f" if top >= 10 else "%.2f")
            y_axis.setTitleText(labels.unit_label(ind.unit, ind.unit_en))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in chart.series():
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
        return chart

    def _table(self) -> QTableWidget:
        """The periods entered, a row each; a whole year not entered between them said so (`shown_rows`). A term
        total's year's figure under "Kết quả" as the entry table has it, and its running total in a column of its
        own (walk U21 F4: "Kết quả" held 222.050 where the main table's holds the year's 48.900)."""
        ind = self.indicator
        shown = shown_rows(self.rows)
        gaps = gap_years(self.rows)
        running = ind.horizon == "term_total"
        heads = [self.tr("Period"), self.tr("Result")] + ([self.tr("Term total so far")] if running else []) + [
            self.tr("Target"), self.tr("Against the target"), self.tr("Assessment")]
        table = QTableWidget(max(len(shown), 1), len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table for "Close" (arrows move in it)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if not shown:
            table.setSpan(0, 0, 1, len(heads))
            table.setItem(0, 0, QTableWidgetItem(self.tr("No figures entered for this indicator in any period.")))
            return table
        # Aligned as the entry table: the result to the right, the assessment centred; the target
        # too sits to the right beside the result it is read against, unless it is a sentence
        # ("Giảm ≥ 5% so với cùng kỳ").
        last = len(heads) - 1
        aligned = {1: RIGHT, last: Qt.AlignmentFlag.AlignCenter}
        if running:
            aligned[2] = RIGHT
        if ind.kind != "count_vs_last_year":
            aligned[last - 2] = RIGHT
        if running:  # the figures as wide as they are, the rest to the comparison, which may be a sentence
            for col in range(len(heads)):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == last - 1
                                            else QHeaderView.ResizeMode.ResizeToContents)
        for i, r in enumerate(shown):
            v = r.computed.value if running else plotted(r)
            value = (labels.yes_no(v) if isinstance(v, bool)
                     else format_number(v, ind.decimals) if v is not None else "")
            if r.entry.is_empty and r.period.year in gaps:  # a year left out: "Năm 2028 | chưa nhập"
                value = QCoreApplication.translate("EntryModel", "not entered")
            compared = labels.compared_text(r)
            if running and r.running_total_words is not None and (
                    not compared or getattr(r.comparison, "kind", None) == "running_total"):
                # judged at the term's end, or not judged for a year left out: what the paper says
                compared = in_language(r.running_total_words)
            cells = [labels.period_name(r.period), value] + ([running_text(r)] if running else []) + [
                labels.target_text(r) or self.tr("Not assigned"), compared, labels.verdict_label(r.verdict)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in aligned:
                    item.setTextAlignment(aligned[col])
                if col == last:
                    background, foreground = verdict_colours(r.verdict)
                    if background:
                        item.setBackground(background)
                    item.setForeground(foreground)
                table.setItem(i, col, item)
        # a row as tall as its wrapped comparison, never lower than the usual row, once the columns have their widths
        table.verticalHeader().setMinimumSectionSize(table.verticalHeader().defaultSectionSize())
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table
