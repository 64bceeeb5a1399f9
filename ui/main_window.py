"""The main window: the unit, the periods, the period's entry form, its narrative and its status.

Every user action is one call to the Workspace; the widgets only show its answers.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.checks import warnings_for
from desktop_app.entry_form import last_saved, period_warnings
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import Period
from desktop_app.services import Workspace
from desktop_app.core.rows import NARRATIVE_SECTIONS, PeriodView
from desktop_app.core.users import Permission
from ui import labels
from ui.commands import SetFieldCommand
from ui.i18n import Retranslating
from ui.actions import FAILED, run_action
from ui.common import ERROR_TEXT, WARNING_TEXT, app_title, date_text, time_text
from ui.entry_model import COMMENT_FIELD, Col, EntryModel, stored_value
from ui.entry_view import EntryTable
from ui.narratives import NarrativePanel
from ui.period_nav import PeriodNavigator

WINDOW_SIZE = (1366, 768)
STATUS_DELAY_MS = 150


class MainWindow(Retranslating, QMainWindow):
    """`painted` is emitted once, when the entry table was first drawn with its period."""

    painted = Signal()
    saved = Signal(object)  # the Row returned by the service

    def __init__(self, workspace: Workspace, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or dt.date.today()
        self.period: Period | None = None
        self.view: PeriodView | None = None
        self.undo_stack = QUndoStack(self)
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
        self.setWindowTitle(app_title())
        self.resize(*WINDOW_SIZE)

        self._build_header()
        self._build_body()
        self._build_status_bar()
        self._build_menus()
        self.retranslate_static()
        self.reload()

    # --- building -----------------------------------------------------------------------
    def _build_header(self) -> None:
        self.header = QFrame()
        self.header.setObjectName("header")
        self.header.setStyleSheet("#header { background: #1f4e79; } #header QLabel { color: white; }")
        layout = QHBoxLayout(self.header)
        layout.setContentsMargins(12, 6, 12, 6)
        left = QVBoxLayout()
        self.unit_label = QLabel()
        self.unit_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.people_label = QLabel()
        left.addWidget(self.unit_label)
        left.addWidget(self.people_label)
        right = QVBoxLayout()
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.deadline_label = QLabel()
        self.deadline_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.period_label)
        right.addWidget(self.deadline_label)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def _build_body(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)

        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet(
            f"background: #ffcdd2; color: {ERROR_TEXT.name()}; padding: 4px 12px; font-weight: bold;")
        self.overdue_label.hide()
        outer.addWidget(self.overdue_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = PeriodNavigator()
        self.navigator.periodSelected.connect(self.show_period)
        splitter.addWidget(self.navigator)

        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(6, 6, 6, 0)
        self.tabs = QTabWidget()
        form = QWidget()
        flayout = QVBoxLayout(form)
        flayout.setContentsMargins(0, 4, 0, 0)
        self.frozen_label = QLabel()
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("background: #e3f2fd; color: #0d47a1; padding: 4px;")
        self.frozen_label.hide()
        flayout.addWidget(self.frozen_label)

        self.model = EntryModel(self)
        self.model.commit = self.commit_edit
        self.table = EntryTable()
        self.table.setObjectName("entryTable")
        self.table.setModel(self.model)
        self.table.currentCellChanged.connect(self._cell_changed)
        self.table.historyRequested.connect(self.show_history)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.viewport().installEventFilter(self)
        flayout.addWidget(self.table, 1)

        # Two lines each, fixed: a message of a different length never resizes the table
        # (which would repaint all of it after every edit).
        self.cell_info = QLabel()
        self.cell_info.setTextFormat(Qt.TextFormat.RichText)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        two_lines = 2 * self.fontMetrics().lineSpacing() + 4
        for label in (self.cell_info, self.feedback):
            label.setFixedHeight(two_lines)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.feedback.setObjectName("feedback")
        flayout.addWidget(self.cell_info)
        flayout.addWidget(self.feedback)

        buttons = QHBoxLayout()
        self.history_button = QPushButton()
        self.history_button.clicked.connect(lambda: self.show_history())
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.redo_button.setEnabled(False)
        self.keys_hint = hint = QLabel()
        hint.setStyleSheet("color: #555;")
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.history_button)
        flayout.addLayout(buttons)

        self.narratives = NarrativePanel(self.save_narrative)
        self.tabs.addTab(form, "")
        self.tabs.addTab(self.narratives, "")
        rlayout.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, WINDOW_SIZE[0] - 300])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.completeness = QProgressBar()
        self.completeness.setTextVisible(True)
        self.completeness.setMinimumWidth(300)
        self.summary_label = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        bar.addWidget(self.completeness)
        bar.addWidget(self.summary_label, 1)
        bar.addPermanentWidget(self.saved_label)

    def _build_menus(self) -> None:
        """The menus and their actions; their words are set by retranslate_static()."""
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        self.settings_action = self.file_menu.addAction("", self.open_settings)
        # The exports engineer's "Xuất báo cáo…" goes before this separator: add_export_action().
        self._export_separator = self.file_menu.addSeparator()
        self.backup_action = self.file_menu.addAction("", self.backup)
        self.restore_action = self.file_menu.addAction("", self.restore)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        self.edit_menu = menus.addMenu("")
        # Our own actions (not QUndoStack.createUndoAction, whose prefix is fixed at creation):
        # their words follow the interface language.
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        for action, signal in ((self.undo_action, self.undo_stack.canUndoChanged),
                               (self.redo_action, self.undo_stack.canRedoChanged)):
            action.setEnabled(False)
            signal.connect(action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_texts)
        self.undo_stack.redoTextChanged.connect(self._undo_texts)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.period_menu = menus.addMenu("")
        self.complete_action = self.period_menu.addAction("", lambda: self._workflow("complete_period"))
        self.approve_action = self.period_menu.addAction("", lambda: self._workflow("approve_period"))
        self.reopen_action = self.period_menu.addAction("", lambda: self._workflow("reopen_period"))

        self.data_menu = menus.addMenu("")
        self.baselines_action = self.data_menu.addAction("", self.open_baselines)
        self.own_targets_action = self.data_menu.addAction("", self.open_own_targets)
        self.reference_action = self.data_menu.addAction("", self.open_reference)
        self.catalog_update_action = self.data_menu.addAction("", self.import_catalog_update)
        self.data_menu.addSeparator()
        self.history_action = self.data_menu.addAction("", lambda: self.show_history())
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.addAction(self.history_action)

        self.admin_menu = menus.addMenu("")
        self.accounts_action = self.admin_menu.addAction("", self.open_accounts)
        self.audit_action = self.admin_menu.addAction("", self.open_audit)
        self.admin_menu.addSeparator()
        self.switch_account_action = self.admin_menu.addAction("", self.switch_account)

        self.help_menu = menus.addMenu("")
        self.keys_help_action = self.help_menu.addAction("", self.show_keys_help)
        self.about_action = self.help_menu.addAction("", self.show_about)

    def retranslate_static(self) -> None:
        """Every fixed word of the window in the interface language (again after a switch)."""
        self.feedback.setAccessibleName(self.tr("Message"))
        self.history_button.setText(self.tr("History across periods…"))
        self.history_button.setToolTip(
            self.tr("The selected indicator's value across the periods, against its target (Ctrl+H)"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.keys_hint.setText(
            self.tr("Type a number to enter it · Enter: next row · Tab: next cell to the right · Ctrl+Z: undo"))
        self.tabs.setTabText(0, self.tr("Indicator figures"))
        self.tabs.setTabText(1, self.tr("Report narrative"))
        self.completeness.setAccessibleName(self.tr("How complete the entry is"))

        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.backup_action.setText(self.tr("&Back up to…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()
        self.period_menu.setTitle(self.tr("&Period"))
        self.complete_action.setText(self.tr("Mark as &complete"))
        self.approve_action.setText(self.tr("&Approve the period"))
        self.reopen_action.setText(self.tr("&Reopen the period…"))
        self.data_menu.setTitle(self.tr("&Data"))
        self.baselines_action.setText(self.tr("Start-of-&term figures…"))
        self.own_targets_action.setText(self.tr("Commune's &own targets…"))
        self.reference_action.setText(self.tr("The province's &indicator list…"))
        self.catalog_update_action.setText(self.tr("&Update the indicator catalogue…"))
        self.catalog_update_action.setStatusTip(
            self.tr("Import the catalogue update file the province sent (.chitieu-catalog.json)"))
        self.history_action.setText(self.tr("&History of the selected indicator…"))
        self.admin_menu.setTitle(self.tr("&Administration"))
        self.accounts_action.setText(self.tr("&Accounts…"))
        self.audit_action.setText(self.tr("&Change log…"))
        self.switch_account_action.setText(self.tr("Log in as an&other account…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keys_help_action.setText(self.tr("How to &enter figures"))
        self.about_action.setText(self.tr("&About"))

    def _undo_texts(self, *_args) -> None:
        """"Hoàn tác BHYT: 9.500" names what Ctrl+Z would undo (the stack's command texts)."""
        for action, word, what in ((self.undo_action, self.tr("Undo"), self.undo_stack.undoText()),
                                   (self.redo_action, self.tr("Redo"), self.undo_stack.redoText())):
            action.setText(f"{word} {what}" if what else word)

    def retranslate(self) -> None:
        self.retranslate_static()
        self.navigator.retranslate()
        self.narratives.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.period is not None:
            self.reload(self.period)

    def add_export_action(self, action: QAction) -> None:
        """Where the exports' "Xuất báo cáo…" is plugged in: Tệp menu, above Thoát."""
        self.file_menu.insertAction(self._export_separator, action)

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
        self.show_period(period or self.period or current)
        self._show_last_saved()

    def _refresh_overview(self, current: Period | None = None) -> None:
        ws = self.workspace
        statuses = ws.overview(self.today)
        rules = ws.settings.rules
        current = current or self.navigator.current_period or ws.current_period(self.today)
        self.navigator.set_statuses(statuses, self.today, rules, current)
        overdue = [s.period for s in statuses if s.overdue]
        if overdue:
            names = ", ".join(labels.period_name(p) for p in overdue)
            self.overdue_label.setText(self.tr("Report overdue: {periods}.").format(periods=names))
        self.overdue_label.setVisible(bool(overdue))
        self._statuses = {s.period: s for s in statuses}

    def show_period(self, period: Period) -> None:
        """Load one period's form and narrative (nothing here is slow: a few ms of SQLite)."""
        if self.period is not None and period != self.period:
            self.table.commit_open_editor()
            self.narratives.flush()
        ws = self.workspace
        current = self.table.currentIndex()
        keep = (self.current_code(), current.column()) if current.isValid() else (None, None)
        self.period = period
        self.view = ws.period_view(period)
        errors = {(code, name): v for (pc, code, name), v in self._refused.items() if pc == period.code}
        self.model.set_view(self.view, ws.catalog.groups, period_warnings(ws, self.view), errors)
        if keep[0] is not None:  # the same cell as before (a reload, or the same indicator in another period)
            try:
                self.table.setCurrentIndex(self.model.index(self.model.line_of(keep[0]), keep[1]))
            except KeyError:
                pass
        self.narratives.set_texts(self.view.narratives)
        self.navigator.blockSignals(True)  # already showing it: no second load
        try:
            self.navigator.select(period)
        finally:
            self.navigator.blockSignals(False)
        self._show_period_header()
        self._show_frozen()
        self._show_completeness()
        self.feedback.clear()
        if not self.table.currentIndex().isValid() or self.model.row_at(self.table.currentIndex()) is None:
            self.table.move_down()
        else:
            self._cell_changed(self.table.currentIndex())

    def _show_period_header(self) -> None:
        p, rules = self.period, self.workspace.settings.rules
        start, end = p.cutoff(rules)
        deadline = p.deadline(rules)
        days = (deadline - self.today).days
        when = (self.tr("%n day(s) left", "", days) if days > 0 else self.tr("due today") if days == 0
                else self.tr("%n day(s) overdue", "", -days))
        status = self._statuses.get(p)
        state = getattr(status, "state", None)
        state_text = (self.tr(" · Status: {state}").format(state=labels.state_label(state))
                      if state is not None else "")
        self.period_label.setText(labels.period_name(p))
        self.deadline_label.setText(
            self.tr("Data from {start} to {end} · Due {deadline} ({when})").format(
                start=date_text(start), end=date_text(end), deadline=date_text(deadline), when=when)
            + state_text)

    def read_only_reason(self) -> str | None:
        """Why this period cannot be edited now (approved, or an account that only views)."""
        status = self._statuses.get(self.period)
        state = getattr(status, "state", None)
        if state is not None and getattr(state, "frozen", False):
            return self.tr("This period is {state}: view only, it cannot be changed. "
                           "To change it, a leader must reopen the period (Period › Reopen…).").format(
                state=labels.state_label(state).lower())
        account = getattr(self.workspace, "account", None)
        if account is not None and not account.can(Permission.ENTER):
            return self.tr("Account {name} ({role}) can only view the figures. "
                           "To enter figures, log in with a data-entry officer's account.").format(
                name=account.full_name, role=labels.role_label(account.role))
        return None

    def _show_frozen(self) -> None:
        reason = self.read_only_reason()
        self._frozen = reason is not None
        self.frozen_label.setVisible(self._frozen)
        self.frozen_label.setText(reason or "")
        triggers = (EntryTable.EditTrigger.NoEditTriggers if self._frozen else
                    EntryTable.EditTrigger.AnyKeyPressed | EntryTable.EditTrigger.DoubleClicked
                    | EntryTable.EditTrigger.EditKeyPressed)
        self.table.setEditTriggers(triggers)
        self.table.read_only = self._frozen
        for editor in self.narratives.editors.values():
            editor.setReadOnly(self._frozen)

    def _show_completeness(self) -> None:
        view = self.model.view
        required = len(view.required)
        self.completeness.setRange(0, max(required, 1))
        self.completeness.setValue(view.entered)
        self.completeness.setFormat(labels.completeness_text(view.entered, required))
        summary = labels.verdict_counts_text(view.rows)
        n = len(self.model.all_warnings())
        if n:
            summary += " · " + self.tr("%n warning(s) to review", "", n)
        self.summary_label.setText("  " + summary)

    def _show_last_saved(self, when: dt.datetime | None = None) -> None:
        if when is not None:
            self.saved_label.setText(self.tr("Saved at {time}").format(time=time_text(when)))
            return
        last = last_saved(self.workspace)
        self.saved_label.setText(
            self.tr("Last saved: {date} {time}").format(date=date_text(last.date()), time=time_text(last))
            if last else self.tr("No figures yet"))

    # --- editing ------------------------------------------------------------------------------
    def commit_edit(self, code: str, name: str, text: str) -> bool:
        """One typed cell: save it through the service, or keep it red with the reason."""
        period = self.period
        row = self.model.row_at(self.model.line_of(code))
        before = stored_value(row, name)
        try:
            new_row = self.workspace.set_entry(period, code, **{name: text})
        except ChiTieuError as err:
            self._refused[(period.code, code, name)] = (text, err.message)
            self.model.set_error(code, name, text, err.message)
            self._show_feedback(err.message, error=True)
            return False
        self._refused.pop((period.code, code, name), None)
        self.model.clear_error(code, name)
        after = stored_value(new_row, name)
        self._after_save(new_row)
        if after != before:
            label = self._field_label(new_row, name)
            self.undo_stack.push(SetFieldCommand(self.apply_stored, period, code, name, label, before, after))
        return True

    def apply_stored(self, period: Period, code: str, name: str, value) -> bool:
        """Undo/redo: put a stored value back, showing the period and cell it belongs to."""
        if period != self.period:
            self.show_period(period)
        row = run_action(self, self.workspace.set_entry, period, code, **{name: value},
                         title=self.tr("Could not undo"))
        if row is FAILED:
            return False
        self._refused.pop((period.code, code, name), None)
        self.model.clear_error(code, name)
        self._after_save(row)
        index = self.model.index_of(code, name)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        return True

    def _after_save(self, row) -> None:
        warnings = warnings_for(self.workspace, row)
        line = self.model.update_row(row, warnings)
        self.table.fit_row(line)  # a longer comment or verdict may need another line
        self._show_completeness()
        self._show_last_saved(dt.datetime.now())
        name = labels.indicator_name(row.indicator)
        unit = row.indicator.unit
        value = labels.value_text(row)
        result = ((self.tr("no result yet") if not value else f"{value}%" if unit == "%"
                   else value if isinstance(row.computed.value, bool) else f"{value} {unit}"))
        message = self.tr("Saved: {name} — {result}, {verdict}.").format(
            name=name, result=result, verdict=labels.verdict_label(row.verdict))
        self._show_feedback(message, warnings=warnings)
        self.saved.emit(row)
        self._status_timer.start()

    def _refresh_period_status(self) -> None:
        """The navigator's count for the edited period (after the verdict is on screen)."""
        self._refresh_overview()
        self._show_period_header()

    def save_narrative(self, section: str, text: str) -> None:
        try:
            self.workspace.set_narrative(self.period, section, text)
        except ChiTieuError as err:
            title = labels.narrative_title(section, NARRATIVE_SECTIONS.get(section, section))
            self._show_feedback(f"{title}: {err.message}", error=True)
            return
        self._show_last_saved(dt.datetime.now())

    def _field_label(self, row, name: str) -> str:
        if name == "comment":
            return self.tr("{indicator} — Comment").format(indicator=labels.indicator_name(row.indicator)[:40])
        f = row.indicator.input(name)
        return f.label if f else name

    # --- what the officer reads under the table --------------------------------------------
    def _line(self, text: str, bold: bool = False) -> str:
        """One line of the area under the table, shortened with … to fit (full text in the tooltip)."""
        font = self.cell_info.font()
        font.setBold(bold)
        width = max(self.cell_info.width() - 8, 200)
        return _html(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width))

    def _show_feedback(self, message: str, error: bool = False, warnings: list[str] | None = None) -> None:
        """The last action's result: saved (with any warning) or refused (with the reason, up to 2 lines)."""
        if error:
            self.feedback.setText(f"<span style='color:{ERROR_TEXT.name()}; font-weight:bold'>"
                                  + self.tr("✖ Not saved: {reason}").format(reason=_html(message)) + "</span>")
            self.feedback.setToolTip(message)
            return
        text = self._line(message)
        if warnings:
            line = self.tr("⚠ Note: {warnings}").format(warnings=" · ".join(warnings))
            text += (f"<br><span style='color:{WARNING_TEXT.name()}; font-weight:bold'>"
                     f"{self._line(line, bold=True)}</span>")
        self.feedback.setText(text)
        self.feedback.setToolTip("\n".join([message] + list(warnings or [])))

    def _cell_changed(self, index: QModelIndex) -> None:
        row = self.model.row_at(index) if index.isValid() else None
        self.history_button.setEnabled(row is not None)
        if row is None:
            self.cell_info.setText("")
            return
        f = self.model.field_at(index)
        ind = row.indicator
        if f is COMMENT_FIELD:
            what = self.tr("Comment, explanation")
        elif f is not None:
            what = f.label + (f" ({f.unit})" if f.unit and f.unit != labels.YES_NO_UNIT else self.tr(" (Yes / No)"))
        elif index.column() == Col.IN2 and ind.baseline is not None:
            what = self.tr("{label}: change it in Data › Start-of-term figures…").format(label=ind.baseline.label)
        else:
            what = ""
        first = f"{ind.no}. {labels.indicator_name(ind)}"
        if what:
            first += self.tr(" — selected cell: {what}").format(what=what)
        notes = list(dict.fromkeys(list(row.notes) + ([row.evaluation.note] if row.evaluation.note else [])))
        warnings = self.model.warnings_at(index)
        text = f"<b>{self._line(first, bold=True)}</b>"
        if warnings:
            line = "⚠ " + " · ".join(warnings + notes)
            text += f"<br><span style='color:{WARNING_TEXT.name()}'>{self._line(line)}</span>"
        elif notes:
            text += "<br>" + self._line("; ".join(notes))
        self.cell_info.setText(text)
        self.cell_info.setToolTip("\n".join([first] + notes + warnings))
        error = self.model.error_at(index)
        if error:
            self._show_feedback(error, error=True)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        row = self.model.row_at(index) if index.isValid() else None
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("History across periods…"), lambda: self.show_history(row.indicator.code))
        if self.model.is_editable(index) and not self._frozen:
            menu.addAction(self.tr("Clear this cell"), lambda: self.model.setData(index, ""))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- dialogs ----------------------------------------------------------------------------------
    def current_code(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex())
        return row.indicator.code if row else None

    def show_history(self, code: str | None = None):
        code = code or self.current_code()
        if code is None:
            self._show_feedback(self.tr("Select an indicator in the table before viewing its history."),
                                error=False)
            return None
        from ui.history_dialog import HistoryDialog  # QtCharts loads only when first needed

        dialog = HistoryDialog(self.workspace, code, self.period, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.history_dialog = dialog
        return dialog

    def open_settings(self):
        from ui.setup_dialog import SetupDialog

        self.narratives.flush()
        dialog = SetupDialog(self.workspace, self, first_run=False)
        if dialog.exec():
            self.reload(self.period)
        return dialog

    def open_baselines(self):
        from ui.baseline_dialog import BaselineDialog

        dialog = BaselineDialog(self.workspace, self)
        dialog.exec()
        self.reload(self.period)
        return dialog

    def open_own_targets(self):
        from ui.own_targets_dialog import OwnTargetsDialog

        dialog = OwnTargetsDialog(self.workspace, self.period.year if self.period else None, self)
        dialog.exec()
        self.reload(self.period)
        return dialog

    def open_reference(self):
        from ui.reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.reference_dialog = dialog
        return dialog

    # --- the other engineers' actions, plugged in (each one call into their module) ---------------
    def import_catalog_update(self) -> bool:
        """Dữ liệu › Cập nhật bộ chỉ tiêu…: the province's update file (ui/catalog_update_dialog.py)."""
        from ui.catalog_update_dialog import import_catalog_update

        self.table.commit_open_editor()
        self.narratives.flush()
        if not import_catalog_update(self, self.workspace):
            return False
        self.reload(self.period)
        return True

    def _workflow(self, name: str) -> None:
        from ui import workflow_actions

        self.table.commit_open_editor()
        self.narratives.flush()
        if getattr(workflow_actions, name)(self, self.workspace, self.period):
            self.reload(self.period)

    def open_accounts(self):
        from ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.workspace, self)
        dialog.exec()
        return dialog

    def open_audit(self):
        from ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.workspace, self)
        dialog.exec()
        return dialog

    def switch_account(self) -> None:
        """Log out and in again (e.g. the administrator, who only views, hands over to the officer)."""
        from ui.login_dialog import LoginDialog

        self.table.commit_open_editor()
        self.narratives.flush()
        previous = self.workspace.account
        self.workspace.logout()
        if LoginDialog(self.workspace, self).exec() != LoginDialog.DialogCode.Accepted:
            self.workspace.account = previous  # cancelled: stay as before
        self.undo_stack.clear()  # the undo history belongs to who typed it
        self.reload(self.period)

    def backup(self):
        from ui.backup_actions import backup_to_folder

        self.table.commit_open_editor()
        self.narratives.flush()
        return backup_to_folder(self.workspace, self)

    def restore(self) -> None:
        from ui.backup_actions import restore_from_file

        self.table.commit_open_editor()
        self.narratives.flush()
        if restore_from_file(self.workspace, self):
            QMessageBox.information(self, self.tr("Restore"),
                                    self.tr("The program will now close. Open it again to use the restored data."))
            self.close()

    def show_keys_help(self) -> None:
        QMessageBox.information(
            self, self.tr("How to enter figures"),
            self.tr("• Choose the period in the left column (the current period is selected already).\n"
                    "• Typing a number in a cell starts entering it; numbers are written the Vietnamese way: "
                    "1.234,5.\n"
                    "• Enter: save and go to the next indicator. Tab: save and go to the cell on the right.\n"
                    "• Each valid number is saved at once, there is no Save button.\n"
                    "• An invalid number: the cell turns red, the reason shows under the table, nothing is saved.\n"
                    "• Ctrl+Z: undo; Ctrl+Y: redo. Delete: clear the cell.\n"
                    "• Double-click an indicator's name (or Ctrl+H): its history across the periods."))

    def show_about(self) -> None:
        from ui.common import app_version

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<b>{_html(app_title())}</b><br>"
            + self.tr("Version {version}").format(version=app_version()) + "<br><br>"
            + self.tr("Enter, follow and report the results of the 2026-2030 term's indicators "
                      "of the communes and wards of Thái Nguyên province.") + "<br>"
            + self.tr("Indicator catalogue version {version}.").format(version=self.workspace.catalog.version))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.about_box = box
        box.exec()

    # --- window events --------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if not self._painted and obj is self.table.viewport() and event.type() == event.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(obj, event)

    def closeEvent(self, event) -> None:
        self.table.commit_open_editor()
        self.narratives.flush()
        self._status_timer.stop()
        super().closeEvent(event)


def _html(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
