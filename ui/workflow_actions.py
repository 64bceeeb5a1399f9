"""The period's sign-off as menu actions: Hoàn thành, Duyệt, Mở lại. Each calls one service
(Mở lại from its reason dialog, which stays open with the refusal under its question). What
the account's role may not do, or the period's state does not allow, is refused at once by the
core's own checks, before any question or dialog."""
from __future__ import annotations

import sqlite3
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from desktop_app.core.checks import (
    NUMBER_ONLY_PRINTED,
    number_only_comments,
    term_total_gaps,
)
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import Period, format_date, format_time, in_sentence
from desktop_app.core.periods_using import approved_changed_words, approved_using_words
from desktop_app.core.start_of_term import with_keys
from desktop_app.core.submission import SHORT_FINGERPRINT, Submission, build_submission
from desktop_app.core.users import Permission
from desktop_app.core.workflow import State, check_complete
from desktop_app.exported_when import exported_times
from desktop_app.later_approvals import (
    approval_would_change_said,
    approved_changed_by,
    approved_using,
    complete_changed_said,
    complete_figures,
    complete_would_change_said,
)
from desktop_app.reopen_changes import reopen_targets_of
from desktop_app.services import Workspace
from ui import colours, labels
from ui.actions import FAILED, data_changed, run_action
from ui.approve_dialog import ask_approval
from ui.approve_question import changes_text, verdicts_said
from ui.clock_ahead_question import ask_if_clock_was_ahead
from ui.colours import Meaning
from ui.common import error_text, in_language, show_error
from ui.entry_model import shown_value
from ui.i18n import translate
from ui.keyboard import one_default, reading_order, unprompted
from ui.menu_place import menu_keys, menu_path
from ui.reopen_targets_box import TargetsOnReopening

REOPEN_WIDTH = 520  # the question's width in pixels: a sent period's warning wraps on a few lines


def show_what_changed(parent: QWidget | None, workspace: Workspace, version: str) -> None:
    """After a refusal: what another window or command changed meanwhile is shown at once (a
    newer catalogue, which the refusal has read, `refuse_if_catalog_changed`, or a worker's
    refusal read on its own connection), not only when the window is next activated, as
    `MainWindow.changeEvent` would. `version`: the catalogue's version when the action was asked.
    A database that cannot be read now (the failure being reported may be that very one: a disk
    gone) is left to the refusal shown next: this must not hide it behind an error of its own."""
    try:
        changed = workspace.changed_elsewhere() or workspace.catalog.version != version
    except (ChiTieuError, sqlite3.Error, OSError):
        return
    if changed:
        data_changed(parent)


def complete_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    # The service checks the role first (a leader is told at once that this is the officer's task).
    version = workspace.catalog.version
    if workspace.may(Permission.COMPLETE) and accept_waiting_proposals(parent, workspace, period) is FAILED:
        return False
    if not numbers_go_ahead(parent, workspace, period):
        return False
    if run_action(parent, _complete, workspace, period, _keys(parent, "data_menu", "baselines_action"),
                  title=translate("workflow_actions", "Could not mark it complete")) is FAILED:
        show_what_changed(parent, workspace, version)
        return False
    text = labels.with_period(translate("workflow_actions", "{period} is marked Complete. A leader can approve it."),
                              period)
    if hasattr(parent, "approve_action"):  # the commune's window: how, by its menus (walk U16)
        text += " " + translate("workflow_actions", "To approve: the leader logs in through {switch}, then chooses "
                                                    "{approve}.").format(
            switch=_menu_item(parent, "file_menu", "switch_account_action"),
            approve=_menu_item(parent, "period_menu", "approve_action"))
    box = QMessageBox(QMessageBox.Icon.Information, translate("workflow_actions", "Complete"), text,
                      QMessageBox.StandardButton.Ok, parent)
    # a term total leaving out an earlier year not approved, said now, as Duyệt's question will (walk U13 F1:
    # "A leader can approve it" alone invited approving 2027 before 2026, which then stays out of it)
    # or with no figures at all (walk U21 F3)
    gaps = run_action(parent, lambda: gaps_text(workspace.period_view(period).rows), reads=True)
    if gaps is not FAILED and gaps:
        box.setInformativeText(gaps)
    box.exec()
    return True


def number_comments_text(rows) -> str:
    """The comments that are only a number (the core's `number_only_comments`), a line each, and
    that the report prints them as they are: said by Hoàn thành and Duyệt's questions ("" when none)."""
    lines = number_only_comments(rows)
    if not lines:
        return ""
    return "\n".join(f"• {in_language(line)}" for line in lines) + "\n" + in_language(NUMBER_ONLY_PRINTED)


def _approval_lines(rows) -> str:
    """What Duyệt's question lists under its counts: the comments that are only a number, the term
    totals leaving out an earlier year not approved or with no figures (`gaps_text`); "" when none."""
    return "\n\n".join(filter(None, (number_comments_text(rows), gaps_text(rows))))


def gaps_text(rows) -> str:
    """The term totals leaving out an earlier year, not approved or with no figures (the core's
    `term_total_gaps`, as the command line's complete and approve say them), a line each, then what that
    means; "" when none."""
    lines, meaning = term_total_gaps(rows)
    if not lines:
        return ""
    return "\n".join([f"• {in_language(line)}" for line in lines] + [in_language(m) for m in meaning])


def numbers_go_ahead(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    """Before Hoàn thành: a comment that is only a number (walk U9 F2: "80%" printed beside 95 on
    the signed paper, said once at typing) is named in a question, Yes (Enter) marks the period
    complete anyway, No (Escape) goes back to correct it; not asked when the service refuses
    anyway (the role, the state, a figure missing: its refusal says why), nor when there is none."""
    try:
        if not workspace.may(Permission.COMPLETE) or workspace.period_state(period) != State.ENTERING:
            return True
        view = workspace.period_view(period)
        check_complete(view, workspace.denominator_proposals(period))
    except (ChiTieuError, sqlite3.Error, OSError):
        return True
    said = number_comments_text(view.rows)
    if not said:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, translate("workflow_actions", "Mark as complete"),
                      labels.with_period(translate("workflow_actions", "Mark {period} as complete?"), period)
                      + "\n\n" + said, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _complete(workspace: Workspace, period: Period, start_of_term_keys: str) -> None:
    """`Workspace.complete`; its refusal names the start-of-term figures' menu item with its keys,
    as the row's own line does (walk h3: "nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ" without them)."""
    try:
        workspace.complete(period)
    except ChiTieuError as err:
        err.message = with_keys(err.message, start_of_term_keys)
        err.en = err.en and with_keys(err.en, start_of_term_keys)
        raise


def _keys(window: QMainWindow, menu: str, action: str) -> str:
    """"Alt+D, N": the keys of the item `action` of `window`'s `menu` (attribute names), read from
    the menu bar as the window's other messages read them (`menu_keys`)."""
    return menu_keys(getattr(window, menu), getattr(window, action))


def _menu_item(window: QMainWindow, menu: str, action: str) -> str:
    """"Tệp › Gửi cho tỉnh… (Alt+T, G)": an item of `window`'s menus as its menu bar shows it now."""
    return f"{menu_path(getattr(window, menu), getattr(window, action))} ({_keys(window, menu, action)})"


def edit_goes_ahead(parent: QWidget | None, workspace: Workspace, period: Period, by_itself: bool = False, *,
                    typed=None, as_typed: bool = False) -> bool:
    """Before an edit of `period` (a figure typed or pasted, a comment, the report's text, an
    undo): a period marked Hoàn thành goes back to Đang nhập when edited (the service's
    `would_send_back`, the rule of its `_before_edit`); the leader is waiting for it: a stray key
    must not take it back without a word (walk 26). Asked first (`sending_back_goes_ahead`); True
    to go on. `typed`: the cells typed, (indicator, field, text) as `set_entries` takes them, read
    first: a value refused anyway goes on unasked to its refusal, as does one typed as stored
    (nothing goes back). A state that cannot be read now goes on unasked (the edit's own call says
    why). `by_itself`: asked from a timer (the report's text saved when the typing pauses)."""
    try:
        back = (workspace.typed_would_send_back(period, typed, as_typed=as_typed) if typed is not None
                else workspace.would_send_back([period]))
    except (ChiTieuError, sqlite3.Error, OSError):
        return True
    return sending_back_goes_ahead(parent, back, period, by_itself)


def sending_back_goes_ahead(parent: QWidget | None, back: list[Period], edited: Period | None = None,
                            by_itself: bool = False) -> bool:
    """Before a save that takes the periods `back` (marked Hoàn thành) back to Đang nhập: asked
    once, naming them (one period, the edited one or of a dialog's figures: one sentence; else a
    line each: a start-of-term figure, an own target), "No" (Enter, Escape) the default, Alt+letters
    for both; True to go on (at once when `back` is empty). `by_itself`: asked from a timer, so
    Enter, Space and Escape wait for a pause (`unprompted`). The keyboard goes back where it was."""
    if not back:
        return True
    title = translate("workflow_actions", "Period marked complete")
    if len(back) == 1 and edited in (None, back[0]):
        text = labels.with_period(translate(
            "workflow_actions", "{period} is Complete and waits for a leader's approval. Saving this change takes it "
                                "back to Entering, and it must be marked complete again. Save anyway?"), back[0])
    else:
        lines = [f"• {labels.period_name(p)}" for p in back]
        text = (translate("workflow_actions", "%n period(s) marked Complete wait for a leader's approval and go back "
                                              "to Entering if this is saved:", "", len(back))
                + "\n" + "\n".join(lines) + "\n\n"
                + translate("workflow_actions", "Each must then be marked complete again. Save anyway?"))
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    focus = QApplication.focusWidget()
    answer = (unprompted(box) if by_itself else box).exec()
    if focus is not None:  # the keyboard back where it was: a cell's editor, closed next, gives it to its table
        view = focus
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parentWidget()
        (view or focus).activateWindow()
        (view or focus).setFocus()
    return answer == QMessageBox.StandardButton.Yes


def accept_waiting_proposals(parent: QWidget | None, workspace: Workspace, period: Period):
    """Before marking complete: the denominators shown grey (carried over from an earlier period)
    that keep the period from being complete are named, and accepted at once if the officer
    says Yes (No is the default: nothing counts that was not accepted; the refusal that follows
    then names each). None: none waited, or not accepted; FAILED: the acceptance was refused."""
    waiting = run_action(parent, workspace.waiting_proposals, period, reads=True,
                         title=translate("workflow_actions", "Could not mark it complete"))
    if waiting is FAILED or not waiting:
        return None
    rows = {r.indicator.code: r.indicator for r in workspace.period_view(period).rows}
    lines = [translate("workflow_actions", "• {field} {value}, from {period} ({indicator})").format(
        field=labels.field_label(rows[code].input("denominator")), value=shown_value(value),
        period=in_sentence(labels.period_name(source)), indicator=labels.indicator_name(rows[code]))
        for code, (value, source) in waiting.items()]
    box = QMessageBox(QMessageBox.Icon.Question, translate("workflow_actions", "Accept the proposed figures"),
                      translate("workflow_actions", "{count} denominators are shown grey: they are proposed from an "
                                                    "earlier period and do not count until accepted:").format(
                          count=len(waiting)) + "\n" + "\n".join(lines) + "\n\n"
                      + translate("workflow_actions", "Accept them as the figures of this period? (No: nothing is "
                                                      "accepted; Enter on a grey cell accepts it alone.)"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return None
    accepted = run_action(parent, workspace.accept_proposals, period, list(waiting),
                          title=translate("workflow_actions", "Could not accept the proposed figures"))
    data_changed(parent)  # the grey figures shown as entered (or as they are now, after a refusal)
    return accepted


APPROVED_WIDTH = 480  # the box saying a period is approved, with its code and what it is


def approve_refusal(period: Period, state: State) -> str | None:
    """Why `period` in `state` cannot be approved (None: it can): only a period the officer marked
    Complete is. Said by Duyệt, and by its greyed menu item (ui.main_menus)."""
    if state == State.COMPLETE:
        return None
    said = (translate("workflow_actions", "The results of {period} are already approved ({state}). To change "
                                          "them, reopen the period (Period › Reopen the period…), with a reason.")
            if state.frozen else
            translate("workflow_actions", "The results of {period} cannot be approved yet: the period is in the "
                                          "state {state}. The officer finishes entering and marks it Complete "
                                          "(Period › Mark as complete); then a leader approves it."))
    return labels.with_period(said, period, state=labels.state_label(state))


def approve_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    # Who may approve first (the core's check): an officer is told at once, before any question.
    if run_action(parent, workspace.require, Permission.APPROVE, title=translate("workflow_actions", "Could not approve"),
                  reads=True) is FAILED:
        return False
    state = run_action(parent, workspace.period_state, period, title=translate("workflow_actions", "Could not approve"),
                       reads=True)
    if state is FAILED:
        return False
    refused = approve_refusal(period, state)
    if refused is not None:  # said at once, not after the question
        QMessageBox.information(parent, translate("workflow_actions", "Approve the period"), refused)
        return False
    # What is approved is what the window shows (red-team 15, F4): figures another window or a
    # command changed since the window last read them are shown first, and the approval states
    # the code of those the window shows (`shown_submission`), refused by the service if the
    # stored figures are not those: changed while it is asked, or just before.
    # A newer catalogue imported elsewhere is left to the service, whose refusal names what it changed.
    title = translate("workflow_actions", "Could not approve")
    changed = run_action(parent, workspace.changed_elsewhere, False, title=title, reads=True)
    if changed is FAILED:
        return False
    if changed and not workspace.newer_catalog():
        data_changed(parent)
        QMessageBox.information(parent, translate("workflow_actions", "Approve the period"), labels.with_period(
            translate("workflow_actions", "The figures of {period} were just changed in another window or command: "
                                          "the window shows them now. Review them, then approve."), period))
        return False
    reviewed = run_action(parent, shown_submission, parent, workspace, period, title=title, reads=True)
    if reviewed is FAILED:
        return False
    question = labels.with_period(translate(
        "workflow_actions", "Approve the results of {period}?\n\nOnce approved, the figures, comments, report text "
                            "and the targets used are locked; exported reports no longer carry the DRAFT mark. "
                            "To change anything the period must be reopened, with a reason."), period)
    # Under the question, what is approved: the verdicts of the report the code is the code of, each count saying
    # where the paper states it (page 1's sums, the annex's part II: `verdicts_said`).
    asked, rest = question.split("\n\n", 1) if "\n\n" in question else (question, "")
    changed = run_action(parent, workspace.changed_since_approval, period, title=title, reads=True)
    if changed is FAILED:
        return False
    numbers = run_action(parent, lambda: _approval_lines(workspace.period_view(period).rows), title=title,
                         reads=True)
    if numbers is FAILED:
        return False
    numbers = "\n\n" + numbers if numbers else ""
    after = ""  # under what the approval locks
    end = workspace.figures_end_later(period)
    if end is not None:  # approved early, its report waits for the figures' last day (walk 17, L1)
        after += "\n\n" + labels.with_period(translate(
            "workflow_actions", "The figures of {period} run to {end}. {dated} A figure that changes before then "
                                "means reopening the period."), period, end=format_date(end), dated=dated_from(end))
    # the later periods, approved or marked Hoàn thành, whose figures approving this one would change: known before
    # choosing, in the words of the box after Yes (red-team R24 F2)
    later = run_action(parent, approval_would_change_said, workspace, period, title=title, reads=True)
    if later is FAILED:
        return False
    after += "\n\n" + in_language(later) if later else ""

    def said(whole: bool) -> str:  # the counts, the additional indicators' too, named (U14 F4, U16), and the rest
        counts = verdicts_said(reviewed, workspace.catalog, whole)
        return f"{counts}{numbers}{changes_text(changed, whole)}\n\n{rest}".rstrip() + after

    # a dialog whose buttons stay on the screen, what it says scrolling when too long, the names whole (walk U17)
    if not ask_approval(parent, translate("workflow_actions", "Approve the period"), asked, said(False), said(True)):
        return False
    version = workspace.catalog.version
    # the later periods marked Hoàn thành whose figures approving this one changes: named, not sent back
    before = run_action(parent, complete_figures, workspace, period, title=title, reads=True)
    if before is FAILED:
        return False
    fingerprint = run_action(parent, workspace.approve, period, reviewed.fingerprint, title=title)
    if fingerprint is FAILED:
        show_what_changed(parent, workspace, version)
        return False
    code = fingerprint[:SHORT_FINGERPRINT]
    box = QMessageBox(QMessageBox.Icon.Information, translate("workflow_actions", "Approved"),
                      labels.with_period(translate("workflow_actions", "{period} is approved.\nAuthentication code: "
                                                                       "{code}"), period, code=code),
                      QMessageBox.StandardButton.Ok, parent)
    # The code is given once, on its own line under the heading (where the paper's is compared);
    # the explanation says what it is without giving it again ("Mã xác thực: dấu vân tay…").
    info = labels.authentication_code_tip(code, workspace.key_code).replace(" " + code, "", 1)
    # what it changes elsewhere, then what comes next, last (walk U13 F2: after "Bước tiếp theo" it was missed)
    changed = run_action(parent, approved_changed_by, workspace, period, reads=True)
    if changed is not FAILED and changed:  # approved periods that left this one out keep it out (walk R21 F4)
        info += "\n\n" + in_language(approved_changed_words(period, changed))
    said = run_action(parent, complete_changed_said, workspace, period, before, reads=True)
    if said is not FAILED and said:  # their leader approves the new figures (the review code binds them)
        info += "\n\n" + in_language(said)
    if isinstance(parent, QMainWindow):  # what comes next, in its menus
        info += "\n\n" + _after_approval(parent, end)
    box.setInformativeText(info)
    box.setToolTip(box.informativeText())
    # As wide as the question before it: at its own 341 pixels the explanation ran to eleven lines (walk 26).
    grid = box.layout()
    grid.addItem(QSpacerItem(APPROVED_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
                 grid.rowCount(), 0, 1, grid.columnCount())
    box.exec()
    return True


def dated_from(end) -> str:
    """Of a period approved before its figures' last day `end`: its report is dated from that day,
    and may be printed and exported before it with that date (the export proposes it); said once,
    in the approve question and in the box after it (walk U6 F5: "Từ ngày 14/12/2026: in báo cáo…"
    and "xuất và in được từ ngày đó" read as "not before", while Xuất báo cáo… on 06/12 works)."""
    return translate("workflow_actions", "The report is dated {end} or later (the day the period's figures are "
                                         "whole): it can be printed and exported before then, with that date.").format(
        end=format_date(end))


def _after_approval(window: QMainWindow, end) -> str:
    """What the leader does once the period is approved, and where in `window`'s menus (walk h3: the
    box said nothing of it): the report printed, signed and stamped, or signed digitally, then its
    files sent; approved before the figures' last day `end` (None: they are whole), `dated_from` first.
    Before them, a copy out of the laptop when one is due (core/copy_out.py: the approval is on this laptop
    alone until one is made, walk U9), with its menu item; the window's status line says it until one is made."""
    from desktop_app import copied_out

    if hasattr(window, "show_copy_out"):  # ui/notices.py
        window.show_copy_out()
    due = copied_out.due(window.workspace) if hasattr(window, "workspace") else None
    first = "" if due is None else (in_language(due.why) + " " if due.last is None else "") + translate(
        "workflow_actions", "First, back up to a USB stick with {backup}: until then this approval is on this "
                            "computer alone, and a dead disk or a stolen laptop loses it with the automatic backups "
                            "kept beside the data.").format(backup=_menu_item(window, "file_menu", "backup_action")) \
        + "\n\n"
    dated = first + ("" if end is None else dated_from(end) + "\n\n")
    return dated + translate("workflow_actions", "{when}: print the report with {print} and have it signed and "
                                                 "stamped, then send both files to the province with {send}. To sign "
                                                 "the report digitally instead, use {sign} before sending.").format(
        when=translate("workflow_actions", "Next"), print=_menu_item(window, "file_menu", "print_action"),
        send=_menu_item(window, "file_menu", "send_action"), sign=_menu_item(window, "period_menu", "sign_action"))


def shown_submission(window: QWidget | None, workspace: Workspace, period: Period) -> Submission:
    """The submission of the figures `window` shows of `period` (its `view`, as last read to be shown),
    whose code Duyệt states: read again from the database, a figure another window or command saved
    after `changed_elsewhere` looked and before the read was approved, never shown (red-team H4 F4).
    The window's own edits need no reading again: one takes a Complete period back to Đang nhập, and
    marking it complete again reads the window anew. Read from the database when no window shows it."""
    view = getattr(window, "view", None)
    if view is None or view.period != period:
        return workspace.submission(period)
    return build_submission(view, workspace.settings, workspace.catalog_for(period).version)


def reopen_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    if (ahead := ask_if_clock_was_ahead(parent, workspace, period)) is None:  # an administrator's way out (U25 F1)
        return False
    # Refused at once, before the reason is asked, by the core's own check: an account that may not reopen (its
    # role, and who may), a period not approved, which needs no reopening.
    if run_action(parent, workspace.check_reopen, period, ahead,
                  title=translate("workflow_actions", "Could not reopen"), reads=True) is FAILED:
        return False
    # One line (Enter reopens, as in every dialog); the reason is a sentence in the history.
    before = run_action(parent, complete_figures, workspace, period, reads=True)  # later Complete periods
    if before is FAILED:
        return False
    # what the reopening would change in later Complete periods (only an approval kept without a copy: a
    # reopened period counts elsewhere as last approved), said above the reason, before choosing
    later = run_action(parent, complete_would_change_said, workspace, period, "reopen", reads=True)
    dialog = ReopenDialog(parent, workspace, period, later=None if later is FAILED else later)
    dialog.clock_was_ahead = ahead
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    using = run_action(parent, approved_using, workspace, period, reads=True)
    said = run_action(parent, complete_changed_said, workspace, period, before, "reopen", reads=True)
    say_reopened(parent, period, sent=dialog.sent_at is not None, using=[] if using is FAILED else using,
                 complete=None if said is FAILED else said)
    return True


def say_reopened(parent: QWidget | None, period: Period, sent: bool, using: list[Period] = (),
                 complete=None) -> None:
    """What reopening did, in a box as Hoàn thành and Duyệt say theirs, and in the status bar
    for a minute after it: the period is open again, and what stands at the province meanwhile
    (the header alone only turned to the state, and a sent period's leader was not told that
    the province keeps the approved version until a new approved file is sent); the box adds
    what comes next. `complete`: what is said of later periods marked Hoàn thành whose figures the
    reopening changed (`later_approvals.complete_changed_said`), if any."""
    if sent:
        text = translate("workflow_actions", "{period} is open again for entering. If the approved file exported "
                                             "for the province was sent, the province keeps that version until a new "
                                             "approved file is sent.")
        steps = translate("workflow_actions", "Correct the figures, mark the period Complete, approve it again, "
                                              "then export and send the new file.")
    else:
        text = translate("workflow_actions", "{period} is open again for entering; the approved version is kept in "
                                             "the history.")
        steps = translate("workflow_actions", "Correct the figures, mark the period Complete and approve it again.")
    text = labels.with_period(text, period)
    if hasattr(parent, "show_state_message"):  # gone when the period's state or the person changes (walk U17 F1)
        parent.show_state_message(text, 60_000)
    elif isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, 60_000)
    box = QMessageBox(QMessageBox.Icon.Information, translate("workflow_actions", "Reopened"), text,
                      QMessageBox.StandardButton.Ok, parent)
    if using:  # approved periods worked out from this one keep their figures (walk U11 F6)
        steps += "\n\n" + in_language(approved_using_words(period, list(using)))
    if complete:
        steps += "\n\n" + in_language(complete)
    box.setInformativeText(steps)
    box.exec()


PARAGRAPH_GAP = 6  # pixels between the dialog's paragraphs


class ReopenDialog(QInputDialog):
    """The reason for reopening, asked on one line. OK (Enter) reopens through the service; a
    refusal (no reason typed) is said under the question and the dialog stays, with what was
    typed and the cursor in it. A period marked Đã xuất (stored Đã gửi: its approved file exported for the
    province: `Workspace.sent_at`) is said so above the question: the province may hold that
    approved version (an export marks the period so; whether the file reached the province is not
    known), and a corrected file must be approved and sent again. A period judged once reopened with other
    targets than it was approved with (a catalogue update since) says which, above, and a box is ticked to
    reopen it (ui/reopen_targets_box.py)."""

    clock_was_ahead = False  # an administrator confirmed the approval's clock ran fast (ui/clock_ahead_question.py)

    def __init__(self, parent: QWidget | None, workspace: Workspace, period: Period, later=None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.later = later  # `later_approvals.complete_would_change_said`: said above the question
        self.sent_at = workspace.sent_at(period)
        # the time said is the banner's: the first export of the approval, the latest beside it (walk U20 F1)
        self.exported = exported_times(workspace, period) if self.sent_at is not None else None
        self.question = labels.with_period(translate(
            "workflow_actions", "&Why reopen {period} (required; the approved version is kept in the history):"), period)
        self.setWindowTitle(translate("workflow_actions", "Reopen the period"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        # Alt letters (walk 17, L6): the question's puts the cursor in the reason (its label's buddy).
        self.setOkButtonText(translate("workflow_actions", "&Reopen"))
        self.setCancelButtonText(translate("workflow_actions", "&Cancel"))
        self._show_question()
        self.sizeHint()  # QInputDialog makes its buttons when first laid out
        label = self.findChild(QLabel)
        label.setWordWrap(True)  # the warning of a sent period is a few lines, not one wide one
        label.setMinimumWidth(REOPEN_WIDTH)
        box = self.findChild(QDialogButtonBox)
        ok = next((b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole), None)
        one_default(ok, self)
        self.field = self.findChild(QLineEdit)
        # the targets it is judged against once reopened, when not those approved: above, ticked to reopen (U18 F1)
        self.targets = None
        try:
            targets = reopen_targets_of(workspace, period)
        except (ChiTieuError, sqlite3.Error, OSError):  # not read now: `reopen` says why, if it fails too
            targets = None
        if targets is not None:
            self.targets = TargetsOnReopening(self, targets, REOPEN_WIDTH)
            self.targets.agree.toggled.connect(self._ticked)
            reading_order(self.targets.scroll, self.field, self.targets.agree, *box.buttons())
        self.field.setFocus()

    def _show_question(self, refused: str = "") -> None:
        """The question, under the warning of a sent period, and over the refusal `refused`. In rich
        text the question's "&" stays the Alt letter: the other parts are escaped without entities
        (`quote=False`), so the question's is the only "&" the label reads its letter from."""
        self.refused = refused
        parts = []
        if self.sent_at is not None:
            parts.append("<b>" + _plain(labels.with_period(translate(
                "workflow_actions", "{period} is marked Exported: the approved report's file for the province was "
                                    "exported at {time}, so the province may hold that approved version (if the "
                                    "file was sent). Once reopened and corrected, the period must be approved again "
                                    "and the corrected file sent to the province again."),
                self.period, time=self._exported_when())) + "</b>")
        if self.later:
            parts.append(_plain(in_language(self.later)))
        parts.append(escape(self.question, quote=False).replace("&amp;", "&"))
        if refused:
            parts.append(f"<span style='color:{colours.named(Meaning.REFUSAL)}; font-weight:bold'>✖ {_plain(refused)}</span>")
        # paragraphs a little apart: joined by line breaks, the warning, what the later period loses and the
        # question read as one block (S83, an approval kept without a copy)
        self.setLabelText("".join(f"<p style='margin-bottom:{PARAGRAPH_GAP}px'>{part}</p>" for part in parts[:-1])
                          + parts[-1] if len(parts) > 1 else self.question)
        if refused:
            self.adjustSize()  # taller by the refusal's lines, not the question squeezed to fit them

    def _ticked(self, on: bool) -> None:
        """The refusal for a box not ticked goes once it is (walk U20 F5: it stayed, red, over a ticked box)."""
        if on and self.refused == self.targets.refusal():
            self._show_question()

    def _exported_when(self) -> str:
        """"09:12 08/04/2026 (xuất lại lúc 14:30 09/04/2026)", as the banner over the table says it."""
        times = self.exported
        said = format_time(times.first if times else self.sent_at)
        if times and times.again:
            said += translate("labels", " (exported again at {time})").format(time=format_time(times.again))
        return said

    def accept(self) -> None:
        if self.targets is not None and not self.targets.agree.isChecked():
            self._show_question(self.targets.refusal())
            self.targets.agree.setFocus()
            return
        try:
            self.workspace.reopen(self.period, self.textValue(), clock_was_ahead=self.clock_was_ahead,
                                  accepted=self.targets.targets if self.targets is not None else None)
        except ChiTieuError as err:
            self._show_question(error_text(err))
            self.field.setFocus()
            return
        except Exception as err:  # noqa: BLE001 - the unexpected-error box, as run_action shows it
            show_error(self, err, translate("workflow_actions", "Could not reopen"))
            self.reject()
            return
        data_changed(self.parentWidget())
        super().accept()


def _plain(text: str) -> str:
    """`text` for the rich question: escaped without entities; an "&" in it (none is expected) is
    written "+", so it is taken for no Alt letter."""
    return escape(text.replace("&", "+"), quote=False)
