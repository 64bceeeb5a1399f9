"""The entry area of the main window: the period's form, what is said under it, and saving.

Each typed cell is saved at once through `Workspace.set_entry` (a refused value stays red
in its cell with the reason under the table, nothing is saved); undo and redo put stored
values back through the same service. A mixin of `ui.main_window.MainWindow`, which owns
the period shown (`period`, `show_period`, `workspace`, `undo_stack`, `_refused`,
`_frozen`), the status bar (`_show_completeness`, `_show_last_saved`, `_status_timer`,
`saved`); `show_history` is MainMenus'. Its words keep the "MainWindow" translation context.
"""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.checks import warnings_for
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.legacy_text import Legacy, LegacyText
from desktop_app.core.numbers import parse_number
from desktop_app.core.periods import Period
from desktop_app.core.rows import NARRATIVE_SECTIONS, field_typed, input_spec, rounded_on_report, the_other_way
from desktop_app.core.users import Permission
from desktop_app.core.workflow import kept_without_copy_message
from ui import labels
from ui.actions import FAILED, run_action
from ui.commands import SetFieldCommand, SwitchWayCommand
from ui.common import ERROR_TEXT, WARNING_BACKGROUND, WARNING_TEXT, date_text, error_text, in_language, is_english
from ui.entry_model import COMMENT_FIELD, Col, EntryModel, input_fields, shown_value
from ui.entry_view import EntryTable
from ui.fitting import ElidedLabel
from ui.i18n import translate
from ui.legacy_dialog import ask_to_convert
from ui.rate_or_households import cell_hint, replaced_text


DRIFT_LINES = 4  # indicators named in the notice; the rest in its tooltip
CELL_INFO_LINES = 3  # the selected cell's line, wrapped on two, and its notes or warnings


class EntryArea:
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
        self.table.pasteRequested.connect(self.paste_cells)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.viewport().installEventFilter(self)
        flayout.addWidget(self.table, 1)
        flayout.addWidget(self._build_number_question())

        # Fixed heights: a message of a different length never resizes the table (which would
        # repaint all of it after every edit, and move it under the cursor). The selected cell's
        # line wraps (the longest indicator's name with its field's takes two lines at 1366 px),
        # its notes or warnings come on the third; the last action's result takes two.
        self.cell_info = QLabel()
        self.cell_info.setWordWrap(True)
        self.cell_info.setTextFormat(Qt.TextFormat.RichText)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        line = self.fontMetrics().lineSpacing()
        self.cell_info.setFixedHeight(CELL_INFO_LINES * line + 4)
        self.feedback.setFixedHeight(2 * line + 4)
        self._feedback_line = ""  # the first line of the feedback, cut to one line (a notice goes under it)
        for label in (self.cell_info, self.feedback):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.feedback.setObjectName("feedback")
        flayout.addWidget(self.cell_info)
        flayout.addWidget(self.feedback)

        buttons = QHBoxLayout()
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
        self.keys_hint = hint = ElidedLabel()  # cut with "…" rather than narrow the period list
        hint.setStyleSheet("color: #555;")
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.history_button)
        flayout.addLayout(buttons)
        return form

    def _build_drift_notice(self) -> QFrame:
        """The yellow notice over an approved period whose figures a re-evaluation would change."""
        box, layout, self.drift_label = _warning_bar("driftNotice", bold=False)
        self.drift_notice = box
        layout.setContentsMargins(8, 4, 8, 4)
        self.drift_label.setTextFormat(Qt.TextFormat.RichText)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(lambda: self._workflow("reopen_period"))
        layout.addWidget(self.drift_label, 1)
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        box.hide()
        return box

    def _build_number_question(self) -> QFrame:
        """The question a number typed alone in Ghi chú asks (was it meant for a figure?): a bar
        under the table, not a dialog, so typing goes on in the table; answered with a click
        or Alt and the button's letter."""
        box, layout, self.number_question_label = _warning_bar("numberQuestion", bold=True)
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

    def _show_drift(self) -> None:
        """For an approved period: what a live re-evaluation would change since the approval
        (an earlier period it uses was corrected), figure by figure; the report keeps the approved ones."""
        kept = self.workspace.kept_without_copy(self.period)
        if kept is not None:  # approved by a version that kept no copy of what was approved
            self.drift_notice.setVisible(True)
            message, en = kept_without_copy_message(self.period, kept)
            text = "⚠ " + (en if is_english() else message)
            self.drift_label.setText(_escape(text))
            self.drift_label.setToolTip(text)
            self._enable_reopen()
            return
        changes = self.workspace.drift(self.period)
        self.drift_notice.setVisible(bool(changes))
        if not changes:
            return
        approval = self.workspace.approval(self.period)
        when = date_text(dt.datetime.fromisoformat(approval.at).date()) if approval and approval.at else ""
        head = translate("MainWindow", "⚠ Figures changed after approval (approved on {date}): corrections made "
                                       "since in the earlier periods it uses would change:").format(date=when)
        lines = [translate("MainWindow", "{indicator}: approved {approved} — now {live}").format(
            indicator=labels.indicator_name(d.indicator), approved=labels.figures_text(d.approved),
            live=labels.figures_text(d.live)) for d in changes]
        shown = lines[:DRIFT_LINES]
        if len(lines) > len(shown):
            shown.append(translate("MainWindow", "…and {count} more (point here to see them all)").format(
                count=len(lines) - len(shown)))
        tail = translate("MainWindow", "The report and the file for the province keep the approved figures. "
                                       "To use the new figures, a leader reopens the period and approves it again.")
        self.drift_label.setText(f"<b>{_escape(head)}</b><br>"
                                 + "<br>".join(f"• {_escape(line)}" for line in shown)
                                 + f"<br>{_escape(tail)}")
        self.drift_label.setToolTip("\n".join([head] + lines))
        self._enable_reopen()

    def _enable_reopen(self) -> None:
        self.reopen_button.setEnabled(self.may(Permission.REOPEN))
        self.reopen_button.setToolTip("" if self.reopen_button.isEnabled() else translate(
            "MainWindow", "Only a leader can reopen an approved period."))

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
            return
        self.keys_hint.setText(translate(
            "MainWindow",
            "Type a number · Enter: down · Tab: right · Ctrl+V: paste from Excel · Ctrl+Z: undo · F6: periods"))

    # --- saving what is typed -------------------------------------------------------------
    def commit_edit(self, code: str, name: str, text: str, as_typed: bool = False) -> bool:
        """One typed cell: save it through the service, or keep it red with the reason (a poverty
        rate typed where the households go is saved as the rate: `rows.field_typed`); `as_typed`:
        a comment the officer chose to keep although it reads as an old font's."""
        period = self.period
        row = self.model.row_at(self.model.line_of(code))
        field = field_typed(row.indicator, row.entry, name, text)
        before = getattr(row.entry, field)
        try:
            new_row = self.workspace.set_entry(period, code, **{field: text}, as_typed=as_typed)
        except ChiTieuError as err:
            message = error_text(err)
            self._refused[(period.code, code, name)] = (text, message)
            self.model.set_error(code, name, text, message)
            self._show_feedback(message, error=True)
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
        if field is None or not _is_number(row.entry.comment):
            return
        name, label = field
        self._number_asked = (row.indicator.code, name)
        text = translate("MainWindow", "You typed the number {number} in Comment. Put it in the cell {field}?").format(
            number=row.entry.comment, field=label)
        self.number_question_label.setText(f"{labels.short_name(row.indicator)}: {text}")
        self.number_question.show()

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
        row = run_action(self, self.workspace.move_comment, period, code, name,
                         title=translate("MainWindow", "Could not move the number"))
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
        """Enter or typing on the grey start-of-term cell: its dialog, at its field."""
        row = self.model.elsewhere_at(index)
        if row is not None:
            self.open_baselines(row.indicator.code, typed)
            self.table.setFocus()  # on the same cell: Tab goes on to the comment

    def apply_stored(self, period: Period, code: str, name: str, value) -> bool:
        """Undo/redo: put a stored value back, showing the period and cell it belongs to."""
        return self.apply_stored_fields(period, code, {name: value})

    def apply_stored_fields(self, period: Period, code: str, values: dict) -> bool:
        """Undo/redo: put stored values of one indicator back in one service call (a rate and the
        households it replaced), showing the period and the cell of the first."""
        if period != self.period:
            self.show_period(period)
        row = run_action(self, self.workspace.set_entry, period, code, **values, as_typed=True,  # saved before
                         title=translate("MainWindow", "Could not undo"))
        if row is FAILED:
            return False
        for name in values:
            self._refused.pop((period.code, code, name), None)
            self.model.clear_error(code, name)
        self._after_save(row, next(iter(values)))
        # A rate undone: the households' first cell is where it was.
        found = [i for i in (self.model.index_of(code, n) for n in (*values, "numerator")) if i.isValid()]
        if found:
            self.table.setCurrentIndex(found[0])
            self.table.scrollTo(found[0])
        return True

    def _after_save(self, row, field: str | None = None, replaced: dict | None = None) -> None:
        """The row again in the table, and what was saved said under it (`field`: the one typed;
        `replaced`: what it replaced of the other way of entering a poverty rate)."""
        warnings = warnings_for(self.workspace, row)
        line = self.model.update_row(row, warnings)
        code = row.indicator.code
        if row.indicator.input("denominator") and row.entry.denominator is None and code not in self.model.proposed:
            # A denominator cleared: the one of an earlier period is proposed again.
            self.model.set_proposals(self.workspace.proposed_denominators(self.period))
        self.table.fit_row(line)  # a longer comment or verdict may need another line
        self._show_completeness()
        self._show_last_saved(dt.datetime.now())
        said = self._saved_text(row, field)
        if (warnings or replaced) and self._line(said) != _escape(said):  # one line: the name shortened
            said = self._saved_text(row, field, short=True)
        if replaced:  # said on the second line, before any warning
            warnings = [replaced_text(replaced)] + warnings
        self._show_feedback(said, warnings=warnings)
        self.saved.emit(row)
        if not self._show_notice():
            self._status_timer.start()

    def _saved_text(self, row, field: str | None, short: bool = False) -> str:
        """"Đã lưu: Thu ngân sách — 1,5 triệu đồng, Chưa đạt.": the figure as stored, never
        rounded to the decimals the Kết quả column shows (1,5 is not "2"), and when the report
        prints it rounded, that said beside it ("1,5 triệu đồng (báo cáo in làm tròn: 2)",
        `rows.rounded_on_report`); a figure that is not the result itself (a numerator) is named
        with the result it gives (`short`: the indicator's name cut to fit one line)."""
        ind = row.indicator
        value = row.computed.value
        stored = getattr(row.entry, field, None) if field in ("value", "numerator", "denominator", "previous") else None
        typed = [getattr(row.entry, f.field, None) for f in input_fields(row).values() if f.field != "flag"]
        if value is None:
            result = translate("MainWindow", "no result yet")
        elif not isinstance(value, bool) and value in typed:  # the result is a figure typed: as stored
            result = _with_unit(shown_value(value), ind.unit, ind.unit_en)
            rounded = rounded_on_report(row)
            if rounded is not None:
                result += " " + translate("MainWindow", "(the report prints it rounded: {figure})").format(
                    figure=rounded)
        else:  # computed (a rate, a change): as the table shows it
            result = _with_unit(labels.value_text(row), ind.unit, ind.unit_en)
        name = labels.short_name(ind) if short else labels.indicator_name(ind)
        verdict = labels.verdict_label(row.verdict)
        if stored is not None and stored != value:
            f = input_spec(ind, field)  # a poverty rate typed as the rate too
            figure = _with_unit(shown_value(stored), f.unit, f.unit_en)
            if labels.same_words(labels.field_label(f), labels.indicator_name(ind)):  # "Trained workers" twice
                return translate("MainWindow", "Saved: {name}: {stored}; result: {result}, {verdict}.").format(
                    name=name, stored=figure, result=result, verdict=verdict)
            return translate("MainWindow", "Saved: {name} — {field}: {stored}; result: {result}, {verdict}.").format(
                name=name, field=labels.field_label(f), stored=figure, result=result, verdict=verdict)
        return translate("MainWindow", "Saved: {name} — {result}, {verdict}.").format(
            name=name, result=result, verdict=verdict)

    def _show_notice(self) -> bool:
        """What the last edit changed beside the figure (a completed period back to Đang nhập):
        in the status bar and under the table, and the period's state at once. True if any."""
        notice = self.workspace.take_notice()
        if not notice:
            return False
        self.statusBar().showMessage(notice, 30_000)
        line = f"<span style='color:{WARNING_TEXT.name()}; font-weight:bold'>ℹ {self._line(notice, bold=True)}</span>"
        first = self._feedback_line
        self.feedback.setText(f"{first}<br>{line}" if first else line)
        self.feedback.setToolTip("\n".join(t for t in (self.feedback.toolTip(), notice) if t))
        self._status_timer.stop()
        self._refresh_period_status()
        return True

    def save_narrative(self, section: str, text: str, as_typed: bool = False) -> ChiTieuError | None:
        """One section of the report text (NarrativePanel's `save`; `as_typed`: text in an old
        font the officer chose to keep): None when saved, else the
        refusal, which the panel shows under the section (on the text's tab, not under the
        table); the status bar says the section is not saved rather than the last save's time."""
        try:
            self.workspace.set_narrative(self.period, section, text, as_typed=as_typed)
        except ChiTieuError as err:
            title = labels.narrative_title(section, NARRATIVE_SECTIONS.get(section, section))
            self.saved_label.setText(f"<span style='color:{ERROR_TEXT.name()}; font-weight:bold'>"
                                     + _escape(translate("MainWindow", "✖ Not saved: {section}").format(
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

    # --- what the officer reads under the table --------------------------------------------
    def _line(self, text: str, bold: bool = False) -> str:
        """One line of the area under the table, shortened with … to fit (full text in the tooltip)."""
        font = self.cell_info.font()
        font.setBold(bold)
        width = max(self.cell_info.width() - 8, 200)
        return _escape(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width))

    def _lines(self, text: str, bold: bool = False, lines: int = 2) -> str:
        """Text of the area under the table that wraps, cut with … to fit `lines` lines."""
        font = self.cell_info.font()
        font.setBold(bold)
        metrics = QFontMetrics(font)
        width = max(self.cell_info.width() - 8, 200)
        # A wrapped line ends before a word that does not fit: a word's width is left for each.
        room = lines * width - (lines - 1) * metrics.horizontalAdvance("industrial ")
        return _escape(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))

    def _show_feedback(self, message: str, error: bool = False, warnings: list[str] | None = None) -> None:
        """The last action's result: saved (with any warning under it) or refused (with the
        reason); either wraps on the two lines when nothing is to be said under it."""
        if error:
            said = translate("MainWindow", "✖ Not saved: {reason}").format(reason=message)
            style = f"<span style='color:{ERROR_TEXT.name()}; font-weight:bold'>"
            self.feedback.setText(style + _escape(said) + "</span>")
            self._feedback_line = style + self._line(said, bold=True) + "</span>"
            self.feedback.setToolTip(message)
            return
        self._feedback_line = self._line(message)
        text = _escape(message)
        warnings = [in_language(w) for w in warnings or []]  # a core warning's English, where it has one
        if warnings:
            line = translate("MainWindow", "⚠ Note: {warnings}").format(warnings=" · ".join(warnings))
            text = (f"{self._feedback_line}<br><span style='color:{WARNING_TEXT.name()}; font-weight:bold'>"
                    f"{self._line(line, bold=True)}</span>")
        self.feedback.setText(text)
        self.feedback.setToolTip("\n".join([message] + warnings))

    def _cell_changed(self, index: QModelIndex) -> None:
        row = self.model.row_at(index) if index.isValid() else None
        self.history_button.setEnabled(row is not None)
        if row is None:
            self.cell_info.setText("")
            return
        f = self.model.field_at(index)
        ind = row.indicator
        if f is COMMENT_FIELD:
            what = translate("MainWindow", "Comment, explanation")
        elif f is not None:
            what = labels.field_label(f)
            if f.unit and f.unit != labels.YES_NO_UNIT:
                what += f" ({labels.unit_label(f.unit, f.unit_en)})"
            elif not what.endswith(")"):  # "Đạt chuẩn nông thôn mới (Có / Không)" says it already
                what += translate("MainWindow", " (Yes / No)")
        elif self.model.elsewhere_at(index) is not None:
            what = translate("MainWindow", "{label}: entered in Data › Start-of-term figures… (Enter opens it)").format(
                label=labels.field_label(ind.baseline))
        else:
            what = ""
        hint = cell_hint(row, f)  # a poverty rate: what the cell takes besides the households
        if hint:
            what += " — " + hint
        proposal = self.model.proposal_at(index)
        if proposal is not None:
            what += " — " + translate("EntryModel", "Proposed from the previous period: {value}; Enter to accept").format(
                value=shown_value(proposal))
        first = f"{ind.no}. {labels.indicator_name(ind)}"
        if what:
            first += translate("MainWindow", " — selected cell: {what}").format(what=what)
        notes = list(dict.fromkeys(in_language(n) for n in list(row.notes)
                                   + ([row.evaluation.note] if row.evaluation.note else [])))
        warnings = [in_language(w) for w in self.model.warnings_at(index)]
        text = f"<b>{self._lines(first, bold=True)}</b>"  # wraps: two lines for the longest name and field
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


def _with_unit(number: str, unit: str, unit_en: str = "") -> str:
    """"1,5 triệu đồng", "95%": a number with its unit as the table names it (none for yes/no)."""
    if not number or not unit or unit == labels.YES_NO_UNIT:
        return number
    return f"{number}%" if unit == "%" else f"{number} {labels.unit_label(unit, unit_en)}"


def _escape(text: str) -> str:
    return escape(text or "", quote=False)


def _is_number(text: str) -> bool:
    """Whether a text is a number alone, as the figures are typed ("250", "1.234,5", "80%")."""
    try:
        return parse_number(text) is not None
    except ChiTieuError:
        return False


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


def _warning_bar(name: str, bold: bool) -> tuple[QFrame, QHBoxLayout, QLabel]:
    """A yellow bar over or under the table (its frame, its row, its wrapped label), hidden
    until something is to be said: the approved figures that changed, a number to move."""
    box = QFrame()
    box.setObjectName(name)
    weight = " font-weight: bold;" if bold else ""
    box.setStyleSheet(f"#{name} {{ background: {WARNING_BACKGROUND.name()}; border: 1px solid #e0b84c; }} "
                      f"#{name} QLabel {{ color: {WARNING_TEXT.name()};{weight} }}")
    label = QLabel()
    label.setWordWrap(True)
    return box, QHBoxLayout(box), label
