"""What the two main windows (commune and province) say about the database itself, not
about a period: a history changed outside the program, a failed automatic backup, a
computer clock behind the recorded changes, who is logged in, and a catalogue update that
judges the periods being entered against a new target (`catalog_updated`).

A mixin of `ui.main_window.MainWindow` and `ui.province_window.ProvinceWindow`: each
places `tampering_label` (a red line that stays) under its header and calls
`_build_notices()` after its status bar exists. The boxes open without blocking
(`open()`), kept in `notice_boxes`. Words in the "WindowNotices" context.

The red line says that a period concerned is not approved, exported or signed until the
administrator has checked the changes (desktop_app/core/workflow.py); for the administrator
it ends with a link, "Xác nhận đã kiểm tra…", the same as Quản trị › Xác nhận đã kiểm tra
thay đổi ngoài chương trình… (`acknowledge_changes`). A finding no acknowledgement clears (a backup
another program holds locked: desktop_app/history.left_by_acknowledging) is said apart, in its own words, with
no link, and after an acknowledgement a box says it stays: it is no change made outside, nor a failed
acknowledgement.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app import copied_out
from desktop_app.core.copy_out import HOW, standing_said, standing_short
from desktop_app.core.periods import in_sentence
from desktop_app.core.users import Permission
from desktop_app.history import (
    left_by_acknowledging,
    left_heading,
    nothing_to_acknowledge,
    to_acknowledge,
)
from ui import colours, labels
from ui.actions import FAILED, run_action
from ui.colours import Meaning
from ui.common import app_title, in_language, link_html
from ui.fitting import unbroken_names
from ui.i18n import translate
from ui.keyboard import unprompted
from ui.squeezed_label import SqueezedLabel

STATUS_SPACING = 6  # px between the status bar's widgets (the style's), and
STATUS_MARGIN = 24  # the size grip and the message's own margins

SHOWN_PROBLEMS = 3  # the first few named in the box; `chitieu audit verify` lists them all
ACKNOWLEDGE_LINK = "acknowledge"  # the red line's link to acknowledge_changes()
SHOWN_ACKNOWLEDGED = 10  # the changes named in the acknowledgement's question
SHOWN_LEFT = 3  # the findings an acknowledgement does not clear named in a box (a backup locked, each)


def copy_out_style(widget) -> str:
    """The copy-out line: brown while a copy out is due, grey while the last one stands (light on a dark
    palette, walk U23 F7)."""
    return (f'#copyOutLine[due="true"] {{ color: {colours.named(Meaning.DUE, widget)}; padding: 0 8px; }} '
            f'#copyOutLine[due="false"] {{ color: {colours.named(Meaning.NOTE, widget)}; padding: 0 8px; }}')


def _finding(problem) -> str:
    """A change found outside the program in the interface's language, with what the database holds
    now against what the history recorded where it says (db/integrity.Tampering.words)."""
    return unbroken_names(in_language(getattr(problem, "words", problem.message)))


def _left_named(left: list) -> str:
    """The findings an acknowledgement does not clear, under the words that say so (`history.left_heading`)."""
    named = "\n\n".join(f"• {_finding(p)}" for p in left[:SHOWN_LEFT])
    more = len(left) - SHOWN_LEFT
    if more > 0:
        named += "\n\n" + translate("WindowNotices", "…and {count} more.").format(count=more)
    return in_language(left_heading(len(left))) + "\n\n" + named


class _CopyOutRoom(QObject):
    """Fits the copy-out line to the counts beside it (`WindowNotices._fit_copy_out`) once the counts are laid out
    or drawn anew (a resize, a figure saved), after the event, once however many come."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.pending = window, False

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Paint) and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        self.pending = False
        self.window._fit_copy_out()


def account_text(account) -> str:
    """"Nguyễn Văn An — Cán bộ nhập liệu": who is logged in, as the status bar shows it."""
    if account is None:
        return translate("WindowNotices", "Nobody is logged in")
    return f"{account.full_name} — {labels.role_label(account.role)}"


class WindowNotices:
    """The tampering line, the backup line and the account label of a main window."""

    def _build_notices(self) -> None:
        self.tampering_label = QLabel()
        self.tampering_label.setObjectName("tamperingLine")
        self.tampering_label.setWordWrap(True)
        self.tampering_label.setTextFormat(Qt.TextFormat.RichText)
        self.tampering_label.linkActivated.connect(lambda _link: self.acknowledge_changes())
        self.tampering_label.setStyleSheet(
            "#tamperingLine { background: #b71c1c; color: white; padding: 4px 12px; font-weight: bold; }")
        self.tampering_label.hide()
        self.tampering: list = []
        self.backup_label = SqueezedLabel()  # cut with "…" where the bar is too narrow, whole in its tooltip
        self.backup_label.setStyleSheet(colours.style(Meaning.REFUSAL, self.backup_label, "font-weight: bold;"))
        self.backup_label.hide()
        # A copy out of the laptop due (desktop_app/core/copy_out.py): a line until Tệp › Sao lưu ra… is made, then
        # the day of the last one, in grey
        self.copy_out_label = QLabel()
        self.copy_out_label.setObjectName("copyOutLine")
        self.copy_out_label.setStyleSheet(copy_out_style(self.copy_out_label))
        self.copy_out_label.hide()
        if hasattr(self, "summary_label"):  # the commune window's counts keep their line (`_fit_copy_out`)
            self.summary_label.installEventFilter(_CopyOutRoom(self))
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.account_label.setStyleSheet("padding: 0 8px;")
        bar = self.statusBar()
        bar.addPermanentWidget(self.copy_out_label)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.account_label)
        bar.messageChanged.connect(self._status_changed)
        self.backup_failure: str | None = None
        self._backup_box_shown = False
        self.notice_boxes: list[QMessageBox] = []

    def _retranslate_notices(self) -> None:
        self.show_tampering(self.tampering, box=False)
        if self.backup_failure:
            self.backup_failed(self.backup_failure)
        self.show_copy_out()  # at start (the window's first words) and in the new language
        self.show_account()

    def show_account(self) -> None:
        """The status bar's permanent "who is logged in" (nothing on a database without accounts)."""
        ws = self.workspace
        account = ws.account
        self.account_label.setText(account_text(account) if account or ws.has_accounts else "")
        self.account_label.setAccessibleName(translate("WindowNotices", "Logged in as"))

    def show_tampering(self, problems: list, box: bool = True) -> None:
        """`Workspace.verify_history()`'s findings: a red line that stays, and a box naming the first few. What an
        acknowledgement does not clear (a backup another program holds locked) is said apart, in its own words:
        neither a change made outside nor one to acknowledge (`history.left_by_acknowledging`)."""
        self.tampering = list(problems)
        if not problems:
            self.tampering_label.hide()
            return
        changes, left = to_acknowledge(problems), left_by_acknowledging(problems)
        said = []
        if changes:
            text = escape(translate(
                "WindowNotices",
                "⚠ The history of this database was changed outside the program ({count} found): the figures may "
                "not be the ones entered and approved here. The command \"chitieu audit verify\" lists every change."
            ).format(count=len(changes)), quote=False) + " " + escape(translate(
                "WindowNotices", "A period concerned is not approved, exported or signed until the administrator has "
                                 "checked the changes."), quote=False)
            if self.workspace.may(Permission.ACKNOWLEDGE_CHANGES):
                # pale yellow on the red: not underlined (the line hid the dot of "nhận"), still told apart
                text += " " + link_html(ACKNOWLEDGE_LINK, escape(translate(
                    "WindowNotices", "Acknowledge the check…"), quote=False), "color: #fff59d;")
            said.append(text)
        said += [escape(_finding(p), quote=False) for p in left[:SHOWN_LEFT]]  # each says what to do
        self.tampering_label.setText(("" if changes else "⚠ ") + "<br>".join(said))
        self.tampering_label.setToolTip("\n".join(_finding(p) for p in problems[:20]))
        self.tampering_label.show()
        if not box:
            return
        if not changes:  # a backup locked: the history not compared with it, nothing known changed
            self.notice_box(QMessageBox.Icon.Warning, translate("app", "Could not check the history"),
                            "\n\n".join(_finding(p) for p in left[:SHOWN_LEFT]))
            return
        named = "\n\n".join(f"• {_finding(p)}" for p in changes[:SHOWN_PROBLEMS])
        more = len(changes) - SHOWN_PROBLEMS
        text = translate("WindowNotices",
                         "The database was changed outside the program (for example with another tool), "
                         "after the changes recorded in its history:") + "\n\n" + named
        if more > 0:
            text += "\n\n" + translate("WindowNotices", "…and {count} more.").format(count=more)
        text += "\n\n" + translate(
            "WindowNotices", "The command \"chitieu audit verify\" lists them all. Ask the administrator to find "
                             "out who changed the file; a backup taken before the change can be restored.")
        if left:
            text += "\n\n" + _left_named(left)
        self.notice_box(QMessageBox.Icon.Critical,
                        translate("WindowNotices", "History changed outside the program"), text)

    def acknowledge_changes(self) -> list[str] | None:
        """Quản trị › Xác nhận đã kiểm tra thay đổi ngoài chương trình… (and the red line's link):
        the changes found now, named, and a question whose default is Cancel; confirmed, the
        acknowledgement is recorded (`Workspace.acknowledge_changes`) and the red line reads the
        history again; a box says which period's approval it voided (`approvals_voided`), if any.
        The messages acknowledged, or None."""
        ws = self.workspace
        title = translate("WindowNotices", "Acknowledge changes made outside the program")
        problems = run_action(self, ws.verify_history, title=title, reads=True)
        if problems is FAILED:
            return None
        self.show_tampering(problems, box=False)
        if not problems:
            self.notice_box(QMessageBox.Icon.Information, title, translate(
                "WindowNotices", "The history of this database is intact: nothing was changed outside the program."))
            return None
        changes, left = to_acknowledge(problems), left_by_acknowledging(problems)
        if not changes:  # a question whose answer would record nothing: said at once, naming what stays
            self.notice_box(QMessageBox.Icon.Information, title,
                            unbroken_names(in_language(nothing_to_acknowledge(left))))
            return None
        named = "\n".join(f"• {_finding(p)}" for p in changes[:SHOWN_ACKNOWLEDGED])
        more = len(changes) - SHOWN_ACKNOWLEDGED
        if more > 0:
            named += "\n" + translate("WindowNotices", "…and {count} more.").format(count=more)
        voids = run_action(self, getattr(ws, "approvals_voided_by", lambda _found: []), problems, title=title,
                           reads=True)
        if voids is FAILED:
            return None
        if voids:  # the commune's approved periods the changes touched (desktop_app/core/workflow.py)
            named += "\n\n" + translate(
                "WindowNotices", "Confirming also voids the approval of {periods}: the period's approval, state, "
                                 "history, figures or report text are among these changes. The period goes back to "
                                 "Complete and a leader must approve it again; until then only a draft can be "
                                 "exported."
            ).format(periods=", ".join(in_sentence(labels.period_name(p)) for p in voids))  # inside the sentence
            later = run_action(self, ws.complete_changed_by_voiding_found, problems, title=title, reads=True)
            if later is not FAILED and later:  # later Complete periods whose figures the voids change (S76)
                named += "\n\n" + "\n\n".join(in_language(w) for w in later)
        box = QMessageBox(QMessageBox.Icon.Warning, f"{title} — {app_title()}", translate(
            "WindowNotices", "The history finds %n change(s) made outside the program:", "", len(changes)) + "\n\n" + named + "\n\n" + translate(
            "WindowNotices", "Confirm only after checking these figures against the unit's records and entering the "
                             "right ones again where needed. The confirmation is recorded in the change log under "
                             "your name; after it, these changes no longer stop approving, exporting and signing. "
                             "A change made outside the program later is reported again.")
            + ("\n\n" + _left_named(left) if left else ""),  # after "these changes no longer stop…": not among them
            QMessageBox.StandardButton.NoButton, self)
        confirm = box.addButton(translate("WindowNotices", "Confirm: checked"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.acknowledge_box = box
        box.exec()
        if box.clickedButton() is not confirm:
            return None
        # the findings listed, each record by the state shown: one changed again while the box was
        # open reads the same words, and is refused rather than recorded as checked (red-team 8, 8)
        said = run_action(self, ws.acknowledge_changes, problems, title=title)
        if said is FAILED:
            return None
        remaining = run_action(self, ws.verify_history, title=title, reads=True)
        self.show_tampering([] if remaining is FAILED else remaining, box=False)
        self.statusBar().showMessage(translate(
            "WindowNotices", "Recorded: %n change(s) made outside the program checked.", "", len(said)),
            15_000)
        still = left_by_acknowledging([] if remaining is FAILED else remaining)
        if still:  # recorded all the same: what stays is no failed acknowledgement
            self.notice_box(QMessageBox.Icon.Information, title, translate(
                "WindowNotices", "Recorded: %n change(s) made outside the program checked.", "", len(said))
                + "\n\n" + _left_named(still))
        voided = getattr(ws, "approvals_voided", ())  # the commune's: an approval the changes touched
        # and the later periods marked Hoàn thành whose figures (term total…) and review code those voids changed
        voided += tuple(getattr(ws, "complete_changed_by_voiding", ()))
        if voided:
            self.notice_box(QMessageBox.Icon.Warning, title, "\n\n".join(in_language(v) for v in voided))
        return said

    def backup_failed(self, message: str) -> None:
        """An automatic backup failed: a line in the status bar until one succeeds, and a box
        the first time in the session."""
        self.backup_failure = message
        self.backup_label.setText(translate("WindowNotices", "⚠ Automatic backup failed"))
        self.backup_label.setToolTip(message)
        self.backup_label.show()
        self.statusBar().showMessage(message, 30_000)
        if not self._backup_box_shown:
            self._backup_box_shown = True
            self.notice_box(QMessageBox.Icon.Warning, translate("WindowNotices", "Automatic backup failed"),
                            message + "\n\n" + translate(
                                "WindowNotices", "You can go on working; copy the data with File › Back up to… "
                                                 "(for example to a USB stick) until the problem is solved."))

    def show_copy_out(self) -> None:
        """The line saying a copy out of the laptop is due (desktop_app/copied_out.due: an approval or an export
        since the last, or a month of saved figures), with what to do and the last copy's day and folder in its
        tooltip; when none is due, the day of the last copy out, in grey (`copied_out.standing`; its folder and
        when the reminder comes back in the tooltip), hidden with none recorded. Read at start, after an approval
        and after Tệp › Sao lưu ra…: no box, no focus taken."""
        due = copied_out.due(self.workspace)
        if due is None:  # the last copy out stands: said, briefly, when it was made (walk U14 F7: the line vanished)
            last = copied_out.standing(self.workspace)
            if last is None:
                self.copy_out_label.setProperty("due", None)
                self.copy_out_label.hide()
                return
            self.copy_out_label.setProperty("due", False)
            self.copy_out_label.setText(in_language(standing_short(last)))
            tip = in_language(standing_said(last))
        else:
            self.copy_out_label.setProperty("due", True)
            self.copy_out_label.setText("⚠ " + in_language(due.short))  # the whole in its tooltip
            tip = in_language(due.why) + "\n" + in_language(HOW) + ("\n" + in_language(due.last) if due.last else "")
        self.copy_out_label.setStyleSheet(copy_out_style(self.copy_out_label))  # the colour of its state, read again
        self.copy_out_label.setToolTip(tip)
        self.copy_out_label.setAccessibleName(translate("WindowNotices", "Backup outside this computer"))
        self.copy_out_label.setAccessibleDescription(tip)
        self.copy_out_label.show()
        self._fit_copy_out()

    def _fit_copy_out(self) -> None:
        """The day of the last copy out (none due) gives way to the verdicts' counts: shown only where it costs them
        nothing, the words they would show without it kept on one line beside it (at 1366 px in English, beside a
        long name and a day saved, it cut "Not yet assessed 1" to "Not …", elsewhere it dropped "Met 0"); a copy out
        due is always said. Measured from the counts' room without it, so that hiding it never makes it fit again."""
        label, summary = self.copy_out_label, getattr(self, "summary_label", None)
        if summary is None or summary.isHidden() or label.property("due") is not False:
            return
        beside, metrics = label.sizeHint().width() + STATUS_SPACING, summary.fontMetrics()
        alone = summary.contentsRect().width() + (0 if label.isHidden() else beside)  # the counts' room without it
        # the counts as the status bar fits them without it (ui/status_bar.py: the paper's words where they fit)
        texts = getattr(self, "_status_texts", None) or (summary.text(),)
        counts = next((t for t in texts if metrics.horizontalAdvance(t) <= alone), texts[-1])
        fits = metrics.horizontalAdvance(counts) <= alone - beside
        if fits == label.isHidden():
            label.setVisible(fits)

    def catalog_updated(self, version: str, judged: list) -> None:
        """After Cập nhật bộ chỉ tiêu… (ui/catalog_update_dialog.py): the status line says, once,
        the new version and, when a province target changed mid-period, which periods being
        entered are now judged against the new target (`catalog_update.judged_anew`)."""
        text = translate("WindowNotices", "Indicator catalogue updated to version {version}.").format(version=version)
        if judged:
            text += " " + " ".join(in_language(j) for j in judged)
        self.show_status_whole(text, 60_000)

    def show_status_whole(self, text: str, timeout: int) -> None:
        """A status-line message that may be longer than the line (walk 11, finding 8: the new
        target was cut off mid-sentence, "… bảo hiểm y tế ="): cut with "…" to the room the
        permanent labels leave, and whole in the status bar's tooltip while it is shown."""
        bar = self.statusBar()
        taken = sum(w.sizeHint().width() + STATUS_SPACING for w in (self.copy_out_label, self.backup_label,
                                                                     self.account_label,
                                                                     getattr(self, "saved_label", None))
                    if w is not None and w.isVisible())
        room = bar.contentsRect().width() - taken - STATUS_MARGIN
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(room, 100))
        bar.setToolTip(text if shown != text else "")
        bar.setAccessibleName(text)  # a screen reader reads the whole, not the line as cut
        self._status_whole = shown
        bar.showMessage(shown, timeout)

    def _status_changed(self, message: str) -> None:
        """The tooltip and the accessible name go with the message they complete."""
        if message != getattr(self, "_status_whole", None):
            self.statusBar().setToolTip("")
            self.statusBar().setAccessibleName("")

    def backup_done(self) -> None:
        self.backup_failure = None
        self.backup_label.hide()

    def clock_warning(self, message: str) -> None:
        self.notice_box(QMessageBox.Icon.Warning, translate("WindowNotices", "The computer's clock"), message)

    def notice_box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A message over the window that does not block the program (the window goes on loading).
        It opens by itself (at start-up, from a timer), so keys typed through it wait for a pause."""
        box = unprompted(QMessageBox(icon, f"{title} — {app_title()}", text, QMessageBox.StandardButton.Ok, self))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self.notice_boxes.remove(b) if b in self.notice_boxes else None)
        self.notice_boxes.append(box)
        box.open()
        return box
