"""Tệp › Gửi cho tỉnh… (and the button after an export): the period's two files and an e-mail
draft with both attached (`desktop_app.mail.prepare_mail`, in the background), then the three
ways an officer sends it, each tried and said in a dialog with ✓ or ✗:

- the draft (.eml, To the province's address from the settings) opened by the computer's mail
  program (Outlook opens it ready to send: X-Unsent);
- the folder opened with the files selected, to attach them by hand;
- subject and body on the clipboard, for webmail.

A mailto: link cannot carry attachments: officers forgot one of the two files.

The files already in the folder are sent as they are when they are the period's current export
(`desktop_app.mail.plan_mail`): after Ký số báo cáo, the signed PDF and the workbook naming it,
never exported again. Files of an earlier export are replaced only after a question saying so
(and that a signed report in the folder would no longer match), No the default.
"""
from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QProcess, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.core.errors import ExportCancelled
from desktop_app.core.periods import Period, format_time
from desktop_app.core.submission import Submission
from desktop_app.mail import MailDraft, MailPlan, plan_mail, prepare_mail, record_sent
from desktop_app.services import Workspace
from ui import colours, labels
from ui.actions import FAILED, data_changed, run_action
from ui.colours import Meaning
from ui.common import in_language, show_error
from ui.document_dialog import ask_document, taken_meanwhile
from ui.export_dialog import choose_folder, submission_to_export
from ui.keyboard import one_default
from ui.tasks import BackgroundTask
from ui.workflow_actions import show_what_changed

WINDOWS = sys.platform == "win32"
WORD_JOINER = "\u2060"  # no line break beside it (a span's white-space: nowrap is not kept in a table cell)
NAME_WIDTH = 440  # pixels: a file name wider than this is cut in its middle (the dialog is 560 wide)


def mail_text(draft: MailDraft) -> str:
    """What the clipboard gets: the subject, a blank line, the body (Vietnamese, official)."""
    return f"{draft.subject}\n\n{draft.body}"


def reveal(path: Path) -> bool:
    """Open the folder of `path` with the file selected (Explorer selects it on Windows;
    elsewhere the folder opens). True when the program started."""
    if WINDOWS:
        started, _pid = QProcess.startDetached("explorer.exe", ["/select,", QDir.toNativeSeparators(str(path))])
        return started
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SendController(QObject):
    """One "Gửi cho tỉnh…" over a window; `done_dialog` says what happened (its `draft`, the MailDraft)."""

    def __init__(self, parent: QWidget, workspace: Workspace, period: Period | str,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace = workspace
        self.period = period
        self.settings = settings or QSettings()
        self.task: BackgroundTask | None = None
        self.done_dialog: SendDoneDialog | None = None
        self.replace_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, folder: str | Path | None = None) -> BackgroundTask | None:
        """Into `folder` (the export's), or one the officer chooses; None when nothing started."""
        parent, ws, period = self.parent_widget, self.workspace, self.period
        if folder is None:
            sub = run_action(parent, submission_to_export, ws, period, title=self.tr("Could not send the report"),
                             reads=True)
            if sub is FAILED:
                return None
            if not sub.approved and not self.confirm_draft():
                return None
            # No question here: what is in the folder is sent as it is, or asked about below.
            folder = choose_folder(parent, sub, self.settings, self.tr("Send to the province"), ())
            if folder is None:
                return None
        plan = run_action(parent, plan_mail, ws, period, folder, title=self.tr("Could not send the report"),
                          reads=True)
        if plan is FAILED:
            return None
        replace = plan.ready is None and bool(plan.in_the_way)
        if replace and not self.confirm_replace(plan):
            return None
        document, sub = {}, None
        if plan.ready is None:  # exported now: a first export of an approval asks its number and date
            sub = run_action(parent, submission_to_export, ws, period, title=self.tr("Could not send the report"),
                             reads=True)
            document = None if sub is FAILED else ask_document(parent, ws, sub)
            if document is None:
                return None
        return self._prepare(folder, replace, sub, document)

    def _prepare(self, folder: str | Path, replace: bool, sub: Submission | None, document: dict) -> BackgroundTask:
        """The e-mail and the files it attaches prepared in the background (`sub`: the period's submission when
        exported now, with the number and date `document`)."""
        ws, period = self.workspace, self.period

        def work(progress, cancelled):
            worker_ws = ws.for_thread()
            try:
                # named (or removed) only once marked sent, on this window's thread (`_done`)
                return prepare_mail(worker_ws, period, folder, progress=progress, cancelled=cancelled,
                                    mark_sent=False, keep_staged=True, replace=replace, **document)
            finally:
                worker_ws.close()

        self.task = BackgroundTask(self.parent_widget, self.tr("Send to the province"), work,
                                   label=self.tr("Preparing the e-mail to the province…"))
        attempt = (folder, replace, sub, document)
        self.task.finished.connect(lambda draft: self._done(draft, attempt))
        version = ws.catalog.version
        self.task.failed.connect(lambda err: self._failed(err, version, attempt))
        return self.task.start()

    def _asked_again(self, err: BaseException, attempt: tuple) -> bool:
        """The number the files were exported with refused, issued meanwhile for another report
        (`taken_meanwhile`): the box again, the refusal under the form, and the e-mail prepared again into the same
        folder with the number typed then (none when the officer stops there). False, nothing asked, for any
        other failure: the caller says it."""
        folder, replace, sub, document = attempt
        if sub is None or not taken_meanwhile(self.workspace, sub, document, err):
            return False
        again = ask_document(self.parent_widget, self.workspace, sub, refused=(document, err))
        if again is not None:
            self._prepare(folder, replace, sub, again)
        return True

    def confirm_draft(self) -> bool:
        """The period is not approved: send the province the draft? Asked before the folder, so that
        nobody sends a draft believing it the report (walk 10, finding 7: it went without a word but
        the dialog's first line afterwards). Cancel is the default. True: send the draft."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Send to the province"), labels.with_period(
            self.tr("{period} is not approved yet: what goes to the province is the DRAFT, and the province "
                    "counts it as a draft until the approved report comes."), self.period),
            QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.setInformativeText(self.tr("Send the draft to the province?"))
        send = box.addButton(self.tr("Send the draft"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is send

    def confirm_replace(self, plan: MailPlan) -> bool:
        """The folder holds files of an earlier export that cannot be sent: export again and
        replace them? Says why, that the province may hold them, and that a signed report there
        would no longer match; Cancel is the default. True: replace."""
        text = self.tr("The folder already has:\n{files}\n\nThey cannot be sent as they are: {why}.\n\n"
                       "Sending needs a new export that replaces them, and the province may already have "
                       "received them.").format(files="\n".join(plan.in_the_way), why=in_language(plan.why or ""))
        if plan.signed_in_the_way:
            text += "\n\n" + self.tr("The digitally signed report in the folder is of that earlier export: it will "
                                       "not be sent. After the new export the leader signs the report again "
                                       "(Period › Sign the report digitally…), then sends.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Send to the province"), text,
                          QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.setInformativeText(self.tr("Export the report again and replace these files?"))
        again = box.addButton(self.tr("Export again and replace"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        self.replace_box = box
        box.exec()
        self.replace_box = None
        return box.clickedButton() is again

    def _done(self, draft: MailDraft, attempt: tuple) -> None:
        """Marked sent as an export is (on this thread's connection), which names the files and the
        draft, then the three ways tried. Refused (the period changed, or was sent with another
        number, meanwhile), an approved report's files and the draft are removed, never named
        (red-team 16, F4): the message says so, and nothing invites sending; its number issued
        meanwhile for another report, the number box asks another (`_asked_again`)."""
        try:
            draft = record_sent(self.workspace, draft)
        except Exception as err:  # noqa: BLE001 - every failure reaches the officer, none dies silently
            if not self._asked_again(err, attempt):
                show_error(self.parent_widget, err, self.tr("Could not record the Exported status"))
            return
        data_changed(self.parent_widget)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft.path)))
        revealed = reveal(draft.export.pdf or draft.path)
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(mail_text(draft))
        copied = clipboard.text() == mail_text(draft)
        self.done_dialog = SendDoneDialog(draft, opened=opened, revealed=revealed, copied=copied,
                                          parent=self.parent_widget)
        self.done_dialog.open()

    def _failed(self, err: BaseException, version: str, attempt: tuple) -> None:
        if not isinstance(err, ExportCancelled) and not self._asked_again(err, attempt):
            show_what_changed(self.parent_widget, self.workspace, version)  # a newer catalogue, at once
            show_error(self.parent_widget, err, self.tr("Could not send the report"))


class SendDoneDialog(QDialog):
    """What was prepared, and which of the three ways happened: a line each, ✓ or ✗ with why."""

    def __init__(self, draft: MailDraft, *, opened: bool, revealed: bool, copied: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = draft
        sub = draft.export.submission
        folder = str(draft.path.parent)
        files = ", ".join(p.name for p in draft.export.paths)
        self.setWindowTitle(self.tr("Send to the province"))
        self.setMinimumWidth(560)
        self._names = [p.name for p in draft.export.paths] + [draft.path.name]
        self._cut_names: list[str] = []  # the names too long for a line, whole in the tooltip
        layout = QVBoxLayout(self)
        state = self.tr("Approved") if sub.approved else self.tr("DRAFT (the period is not approved yet)")
        head = labels.with_period(self.tr("The e-mail to the province is ready: <b>{unit}</b>, {period} — {state}."),
                                  sub.period, unit=escape(sub.unit_name), state=state)
        self.lines = [
            (bool(draft.to), self.tr("To: {address}").format(address=draft.to) if draft.to else self.tr(
                "No address for the province yet: type it in the e-mail's To field. The administrator "
                "enters it once in File › Settings… (The province's e-mail address).")),
            (opened, self.tr("The e-mail is open in this computer's mail program (Outlook, Thunderbird…), with "
                             "both files attached: check it and press Send.") if opened else self.tr(
                "The e-mail could not be opened: this computer has no mail program for .eml files. "
                "Use webmail, below.")),
            (revealed, (self.tr("The folder is open with the report selected: {folder}") if WINDOWS else
                        self.tr("The folder is open: {folder}")).format(folder=folder) if revealed else self.tr(
                "The folder could not be opened: {folder}").format(folder=folder)),
            (copied, self.tr("Subject and text of the e-mail copied: in webmail (Gmail, the province's mail…) "
                             "paste them (Ctrl+V) into a new message and attach {files}.").format(files=files)
             if copied else self.tr("The clipboard could not be used: copy the subject and the text with the "
                                    "buttons below.")),
        ]
        done, failed = colours.named(Meaning.DONE, self), colours.named(Meaning.REFUSAL, self)
        rows = "".join(
            f"<tr><td style='color:{done if ok else failed}; font-weight:bold'>{'✓' if ok else '✗'}"
            f"</td><td>{self._names_whole(escape(text))}</td></tr>" for ok, text in self.lines)
        if draft.signed:
            attached = self.tr("Attached as they are, not exported again: the digitally signed report {pdf} and "
                               "{xlsx}, which records it.").format(pdf=draft.export.pdf.name, xlsx=draft.export.xlsx.name)
        elif not draft.exported:
            attached = self.tr("Attached as they are, not exported again (exported at {time}): {files}.").format(
                time=format_time(sub.generated_at), files=files)
        else:
            attached = self.tr("Exported now and attached: {files}.").format(files=files)
        self.attached = attached
        self.message = QLabel(
            f"<p>{head}</p><p>{self._names_whole(escape(attached))}</p><table cellspacing='4'>{rows}</table>"
            "<p>" + self.tr("Subject: {subject}").format(subject=escape(draft.subject)) + "<br>"
            + self.tr("E-mail file: {file}").format(file=self._names_whole(escape(draft.path.name))) + "<br>"
            + self.tr("Authentication code: <b>{code}</b>").format(code=sub.short_fingerprint) + "</p>")
        self.message.setWordWrap(True)
        tip = labels.authentication_code_tip(sub.short_fingerprint, sub.key_code)
        if self._cut_names:
            tip = "\n".join(self._cut_names) + "\n\n" + tip
        self.message.setToolTip(tip)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        action_role = QDialogButtonBox.ButtonRole.ActionRole
        self.copy_subject_button = buttons.addButton(self.tr("Copy the &subject"), action_role)
        self.copy_body_button = buttons.addButton(self.tr("Copy the &text"), action_role)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_subject_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(draft.subject))
        self.copy_body_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(draft.body))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # Enter closes (the clipboard keeps subject and text); Enter or Space on another button
        # that has the keyboard presses it (ui.keyboard.one_default).
        one_default(self.close_button, self)

    def _names_whole(self, html: str) -> str:
        """`html` with each file name on one line: a line broke "2026-6M_05665_xa-van-" / "lang.xlsx" at
        its hyphen (walk 21, L8). A name wider than `NAME_WIDTH` is cut in its middle, whole in the tooltip."""
        for name in self._names:
            shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
            if shown != name and name not in self._cut_names:
                self._cut_names.append(name)
            html = html.replace(escape(name), escape(shown).replace("-", "-" + WORD_JOINER))
        return html
