"""The entry area of the main window: the period's form and saving what is typed in it; what is
said over and under the table is its base `ui.entry_messages.EntryMessages`.

Each typed cell is saved at once through `Workspace.set_entry` (a refused value stays red
in its cell with the reason under the table, nothing is saved); undo and redo put stored
values back through the same service. A mixin of `ui.main_window.MainWindow`, which owns
the period shown (`period`, `show_period`, `workspace`, `undo_stack`, `_refused`,
`_frozen`), the status bar (`_show_completeness`, `_show_last_saved`, `_status_timer`,
`saved`); `show_history` is MainMenus'. Its words keep the "MainWindow" translation context.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.checks import is_number_only, warnings_for
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.legacy_text import Legacy, LegacyText
from desktop_app.core.periods import Period
from desktop_app.core.rows import (
    NARRATIVE_SECTIONS,
    field_typed,
    input_spec,
    the_other_way,
)
from ui import colours, labels
from ui.actions import FAILED, run_action
from ui.colours import Meaning
from ui.commands import SetFieldCommand, SwitchWayCommand
from ui.common import error_text
from ui.entry_messages import EntryMessages, MessageArea, escaped, warning_bar
from ui.entry_model import Col, EntryModel, input_fields, shown_value
from ui.entry_view import EntryTable
from ui.fitting import PartsLabel
from ui.i18n import translate
from ui.legacy_dialog import ask_to_convert
from ui.rate_or_households import replaced_text
from ui.workflow_actions import edit_goes_ahead, sending_back_goes_ahead


class EntryArea(EntryMessages):
    """The "Indicator figures" tab of the main window and the saving of what is typed in it."""

    def _build_entry_form(self) -> QWidget:
        """The form tab: the read-only notice, the entry table, two lines of messages, the buttons."""
        form = QWidget()
        flayout = QVBoxLayout(form)
        flayout.setContentsMargins(0, 4, 0, 0)
        self.frozen_label = QLabel()
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("background: #e3f2fd; color: #0d47a1; padding: 4px;")
        self.frozen_label.hide()
        flayout.addWidget(self.frozen_label)
        flayout.addWidget(self._build_drift_notice())

        self.model = EntryModel(self)
        self.model.commit = self.commit_edit
        self.model.modelReset.connect(lambda: self._close_number_question())  # another period, or reloaded
        self.table = EntryTable()
        self.table.setObjectName("entryTable")
        self.table.setModel(self.model)
        self.table.currentCellChanged.connect(self._cell_changed)
        self.table.historyRequested.connect(self.show_history)
        self.table.elsewhereRequested.connect(self._open_elsewhere)
        self.table.headingTyped.connect(self._typed_on_heading)
        self.table.refusedEscaped.connect(lambda: self._drop_refused_here())
        self.table.pasteRequested.connect(self.paste_cells)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.viewport().installEventFilter(self)
        flayout.addWidget(self.table, 1)
        flayout.addWidget(self._build_number_question())

        # One height for both (`MessageArea`): a message of a different length never resizes the
        # table; a refusal longer than its two lines takes the empty ones of the selected cell's.
        self.messages = MessageArea()
        self.cell_info, self.feedback = self.messages.cell_info, self.messages.feedback
        self._feedback_line = ""  # the feedback's first line (a notice goes under it)
        self._again_said = ""  # "mark it complete again", when the last save said it (`_show_notice`)
        flayout.addWidget(self.messages)

        # The buttons by the tabs (`MainWindow` puts them in the tab bar's corner, shown with this
        # tab), the keys' line in the lines under the table while they have nothing else to say:
        # under the table, a row of their own kept two of its rows out of sight at 1366×705.
        self.entry_buttons = QWidget()
        buttons = QHBoxLayout(self.entry_buttons)
        buttons.setContentsMargins(0, 0, 0, 2)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(lambda: self.show_history())
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(lambda: self.undo_edit())
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(lambda: self.redo_edit())
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.redo_button.setEnabled(False)
        # Wraps between its parts (" · ") where one line does not hold them all (1280 px, Vietnamese:
        # "F6: danh sá…" was cut).
        self.keys_hint = hint = PartsLabel()
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint.setStyleSheet(colours.style(Meaning.NOTE, hint))
        self.messages.set_resting(hint)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.history_button)
        return form

    def _build_number_question(self) -> QFrame:
        """The question a number typed alone in Ghi chú asks (was it meant for a figure?): a bar
        under the table, not a dialog, so typing goes on in the table; answered with a click
        or Alt and the button's letter."""
        box, layout, self.number_question_label = warning_bar("numberQuestion", bold=True)
        self.number_question = box
        layout.setContentsMargins(8, 2, 8, 2)
        self.move_number_button = QPushButton()
        self.move_number_button.clicked.connect(self._move_number)
        self.keep_comment_button = QPushButton()
        self.keep_comment_button.clicked.connect(self._keep_comment)
        for button in (self.move_number_button, self.keep_comment_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the table
        layout.addWidget(self.number_question_label, 1)
        layout.addWidget(self.move_number_button)
        layout.addWidget(self.keep_comment_button)
        self._number_asked = None  # (code, field) the bar asks about, in the period shown
        box.hide()
        return box

    def _retranslate_entry_area(self) -> None:
        """The form tab's fixed words (MainWindow.retranslate_static)."""
        self.reopen_button.setText(translate("MainWindow", "Reopen the period…"))
        self.feedback.setAccessibleName(translate("MainWindow", "Message"))
        self.history_button.setText(translate("MainWindow", "History across periods…"))
        self.history_button.setToolTip(translate(
            "MainWindow", "The selected indicator's value across the periods, against its target (Ctrl+H)"))
        self.move_number_button.setText(translate("MainWindow", "&Yes, put it there"))
        self.keep_comment_button.setText(translate("MainWindow", "&No, keep it as a comment"))
        self.undo_button.setText(translate("MainWindow", "Undo"))
        self.redo_button.setText(translate("MainWindow", "Redo"))
        self.show_keys_hint()

    def show_keys_hint(self) -> None:
        """The keys of the table, as they are now: a period that cannot be changed has no typing."""
        if self._frozen:
            self.keys_hint.setText(translate(
                "MainWindow", "View only · Ctrl+C: copy a figure · Alt+PgUp / Alt+PgDown: previous, next period "
                              "· F6: period list"))
        else:
            self.keys_hint.setText(translate(
                "MainWindow",
                "Type a number · Enter: down · Tab: right · Ctrl+V: paste from Excel · Ctrl+Z: undo · F6: periods"))
        self.messages.refit()  # its lines for the new words

    # --- saving what is typed -------------------------------------------------------------
    def commit_edit(self, code: str, name: str, text: str, as_typed: bool = False) -> bool:
        """One typed cell: save it through the service, or keep it red with the reason (a poverty
        rate typed where the households go is saved as the rate: `rows.field_typed`); `as_typed`:
        a comment the officer chose to keep although it reads as an old font's. A save that takes
        periods marked Hoàn thành back to Đang nhập asks first (`edit_goes_ahead`; a value refused
        anyway is refused unasked); "No": nothing saved, what was typed dropped and the cursor back
        on its cell, as Escape does."""
        period = self.period
        row = self.model.row_at(self.model.line_of(code))
        field = field_typed(row.indicator, row.entry, name, text)
        if not edit_goes_ahead(self, self.workspace, period, typed=[(code, field, text)], as_typed=as_typed):
            index = self.model.index_of(code, name)
            QTimer.singleShot(0, lambda: self.table.setCurrentIndex(index))  # after the editor's Enter moved on
            # what was typed is said, to be typed again once the leader agrees (walk 28, L2)
            self._show_feedback(self._still_complete_text() + " " + translate(
                "MainWindow", "Typed and not saved: {value}.").format(value=text.strip()))
            return False
        before = getattr(row.entry, field)
        try:
            new_row = self.workspace.set_entry(period, code, **{field: text}, as_typed=as_typed)
        except ChiTieuError as err:
            message = error_text(err)
            self._refused[(period.code, code, name)] = (text, message)
            self.model.set_error(code, name, text, message)
            self._show_feedback(message, error=True, red_cell=True)
            if self.workspace.account is None and hasattr(self, "show_account"):
                self.show_account()  # logged out by the refusal (locked meanwhile): the status bar says so
            if isinstance(err, LegacyText):  # asked once the cell's editor has closed
                legacy = err.legacy
                QTimer.singleShot(0, lambda: self._offer_unicode(period, row, legacy, text))
            return False
        self._refused.pop((period.code, code, name), None)
        self.model.clear_error(code, name)
        after = getattr(new_row.entry, field)
        replaced = the_other_way(row.indicator, row.entry, new_row.entry)
        self._after_save(new_row, field, replaced)
        label = self._field_label(new_row, field)
        if replaced:  # a rate for the households, or households for the rate: undone whole
            self.undo_stack.push(SwitchWayCommand(
                self.apply_stored_fields, period, code, f"{label}: {shown_value(after)}",
                {field: before, **replaced}, {field: after, **{f: None for f in replaced}}))
        elif after != before:
            self.undo_stack.push(SetFieldCommand(self.apply_stored, period, code, field, label, before, after))
        if name == "comment":
            self._ask_about_number(new_row)
        return True

    def _offer_unicode(self, period: Period, row, legacy: Legacy, typed: str) -> None:
        """A comment refused as typed in an old font (TCVN3, VNI): its Unicode text is shown, and
        saved on Enter; Escape ("Keep as typed") saves it as the officer typed it."""
        if period != self.period:
            return
        if ask_to_convert(self, legacy, self._field_label(row, "comment")):
            self.commit_edit(row.indicator.code, "comment", legacy.converted)
        else:
            self.commit_edit(row.indicator.code, "comment", typed, as_typed=True)

    # --- a number typed alone in Ghi chú ------------------------------------------------------
    def _ask_about_number(self, row) -> None:
        """A comment that is only a number ("250", "1.234,5"), on a row with a figure still
        empty: ask, without stopping the typing, whether it was meant for that figure."""
        self._close_number_question()
        field = _empty_figure(row)
        if field is None or not is_number_only(row.entry.comment):
            return
        name, label = field
        self._number_asked = (row.indicator.code, name)
        text = translate("MainWindow", "You typed the number {number} in Comment. Put it in the cell {field}?").format(
            number=row.entry.comment, field=label)
        self.number_question_label.setText(f"{labels.short_name(row.indicator)}: {text}")
        self.number_question.show()

    def _number_comment_note(self, row) -> str | None:
        """A comment that is only a number on a row whose figures are all entered (no figure to
        move it to, so not asked): saved, with how to take it back where it was meant for (walk 19,
        L2: after Enter went down a column, the next row's figure typed one cell too far, "1.000",
        was saved as the comment the report prints, with not a word)."""
        if _empty_figure(row) is not None or not is_number_only(row.entry.comment):
            return None
        cells = [labels.field_label(f) for f in input_fields(row).values() if f.field != "flag"]
        if not cells:
            return None
        where = cells[0] if len(cells) == 1 else translate("MainWindow", "{first} or {second}").format(
            first=cells[0], second=cells[1])
        return translate("MainWindow", "The comment is only a number ({number}): if it is a figure, press Ctrl+Z, "
                                       "then type it in the cell for {cells}.").format(number=row.entry.comment, cells=where)

    def _close_number_question(self) -> None:
        self._number_asked = None
        self.number_question.hide()

    def _keep_comment(self) -> None:
        self._close_number_question()
        self.table.setFocus()

    def _move_number(self) -> None:
        """Yes: the number leaves the comment for the figure (one service call). Undo puts both
        back, like the edits it replaces; a start-of-term figure has no undo, as in its dialog."""
        code, name = self._number_asked
        period = self.period
        self._close_number_question()
        self.table.setFocus()
        before = self.model.row_at(self.model.line_of(code))
        title = translate("MainWindow", "Could not move the number")
        if name == "baseline":  # the start-of-term figure: every report of the term reads it
            # a number refused anyway (0 for a ratio of it, below an entry) is refused before any question
            if run_action(self, self.workspace.check_baseline, code, before.entry.comment, title=title) is FAILED:
                return
            goes_ahead = sending_back_goes_ahead(self, self.workspace.would_send_back(
                self.workspace.baseline_periods()))
        else:  # as move_comment saves it
            moved = [(code, name, before.entry.comment), (code, "comment", "")]
            goes_ahead = edit_goes_ahead(self, self.workspace, period, typed=moved)
        if not goes_ahead:
            self._show_feedback(self._still_complete_text())
            return
        row = run_action(self, self.workspace.move_comment, period, code, name, title=title)
        if row is FAILED:
            return
        self._after_save(row, name)
        index = self.model.index_of(code, name) if name != "baseline" else self.model.index(
            self.model.line_of(code), Col.IN2)
        self.table.setCurrentIndex(index)
        if name == "baseline":
            return
        self.undo_stack.beginMacro(translate("MainWindow", "{indicator} — Comment to figure").format(
            indicator=labels.short_name(row.indicator)))
        for f in (name, "comment"):
            self.undo_stack.push(SetFieldCommand(self.apply_stored, period, code, f, self._field_label(row, f),
                                                 getattr(before.entry, f), getattr(row.entry, f)))
        self.undo_stack.endMacro()

    def _open_elsewhere(self, index: QModelIndex, typed: str) -> None:
        """Enter or typing on the grey start-of-term cell: its dialog, at its field. Saved (Lưu),
        the line under the table says so and the cursor comes back to the row, on the cell Tab goes
        to from the grey one, its comment, the Tab run going on (H5: it went down a row, away from
        the row worked on; walk 7, L5: on the grey cell the next Enter opened the dialog again).
        Closed, the cursor stays on the cell."""
        row = self.model.elsewhere_at(index)
        if row is None:
            return
        code, anchor = row.indicator.code, self.table.tab_run_column()
        dialog = self.open_baselines(code, typed)
        self.table.setFocus()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        saved = self.model.row_at(self.model.line_of(code))  # read again: the dialog's data_changed
        if saved.baseline != row.baseline:
            self._show_feedback(self._saved_text(saved, "baseline"))
        self.table.move_right(1, anchor)

    def _typed_on_heading(self, index: QModelIndex) -> None:
        """A figure typed on a group's heading: not saved, and said where figures are typed (the
        cursor stays: the officer chooses the indicator)."""
        self._show_feedback(translate(
            "MainWindow", "“{group}” is a group heading, it takes no figures: go down to an indicator's row "
                          "(↓) and type in its Numerator / Value cell.").format(group=self.model.data(index.siblingAtColumn(0))),
            error=True)

    def apply_stored(self, period: Period, code: str, name: str, value) -> bool:
        """Undo/redo: put a stored value back, showing the period and cell it belongs to."""
        return self.apply_stored_fields(period, code, {name: value})

    def apply_stored_fields(self, period: Period, code: str, values: dict) -> bool:
        """Undo/redo: put stored values of one indicator back in one service call (a rate and the
        households it replaced), showing the period and the cell of the first."""
        if period != self.period:
            self.show_period(period)
        # periods marked Hoàn thành it takes back: asked before the stack moved (`_step_undo`)
        row = run_action(self, self.workspace.set_entry, period, code, **values, as_typed=True,  # saved before
                         title=translate("MainWindow", "Could not undo"))
        if row is FAILED:
            return False
        for name in values:
            self._refused.pop((period.code, code, name), None)
            self.model.clear_error(code, name)
        self._after_save(row, next(iter(values)), undone=True)
        # A rate undone: the households' first cell is where it was.
        found = [i for i in (self.model.index_of(code, n) for n in (*values, "numerator")) if i.isValid()]
        if found:
            self.table.setCurrentIndex(found[0])
            self.table.scrollTo(found[0])
        return True

    def _after_save(self, row, field: str | None = None, replaced: dict | None = None, undone: bool = False) -> None:
        """The row again in the table, and what was saved said under it (`field`: the one typed;
        `replaced`: what it replaced of the other way of entering a poverty rate; `undone`: an undo
        or redo, after which a period an edit took back from Hoàn thành is said to be marked
        complete again, `_show_notice`)."""
        warnings = warnings_for(self.workspace, row)
        line = self.model.update_row(row, warnings)
        code = row.indicator.code
        if row.indicator.input("denominator") and row.entry.denominator is None and code not in self.model.proposed:
            # A denominator cleared: the one of an earlier period is proposed again.
            self.model.set_proposals(self.workspace.proposed_denominators(self.period))
        self.table.fit_row(line)  # a longer comment or verdict may need another line
        current = self.table.currentIndex()
        shown = self.model.row_at(current) if current.isValid() else None
        if self.messages.show_comment(shown.entry.comment if shown is not None else ""):
            self._cell_changed(current)  # the first comment of the row, or none left: the line's new width
        self._show_completeness()
        self._show_last_saved(dt.datetime.now())
        # what its result waits for (a denominator shown grey, not yet counted; the start-of-term
        # figure), with how to accept it or where to enter it
        wanted = self._proposal_note(row) or self._start_of_term_note(row, field)
        # one line when a note follows: the names shortened, the figure kept in sight
        said = self._saved_line(row, field) if warnings or replaced or wanted else self._saved_text(row, field)
        if replaced:  # said on the second line, before any warning
            warnings = [replaced_text(replaced)] + warnings
        if wanted:
            warnings = [wanted] + warnings
        number = self._number_comment_note(row) if field == "comment" else None
        if number:
            warnings = [number] + warnings
        self._show_feedback(said, warnings=warnings, whole=self._saved_text(row, field))
        self.saved.emit(row)
        if not self._show_notice(undone):
            self._status_timer.start()

    def save_narrative(self, section: str, text: str, as_typed: bool = False) -> ChiTieuError | None:
        """One section of the report text (NarrativePanel's `save`; `as_typed`: text in an old
        font the officer chose to keep): None when saved, else the
        refusal, which the panel shows under the section (on the text's tab, not under the
        table); the status bar says the section is not saved rather than the last save's time."""
        try:
            if not edit_goes_ahead(self, self.workspace, self.period, by_itself=True):  # typing paused
                raise ChiTieuError(self._still_complete_text())
            self.workspace.set_narrative(self.period, section, text, as_typed=as_typed)
        except ChiTieuError as err:
            title = labels.narrative_title(section, NARRATIVE_SECTIONS.get(section, section))
            refusal = colours.named(Meaning.REFUSAL, self.saved_label)
            self.saved_label.setText(f"<span style='color:{refusal}; font-weight:bold'>"
                                     + escaped(translate("MainWindow", "✖ Not saved: {section}").format(
                                         section=title)) + "</span>")
            return err
        self._show_last_saved(dt.datetime.now())
        self._show_notice()
        return None

    def _field_label(self, row, name: str) -> str:
        if name == "comment":
            return translate("MainWindow", "{indicator} — Comment").format(
                indicator=labels.short_name(row.indicator))
        f = input_spec(row.indicator, name)
        return labels.field_label(f) if f else name

    # --- the table's menu ---------------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        row = self.model.row_at(index) if index.isValid() else None
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("MainWindow", "History across periods…"),
                       lambda: self.show_history(row.indicator.code))
        menu.addAction(translate("MainWindow", "Copy") + "\tCtrl+C", lambda: self.table.copy_cell(index))
        if self.model.is_editable(index) and not self._frozen:
            menu.addAction(translate("MainWindow", "Paste") + "\tCtrl+V",
                           lambda: self.paste_cells(index, QApplication.clipboard().text()))
            menu.addAction(translate("MainWindow", "Clear this cell"), lambda: self.model.setData(index, ""))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def current_code(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex())
        return row.indicator.code if row else None


def _empty_figure(row) -> tuple[str, str] | None:
    """The first figure of the row still empty, in Tab order (its number inputs, then the
    start-of-term figure shown grey beside them): (field, label), or None."""
    ind = row.indicator
    for f in input_fields(row).values():  # the cells shown (a poverty rate typed: that one)
        if f.field != "flag" and getattr(row.entry, f.field) is None:
            return f.field, labels.field_label(f)
    if ind.baseline is not None and ind.kind == "ratio_of_baseline" and row.baseline is None:
        return "baseline", labels.field_label(ind.baseline)
    return None

