"""The province window's receiving side: the "Reports sent" and "Files received" tabs.

"Reports sent" lists every unit with the status of its report for the period (searched by
name without accents or by code, filtered by status); "Files received" lists the files of
the last folder read, each row appearing as soon as its file is read: intake runs through
`ui.tasks.BackgroundTask` on a worker with its own database connection, behind a progress
dialog that can be cancelled. A mixin of `ui.province_window.ProvinceWindow` (which has
`office`, `period`, `completeness`, `task`, `tabs`, `refresh()` and `_table()`); its words
keep the "ProvinceWindow" translation context.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import fold
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.core.intake import FileClass, IntakeRun
from ui.common import show_error
from ui.i18n import translate
from ui.labels import period_name
from ui.province_labels import (
    CONTEXT,
    STATUS_COLOURS,
    class_label,
    intake_summary_text,
    kind_label,
    status_label,
    unit_status_text,
)
from ui.table_model import RowsModel

ALL = None  # the status filter's "All" (its item carries no status)
COMPLETENESS_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "No."), QT_TRANSLATE_NOOP("ProvinceWindow", "Code"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Commune or ward"), QT_TRANSLATE_NOOP("ProvinceWindow", "Type"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Status"), QT_TRANSLATE_NOOP("ProvinceWindow", "Generated"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Received at"), QT_TRANSLATE_NOOP("ProvinceWindow", "Fingerprint"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "File"), QT_TRANSLATE_NOOP("ProvinceWindow", "Note"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Digital signature (PDF)"),
)
INTAKE_HEADERS = (
    QT_TRANSLATE_NOOP("ProvinceWindow", "File"), QT_TRANSLATE_NOOP("ProvinceWindow", "Result"),
    QT_TRANSLATE_NOOP("ProvinceWindow", "Unit"), QT_TRANSLATE_NOOP("ProvinceWindow", "Reason"),
)


def _time(text: str) -> str:
    try:
        t = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return text or ""
    return t.strftime("%H:%M %d/%m/%Y")



class CompletenessModel(RowsModel):
    """One row per unit (`UnitStatus`)."""

    HEADERS = COMPLETENESS_HEADERS
    CONTEXT = CONTEXT

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        u = self.rows[index.row()]
        col = index.column()
        if col == len(COMPLETENESS_HEADERS) - 1:
            return self._signature_data(u, role)
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

    # Unit code -> the check of the signed PDF received with its kept file (the window sets it
    # from desktop_app.digital_signature.pdf_signatures at each refresh); the core's Vietnamese
    # verdict and, as the tooltip, every line `chitieu verify FILE.pdf` prints.
    signatures: dict = {}

    def _signature_data(self, u, role):
        check = self.signatures.get(u.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return check.summary if check else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(check.lines()) if check else None
        if role == Qt.ItemDataRole.UserRole:
            return (check is None, list(PdfVerdict).index(check.verdict) if check else 0)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and check is not None:
            bg, fg = STATUS_COLOURS[ReportStatus.DA_NHAN if check.ok else ReportStatus.BI_TU_CHOI]
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
        u = self.sourceModel().rows[row]
        if self.status is not ALL and u.status != self.status:
            return False
        return not self.text or self.text in fold(u.name) or self.text in u.code


class IntakeModel(RowsModel):
    """One row per file read (`FileResult`), added as each is read."""

    HEADERS = INTAKE_HEADERS
    CONTEXT = CONTEXT

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.file_name, class_label(r.class_), r.unit_name or r.unit_code, r.reason)[col]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == 1:
            bg, fg = STATUS_COLOURS[ReportStatus.DA_NHAN if FileClass(r.class_).accepted else ReportStatus.BI_TU_CHOI]
            return QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        return None


class _Rows(QObject):
    """Lives on the UI thread: a file read on the worker reaches the table through it."""

    result = Signal(object)


class IntakeTabs:
    """The two receiving tabs, copying the missing units' names, and reading a folder."""

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
        # What the line says, again after a language switch.
        self._intake_text = lambda: translate("ProvinceWindow",
                                              "No folder has been read since the program was opened.")
        v.addWidget(self.intake_summary)
        self.intake_model = IntakeModel(self)
        self._rows = _Rows(self)
        self._rows.result.connect(self.intake_model.append, Qt.ConnectionType.QueuedConnection)
        self.intake_table = self._table(self.intake_model)
        for col, width in enumerate((280, 150, 200)):
            self.intake_table.setColumnWidth(col, width)
        self.intake_table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.intake_table)
        return w

    def _retranslate_intake_tabs(self) -> None:
        """The two tabs' fixed words (ProvinceWindow.retranslate_static)."""
        self.search.setPlaceholderText(
            translate("ProvinceWindow", "Find a commune or ward (accents optional) or a code…"))
        self.search.setAccessibleName(translate("ProvinceWindow", "Find a unit"))
        self.status_label.setText(translate("ProvinceWindow", "Status:"))
        self.status_box.setAccessibleName(translate("ProvinceWindow", "Filter by status"))
        for i in range(self.status_box.count()):
            status = self.status_box.itemData(i)
            self.status_box.setItemText(
                i, translate("ProvinceWindow", "All") if status is ALL else status_label(status))
        self.intake_summary.setText(self._intake_text())

    # --- acting on them ------------------------------------------------------------------------
    def copy_missing(self) -> str:
        """The missing units' names for a reminder e-mail (the core's Vietnamese text)."""
        text = self.completeness.reminder_text() if self.completeness else ""
        QGuiApplication.clipboard().setText(text)
        missing = len(self.completeness.missing_units) if self.completeness else 0
        self.statusBar().showMessage(
            translate("ProvinceWindow", "Copied the names of %n unit(s) not yet sent.", None, missing), 5000)
        return text

    def start_intake(self, folder: str | Path | None = None):
        """Choose a folder (unless given) and read it on a worker; rows appear as files are read."""
        if self.task is not None and self.task.running:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, translate("ProvinceWindow", "Choose the folder holding the report files received by e-mail"))
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

        self.intake_model.set_rows([])
        self.tabs.setCurrentIndex(1)
        self._intake_text = lambda: translate("ProvinceWindow", "Reading folder {folder} ({period})…").format(
            folder=folder, period=period_name(period))
        self.intake_summary.setText(self._intake_text())
        self.task = BackgroundTask(self, translate("ProvinceWindow", "Receive reports"), work,
                                   label=translate("ProvinceWindow", "Reading the files…"))
        self.task.finished.connect(self._intake_finished)
        self.task.failed.connect(self._task_failed)
        return self.task.start()

    def _intake_finished(self, run: IntakeRun) -> None:
        self.refresh()

        def text() -> str:
            stopped = (" " + translate("ProvinceWindow",
                                       "Stopped as asked; the files already read are still received.")
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
