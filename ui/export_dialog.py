"""Tệp > Xuất báo cáo…: both files of the period into a folder the user picks (remembered),
written in the background with a progress dialog, then offers to open the PDF, open the
folder, or compose the e-mail to the province (the user attaches the two files)."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.periods import Period
from desktop_app.services import Workspace, export_period
from desktop_app.users import Permission
from exports.bundle import ExportCancelled, ExportResult
from ui.common import show_error
from ui.tasks import BackgroundTask

SETTINGS_KEY = "exports/folder"
ACTION_TEXT = "&Xuất báo cáo…"


def mailto_url(result: ExportResult) -> str:
    """mailto: with the subject and body filled (RFC 6068: UTF-8, percent-encoded, CRLF)."""
    sub = result.submission
    title = sub.report_title[:1].lower() + sub.report_title[1:]
    draft = "" if sub.approved else " (bản dự thảo)"
    subject = f"[{sub.unit_code}] Báo cáo {title} - {sub.unit_name}"
    lines = [
        "Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên.",
        "",
        f"Ủy ban nhân dân {sub.unit_running_name} gửi báo cáo {title}{draft}.",
        "",
        "Tệp đính kèm:",
        *(f"- {p.name}" for p in result.paths),
        "",
        f"Mã xác thực: {sub.short_fingerprint}",
        f"(đầy đủ: {sub.fingerprint})",
        "",
        f"Người lập biểu: {sub.preparer}",
    ]
    body = "\r\n".join(lines)
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


class ExportDoneDialog(QDialog):
    """What was written, and the three things an officer does next."""

    def __init__(self, result: ExportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        sub = result.submission
        self.setWindowTitle("Đã xuất báo cáo")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        state = "Đã duyệt" if sub.approved else "DỰ THẢO (kỳ báo cáo chưa được duyệt)"
        files = "".join(f"<li>{escape(p.name)}</li>" for p in result.paths)
        self.message = QLabel(
            f"<p>Đã xuất <b>{escape(sub.unit_name)}</b>, {sub.period_name} — {state}.</p>"
            f"<p>Thư mục: {escape(str(result.folder))}</p><ul>{files}</ul>"
            f"<p>Mã xác thực: <b>{sub.short_fingerprint}</b></p>"
            "<p>Khi soạn thư điện tử, hãy đính kèm các tệp trên (chương trình thư không tự đính kèm).</p>")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.open_pdf_button = QPushButton("Mở báo cáo &PDF")
        self.open_folder_button = QPushButton("Mở &thư mục")
        self.mail_button = QPushButton("Soạn thư &điện tử")
        self.close_button = QPushButton("Đóng")
        for b in (self.open_pdf_button, self.open_folder_button, self.mail_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_pdf_button.setEnabled(result.pdf is not None)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.mail_button.clicked.connect(self.compose_mail)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _open(self, url: QUrl) -> None:
        if not QDesktopServices.openUrl(url):
            QMessageBox.warning(self, "Không mở được",
                                f"Máy chưa có chương trình để mở:\n{url.toDisplayString()}")

    def open_pdf(self) -> None:
        if self.result.pdf:
            self._open(QUrl.fromLocalFile(str(self.result.pdf)))

    def open_folder(self) -> None:
        self._open(QUrl.fromLocalFile(str(self.result.folder)))

    def compose_mail(self) -> None:
        self._open(QUrl.fromEncoded(mailto_url(self.result).encode("ascii")))


class ExportController(QObject):
    """Runs one "Xuất báo cáo" from a parent window; `exported` carries the ExportResult."""

    exported = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, workspace_getter: Callable[[], Workspace | None],
                 period_getter: Callable[[], Period | str | None], settings: QSettings | None = None):
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace_getter = workspace_getter
        self.period_getter = period_getter
        self.settings = settings or QSettings()
        self.task: BackgroundTask | None = None
        self.done_dialog: ExportDoneDialog | None = None

    # --- the folder, remembered -----------------------------------------------------------
    def remembered_folder(self) -> str:
        folder = self.settings.value(SETTINGS_KEY, "", type=str)
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def remember(self, folder: str) -> None:
        self.settings.setValue(SETTINGS_KEY, folder)
        self.settings.sync()

    # --- the action ----------------------------------------------------------------------------
    def start(self) -> BackgroundTask | None:
        """Ask for the folder and start the export; None when nothing was started."""
        if self.task is not None and self.task.running:
            return self.task
        parent = self.parent_widget
        ws = self.workspace_getter()
        period = self.period_getter()
        if ws is None or period is None:
            QMessageBox.information(parent, "Xuất báo cáo", "Hãy chọn đơn vị và kỳ báo cáo trước.")
            return None
        try:
            ws.require(Permission.EXPORT)
            sub = ws.submission(period)
        except Exception as err:  # noqa: BLE001 - shown through the one error function
            show_error(parent, err, "Không xuất được báo cáo")
            return None
        folder = QFileDialog.getExistingDirectory(
            parent, f"Chọn thư mục lưu báo cáo {sub.period_name}", self.remembered_folder())
        if not folder:
            return None
        self.remember(folder)
        existing = [n for n in (f"{sub.file_stem}.pdf", f"{sub.file_stem}.xlsx")
                    if (Path(folder) / n).exists()]
        if existing:
            answer = QMessageBox.question(
                parent, "Xuất báo cáo",
                "Trong thư mục đã có:\n" + "\n".join(existing) + "\n\nGhi đè bằng bản mới?")
            if answer != QMessageBox.StandardButton.Yes:
                return None
        db_path, account, user = ws.store.path, ws.account, ws.user

        def work(progress, cancelled):
            from db.store import Store

            worker_ws = Workspace(Store(db_path), user)  # its own connection on this thread
            worker_ws.account = account
            try:
                return export_period(worker_ws, period, folder, progress=progress,
                                     cancelled=cancelled, mark_sent=False)
            finally:
                worker_ws.close()

        self.task = BackgroundTask(parent, "Xuất báo cáo", work,
                                   label=f"Đang xuất báo cáo {sub.period_name}…")
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        return self.task.start()

    def _done(self, result: ExportResult) -> None:
        ws = self.workspace_getter()
        if ws is not None and result.submission.approved:
            try:
                ws.mark_sent(result.submission.period, result.submission.fingerprint)
            except Exception as err:  # noqa: BLE001
                show_error(self.parent_widget, err, "Không ghi được trạng thái Đã gửi")
        self.done_dialog = ExportDoneDialog(result, self.parent_widget)
        self.done_dialog.open()
        self.exported.emit(result)

    def _failed(self, err: BaseException) -> None:
        self.failed.emit(err)
        if isinstance(err, ExportCancelled):
            return
        show_error(self.parent_widget, err, "Không xuất được báo cáo")


def add_export_action(main_window: QWidget, menu: QMenu | None,
                      workspace_getter: Callable[[], Workspace | None],
                      period_getter: Callable[[], Period | str | None],
                      before: QAction | None = None, settings: QSettings | None = None) -> QAction:
    """The "Xuất báo cáo…" action, put into `menu` (before `before` when given; not inserted
    when `menu` is None); its controller is `action.controller`. In the main window:

        window.add_export_action(add_export_action(
            window, None, lambda: window.workspace, lambda: window.period))
    """
    controller = ExportController(main_window, workspace_getter, period_getter, settings)
    action = QAction(ACTION_TEXT, main_window)
    action.setStatusTip("Xuất báo cáo PDF để in, ký và tệp Excel gửi tỉnh của kỳ đang xem")
    action.triggered.connect(lambda checked=False: controller.start())
    if menu is not None and before is not None:
        menu.insertAction(before, action)
    elif menu is not None:
        menu.addAction(action)
    action.controller = controller  # keep it alive with the action
    return action
