"""The main window: the unit, the periods, the period's entry form, its narrative and its status.

Every user action is one call to the Workspace; the widgets only show its answers. The
window is built from three parts, one job each:

- here: the frame (header, period navigator, tabs), loading a period and what the header
  says about it (deadline, read-only reason);
- `ui.entry_area.EntryArea`: the entry form, the messages under it (`ui.entry_messages`), saving what is typed;
- `ui.main_menus.MainMenus`: the menus and the dialogs and actions they open;
- `ui.status_bar.StatusBar`: the status bar (how complete, the verdicts' counts fitted beside the account);
- `ui.notices.WindowNotices`: what is said about the database itself (a history changed
  outside the program, a failed backup) and who is logged in;
- `ui.idle_lock.IdleLock`: the lock after some minutes without use.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.period_status import period_to_open
from desktop_app.core.periods import Period
from desktop_app.core.rows import PeriodView
from desktop_app.core.submission import SHORT_FINGERPRINT
from desktop_app.core.users import Permission
from desktop_app.core.workflow import State, begins_on, has_begun
from desktop_app.exported_when import exported_times
from desktop_app.services import Workspace
from ui import labels, restore_undid_note
from ui.actions import Changes, data_changed
from ui.common import ERROR_TEXT, app_title, date_text, in_language
from ui.entry_area import EntryArea
from ui.entry_paste import PastedCells
from ui.entry_view import EntryTable
from ui.exports_running import WaitsForExports, exports_may_end
from ui.fitting import PartsLabel
from ui.heading_label import HeadingLabel
from ui.i18n import Retranslating
from ui.idle_lock import IdleLock
from ui.left_cell import LeftCell
from ui.main_menus import MainMenus
from ui.menu_place import menu_keys, menu_path
from ui.narratives import NarrativePanel
from ui.notices import WindowNotices
from ui.period_nav import PeriodNavigator, standing_label
from ui.preferences import UserPreferences, apply_language
from ui.refused_cells import RefusedCells
from ui.status_bar import StatusBar

WINDOW_SIZE = (1366, 768)
STATUS_DELAY_MS = 150


class MainWindow(Retranslating, WaitsForExports, MainMenus, EntryArea, PastedCells, RefusedCells, StatusBar,
                 WindowNotices, LeftCell, QMainWindow):
    """`painted` is emitted once, when the entry table was first drawn with its period.

    `session` (a `ui.instance.DataFolderLock`, set by `ui.app.start`) is told who is logged
    in at each login, logout and lock, for a second start on the same data folder to say.
    """

    painted = Signal()
    saved = Signal(object)  # the Row returned by the service

    def __init__(self, workspace: Workspace, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or dt.date.today()
        self.period: Period | None = None
        self.view: PeriodView | None = None
        self.undo_stack = QUndoStack(self)
        self.session = None
        # Refused cells of every period visited: (period, code, field) -> (typed, message).
        self._refused: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._painted = False
        self._frozen = False
        # The navigator's counts follow a moment after the edits (the verdict repaints first,
        # and a run of quick edits recounts the periods once).
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._refresh_period_status)
        # The one signal every action emits once its service call succeeded (ui.actions): the
        # window reads again what it shows, at once (a few milliseconds of SQLite).
        self.changes = Changes(self)
        self.changes.changed.connect(self.follow_changes)
        self._account_shown = workspace.account
        self.setWindowTitle(app_title())
        self.resize(*WINDOW_SIZE)

        self._build_header()
        self._build_status_bar()
        self._build_body()
        self._build_menus()
        self.table.installEventFilter(self)  # typing on a period that cannot be changed says why
        self.table.currentCellChanged.connect(self.remember_cell)  # where the window opens again (ui.left_cell)
        self.idle_lock = IdleLock(self, workspace)
        self.idle_lock.lockChanged.connect(lambda locked: self.record_session(locked))
        self.idle_lock.loggedOut.connect(self.log_out)
        self.retranslate_static()
        self.reload(self._opening_period())  # where this person left off, or a period a leader should approve
        self._fit_navigator()
        # The cursor in the form, on the first cell to type (typed digits would otherwise go to the
        # period list, first in Tab's order, and pick a period by its name: "9" is "9 tháng").
        self.table.setFocus()

    # --- building -----------------------------------------------------------------------
    def _build_header(self) -> None:
        self.header = QFrame()
        self.header.setObjectName("header")
        self.header.setStyleSheet("#header { background: #1f4e79; } #header QLabel { color: white; }")
        # Long names (a 40-character preparer, "Phường Phan Đình Phùng") must not widen the
        # window past a 1280-pixel screen: the two lines of details wrap between their parts,
        # the two titles are cut with "…" (whole in the tooltip); each side gets room in
        # proportion to its text (_fit_header).
        self.header_layout = layout = QGridLayout(self.header)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(2)
        self.unit_label = HeadingLabel(15)
        self.people_label = PartsLabel()
        self.period_label = HeadingLabel(13)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.deadline_label = PartsLabel()
        self.deadline_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.people_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.unit_label, 0, 0)
        layout.addWidget(self.period_label, 0, 1)
        layout.addWidget(self.people_label, 1, 0)
        layout.addWidget(self.deadline_label, 1, 1)

    def _fit_header(self) -> None:
        """Each side of the header gets room in proportion to its longest line (both wrap when
        the two lines do not fit side by side)."""
        for column, labels_ in enumerate(((self.unit_label, self.people_label),
                                          (self.period_label, self.deadline_label))):
            self.header_layout.setColumnStretch(column, max(label.sizeHint().width() for label in labels_))

    def _build_body(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addWidget(self.tampering_label)

        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet(
            f"background: #ffcdd2; color: {ERROR_TEXT.name()}; padding: 4px 12px; font-weight: bold;")
        self.overdue_label.hide()
        outer.addWidget(self.overdue_label)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = PeriodNavigator()
        self.navigator.periodSelected.connect(self.show_period)
        # Enter on a period (after F6 and the arrows): back to the table or the narrative.
        self.navigator.activated.connect(lambda _index: self.focus_page())
        # The period the person chose is where the window reopens for them.
        self.navigator.periodSelected.connect(lambda p: UserPreferences.of(self.workspace).set_last_period(p))
        splitter.addWidget(self.navigator)

        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(6, 6, 6, 0)
        self.tabs = QTabWidget()
        form = self._build_entry_form()
        self.narratives = NarrativePanel(self.save_narrative)
        self.tabs.addTab(form, "")
        self.tabs.addTab(self.narratives, "")
        self.tabs.setCornerWidget(self.entry_buttons, Qt.Corner.TopRightCorner)  # the figures' own
        self.entry_buttons.show()  # hidden by its new parent
        self.tabs.currentChanged.connect(lambda tab: self.entry_buttons.setVisible(tab == 0))
        rlayout.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, WINDOW_SIZE[0] - 300])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def retranslate_static(self) -> None:
        """Every fixed word of the window in the interface language (again after a switch)."""
        self._retranslate_entry_area()
        self.tabs.setTabText(0, self.tr("Indicator figures"))
        self.tabs.setTabText(1, self.tr("Report narrative"))
        self.completeness.setAccessibleName(self.tr("How complete the entry is"))
        self._retranslate_menus()
        self._retranslate_notices()

    def retranslate(self) -> None:
        self.retranslate_static()
        self.navigator.retranslate()
        self.narratives.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.period is not None:
            self.reload(self.period)
        self._fit_navigator()  # its words are as wide as the new language's

    def _fit_navigator(self) -> None:
        """The period list as wide as its columns, the rest to the form."""
        sizes = self.splitter.sizes()
        wanted = self._navigator_fitted = self.navigator.fitted_width()
        self.splitter.setSizes([wanted, max(sum(sizes) - wanted, 0) or self.width()])

    # --- loading ----------------------------------------------------------------------------
    def reload(self, period: Period | None = None) -> None:
        """Read the unit, every period's status, and show `period` (default: the current one)."""
        ws = self.workspace
        commune = ws.commune
        settings = ws.settings
        self.setWindowTitle(f"{app_title()} — {commune.name}")
        self.unit_label.setText(commune.name)
        self.people_label.setText(
            self.tr("Unit code {code} · Prepared by: {preparer} · Signed by: {title} {signer}").format(
                code=commune.code, preparer=settings.preparer,
                title=labels.signer_title_label(settings.signer_title), signer=settings.signer))
        current = ws.current_period(self.today)
        self._refresh_overview(current)
        self.show_account()
        self._enable_actions()
        self.show_period(period or self.period or current)
        self._show_last_saved()

    def follow_changes(self) -> None:
        """Everything shown, read again after the data changed (the `changes` signal): a period's
        state after an export, an approval or a reopening; after a login another person, in their
        language, at the period they left off; figures another window or a command changed."""
        with self.idle_lock.typing_kept(self._account_shown):  # a cell being typed in: held, given back
            self.narratives.flush()
            period = self.period
            account = self.workspace.account
            if account != self._account_shown:
                self._account_shown = account
                # another person starts at the first cell, the table at its top, as the window opens (the
                # leader logging in after the officer found the officer's last cell, the first rows out of view)
                self.table.setCurrentIndex(QModelIndex())
                self.table.scrollToTop()
                self.undo_stack.clear()  # the undo history belongs to who typed it
                self._refused.clear()  # so do the figures refused as typed: the next person sees the saved ones
                self.record_session()
                if account is not None:
                    apply_language(self.workspace)
                    period = self._opening_period() or period
            self.reload(period)
            self._show_notice()
            self.show_copy_out()  # an export or an approval makes a copy out due (R23 F3: said only at the next start)

    def _opening_period(self) -> Period | None:
        """The period shown at a login (None: the current one): where this person left off, but for
        a leader a period marked Hoàn thành, waiting for approval, for an officer one reopened to
        be corrected (core/period_status.py)."""
        ws = self.workspace
        approves = ws.account is not None and self.may(Permission.APPROVE)
        enters = ws.account is not None and self.may(Permission.ENTER)
        return period_to_open(ws.waiting_for_approval() if approves else [], approves=approves,
                              reopened=ws.reopened_for_correction() if enters else [], enters=enters,
                              last=UserPreferences.of(ws).last_period)

    def may(self, permission: Permission) -> bool:
        """Whether the logged-in account may do this (anything, on a database with no account yet)."""
        return self.workspace.may(permission)

    def record_session(self, locked: bool = False) -> None:
        """Tell the data folder's session file who is logged in now (a second start reads it)."""
        if self.session is not None:
            self.session.record(self.workspace.account, locked=locked)

    def _refresh_overview(self, current: Period | None = None) -> None:
        ws = self.workspace
        statuses = ws.overview(self.today)
        current = current or self.navigator.current_period or ws.current_period(self.today)
        self.navigator.set_statuses(statuses, current)
        if self.navigator.fitted_width() != getattr(self, "_navigator_fitted", None):
            self._fit_navigator()  # "5/7, 2 chờ" came or went: its columns whole, the rest to the form
        overdue = [s for s in statuses if s.overdue]
        if overdue:  # an approved period only waits to be sent: said, so a leader does not approve it again
            names = ", ".join(
                self.tr("{period} (approved, not sent)").format(period=labels.period_name(s.period))
                if getattr(s.state, "name", "") == "APPROVED" else labels.period_name(s.period) for s in overdue)
            self.overdue_label.setText(self.tr("Report overdue: {periods}.").format(periods=names))
        self.overdue_label.setVisible(bool(overdue))
        self._statuses = {s.period: s for s in statuses}

    def show_period(self, period: Period) -> None:
        """Load one period's form and narrative (nothing here is slow: a few ms of SQLite)."""
        if self.period is not None and period != self.period:
            self.table.commit_open_editor()
            if not self.may_leave_refused(to=period):  # red cells: dropped, or back to fix them
                return
            self.narratives.flush()
            if not self._narrative_may_leave(period):
                return
        ws = self.workspace
        current = self.table.currentIndex()
        keep = (self.current_code(), current.column()) if current.isValid() else self.left_cell(period)
        self.period = period
        self.view = ws.period_view(period)
        if self.read_only_reason() is not None:  # approved, or only viewed: the saved figures, none refused
            self._refused = {key: v for key, v in self._refused.items() if key[0] != period.code}
        errors = {(code, name): v for (pc, code, name), v in self._refused.items() if pc == period.code}
        self.model.set_view(self.view, ws.catalog.groups, ws.period_warnings(self.view), errors,
                            ws.proposed_denominators(period))
        if keep[0] is not None:  # the same cell as before (a reload, the same indicator in another period, the
            # cell this person left in this period when the window opens or they log in: ui.left_cell)
            try:
                self.table.setCurrentIndex(self.model.index(self.model.line_of(keep[0]), keep[1]))
            except KeyError:
                pass
        self.narratives.set_texts(self.view.narratives, self._narrative_key(period))
        self.navigator.blockSignals(True)  # already showing it: no second load
        try:
            self.navigator.select(period)
        finally:
            self.navigator.blockSignals(False)
        self._show_period_header()
        self._show_frozen()
        self._show_drift()
        self._show_completeness()
        self.feedback.clear()
        if not self.table.currentIndex().isValid() or self.model.row_at(self.table.currentIndex()) is None:
            self.table.move_down()
        else:
            self._cell_changed(self.table.currentIndex())
        periods = list(self._statuses)
        at = periods.index(period) if period in periods else -1
        self.previous_period_action.setEnabled(at > 0)
        self.next_period_action.setEnabled(0 <= at < len(periods) - 1)

    def _show_period_header(self) -> None:
        p, rules = self.period, self.workspace.settings.rules
        start, end = p.cutoff(rules)
        deadline = p.deadline(rules)
        days = (deadline - self.today).days
        status = self._statuses.get(p)
        # Past the deadline, "overdue" only when the status says so (the core's is_overdue): not
        # for a period due before the installation was set up (sent on paper then).
        when = (self.tr("%n day(s) left", "", days) if days > 0 else self.tr("due today") if days == 0
                else self.tr("%n day(s) overdue", "", -days) if getattr(status, "overdue", True)
                else self.tr("passed"))
        state = getattr(status, "state", None)
        # The list's words for the same period (the core's status, worded once: period_nav).
        state_text = (self.tr(" · Status: {state}").format(state=standing_label(status.standing))
                      if status is not None else "")
        self.period_label.setText(labels.period_name(p))
        self.deadline_label.setText(
            self.tr("Data from {start} to {end} · Due {deadline} ({when})").format(
                start=date_text(start), end=date_text(end), deadline=date_text(deadline), when=when)
            + state_text)
        approval = self.workspace.approval(p) if getattr(state, "frozen", False) else None
        self.deadline_label.setToolTip(
            labels.authentication_code_tip(approval.fingerprint[:SHORT_FINGERPRINT], self.workspace.key_code)
            if approval is not None else "")
        self._fit_header()

    def read_only_reason(self) -> str | None:
        """Why this period cannot be edited now (not begun, approved, or an account that only views: a
        leader on a period marked complete is told it waits for his approval, and where)."""
        not_begun = self._not_begun_reason()
        if not_begun is not None:
            return not_begun
        status = self._statuses.get(self.period)
        state = getattr(status, "state", None)
        sent = exported_times(self.workspace, self.period) if state == State.SENT else None
        reopen = menu_path(self.period_menu, self.reopen_action)
        if sent:  # exported, not known to be mailed: sending is the officer's step (walks U8, U9; U18 F5)
            return labels.exported_text(sent.first, menu_path(self.file_menu, self.send_action), reopen, sent.again)
        if state is not None and getattr(state, "frozen", False):
            return self.tr("This period is {state}: view only, it cannot be changed. "
                           "To change it, a leader must reopen the period ({menu}).").format(
                state=labels.state_label(state).lower(), menu=reopen)
        account = getattr(self.workspace, "account", None)
        if account is not None and not account.can(Permission.ENTER):
            if state == State.COMPLETE and account.can(Permission.APPROVE):  # what the leader came for (walk 18, F4)
                approve = self._approve_where()
                reopened = self.workspace.reopened(self.period)
                if reopened is not None:  # corrected after a reopening: who reopened it and why, too (walk 19)
                    return labels.reopened_text(reopened, state, approve)
                return self.tr("This period has been marked complete and waits for a leader's approval ({menu})."
                               ).format(menu=approve)
            return self._no_entry_reason(account)
        return None

    def _no_entry_reason(self, account) -> str:
        """An account that only views: the officers' accounts to log in with, named (the core's words,
        as its refusal says them: walk h8), or, where none exists yet (first set-up without "also
        officer": walk h4), where one is made, with its keys, and by whom."""
        if any(listed.account.can(Permission.ENTER) for listed in self.workspace.accounts()):
            return in_language(self.workspace.views_only())
        name, role = account.full_name, labels.role_label(account.role)
        accounts = menu_path(self.admin_menu, self.accounts_action)
        if account.can(Permission.MANAGE_USERS):
            return self.tr("Account {name} ({role}) can only view the figures, and there is no data-entry officer's "
                           "account yet: to enter figures, create one in {accounts} ({keys}), then log in with it "
                           "({switch}).").format(name=name, role=role, accounts=accounts,
                                                 keys=menu_keys(self.admin_menu, self.accounts_action),
                                                 switch=menu_path(self.file_menu, self.switch_account_action))
        return self.tr("Account {name} ({role}) can only view the figures, and there is no data-entry officer's "
                       "account yet: the administrator creates one in {accounts}.").format(
            name=name, role=role, accounts=accounts)

    def _not_begun_reason(self) -> str | None:
        """A period that has not begun (the list's "Chưa đến kỳ") takes no figures (the core refuses
        them: core/workflow.py's `refuse_unless_begun`): said over the table, with the day it can be
        entered from, instead of a form that takes typing and then refuses every cell. Figures an
        older version let someone type in it are kept, shown, and said to be kept."""
        rules = self.workspace.settings.rules
        if self.period is None or has_begun(self.period, self.today, rules):
            return None
        start = date_text(begins_on(self.period, rules))
        view = self.view
        kept = view is not None and (any(not r.entry.is_empty or r.entry.comment for r in view.rows)
                                     or any(view.narratives.values()))
        if kept:
            return self.tr("Not started yet: this period begins on {date} (its figures count from that day) and "
                           "can be entered from then. The figures already here, entered with an earlier version "
                           "of the program, are kept as they are: view only until then.").format(date=start)
        return self.tr("Not started yet: this period begins on {date} (its figures count from that day) and "
                       "can be entered from then. View only until then.").format(date=start)

    def _show_frozen(self) -> None:
        reason = self.read_only_reason()
        self._frozen = reason is not None
        note = restore_undid_note.said(self) or reason or self._reopened_note()
        self.frozen_label.setVisible(bool(note))
        self.frozen_label.setText(note)
        triggers = (EntryTable.EditTrigger.NoEditTriggers if self._frozen else
                    EntryTable.EditTrigger.AnyKeyPressed | EntryTable.EditTrigger.DoubleClicked
                    | EntryTable.EditTrigger.EditKeyPressed)
        self.table.setEditTriggers(triggers)
        self.table.read_only = self._frozen
        self._enable_sign_off(self._not_begun_reason())
        self.show_keys_hint()
        for editor in self.narratives.editors.values():
            editor.setReadOnly(self._frozen)

    def _approve_where(self) -> str:
        """"Kỳ báo cáo › Duyệt kỳ báo cáo: Alt+K, D": where the leader approves, and its keys (the
        line over the table named the menu alone, walk h3)."""
        return f"{menu_path(self.period_menu, self.approve_action)}: {menu_keys(self.period_menu, self.approve_action)}"

    def _reopened_note(self) -> str:
        """A period reopened to be corrected says by whom and why over the table (walk 17, L2), and what
        comes next as its state moves: once marked complete again, the leader's approval, and where
        it is given to whoever may give it (walk 19). A period marked complete tells the officer that
        it waits for the leader and that an edit takes it back to Đang nhập (walk 26)."""
        if self.period is None:
            return ""
        state = getattr(self._statuses.get(self.period), "state", None)
        approve = self._approve_where() if self.may(Permission.APPROVE) else ""
        note = labels.reopened_text(self.workspace.reopened(self.period), state, approve)
        if not note and state == State.COMPLETE and self.may(Permission.ENTER):  # walk 26: a stray key undid it
            note = self.tr("This period has been marked complete and waits for a leader's approval. Changing its "
                           "figures takes it back to Entering; it must then be marked complete again.")
        return note

    def _refresh_period_status(self) -> None:
        """The navigator's count for the edited period (after the verdict is on screen)."""
        self._refresh_overview()
        self._show_period_header()

    # --- the keyboard around the window (MainMenus._build_window_keys) ----------------------------
    def step_period(self, step: int) -> None:
        """Kỳ báo cáo › Kỳ trước / Kỳ sau (Alt+PgUp / Alt+PgDown): the period above or below in the
        list, as if chosen there; the cursor stays where it was."""
        periods = list(self._statuses)
        if self.period in periods and 0 <= periods.index(self.period) + step < len(periods):
            self.navigator.select(periods[periods.index(self.period) + step])

    def switch_tab(self, step: int) -> None:
        """Ctrl+Tab, Ctrl+PgDown (step 1) or Ctrl+Shift+Tab, Ctrl+PgUp (-1): the other tab, with
        the cursor in it."""
        self.table.commit_open_editor()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_page()

    def focus_page(self) -> None:
        """The cursor into the tab shown: the entry table, or the narrative's box last typed in."""
        if self.tabs.currentWidget() is self.narratives:
            editors = list(self.narratives.editors.values())
            last = self.narratives.focusWidget()
            (last if last in editors else editors[0]).setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_area(self, step: int) -> None:
        """F6 (step 1) or Shift+F6 (-1): the next area of the window. From the tab shown (the
        table or the narrative, where the cursor lives) F6 goes to the period list, then to the
        figures' buttons beside the tabs (when the table is shown), then back."""
        buttons = [b for b in (self.reopen_button, self.undo_button, self.redo_button, self.history_button)
                   if b.isVisible() and b.isEnabled()]
        focus = QApplication.focusWidget()

        def holds(widget: QWidget) -> bool:
            return focus is not None and (focus is widget or widget.isAncestorOf(focus))

        # The areas in F6's order: 0 the tab shown, 1 the period list, 2 the buttons.
        at = (2 if any(holds(b) for b in buttons) else 1 if holds(self.navigator)
              else 0 if holds(self.tabs) else None)
        count = 3 if buttons else 2
        area = (at + step) % count if at is not None else 1
        if area == 0:
            self.focus_page()
        elif area == 1:
            self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the report text's sections refused (ui/narratives.py) ------------------------------------------
    def _narrative_key(self, period: Period) -> tuple[str, str | None]:
        """Whose report text the panel shows: a period's, as one person typed it (their undo history)."""
        account = getattr(self.workspace, "account", None)
        return period.code, getattr(account, "username", None)

    def _narrative_may_leave(self, period: Period | None, *, logging_out: bool = False) -> bool:
        """Before another period (`period`), closing (None) or logging out with a section of the report
        text refused: the text's tab, and a question (stay, the default, or go on without the text).
        Staying keeps this period selected. Another person's text (after a login) is not asked about."""
        if not self.narratives.refused or self.narratives.key != self._narrative_key(self.period):
            return True
        self.tabs.setCurrentWidget(self.narratives)
        if self.narratives.ask_to_leave(closing=period is None, logging_out=logging_out):
            return True
        self.navigator.blockSignals(True)
        try:
            self.navigator.select(self.period)
        finally:
            self.navigator.blockSignals(False)
        return False

    # --- window events --------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        """Back in the window (from a command prompt, another program): what another window or
        a command changed meanwhile is shown (SQLite's data version: a cheap check)."""
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and self.workspace.changed_elsewhere()):
            data_changed(self)
        super().changeEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and self._frozen and event.type() in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            if self._refuse_typing(event):
                return True
        if not self._painted and obj is self.table.viewport() and event.type() == event.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)
            # The lines under the table were cut to the width a label has before the window is
            # laid out: said again at their real width.
            QTimer.singleShot(0, lambda: self._cell_changed(self.table.currentIndex()))
        return super().eventFilter(obj, event)

    def _refuse_typing(self, event) -> bool:
        """A character, Delete or Backspace typed on a period that cannot be changed (approved, or
        an account that only views), whoever types it: the line under the table says why and what
        to do (the read-only reason), instead of nothing happening. The grey start-of-term cell
        keeps its own dialog, which says it in its turn."""
        if self.table.state() == EntryTable.State.EditingState:
            return False
        if self.model.elsewhere_at(self.table.currentIndex()) is not None:
            return False
        if event.type() == QEvent.Type.InputMethod:
            typed = bool(event.commitString().strip())
        else:
            shortcut = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                            | Qt.KeyboardModifier.MetaModifier)
            typed = not shortcut and (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                                      or bool(event.text().strip()) and event.text().isprintable())
        if not typed:
            return False
        self._show_feedback(self.read_only_reason() or "", error=True)
        return True

    def closeEvent(self, event) -> None:
        if not exports_may_end(self):  # an export or a send still running: asked, then waited for
            event.ignore()
            return
        self.table.commit_open_editor()
        if not self.may_leave_refused():  # red cells: dropped, or back to fix them
            event.ignore()
            return
        self.narratives.flush()
        if not self._narrative_may_leave(None):
            event.ignore()
            return
        self._status_timer.stop()
        self.idle_lock.timer.stop()
        super().closeEvent(event)
