"""What the entry area says about the period's figures: over the table, the notice that approved
figures would change (`_show_drift`); under it, in the `MessageArea`, the selected cell's line
(`_cell_changed`, cut to its lines) and the last action's result (`_show_feedback`, `_saved_text`,
`_show_notice`): a refusal, a warning, a notice is said whole, never cut where it says what to type.

Kept apart from `ui.entry_area`, which builds the form and saves what is typed: `EntryMessages`
is the base of its `EntryArea`, so a part of `ui.main_window.MainWindow` (its `workspace`,
`period`, `model`, the labels the form made). Its words keep the "MainWindow" translation context.
"""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop_app.core.numbers import typed_back
from desktop_app.core.periods import in_sentence
from desktop_app.core.rows import input_spec, rounded_on_report
from desktop_app.core.start_of_term import (
    missing_start_of_term,
    waits_for_start_of_term,
    with_keys,
)
from desktop_app.core.users import Permission
from desktop_app.core.workflow import State, kept_without_copy_message
from ui import colours, labels
from ui.announce import announce, shown_words
from ui.colours import Meaning
from ui.common import (
    WARNING_BACKGROUND,
    WARNING_TEXT,
    date_text,
    in_language,
    is_english,
)
from ui.entry_model import (
    COMMENT_FIELD,
    Col,
    input_fields,
    judged_note,
    row_notes,
    shown_value,
)
from ui.i18n import translate
from ui.menu_place import menu_keys
from ui.rate_or_households import cell_hint
from ui.row_comment import RowComment
from ui.text_scale import text_scale

DRIFT_LINES = 4  # indicators named in the notice; the rest in its tooltip
CELL_INFO_LINES = 3  # the selected cell's line, wrapped on two, and its notes or warnings
FEEDBACK_LINES = 2  # the last action's result, when the selected cell's line leaves it no more
# With a bigger text (Windows' 125 %, 150 %: each line a third or a half taller) the area keeps the lines
# said most of the time, the cell's line on two and the result on one, their empty lines shared as at the
# usual size; what needs more (a 3-line cell's line, a result on two) grows it, the table giving up the
# room, and while results are said the area keeps that height (up to the five lines it kept before;
# a longer refusal gives the rest back at once, as then), so that the table does not move from one edit
# to the next (S126: at 150 % on 1366×728 the five lines kept 120 pixels, 78 now as the window
# opens; the cell's line took one line on 136 of the 189 cells of Xã Tân Cương, two on 47, three on 6,
# the result's second line only for a long saved line, a warning, a notice or a long refusal). A row's
# comment keeps its usual lines.
BIG_TEXT_CELL_INFO_LINES = 2
BIG_TEXT_FEEDBACK_LINES = 1
COMMENT_SHARE = 0.45  # of the area's width: the selected row's comment, beside the cell's line
# (indicator's name, field's name) at most, in characters, tried in turn until a saved line fits one line
SAVED_LINE_CUTS = ((40, None), (24, None), (24, 48), (16, 32), (16, 20))


class EntryMessages:
    """The notice over the entry table and the lines under it."""

    def _build_drift_notice(self) -> QFrame:
        """The yellow notice over an approved period whose figures a re-evaluation would change."""
        box, layout, self.drift_label = warning_bar("driftNotice", bold=False)
        self.drift_notice = box
        layout.setContentsMargins(8, 4, 8, 4)
        self.drift_label.setTextFormat(Qt.TextFormat.RichText)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(lambda: self._workflow("reopen_period"))
        layout.addWidget(self.drift_label, 1)
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
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
            self.drift_label.setText(escaped(text))
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
            indicator=labels.indicator_name(d.indicator), approved=labels.drift_side(d.approved, d.live),
            live=labels.drift_side(d.live, d.approved)) for d in changes]
        shown = lines[:DRIFT_LINES]
        if len(lines) > len(shown):
            shown.append(translate("MainWindow", "…and {count} more (point here to see them all)").format(
                count=len(lines) - len(shown)))
        tail = translate("MainWindow", "The report and the file for the province keep the approved figures. "
                                       "To use the new figures, a leader reopens the period and approves it again.")
        self.drift_label.setText(f"<b>{escaped(head)}</b><br>"
                                 + "<br>".join(f"• {escaped(line)}" for line in shown)
                                 + f"<br>{escaped(tail)}")
        self.drift_label.setToolTip("\n".join([head] + lines))
        self._enable_reopen()

    def _enable_reopen(self) -> None:
        self.reopen_button.setEnabled(self.may(Permission.REOPEN))
        self.reopen_button.setToolTip("" if self.reopen_button.isEnabled() else translate(
            "MainWindow", "Only a leader can reopen an approved period."))

    def _saved_line(self, row, field: str | None) -> str:
        """`_saved_text` on the one line the result has when a note follows it: whole if it fits,
        else with the indicator's name, then the field's, cut shorter (`SAVED_LINE_CUTS`) until it
        fits, so that the figure just saved and its result stay in sight, in either language (walk
        U14 F2: the English name, under 40 characters, was kept whole, and "480 tonnes" cut to "48…")."""
        said = self._saved_text(row, field)
        for most in SAVED_LINE_CUTS:
            if self._line(said, label=self.feedback) == escaped(said):
                break
            said = self._saved_text(row, field, *most)
        return said

    def _saved_text(self, row, field: str | None, name_most: int | None = None,
                    field_most: int | None = None) -> str:
        """"Đã lưu: Thu ngân sách — 1,5 triệu đồng, Chưa đạt.": the figure as stored, never
        rounded to the decimals the Kết quả column shows (1,5 is not "2"), and when the report
        prints it rounded, that said beside it ("1,5 triệu đồng (báo cáo in làm tròn: 2)",
        `rows.rounded_on_report`); a figure that is not the result itself (a numerator) is named
        with the result it gives. `name_most`, `field_most`: the indicator's name and the field's
        cut after a whole word to at most that many characters, to fit one line (`_saved_line`).
        A comment ("Ghi chú") is said saved or removed, with the indicator's name; so is a figure deleted."""
        ind = row.indicator
        name = labels.short_name(ind, name_most) if name_most else labels.indicator_name(ind)
        if field == COMMENT_FIELD.field:  # a note typed: said as such, not the row's figure again (walk 14, L1)
            if row.entry.comment:
                return translate("MainWindow", "Comment saved: {name}.").format(name=name)
            return translate("MainWindow", "Comment removed: {name}.").format(name=name)
        value = row.computed.value
        stored = (row.baseline if field == "baseline"  # its own dialog's, from the grey cell
                  else getattr(row.entry, field, None) if field in ("value", "numerator", "denominator", "previous")
                  else None)
        if stored is None and field in ("value", "numerator", "denominator", "previous", "baseline"):
            # Delete on a figure: said removed, not "Saved: … no result yet" (walk 16, L2)
            f = ind.baseline if field == "baseline" else input_spec(ind, field)
            if labels.same_words(labels.field_label(f), labels.indicator_name(ind)):
                return translate("MainWindow", "Figure removed: {name} (Ctrl+Z brings it back).").format(name=name)
            return translate("MainWindow", "Figure removed: {name} — {field} (Ctrl+Z brings it back).").format(
                name=name, field=labels.field_label(f))
        typed = [getattr(row.entry, f.field, None) for f in input_fields(row).values() if f.field != "flag"]
        if value is None:
            result = translate("MainWindow", "no result yet")
        elif not isinstance(value, bool) and value in typed:  # the result is a figure typed: as stored
            result = _with_unit(typed_back(value, ind.unit), ind.unit, ind.unit_en)  # as its cell shows it
            rounded = rounded_on_report(row)
            if rounded is not None:
                result += " " + translate("MainWindow", "(the report prints it rounded: {figure})").format(
                    figure=rounded)
        else:  # computed (a rate, a change): as the table shows it
            result = _with_unit(labels.value_text(row), ind.unit, ind.unit_en)
        verdict = labels.verdict_label(row.verdict)
        if stored is not None and stored != value:
            f = ind.baseline if field == "baseline" else input_spec(ind, field)  # a poverty rate typed as the rate too
            figure = _with_unit(typed_back(stored, f.unit), f.unit, f.unit_en)
            if labels.same_words(labels.field_label(f), labels.indicator_name(ind)):  # "Trained workers" twice
                return translate("MainWindow", "Saved: {name}: {stored}; result: {result}, {verdict}.").format(
                    name=name, stored=figure, result=result, verdict=verdict)
            return translate("MainWindow", "Saved: {name} — {field}: {stored}; result: {result}, {verdict}.").format(
                name=name, field=cut_words(labels.field_label(f), field_most), stored=figure, result=result,
                verdict=verdict)
        return translate("MainWindow", "Saved: {name} — {result}, {verdict}.").format(
            name=name, result=result, verdict=verdict)

    def _proposal_note(self, row) -> str | None:
        """After a figure of a row whose denominator is only proposed (grey, carried over from an
        earlier period): that it counts once accepted, and how (walk 17, M1: "Data incomplete"
        with no reason, beside a cell showing the figure)."""
        den = row.indicator.input("denominator")
        if (den is None or row.entry.denominator is not None or row.entry.is_empty
                or not self.model.proposing or row.indicator.code not in self.model.proposed):
            return None
        proposal = self.workspace.denominator_proposals(self.period).get(row.indicator.code)
        if proposal is None:
            return None
        value, source = proposal
        return translate("MainWindow", "{field} {value} (grey) is only proposed from {period}, not yet counted: "
                                       "select its cell and press Enter to accept it, or type another figure.").format(
            field=labels.field_label(den), value=shown_value(value), period=in_sentence(labels.period_name(source)))

    def _start_of_term_note(self, row, field: str | None) -> str | None:
        """After a figure of a row whose result waits for the start-of-term figure: what is missing
        and where it is entered, as the row's own line says it, with the menu's keys (walk h4: the
        message said "no result yet, Data incomplete" alone, the cursor on the next row by then,
        whose line the one under the table was)."""
        if field not in ("value", "numerator", "denominator") or not waits_for_start_of_term(row):
            return None
        keys = menu_keys(self.data_menu, self.baselines_action)
        return with_keys(in_language(missing_start_of_term(row.indicator)), keys)

    def _show_notice(self, undone: bool = False) -> bool:
        """What the last edit changed beside the figure (a completed period back to Đang nhập):
        in the status bar and under the table, and the period's state at once. The shown period
        taken back from Hoàn thành is said in one line with the keys that mark it complete again
        (`_mark_again_text`), after the edit that took it back and after an undo or redo (`undone`)
        while it stays so (walk 26: Ctrl+Z put the figure back, not the state, without a word).
        True if anything was said."""
        notice = self.workspace.take_notice()
        again = self._mark_again_text() if notice or undone else ""
        self._again_said = again
        said = again or notice
        if not said:
            return False
        if notice:
            self.statusBar().showMessage(notice, 30_000)
        warning = colours.named(Meaning.WARNING, self.feedback)  # light on a dark palette (walk U23 F3)
        line = f"<span style='color:{warning}; font-weight:bold'>ℹ {escaped(said)}</span>"
        first = self._feedback_line
        self.feedback.setText(f"{first}<br>{line}" if first else line)
        self.feedback.setToolTip("\n".join(t for t in (self.feedback.toolTip(), again, notice) if t))
        self._status_timer.stop()
        if notice:
            self._refresh_period_status()
            self._show_frozen()  # the line over the table follows the state (the officer's on a Complete one)
        return True

    def _say_again_under(self) -> None:
        """After a paste's own words (`ui.entry_paste`): the reminder its rows' saving said
        (`_show_notice`), under them."""
        again = self._again_said
        if again:
            warning = colours.named(Meaning.WARNING, self.feedback)
            line = f"<span style='color:{warning}; font-weight:bold'>ℹ {escaped(again)}</span>"
            self.feedback.setText(f"{self.feedback.text()}<br>{line}")
            self.feedback.setToolTip("\n".join(t for t in (self.feedback.toolTip(), again) if t))

    def _mark_again_text(self) -> str:
        """"The period is back to Entering: when done, mark it complete again (Alt+K, H)." while the
        shown period stands where an edit after Hoàn thành took it (its history's last step, the
        core's "edit"), to whoever marks periods complete; "" otherwise."""
        period = self.period
        if period is None or not self.may(Permission.COMPLETE):
            return ""
        try:
            history = self.workspace.period_history(period)
            back = self.workspace.period_state(period) == State.ENTERING and bool(history) \
                and history[-1].event == "edit"
        except Exception:  # noqa: BLE001 - only a reminder: the edit itself was said
            return ""
        if not back:
            return ""
        return translate("MainWindow", "The period is back to Entering: when done, mark it complete again "
                                       "({keys}).").format(keys=menu_keys(self.period_menu, self.complete_action))

    def _still_complete_text(self) -> str:
        """Under the table after "No" to changing periods marked Hoàn thành (`edit_goes_ahead`): the
        one period kept so, named; else the periods (walk 28, the line named 2026 alone after a box naming
        2026 and 2027-Q1, which read its figures then)."""
        try:
            kept = self.workspace.would_send_back([self.period])
        except Exception:  # noqa: BLE001 - only what "No" kept: nothing was saved either way
            kept = []
        if len(kept) != 1:
            return translate("MainWindow", "Nothing saved: the periods marked Complete stay so and wait for a "
                                           "leader's approval.")
        return labels.with_period(translate(
            "MainWindow", "Nothing saved: {period} stays Complete and waits for a leader's approval."), kept[0])

    def _line(self, text: str, bold: bool = False, label: QLabel | None = None) -> str:
        """One line of the area under the table (of `label`, the selected cell's line if None),
        shortened with … to fit (full text in the tooltip)."""
        label = label or self.cell_info
        font = label.font()
        font.setBold(bold)
        width = max(label.width() - 8, 200)
        return escaped(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width))

    def _lines(self, text: str, bold: bool = False, lines: int = 2) -> str:
        """Text of the selected cell's line, which wraps, cut with … to fit `lines` lines."""
        font = self.cell_info.font()
        font.setBold(bold)
        metrics = QFontMetrics(font)
        width = max(self.cell_info.width() - 8, 200)
        # A wrapped line ends before a word that does not fit: a word's width is left for each.
        room = lines * width - (lines - 1) * metrics.horizontalAdvance("industrial ")
        return escaped(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))

    def _show_feedback(self, message: str, error: bool = False, warnings: list[str] | None = None,
                       red_cell: bool = False, whole: str = "") -> None:
        """The last action's result: saved (with any warning under it) or refused (with the
        reason, whole: the area under the table makes room for it, `MessageArea`). A figure
        refused in its cell (`red_cell`) ends with how to drop it, but for an account logged out by the refusal
        (locked by an administrator meanwhile: typing again cannot help, walk U7 F8). `whole`: the
        message before its names were shortened (`_saved_line`), for the tooltip."""
        if error:
            said = translate("MainWindow", "✖ Not saved: {reason}").format(reason=message)
            if red_cell and (self.workspace.account is not None or not self.workspace.has_accounts):
                how = translate("MainWindow", "Correct it, or press Esc to drop it.")
                said = f"{said} {how}"
                message = f"{message} {how}"
            refusal = colours.named(Meaning.REFUSAL, self.feedback)
            self._feedback_line = f"<span style='color:{refusal}; font-weight:bold'>{escaped(said)}</span>"
            self.feedback.setText(self._feedback_line)
            self.feedback.setToolTip(message)
            return
        self._feedback_line = self._line(message, label=self.feedback)  # one line, shortened when a warning follows
        text = escaped(message)
        warnings = [in_language(w) for w in warnings or []]  # a core warning's English, where it has one
        if warnings:
            line = translate("MainWindow", "⚠ Note: {warnings}").format(warnings=" · ".join(warnings))
            warning = colours.named(Meaning.WARNING, self.feedback)
            text = (f"{self._feedback_line}<br><span style='color:{warning}; font-weight:bold'>"
                    f"{escaped(line)}</span>")
        self.feedback.setText(text)
        self.feedback.setToolTip("\n".join([whole or message] + warnings))

    def _cell_changed(self, index: QModelIndex) -> None:
        row = self.model.row_at(index) if index.isValid() else None
        self.messages.show_comment(row.entry.comment if row is not None else "")  # before the line: its width
        self.history_button.setEnabled(row is not None)
        if row is None:
            self.cell_info.setText("")
            return
        f = self.model.field_at(index)
        ind = row.indicator
        if f is COMMENT_FIELD:
            what = translate("MainWindow", "Comment, explanation")
            if not self._frozen:  # its editor's new line, where Enter saves (`ui.comment_cell`)
                what += " — " + translate("MainWindow", "Shift+Enter: a new line in it")
        elif f is not None:
            what = labels.field_label(f)
            if f.field == "flag" or f.unit == labels.YES_NO_UNIT:
                if not what.endswith(")"):  # "Đạt chuẩn nông thôn mới (Có / Không)" says it already
                    what += translate("MainWindow", " (Yes / No)")
            elif f.unit:  # none: a count of the province's added ratio, said by its label alone
                what += f" ({labels.unit_label(f.unit, f.unit_en)})"
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
        notes = row_notes(row) + [n for n in [self.model.number_note(row)] if n]  # 8 after 6: why, as the paper says
        if (running := row.running_total_words) is not None:  # what the % is of, as the paper says (walk U11 F3)
            notes.insert(0, in_language(running))
        if index.column() == Col.VERDICT:  # "Đang thực hiện": when this target is judged (walk U6 F1)
            notes = [n for n in [judged_note(row)] if n] + notes
        warnings = [in_language(w) for w in self.model.warnings_at(index)]
        text = f"<b>{self._lines(first, bold=True)}</b>"  # wraps: two lines for the longest name and field
        if warnings:
            line = "⚠ " + " · ".join(warnings + notes)
            warning = colours.named(Meaning.WARNING, self.cell_info)
            text += f"<br><span style='color:{warning}'>{self._line(line)}</span>"
        elif notes:
            text += "<br>" + self._line("; ".join(notes))
        self.cell_info.setText(text)
        self.cell_info.setToolTip("\n".join([first] + notes + warnings))
        error = self.model.error_at(index)
        if error:  # not said aloud: a screen reader reads the red cell's refusal with the cell
            self.feedback.quiet = True
            try:
                self._show_feedback(error, error=True, red_cell=True)
            finally:
                self.feedback.quiet = False


def _with_unit(number: str, unit: str, unit_en: str = "") -> str:
    """"1,5 triệu đồng", "95%": a number with its unit as the table names it (none for yes/no)."""
    if not number or not unit or unit == labels.YES_NO_UNIT:
        return number
    named = labels.unit_label(unit, unit_en)
    if number == "1" and labels.is_english() and named == unit_en:  # "1 person", not "1 people"
        named = labels.one_of(named)
    return f"{number}%" if unit == "%" else f"{number} {named}"


def cut_words(text: str, most: int | None) -> str:
    """`text` cut after a whole word to at most `most` characters, with "…" (whole if `most` is None)."""
    if most is None or len(text) <= most:
        return text
    return text[:most].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def escaped(text: str) -> str:
    """Text shown as itself in a rich-text label (its <, > and & escaped)."""
    return escape(text or "", quote=False)


def warning_bar(name: str, bold: bool) -> tuple[QFrame, QHBoxLayout, QLabel]:
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


class MessageArea(QWidget):
    """The lines under the entry table: the selected cell's line (`cell_info`) over the last
    action's result (`feedback`). Together they keep one height, so that a message of another
    length does not resize the table (which would repaint it after every edit): the result takes
    its two lines at the bottom, and a longer one (a refusal saying what to type, 1366 px in
    English) the lines the cell's line leaves empty above it. Only a result that needs more than
    both grows the area, the table giving up the room (`EntryTable` keeps its cell in sight).
    While there is no result, its place shows the `resting` label (the table's keys).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cell_info = _AreaLabel(self)
        self.comment = RowComment(self)  # beside the cell's line, on a row with a comment
        self.feedback = _FeedbackLabel(self)
        self.feedback.setObjectName("feedback")
        self.resting: QLabel | None = None
        self.held = 0  # with a bigger text, the height the area grew to while results are said
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.refit()

    def set_resting(self, label: QLabel) -> None:
        """`label` in the result's place while there is no result (`refit`)."""
        label.setParent(self)
        self.resting = label
        self.refit()

    def _heights(self) -> tuple[int, int, int]:
        """(the cell line's, the result's, the gap between) as the labels would have them."""
        line = self.fontMetrics().lineSpacing()
        info, feedback = CELL_INFO_LINES, FEEDBACK_LINES
        if text_scale(self.font()) > 1:
            info = CELL_INFO_LINES if not self.comment.isHidden() else BIG_TEXT_CELL_INFO_LINES
            feedback = BIG_TEXT_FEEDBACK_LINES
        return info * line + 4, feedback * line + 4, line // 3

    def refit(self) -> None:
        """The area's height and the two labels' places for the texts they hold now."""
        info_room, feedback_room, gap = self._heights()
        width = self.width()
        info_width = width - round(width * COMMENT_SHARE) if not self.comment.isHidden() else width
        resting = self.resting if self.resting is not None and not self.feedback.text() else None
        needed = [label.heightForWidth(w) if label.text() else 0
                  for label, w in ((self.cell_info, info_width), (resting or self.feedback, width))]
        feedback = max(feedback_room, needed[1])
        total = max(info_room + gap + feedback_room, needed[0] + gap + feedback)
        if text_scale(self.font()) > 1 and self.feedback.text():  # while results are said (until another
            line = self.fontMetrics().lineSpacing()  # period), as tall as it grew to, up to its five lines of before
            self.held = min(max(total, self.held), (CELL_INFO_LINES + FEEDBACK_LINES) * line + 8 + gap)
            total = max(total, self.held)
        else:
            self.held = 0
        top = total - feedback  # the result at the bottom, rising into the empty lines over it
        self.cell_info.setGeometry(0, 0, info_width, top - gap)
        self.comment.setGeometry(info_width, 0, width - info_width, top - gap)
        self.feedback.setGeometry(0, top, width, feedback)
        if self.resting is not None:
            self.resting.setGeometry(0, top, width, feedback)
            self.resting.setVisible(resting is not None)
        if (self.minimumHeight(), self.maximumHeight()) != (total, total):
            self.setFixedHeight(total)

    def show_comment(self, comment: str) -> bool:
        """The selected row's comment beside the cell's line (`RowComment`); True if the line's
        width changed (its text is cut to fit it)."""
        if not self.comment.show_comment(comment):
            return False
        self.refit()
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.held = 0  # the texts wrap anew
        self.refit()  # another width wraps the texts otherwise


class _AreaLabel(QLabel):
    """One of the `MessageArea`'s labels: a new text places both again (the area's height)."""

    def __init__(self, area: MessageArea):
        super().__init__(area)
        self._area = area
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._area.refit()

    def clear(self) -> None:
        super().clear()
        self._area.refit()


class _FeedbackLabel(_AreaLabel):
    """The last action's result, also said to a screen reader (walk U23 F9: the line changed
    silently, the cursor staying in the table): once the action is over, the words the line shows
    then, as they read (`shown_words`), in one announcement however many times the action wrote
    the line (a block pasted: each row saved, then the paste's own words); at once (assertive)
    when they refuse something ("✖ Chưa lưu…", "✖ … ô không lưu"), politely otherwise. `quiet`
    while the line shows what a screen reader says with the cell the cursor came to (its refusal)."""

    REFUSED = "✖"  # the mark of a refusal in the line's words, in either language

    def __init__(self, area: MessageArea):
        super().__init__(area)
        self.quiet = False
        self._saying = False  # an announcement waits for the action to end

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.quiet and not self._saying:
            self._saying = True
            QTimer.singleShot(0, self, self._say)

    def _say(self) -> None:
        self._saying = False
        words = shown_words(self)
        announce(self, words, assertive=self.REFUSED in words)
