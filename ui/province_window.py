"""The province office's window: who has sent, reading a folder of e-mailed files, outputs.

Every action is one call to `desktop_app.province.ProvinceOffice`; long ones (intake, the
consolidated files) run through `ui.tasks.BackgroundTask` on a worker with its own
database connection, behind a progress dialog that can be cancelled. During intake each
file's row appears in "Kết quả nhận tệp" as soon as it is read.

The core (`desktop_app.province`, `desktop_app.intake`) names statuses, file classes and
counts in Vietnamese, as its reports and submission files print them; the window shows them
in the interface language through the tables below, keyed by the core's words. Reasons a
file was refused and the reminder text copied for an e-mail stay as the core writes them
(Vietnamese). A language switch retranslates the window (changeEvent, as MainWindow does).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import fold
from desktop_app.core.evaluation import Verdict
from desktop_app.core.consolidation import Completeness, Count, ReportStatus
from desktop_app.core.intake import FileClass, FileResult, IntakeRun
from desktop_app.core.periods import Period, current_period, format_date, parse_period, term_periods
from desktop_app.province import ProvinceOffice
from ui.actions import FAILED, run_action
from ui.common import app_title, show_error
from ui.i18n import Retranslating, translate
from ui.labels import indicator_name, period_name, unit_label, verdict_label

WINDOW_SIZE = (1366, 768)
STATUS_COLOURS = {
    ReportStatus.DA_NHAN: ("#e3f2d5", "#2e5d14"),
    ReportStatus.TRE_HAN: ("#fff1c2", "#6d4c00"),
    ReportStatus.DU_THAO: ("#e3f2fd", "#0d47a1"),
    ReportStatus.BI_TU_CHOI: ("#ffcdd2", "#b71c1c"),
    ReportStatus.CHUA_GUI: ("#eceff1", "#455a64"),
}
ALL = None  # the status filter's "All" (its item carries no status)
CONTEXT = "ProvinceWindow"

# The core's statuses and classes as the interface shows them; the Vietnamese translation
# gives back the core's own words.
STATUS_WORDS = {
    ReportStatus.DA_NHAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Received"),
    ReportStatus.TRE_HAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Late"),
    ReportStatus.DU_THAO: QT_TRANSLATE_NOOP("ProvinceWindow", "Draft"),
    ReportStatus.BI_TU_CHOI: QT_TRANSLATE_NOOP("ProvinceWindow", "Refused"),
    ReportStatus.CHUA_GUI: QT_TRANSLATE_NOOP("ProvinceWindow", "Not sent"),
}
CLASS_WORDS = {
    FileClass.HOP_LE: QT_TRANSLATE_NOOP("ProvinceWindow", "Valid"),
    FileClass.TRUNG: QT_TRANSLATE_NOOP("ProvinceWindow", "Duplicate"),
    FileClass.DA_BI_SUA: QT_TRANSLATE_NOOP("ProvinceWindow", "Altered"),
    FileClass.SAI_KY: QT_TRANSLATE_NOOP("ProvinceWindow", "Wrong period"),
    FileClass.KHONG_PHAI: QT_TRANSLATE_NOOP("ProvinceWindow", "Not a report file"),
    FileClass.PHIEN_BAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Unsupported version"),
    FileClass.TEP_HONG: QT_TRANSLATE_NOOP("ProvinceWindow", "Damaged file"),
}
KIND_WORDS = {
    "xã": QT_TRANSLATE_NOOP("ProvinceWindow", "commune"),  # untranslated: the catalogue's kind
    "phường": QT_TRANSLATE_NOOP("ProvinceWindow", "ward"),  # untranslated: the catalogue's kind
}
COUNT_WORDS = {
    Count.KHAC: QT_TRANSLATE_NOOP("ProvinceWindow", "Other"),
    Count.CHUA_BAO_CAO: QT_TRANSLATE_NOOP("ProvinceWindow", "Not reported"),
}
TOTAL_WORDS = {  # how the province-wide figure was formed (desktop_app.province)
    "Tỷ lệ chung": QT_TRANSLATE_NOOP("ProvinceWindow", "Overall rate"),  # untranslated: the core's word
    "Số đơn vị Có": QT_TRANSLATE_NOOP("ProvinceWindow", "Units answering Yes"),  # untranslated: the core's word
    "Tổng": QT_TRANSLATE_NOOP("ProvinceWindow", "Total"),  # untranslated: the core's word
    "Bình quân": QT_TRANSLATE_NOOP("ProvinceWindow", "Average"),  # untranslated: the core's word
}
COMPLETENESS_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "No."), QT_TRANSLATE_NOOP("ProvinceWindow", "Code"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Commune or ward"), QT_TRANSLATE_NOOP("ProvinceWindow", "Type"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Status"), QT_TRANSLATE_NOOP("ProvinceWindow", "Generated"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Received at"), QT_TRANSLATE_NOOP("ProvinceWindow", "Fingerprint"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "File"), QT_TRANSLATE_NOOP("ProvinceWindow", "Note"),
)
INTAKE_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "File"), QT_TRANSLATE_NOOP("ProvinceWindow", "Result"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Unit"), QT_TRANSLATE_NOOP("ProvinceWindow", "Reason"),
)
SUMMARY_HEADERS_BEFORE = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "Indicator"), QT_TRANSLATE_NOOP("ProvinceWindow", "Unit of measure"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Units"),
)
SUMMARY_HEADERS_AFTER = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "Met or exceeded (%)"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Whole province"),
)


def _t(text: str) -> str:
    return translate("ProvinceWindow", text)


def status_label(status: str) -> str:
    return _t(STATUS_WORDS[ReportStatus(status)])


def unit_status_text(unit) -> str:
    """UnitStatus.status_text in the interface language ("Dự thảo, trễ hạn": a late draft)."""
    if unit.status == ReportStatus.DU_THAO and unit.late:
        return translate("ProvinceWindow", "Draft, late")
    return status_label(unit.status)


def class_label(class_: str) -> str:
    """A file's class, from the enum or as the intake log stores it."""
    return _t(CLASS_WORDS[FileClass(class_)])


def kind_label(kind: str) -> str:
    return _t(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def count_label(column: Count) -> str:
    """A count column of the summary: the four verdicts, "Khác", "Chưa báo cáo"."""
    if column in COUNT_WORDS:
        return _t(COUNT_WORDS[column])
    return verdict_label(Verdict(column))


def total_label(word: str) -> str:
    return _t(TOTAL_WORDS[word]) if word in TOTAL_WORDS else word


def completeness_text(completeness: Completeness) -> str:
    """Completeness.text in the interface language: "Đã nhận 87/92, trễ hạn 3, chưa gửi 5"…"""
    c = completeness.counts
    text = translate("ProvinceWindow", "Received {received}/{total}, late {late}, not sent {missing}").format(
        received=c["received"], total=c["total"], late=c["late"], missing=c["missing"])
    if c["draft"]:
        text += translate("ProvinceWindow", ", draft {draft}").format(draft=c["draft"])
    if c["refused"]:
        text += translate("ProvinceWindow", " ({refused} of the units not sent had a file refused)").format(
            refused=c["refused"])
    return text


def intake_summary_text(run: IntakeRun) -> str:
    """IntakeRun.summary_text in the interface language: "Đã đọc 12 tệp: Hợp lệ 10, Trùng 2."."""
    counts = run.counts
    parts = ", ".join(f"{class_label(c)} {counts[c]}" for c in FileClass if counts.get(c))
    parts = parts or translate("ProvinceWindow", "no files")
    return translate("ProvinceWindow", "Read %n file(s): {parts}.", None, len(run.results)).format(parts=parts)


def _time(text: str) -> str:
    try:
        t = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return text or ""
    return t.strftime("%H:%M %d/%m/%Y")


def issuer_text(issuer) -> str:
    """("ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN") -> "Ủy ban nhân dân tỉnh Thái Nguyên"."""
    first = issuer[0].lower().capitalize()
    words = issuer[1].split()
    second = " ".join([words[0].lower(), *(w.lower().capitalize() for w in words[1:])]) if words else ""
    return f"{first} {second}".strip()


class CompletenessModel(QAbstractTableModel):
    HEADERS = COMPLETENESS_HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.units = []

    def set_units(self, units) -> None:
        self.beginResetModel()
        self.units = list(units)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        u = self.units[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (u.no, u.code, u.name, kind_label(u.kind), unit_status_text(u), _time(u.generated_at),
                      _time(u.received_at),
                      u.fingerprint[:16], u.file_name, u.reason)
            return values[col] if col != 0 else str(u.no)
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return (u.no, u.code, fold(u.name), u.kind, list(ReportStatus).index(u.status), u.generated_at, u.received_at,
                    u.fingerprint, u.file_name, u.reason)[col]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == 4:
            bg, fg = STATUS_COLOURS[u.status]
            return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        return None


class CompletenessFilter(QSortFilterProxyModel):
    """Text typed (accent-free, name or code) and the chosen status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.status = ALL
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", fold(text)))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "status", status))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):
        u = self.sourceModel().units[row]
        if self.status is not ALL and u.status != self.status:
            return False
        return not self.text or self.text in fold(u.name) or self.text in u.code


class IntakeModel(QAbstractTableModel):
    HEADERS = INTAKE_HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: list[FileResult] = []

    def clear(self) -> None:
        self.beginResetModel()
        self.results = []
        self.endResetModel()

    def append(self, result: FileResult) -> None:
        n = len(self.results)
        self.beginInsertRows(QModelIndex(), n, n)
        self.results.append(result)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.results[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.file_name, class_label(r.class_), r.unit_name or r.unit_code, r.reason)[col]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == 1:
            bg, fg = STATUS_COLOURS[ReportStatus.DA_NHAN if FileClass(r.class_).accepted else ReportStatus.BI_TU_CHOI]
            return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        return None


class SummaryModel(QAbstractTableModel):
    HEADERS = (*SUMMARY_HEADERS_BEFORE, *Count, *SUMMARY_HEADERS_AFTER)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if self.HEADERS[section] in tuple(Count):
                return count_label(self.HEADERS[section])
            return _t(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        from desktop_app.core.numbers import format_number

        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            share = "" if s.met_share is None else format_number(s.met_share, 2)
            total = f"{s.total_text} ({total_label(s.total_label).lower()})" if s.total is not None else ""
            values = (indicator_name(s.indicator), unit_label(s.indicator.unit), s.applicable,
                      *(s.counts[k] for k in Count),
                      share, total)
            return str(values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class _Rows(QObject):
    """Lives on the UI thread: a file read on the worker reaches the table through it."""

    result = Signal(object)


class ProvinceWindow(Retranslating, QMainWindow):
    """`intake_done` carries the IntakeRun when a folder has been read (tests wait on it)."""

    intake_done = Signal(object)
    export_done = Signal(object)

    def __init__(self, workspace, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.office = ProvinceOffice(workspace)
        self.today = today or dt.date.today()
        self.completeness: Completeness | None = None
        self.task = None
        # What the intake tab's line says, again after a language switch.
        self._intake_text = lambda: self.tr("No folder has been read since the program was opened.")
        self.resize(*WINDOW_SIZE)
        self._rows = _Rows(self)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(self._toolbar())
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 13pt; font-weight: bold; padding: 4px 0;")
        layout.addWidget(self.counts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._completeness_tab(), "")
        self.tabs.addTab(self._intake_tab(), "")
        self.tabs.addTab(self._summary_tab(), "")
        layout.addWidget(self.tabs, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)
        self._menus()
        self._rows.result.connect(self.intake_model.append, Qt.ConnectionType.QueuedConnection)
        self.retranslate_static()
        self.refresh()

    # --- building -------------------------------------------------------------------------
    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        header.setStyleSheet("#header { background: #1f4e79; } #header QLabel { color: white; }")
        h = QHBoxLayout(header)
        h.setContentsMargins(12, 6, 12, 6)
        s = self.office.settings
        left = QVBoxLayout()
        title = QLabel(issuer_text(s.issuer))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subtitle = QLabel()
        left.addWidget(title)
        left.addWidget(self.subtitle)
        h.addLayout(left, 1)
        right = QVBoxLayout()
        row = QHBoxLayout()
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight: bold;")
        self.period_box = QComboBox()
        for p in term_periods():
            self.period_box.addItem(self._period_text(p), p.code)
        now = current_period(self.today, self.office.settings.rules)
        self.period_box.setCurrentIndex(self.period_box.findData(now.code))
        self.period_box.currentIndexChanged.connect(lambda _: self.refresh())
        row.addStretch(1)
        row.addWidget(self.period_label)
        row.addWidget(self.period_box)
        right.addLayout(row)
        self.deadline = QLabel()
        self.deadline.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.deadline)
        h.addLayout(right)
        return header

    @staticmethod
    def _period_text(p: Period) -> str:
        return f"{period_name(p)} ({p.code})"

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.intake_button = QPushButton()
        self.intake_button.setStyleSheet("font-weight: bold; padding: 4px 10px;")
        self.intake_button.clicked.connect(lambda: self.start_intake())
        self.xlsx_button = QPushButton()
        self.xlsx_button.clicked.connect(lambda: self.start_export("xlsx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.start_export("pdf"))
        self.dhis2_button = QPushButton()
        self.dhis2_button.clicked.connect(lambda: self.start_export("dhis2"))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_missing)
        for b in (self.intake_button, self.xlsx_button, self.pdf_button, self.dhis2_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        return bar

    def _table(self, model, proxy=None) -> QTableView:
        view = QTableView()
        view.setModel(proxy or model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(22)
        view.setWordWrap(False)
        return view

    def _completeness_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        self.status_box.addItem("", ALL)
        for status in ReportStatus:
            self.status_box.addItem("", status)
        self.status_label = QLabel()
        row.addWidget(self.search, 2)
        row.addWidget(self.status_label)
        row.addWidget(self.status_box)
        row.addStretch(1)
        v.addLayout(row)
        self.model = CompletenessModel(self)
        self.proxy = CompletenessFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_box.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status_box.currentData()))
        self.table = self._table(self.model, self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for col, width in enumerate((44, 60, 210, 76, 130, 128, 128, 140, 250)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        v.addWidget(self.table)
        return w

    def _intake_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        self.intake_summary = QLabel()
        v.addWidget(self.intake_summary)
        self.intake_model = IntakeModel(self)
        self.intake_table = self._table(self.intake_model)
        for col, width in enumerate((280, 150, 200)):
            self.intake_table.setColumnWidth(col, width)
        self.intake_table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.intake_table)
        return w

    def _summary_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        self.summary_model = SummaryModel(self)
        self.summary_table = self._table(self.summary_model)
        for col, width in enumerate((300, 100, 72, 68, 56, 78, 104, 52, 100, 130)):
            self.summary_table.setColumnWidth(col, width)
        self.summary_table.horizontalHeader().setStretchLastSection(True)
        self.summary_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        v.addWidget(self.summary_table)
        return w

    def _menus(self) -> None:
        """The File menu; its words are set by retranslate_static()."""
        self.file_menu = self.menuBar().addMenu("")
        self.intake_action = self.file_menu.addAction("", lambda: self.start_intake())
        self.xlsx_action = self.file_menu.addAction("", lambda: self.start_export("xlsx"))
        self.pdf_action = self.file_menu.addAction("", lambda: self.start_export("pdf"))
        self.dhis2_action = self.file_menu.addAction("", lambda: self.start_export("dhis2"))
        self.file_menu.addSeparator()
        self.publish_action = QAction(self)
        self.publish_action.triggered.connect(lambda: self.publish_catalog())
        self.file_menu.addAction(self.publish_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

    # --- language ---------------------------------------------------------------------------
    def retranslate_static(self) -> None:
        """Every fixed word of the window in the interface language (again after a switch)."""
        self.setWindowTitle(self.tr("{app} — province").format(app=app_title()))
        self.subtitle.setText(
            self.tr("Receiving and consolidating the reports of {count} communes and wards — "
                    "indicator catalogue {version}").format(count=len(self.office.catalog.communes),
                                                             version=self.office.catalog.version))
        self.period_label.setText(self.tr("Reporting period:"))
        self.period_box.setAccessibleName(self.tr("Reporting period"))
        for i in range(self.period_box.count()):
            self.period_box.setItemText(i, self._period_text(parse_period(self.period_box.itemData(i))))
        self.counts.setAccessibleName(self.tr("Units that have sent"))
        self.intake_button.setText(self.tr("Receive reports from a folder…"))
        self.xlsx_button.setText(self.tr("Export Excel summary table…"))
        self.pdf_button.setText(self.tr("Export PDF report…"))
        self.dhis2_button.setText(self.tr("Export DHIS2 / ADX…"))
        self.copy_button.setText(self.tr("Copy the list of units not yet sent"))
        self.copy_button.setToolTip(
            self.tr("The names of the communes and wards that have not sent, to paste into a reminder e-mail"))
        self.tabs.setTabText(0, self.tr("Reports sent"))
        self.tabs.setTabText(1, self.tr("Files received"))
        self.tabs.setTabText(2, self.tr("Indicator summary"))
        self.search.setPlaceholderText(self.tr("Find a commune or ward (accents optional) or a code…"))
        self.search.setAccessibleName(self.tr("Find a unit"))
        self.status_label.setText(self.tr("Status:"))
        self.status_box.setAccessibleName(self.tr("Filter by status"))
        for i in range(self.status_box.count()):
            status = self.status_box.itemData(i)
            self.status_box.setItemText(i, self.tr("All") if status is ALL else status_label(status))
        self.intake_summary.setText(self._intake_text())
        self.file_menu.setTitle(self.tr("&File"))
        self.intake_action.setText(self.tr("Receive reports from a folder…"))
        self.xlsx_action.setText(self.tr("Export Excel summary table…"))
        self.pdf_action.setText(self.tr("Export PDF report…"))
        self.dhis2_action.setText(self.tr("Export DHIS2 / ADX…"))
        self.publish_action.setText(self.tr("Publish an indicator catalogue update…"))
        self.quit_action.setText(self.tr("Quit"))

    def retranslate(self) -> None:
        self.retranslate_static()
        self.statusBar().clearMessage()  # a message of the old language
        for model in (self.model, self.intake_model, self.summary_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1, model.columnCount() - 1))
        self._show_completeness()

    # --- state ----------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return parse_period(self.period_box.currentData())

    def refresh(self) -> None:
        p = self.period
        con = run_action(self, self.office.consolidation, p)  # holds the period's completeness too
        if con is FAILED:
            return
        self.completeness, summaries = con.completeness, con.summaries
        self.model.set_units(self.completeness.units)
        self.summary_model.set_rows(summaries[i.code] for i in self.office.catalog.indicators)
        self._show_completeness()

    def _show_completeness(self) -> None:
        if self.completeness is None:
            return
        self.counts.setText(completeness_text(self.completeness) + ".")
        self.deadline.setText(self.tr("Report deadline: {date}").format(
            date=format_date(self.completeness.deadline)))

    def copy_missing(self) -> str:
        """The missing units' names for a reminder e-mail (the core's Vietnamese text)."""
        text = self.completeness.reminder_text() if self.completeness else ""
        QGuiApplication.clipboard().setText(text)
        missing = len(self.completeness.missing_units) if self.completeness else 0
        self.statusBar().showMessage(
            self.tr("Copied the names of %n unit(s) not yet sent.", None, missing), 5000)
        return text

    def publish_catalog(self, version: str | None = None, path: str | None = None) -> str | None:
        from ui.catalog_update_dialog import publish_catalog_update

        written = publish_catalog_update(self, self.workspace, version, path)
        if written:
            self.statusBar().showMessage(self.tr("Published indicator catalogue {version}: {path}").format(
                version=self.office.catalog.version, path=written), 10000)
            self.retranslate_static()  # the subtitle names the catalogue's version
            self.refresh()
        return written

    # --- intake ---------------------------------------------------------------------------
    def start_intake(self, folder: str | Path | None = None):
        """Choose a folder (unless given) and read it on a worker; rows appear as files are read."""
        if self.task is not None and self.task.running:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the folder holding the report files received by e-mail"))
            if not folder:
                return None
        from ui.tasks import BackgroundTask

        period = self.period
        office = self.office
        rows = self._rows

        def work(progress, cancelled):
            worker = office.for_thread()
            try:
                return worker.intake(folder, period, progress=progress, cancelled=cancelled,
                                     on_result=rows.result.emit)
            finally:
                worker.close()

        self.intake_model.clear()
        self.tabs.setCurrentIndex(1)
        self._intake_text = lambda: self.tr("Reading folder {folder} ({period})…").format(
            folder=folder, period=period_name(period))
        self.intake_summary.setText(self._intake_text())
        self.task = BackgroundTask(self, self.tr("Receive reports"), work, label=self.tr("Reading the files…"))
        self.task.finished.connect(self._intake_finished)
        self.task.failed.connect(self._task_failed)
        return self.task.start()

    def _intake_finished(self, run: IntakeRun) -> None:
        self.refresh()

        def text() -> str:
            stopped = (" " + self.tr("Stopped as asked; the files already read are still received.")
                       if run.cancelled else "")
            return intake_summary_text(run) + stopped

        self._intake_text = text
        self.intake_summary.setText(text())
        self.statusBar().showMessage(intake_summary_text(run), 10000)
        self.intake_done.emit(run)

    def _task_failed(self, err) -> None:
        self.refresh()
        show_error(self, err)
        self.intake_done.emit(None)

    # --- exports ----------------------------------------------------------------------------
    def start_export(self, kind: str, path: str | Path | None = None):
        if self.task is not None and self.task.running:
            return None
        p = self.period
        names = {"xlsx": (f"tong-hop_{p.code}.xlsx", self.tr("Excel workbook (*.xlsx)")),
                 "pdf": (f"bao-cao-tong-hop_{p.code}.pdf", self.tr("PDF report (*.pdf)")),
                 "dhis2": (f"dhis2_{p.code}.json", "DHIS2 dataValueSets (*.json)")}
        if path is None:
            default, pattern = names[kind]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save file"), default, pattern)
            if not path:
                return None
        from ui.tasks import BackgroundTask

        office = self.office
        # Words for the worker's progress, taken here on the UI thread.
        working, done = self.tr("Consolidating…"), self.tr("Done.")

        def work(progress, cancelled):
            worker = office.for_thread()
            try:
                progress(0, 1, working)
                if kind == "xlsx":
                    out = [worker.export_xlsx(p, path)]
                elif kind == "pdf":
                    out = [worker.export_pdf(p, path)]
                else:
                    con = worker.consolidation(p)
                    out = [worker.export_dhis2(p, path, consolidation=con),
                           worker.export_adx(p, Path(path).with_suffix(".adx.xml"), consolidation=con)]
                progress(1, 1, done)
                return out
            finally:
                worker.close()

        self.task = BackgroundTask(self, self.tr("Export the summary"), work, label=working)
        self.task.finished.connect(self._export_finished)
        self.task.failed.connect(lambda err: (show_error(self, err), self.export_done.emit(None)))
        return self.task.start()

    def _export_finished(self, paths) -> None:
        names = ", ".join(str(p) for p in paths)
        self.statusBar().showMessage(self.tr("Written: {paths}").format(paths=names), 10000)
        self.export_done.emit(paths)
