"""The period navigator: the 20 periods of the term with what is entered and when each is due.

Its "Nhập" column counts as the status bar does (core `period_status.Counts`): "5/7" the results of
the indicators due, and the rows typed whose result waits for the start-of-term figure apart, "5/7,
2 chờ" (the bar said "Có kết quả 5/7 …, 2 chờ số liệu đầu nhiệm kỳ" and the list "5/7", read as two
rows not entered); the cell's tooltip is the bar's sentence. Every period stays listed; an overdue one is marked "Quá hạn" in words and colour
until it is sent, with its sign-off state when it has one ("Đã duyệt, quá hạn gửi"). The status
is the core's (`desktop_app.core.period_status.standing`), worded here for the list and the header.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop_app.core.period_status import Standing
from desktop_app.core.periods import Period
from desktop_app.services import PeriodStatus
from ui import labels
from ui import colours
from ui.colours import Meaning
from ui.common import ERROR_BACKGROUND, ERROR_TEXT, WARNING_BACKGROUND, WARNING_TEXT, date_text
from ui.i18n import translate
from ui.text_scale import text_scale

PERIOD_ROLE = Qt.ItemDataRole.UserRole
BIG_TEXT_SHARE = 24  # per cent of the window the list may take at most with a bigger text (`fitted_width`)
ON_PALE_TEXT = QColor("#000000")  # a row's name, count and date on its red or yellow (the light palette's text)


HEADERS = (QT_TRANSLATE_NOOP("PeriodNavigator", "Period"), QT_TRANSLATE_NOOP("PeriodNavigator", "Entered"),
           QT_TRANSLATE_NOOP("PeriodNavigator", "Due"), QT_TRANSLATE_NOOP("PeriodNavigator", "Status"))
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("PeriodNavigator", "Reporting period (cumulative from 1 January)"),
    QT_TRANSLATE_NOOP("PeriodNavigator", "Assigned indicators with a result / due this period; those typed and "
                                         "waiting for the start-of-term figure are counted apart"),
    QT_TRANSLATE_NOOP("PeriodNavigator", "Report deadline"),
    QT_TRANSLATE_NOOP("PeriodNavigator", "The period's status"),
)


# The core's statuses (core/period_status.py) as the interface says them: the list and the window's
# header both word a period's status here, so they say the same.
STANDINGS = {
    Standing.APPROVED_OVERDUE: QT_TRANSLATE_NOOP("PeriodNavigator", "Approved, overdue to send"),
    Standing.COMPLETE_OVERDUE: QT_TRANSLATE_NOOP("PeriodNavigator", "Complete, overdue"),
    Standing.OVERDUE: QT_TRANSLATE_NOOP("PeriodNavigator", "Overdue"),
    Standing.SENT: QT_TRANSLATE_NOOP("PeriodNavigator", "Exported"),  # stored "Đã gửi": State.label
    Standing.APPROVED: QT_TRANSLATE_NOOP("PeriodNavigator", "Approved"),
    Standing.COMPLETE: QT_TRANSLATE_NOOP("PeriodNavigator", "Complete"),
    Standing.DUE_SOON: QT_TRANSLATE_NOOP("PeriodNavigator", "Due soon"),
    Standing.NOT_STARTED: QT_TRANSLATE_NOOP("PeriodNavigator", "Not started"),
    Standing.ENTERING: QT_TRANSLATE_NOOP("PeriodNavigator", "Entering"),
    Standing.NOT_ENTERED: QT_TRANSLATE_NOOP("PeriodNavigator", "Not entered"),
}
# Its colours: red overdue, amber only the sending late or the deadline near, green signed off,
# grey not started.
KINDS = {
    Standing.APPROVED_OVERDUE: "approved_overdue", Standing.COMPLETE_OVERDUE: "overdue",
    Standing.OVERDUE: "overdue", Standing.SENT: "done", Standing.APPROVED: "done", Standing.COMPLETE: "done",
    Standing.DUE_SOON: "soon", Standing.NOT_STARTED: "future",
    Standing.ENTERING: "started", Standing.NOT_ENTERED: "empty",
}


def standing_label(standing: Standing) -> str:
    """A period's status in the interface language, as the list and the header say it."""
    return translate("PeriodNavigator", STANDINGS[standing])


def state_of(status: PeriodStatus) -> tuple[str, str]:
    """The period's status in words (the core's `standing`), and its kind for the colours."""
    return standing_label(status.standing), KINDS[status.standing]


class PeriodNavigator(QTreeWidget):
    periodSelected = Signal(object)  # Period

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fitted to its columns
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The status has what the three columns before it leave (`updateGeometries`), cut with "…" in a
        # list narrowed for a bigger text (as the last section stretched it never went below 100 pixels:
        # at 150 % in a list 314 pixels wide it went on beyond the list's edge, cut without "…").
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self._items: dict[Period, QTreeWidgetItem] = {}
        self._years: dict[int, QTreeWidgetItem] = {}
        self.current_period: Period | None = None
        self.currentItemChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles and period names in the interface language (the statuses follow at the next update)."""
        self.setHeaderLabels([self.tr(h) for h in HEADERS])
        for col, tip in enumerate(HEADER_TIPS):
            self.headerItem().setToolTip(col, self.tr(tip))
        self.setAccessibleName(self.tr("List of reporting periods"))
        for year, item in self._years.items():
            item.setText(0, labels.year_label(year))
        for period, item in self._items.items():
            item.setText(0, labels.period_short_name(period))

    def set_statuses(self, statuses: list[PeriodStatus], current: Period) -> None:
        self.current_period = current
        with QSignalBlocker(self):
            if not self._items:
                self._build(statuses)
            for status in statuses:
                self.update_status(status)

    def _build(self, statuses: list[PeriodStatus]) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for status in statuses:
            p = status.period
            year = self._years.get(p.year)
            if year is None:
                year = QTreeWidgetItem(self, [labels.year_label(p.year)])
                year.setFont(0, bold)
                year.setFlags(Qt.ItemFlag.ItemIsEnabled)
                year.setFirstColumnSpanned(True)
                self._years[p.year] = year
            item = QTreeWidgetItem(year, [labels.period_short_name(p), "", "", ""])
            item.setData(0, PERIOD_ROLE, p)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self._items[p] = item
        self.expandAll()

    def update_status(self, status: PeriodStatus) -> None:
        item = self._items[status.period]
        text, kind = state_of(status)
        n = status.counted
        item.setText(1, self.tr("{entered}/{required}, {waiting} waiting").format(
            entered=n.entered, required=n.required, waiting=n.waiting) if n.waiting else f"{n.entered}/{n.required}")
        counted = labels.completeness_text(n)  # the status bar's words for the period
        item.setToolTip(1, counted)
        deadline = status.deadline
        item.setText(2, deadline.strftime("%d/%m") if deadline.year == status.period.year else date_text(deadline))
        item.setText(3, text)
        # A row on red or yellow is dark on it in every column, on any palette (walk U23 F2: on Windows'
        # dark palette the period's name was white on pale yellow); the status on the list's own
        # background is in its colour for that background, light on a dark one.
        background, foreground = {
            "overdue": (ERROR_BACKGROUND, ERROR_TEXT),
            "approved_overdue": (WARNING_BACKGROUND, WARNING_TEXT),
            "soon": (WARNING_BACKGROUND, WARNING_TEXT),
            "done": (None, colours.on_base(Meaning.DONE, self)),
            "future": (None, colours.on_base(Meaning.MUTED, self)),
        }.get(kind, (None, None))
        font = QFont(self.font())
        font.setBold(status.period == self.current_period or kind in ("overdue", "approved_overdue"))
        for col in range(4):
            item.setBackground(col, QBrush(background) if background else QBrush())
            ink = foreground if col == 3 else ON_PALE_TEXT if background else None
            item.setForeground(col, QBrush(ink) if ink else QBrush())
            item.setFont(col, font)
        name = labels.period_name(status.period)
        item.setToolTip(0, self.tr("{period} (current period)").format(period=name)
                        if status.period == self.current_period else name)
        item.setToolTip(3, self.tr("{status}: {counts}, due {deadline}").format(
            status=text, counts=counted, deadline=date_text(status.deadline)))

    def fitted_width(self) -> int:
        """The width that shows its four columns whole, and no wider (the entry table beside it
        needs the room on a 1280-pixel screen). With a bigger text (Windows' "Make text bigger")
        no wider than `BIG_TEXT_SHARE` of the window (at 150 % on 1366 pixels 327, "Quá hạn" whole,
        "Chưa nhập" cut: the entry table's names and targets have the rest, S123), nor narrower than
        its width at the usual text size: at 150 % "Đã duyệt, quá hạn gửi" whole took 490 of 1366
        pixels and pushed the entry table's STT and Ghi chú out of sight (walk U19 F2); a status cut
        ends in "…", whole in its tooltip."""
        header = self.header()
        columns = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.columnCount()))
        slack = 8  # the items' own margins
        whole = (columns + self.indentation() + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
                 + slack)
        scale = text_scale(self.font())
        if scale <= 1 or self.window() is self:
            return whole
        return min(whole, max(round(whole / scale), self.window().width() * BIG_TEXT_SHARE // 100))

    def updateGeometries(self) -> None:
        """The status column as wide as the list leaves it (its words cut with "…" where shorter)."""
        super().updateGeometries()
        left = self.viewport().width() - sum(self.columnWidth(c) for c in range(3))
        if left > 0 and self.columnWidth(3) != left:
            self.setColumnWidth(3, left)

    def select(self, period: Period) -> None:
        item = self._items.get(period)
        if item is not None and self.currentItem() is not item:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def selected_period(self) -> Period | None:
        item = self.currentItem()
        return item.data(0, PERIOD_ROLE) if item else None

    def _changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        period = current.data(0, PERIOD_ROLE)
        if period is None:  # a year row: go to its first period
            if current.childCount():
                self.setCurrentItem(current.child(0))
            return
        self.periodSelected.emit(period)
