"""The province office's window: who has sent, reading a folder of e-mailed files, outputs.

Every action is one call to `desktop_app.province.ProvinceOffice`; long ones (intake, the
consolidated files) run through `ui.tasks.BackgroundTask` on a worker with its own
database connection, behind a progress dialog that can be cancelled. During intake each
file's row appears in "Kết quả nhận tệp" as soon as it is read.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
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

from desktop_app.catalog import fold
from desktop_app.intake import ACCEPTED, FileResult, IntakeRun
from desktop_app.periods import Period, current_period, format_date, term_periods
from desktop_app.province import (
    BI_TU_CHOI,
    CHUA_GUI,
    COUNT_COLUMNS,
    DA_NHAN,
    DU_THAO,
    STATUSES,
    TRE_HAN,
    Completeness,
    ProvinceOffice,
)
from ui.common import APP_NAME, show_error

WINDOW_SIZE = (1366, 768)
STATUS_COLOURS = {
    DA_NHAN: ("#e3f2d5", "#2e5d14"),
    TRE_HAN: ("#fff1c2", "#6d4c00"),
    DU_THAO: ("#e3f2fd", "#0d47a1"),
    BI_TU_CHOI: ("#ffcdd2", "#b71c1c"),
    CHUA_GUI: ("#eceff1", "#455a64"),
}
ALL = "Tất cả"


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
    HEADERS = ("STT", "Mã", "Xã, phường", "Loại", "Tình trạng", "Lập lúc", "Nhận lúc", "Mã xác thực", "Tệp",
               "Ghi chú")

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
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        u = self.units[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (u.no, u.code, u.name, u.kind, u.status_text, _time(u.generated_at), _time(u.received_at),
                      u.fingerprint[:16], u.file_name, u.reason)
            return values[col] if col != 0 else str(u.no)
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return (u.no, u.code, fold(u.name), u.kind, STATUSES.index(u.status), u.generated_at, u.received_at,
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
        if self.status != ALL and u.status != self.status:
            return False
        return not self.text or self.text in fold(u.name) or self.text in u.code


class IntakeModel(QAbstractTableModel):
    HEADERS = ("Tệp", "Kết quả", "Đơn vị", "Lý do")

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
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.results[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.file_name, r.class_, r.unit_name or r.unit_code, r.reason)[col]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == 1:
            bg, fg = STATUS_COLOURS[DA_NHAN if r.class_ in ACCEPTED else BI_TU_CHOI]
            return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        return None


class SummaryModel(QAbstractTableModel):
    HEADERS = ("Chỉ tiêu", "Đơn vị tính", "Số đơn vị", *COUNT_COLUMNS, "Tỷ lệ đạt, vượt (%)", "Toàn tỉnh")

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
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        from desktop_app.numbers import format_number

        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            share = "" if s.met_share is None else format_number(s.met_share, 2)
            total = f"{s.total_text} ({s.total_label.lower()})" if s.total is not None else ""
            values = (s.indicator.name, s.indicator.unit, s.applicable, *(s.counts[k] for k in COUNT_COLUMNS),
                      share, total)
            return str(values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class _Rows(QObject):
    """Lives on the UI thread: a file read on the worker reaches the table through it."""

    result = Signal(object)


class ProvinceWindow(QMainWindow):
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
        self.setWindowTitle(f"{APP_NAME} — cấp tỉnh")
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
        self.counts.setAccessibleName("Số đơn vị đã gửi")
        layout.addWidget(self.counts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._completeness_tab(), "Tình hình gửi báo cáo")
        self.tabs.addTab(self._intake_tab(), "Kết quả nhận tệp")
        self.tabs.addTab(self._summary_tab(), "Tổng hợp chỉ tiêu")
        layout.addWidget(self.tabs, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)
        self._menus()
        self._rows.result.connect(self.intake_model.append, Qt.ConnectionType.QueuedConnection)
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
        sub = QLabel(f"Nhận và tổng hợp báo cáo của {len(self.office.catalog.communes)} xã, phường — "
                     f"bộ chỉ tiêu {self.office.catalog.version}")
        left.addWidget(title)
        left.addWidget(sub)
        h.addLayout(left, 1)
        right = QVBoxLayout()
        row = QHBoxLayout()
        label = QLabel("Kỳ báo cáo:")
        label.setStyleSheet("font-weight: bold;")
        self.period_box = QComboBox()
        self.period_box.setAccessibleName("Kỳ báo cáo")
        for p in term_periods():
            self.period_box.addItem(f"{p.name} ({p.code})", p.code)
        now = current_period(self.today, self.office.settings.rules)
        self.period_box.setCurrentIndex(self.period_box.findData(now.code))
        self.period_box.currentIndexChanged.connect(lambda _: self.refresh())
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.period_box)
        right.addLayout(row)
        self.deadline = QLabel()
        self.deadline.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.deadline)
        h.addLayout(right)
        return header

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.intake_button = QPushButton("Nhận báo cáo từ thư mục…")
        self.intake_button.setStyleSheet("font-weight: bold; padding: 4px 10px;")
        self.intake_button.clicked.connect(lambda: self.start_intake())
        self.xlsx_button = QPushButton("Xuất bảng tổng hợp Excel…")
        self.xlsx_button.clicked.connect(lambda: self.start_export("xlsx"))
        self.pdf_button = QPushButton("Xuất báo cáo PDF…")
        self.pdf_button.clicked.connect(lambda: self.start_export("pdf"))
        self.dhis2_button = QPushButton("Xuất DHIS2 / ADX…")
        self.dhis2_button.clicked.connect(lambda: self.start_export("dhis2"))
        self.copy_button = QPushButton("Sao chép danh sách chưa gửi")
        self.copy_button.setToolTip("Tên các xã, phường chưa gửi, để dán vào thư nhắc")
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
        self.search.setPlaceholderText("Tìm xã, phường (không dấu cũng được) hoặc mã…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Tìm đơn vị")
        self.status_box = QComboBox()
        self.status_box.setAccessibleName("Lọc theo tình trạng")
        self.status_box.addItems([ALL, *STATUSES])
        row.addWidget(self.search, 2)
        row.addWidget(QLabel("Tình trạng:"))
        row.addWidget(self.status_box)
        row.addStretch(1)
        v.addLayout(row)
        self.model = CompletenessModel(self)
        self.proxy = CompletenessFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_box.currentTextChanged.connect(self.proxy.set_status)
        self.table = self._table(self.model, self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for col, width in enumerate((44, 60, 210, 62, 130, 128, 128, 140, 250)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        v.addWidget(self.table)
        return w

    def _intake_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 6, 4, 4)
        self.intake_summary = QLabel("Chưa nhận thư mục nào trong lần mở này.")
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
        for col, width in enumerate((300, 80, 72, 56, 56, 78, 104, 52, 100, 130)):
            self.summary_table.setColumnWidth(col, width)
        self.summary_table.horizontalHeader().setStretchLastSection(True)
        self.summary_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        v.addWidget(self.summary_table)
        return w

    def _menus(self) -> None:
        menu = self.menuBar().addMenu("&Tệp")
        for text, slot in (("Nhận báo cáo từ thư mục…", lambda: self.start_intake()),
                           ("Xuất bảng tổng hợp Excel…", lambda: self.start_export("xlsx")),
                           ("Xuất báo cáo PDF…", lambda: self.start_export("pdf")),
                           ("Xuất DHIS2 / ADX…", lambda: self.start_export("dhis2"))):
            action = QAction(text, self)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        publish = QAction("Phát hành cập nhật bộ chỉ tiêu…", self)
        publish.triggered.connect(self.publish_catalog)
        menu.addAction(publish)
        menu.addSeparator()
        quit_action = QAction("Thoát", self)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    # --- state ----------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        from desktop_app.periods import parse_period

        return parse_period(self.period_box.currentData())

    def refresh(self) -> None:
        p = self.period
        try:
            self.completeness = self.office.completeness(p)
            summaries = self.office.consolidation(p).summaries
        except Exception as err:  # noqa: BLE001
            show_error(self, err)
            return
        self.model.set_units(self.completeness.units)
        self.summary_model.set_rows(summaries[i.code] for i in self.office.catalog.indicators)
        self.counts.setText(self.completeness.text + ".")
        self.deadline.setText(f"Hạn gửi báo cáo: {format_date(self.completeness.deadline)}")

    def copy_missing(self) -> str:
        text = self.completeness.reminder_text() if self.completeness else ""
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(f"Đã sao chép tên {len(self.completeness.missing_units)} đơn vị chưa gửi.",
                                     5000)
        return text

    def publish_catalog(self, version: str | None = None, path: str | None = None) -> str | None:
        from ui.catalog_update_dialog import publish_catalog_update

        written = publish_catalog_update(self, self.workspace, version, path)
        if written:
            self.statusBar().showMessage(f"Đã phát hành bộ chỉ tiêu {self.office.catalog.version}: {written}", 10000)
            self.refresh()
        return written

    # --- intake ---------------------------------------------------------------------------
    def start_intake(self, folder: str | Path | None = None):
        """Choose a folder (unless given) and read it on a worker; rows appear as files are read."""
        if self.task is not None and self.task.running:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, "Chọn thư mục chứa các tệp báo cáo nhận qua thư")
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
        self.intake_summary.setText(f"Đang đọc thư mục {folder} ({period.name})…")
        self.task = BackgroundTask(self, "Nhận báo cáo", work, label="Đang đọc các tệp…")
        self.task.finished.connect(self._intake_finished)
        self.task.failed.connect(self._task_failed)
        return self.task.start()

    def _intake_finished(self, run: IntakeRun) -> None:
        self.refresh()
        stopped = " Đã dừng theo yêu cầu; các tệp đã đọc vẫn được nhận." if run.cancelled else ""
        self.intake_summary.setText(run.summary_text + stopped)
        self.statusBar().showMessage(run.summary_text, 10000)
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
        names = {"xlsx": (f"tong-hop_{p.code}.xlsx", "Bảng tính Excel (*.xlsx)"),
                 "pdf": (f"bao-cao-tong-hop_{p.code}.pdf", "Báo cáo PDF (*.pdf)"),
                 "dhis2": (f"dhis2_{p.code}.json", "DHIS2 dataValueSets (*.json)")}
        if path is None:
            default, pattern = names[kind]
            path, _ = QFileDialog.getSaveFileName(self, "Lưu tệp", default, pattern)
            if not path:
                return None
        from ui.tasks import BackgroundTask

        office = self.office

        def work(progress, cancelled):
            worker = office.for_thread()
            try:
                progress(0, 1, "Đang tổng hợp…")
                if kind == "xlsx":
                    out = [worker.export_xlsx(p, path)]
                elif kind == "pdf":
                    out = [worker.export_pdf(p, path)]
                else:
                    out = [worker.export_dhis2(p, path),
                           worker.export_adx(p, Path(path).with_suffix(".adx.xml"))]
                progress(1, 1, "Xong.")
                return out
            finally:
                worker.close()

        self.task = BackgroundTask(self, "Xuất tổng hợp", work, label="Đang tổng hợp…")
        self.task.finished.connect(self._export_finished)
        self.task.failed.connect(lambda err: (show_error(self, err), self.export_done.emit(None)))
        return self.task.start()

    def _export_finished(self, paths) -> None:
        names = ", ".join(str(p) for p in paths)
        self.statusBar().showMessage(f"Đã ghi {names}", 10000)
        self.export_done.emit(paths)

