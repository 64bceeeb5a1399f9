"""Tệp > Xuất báo cáo…: both files of the period into a folder the user picks (remembered),
written in the background with a progress dialog, then offers to open the PDF, open the
folder, or send them to the province (ui/send_report.py: an e-mail draft with both attached)."""
from __future__ import annotations

from dataclasses import replace

from html import escape
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop_app.core.errors import ExportCancelled
from desktop_app.core.pdf_signature import signed_name
from desktop_app.core.periods import Period
from desktop_app.core.submission import Submission
from desktop_app.services import Workspace, export_period
from desktop_app.core.users import Permission
from ui import labels
from ui.actions import FAILED, data_changed, run_action
from ui.common import show_error
from ui.document_dialog import ask_document, taken_meanwhile
from ui.files_written import FilesWrittenDialog
from ui.fitting import unbroken_code
from ui.i18n import translate
from ui.issued_dialog import IssuedDialog
from ui.start_folder import start_folder
from ui.tasks import BackgroundTask
from ui.workflow_actions import show_what_changed

SETTINGS_KEY = "exports/folder"
ACTION_TEXT = QT_TRANSLATE_NOOP("ExportController", "&Export the report…")
ACTION_TIP = QT_TRANSLATE_NOOP("ExportController", "Export the PDF report to print and sign, and the Excel file "
                                                   "for the province, of the period shown")


def remembered_folder(settings: QSettings) -> str:
    """Where the last export went (the person's Documents, or home, the first time)."""
    return start_folder(settings.value(SETTINGS_KEY, "", type=str))


def choose_folder(parent: QWidget, sub: Submission, settings: QSettings, title: str,
                  suffixes: tuple[str, ...] = (".pdf", ".xlsx")) -> str | None:
    """The folder for the period's files, asked where the last export went (then remembered);
    files of the same names already there (`suffixes`) are replaced only if the user agrees.
    None when the user stopped."""
    folder = QFileDialog.getExistingDirectory(
        parent, labels.with_period(translate("ExportController", "Choose the folder for the report of {period}"),
                                   sub.period),
        remembered_folder(settings))
    if not folder:
        return None
    settings.setValue(SETTINGS_KEY, folder)  # remembered for the next export
    settings.sync()
    existing = [name for name in (f"{sub.file_stem}{suffix}" for suffix in suffixes) if (Path(folder) / name).exists()]
    if existing:
        text = translate("ExportController", "The folder already has:\n{files}\n\nReplace them with the new ones?").format(
            files="\n".join(existing))
        signed = signed_name(sub.file_stem)
        if (Path(folder) / signed).exists() and ".xlsx" in suffixes:
            # The workbook there names the digitally signed report: a new one would not.
            text += "\n\n" + translate(
                "ExportController", "The folder also has the digitally signed report {signed}. The new Excel file "
                "will not name it: send the signed pair as it is (Send to the province…), or sign again after "
                "this export.").format(signed=signed)
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No if (Path(folder) / signed).exists()
                                      else QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return folder


class ExportDoneDialog(FilesWrittenDialog):
    """What was written (`result`, what `export_period` returned), and the three things an
    officer does next; `send`, when given, is "Gửi cho tỉnh…" for these files."""

    def __init__(self, result, parent: QWidget | None = None, send: Callable[[], object] | None = None):
        super().__init__(result.folder, result.paths, result.pdf, parent)
        sub = result.submission
        self.setWindowTitle(self.tr("Report exported"))
        self.open_pdf_button = self.open_file_button
        self.open_pdf_button.setText(self.tr("Open the &PDF report"))
        state = self.tr("Approved") if sub.approved else self.tr("DRAFT (the period is not approved yet)")
        self.say(
            "<p>" + labels.with_period(self.tr("Exported <b>{unit}</b>, {period} — {state}."), sub.period,
                                       unit=escape(sub.unit_name), state=state) + "</p>",
            "<p>" + self.tr("Authentication code: <b>{code}</b>").format(code=sub.short_fingerprint) + "</p>"
            + ("<p>" + self.tr("This computer's signing key code: <b>{code}</b>").format(
                code=unbroken_code(sub.key_code)) + "</p>"
               if sub.key_code else "")
            + "<p>" + self.tr("<i>Send to the province…</i> prepares the e-mail to the province with both files "
                              "attached.") + "</p>")
        self.message.setToolTip(labels.authentication_code_tip(sub.short_fingerprint, sub.key_code))
        self.send_button = self.add_button(self.tr("&Send to the province…"))
        self.send_button.setEnabled(send is not None)
        if send is not None:
            self.send_button.clicked.connect(lambda: (self.accept(), send()))


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
        self.action: QAction | None = None  # set by add_export_action; retitled on a language switch
        # "Gửi cho tỉnh…" of the files written (ExportResult), offered in the done dialog: set by
        # the window that sends (MainMenus.add_export_action).
        self.send: Callable[[object], object] | None = None
        parent.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange and obj is self.parent_widget and self.action is not None:
            self.action.setText(self.tr(ACTION_TEXT))
            self.action.setStatusTip(self.tr(ACTION_TIP))
        return False

    # --- the action ----------------------------------------------------------------------------
    def start(self) -> BackgroundTask | None:
        """Ask for the folder and start the export; None when nothing was started."""
        if self.task is not None and self.task.running:
            return self.task
        parent = self.parent_widget
        ws = self.workspace_getter()
        period = self.period_getter()
        if ws is None or period is None:
            QMessageBox.information(parent, self.tr("Export the report"),
                                    self.tr("Choose the unit and the period first."))
            return None
        sub = run_action(parent, submission_to_export, ws, period, title=self.tr("Could not export the report"),
                         reads=True)
        if sub is FAILED:
            return None
        # an approval already exported: its number and date, fixed, before the folder (the core keeps them)
        issued = ws.issued(period) if sub.approved else None
        if issued is not None and IssuedDialog(sub, issued, parent).exec() != QDialog.DialogCode.Accepted:
            return None
        document = ask_document(parent, ws, sub)  # a first export of an approval: its number and date
        if document is None:
            return None
        folder = choose_folder(parent, sub, self.settings, self.tr("Export the report"))
        if folder is None:
            return None
        return self._export(ws, sub, period, folder, document)

    def _export(self, ws: Workspace, sub: Submission, period: Period | str, folder: Path,
                document: dict) -> BackgroundTask:
        """The files of `sub` written into `folder` in the background, with the number and date `document`."""
        def work(progress, cancelled):
            worker_ws = ws.for_thread()
            try:
                # named (or removed) only once marked sent, on this window's thread (`_done`)
                return export_period(worker_ws, period, folder, progress=progress,
                                     cancelled=cancelled, mark_sent=False, keep_staged=True, **document)
            finally:
                worker_ws.close()

        self.period = sub.period  # named by the question of a window closed meanwhile (exports_running)
        self.task = BackgroundTask(self.parent_widget, self.tr("Export the report"), work,
                                   label=labels.with_period(self.tr("Exporting the report of {period}…"), sub.period))
        self.task.finished.connect(lambda result: self._done(result, sub, period, folder, document))
        version = ws.catalog.version
        self.task.failed.connect(lambda err: self._failed(err, ws, version, sub, period, folder, document))
        return self.task.start()

    def _done(self, result, sub: Submission, period: Period | str, folder: Path, document: dict) -> None:
        ws = self.workspace_getter()
        # Checked as the command line's export is: refused (and said) when the period was
        # approved, reopened or approved again while the files were written, or exported by
        # another window or command with another number: then an approved report's files are
        # removed, never named (red-team 16, F4), a draft's named as a draft.
        if ws is None:
            result.discard()  # the window closed meanwhile: nothing recorded, nothing to send
            return
        try:
            ws.mark_sent(result.submission, files=result)
        except Exception as err:  # noqa: BLE001 - every failure reaches the officer, none dies silently
            result.discard()  # not recorded, for whatever reason: nothing of it left, as `chitieu export`
            if not taken_meanwhile(ws, sub, document, err):
                show_error(self.parent_widget, err, self.tr("Could not record the Exported status"))
            elif self._ask_again(err, ws, sub, period, folder, document):
                return
            self.exported.emit(replace(result, staged=None))  # nothing invites sending what is left
            return
        data_changed(self.parent_widget)
        result = replace(result, staged=None)
        send = self.send
        self.done_dialog = ExportDoneDialog(result, self.parent_widget,
                                            send=(lambda: send(result)) if send is not None else None)
        self.done_dialog.open()
        self.exported.emit(result)

    def _failed(self, err: BaseException, ws: Workspace, version: str, sub: Submission, period: Period | str,
                folder: Path, document: dict) -> None:
        if taken_meanwhile(ws, sub, document, err):  # checked again as the export read the period
            if not self._ask_again(err, ws, sub, period, folder, document):
                self.failed.emit(err)
            return
        self.failed.emit(err)
        if not isinstance(err, ExportCancelled):
            # A refusal because another copy imported a newer catalogue (read by the worker on
            # its own connection): the window shows the new results behind the message.
            show_what_changed(self.parent_widget, ws, version)
            show_error(self.parent_widget, err, self.tr("Could not export the report"))

    def _ask_again(self, err: BaseException, ws: Workspace, sub: Submission, period: Period | str,
                   folder: Path, document: dict) -> bool:
        """The number of `document` refused, issued meanwhile for another report: the box again, the refusal
        under the form; True when the officer typed another, the export started again into `folder` with it."""
        again = ask_document(self.parent_widget, ws, sub, refused=(document, err))
        if again is None:
            return False
        self._export(ws, sub, period, folder, again)
        return True


def submission_to_export(ws: Workspace, period: Period | str):
    """The period's submission, once the account is known to be allowed to export it."""
    ws.require(Permission.EXPORT)
    return ws.submission(period)


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
    action = QAction(translate("ExportController", ACTION_TEXT), main_window)
    action.setStatusTip(translate("ExportController", ACTION_TIP))
    controller.action = action
    action.triggered.connect(lambda checked=False: controller.start())
    if menu is not None:
        menu.insertAction(before, action)  # at the end when `before` is None
    action.controller = controller  # keep it alive with the action
    return action
