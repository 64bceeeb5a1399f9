"""The entry form of one period as a table model: group header rows, then one row per indicator.

Each input field is its own cell. The model holds what the services returned (rows,
warnings) and the refused cells (typed text + reason); every edit goes to one
callback, `commit(code, field, text) -> bool`, which calls the service.
"""
from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.catalog import InputField
from desktop_app.core.checks import AWAY_FROM_TARGET, EXPLAINED, UNEXPLAINED_FAILURE
from desktop_app.core.evaluation import Verdict, missing_baseline
from desktop_app.core.numbering import after_gap, numbering_note
from desktop_app.core.numbers import format_number, typed_back
from desktop_app.core.rows import PeriodView, Row, input_spec
from desktop_app.core.start_of_term import missing_start_of_term
from desktop_app.core.wording import judged_when
from ui import colours, labels
from ui.colours import Meaning
from ui.common import (
    ERROR_BACKGROUND,
    ERROR_TEXT,
    MUTED_TEXT,
    READONLY_BACKGROUND,
    WARNING_BACKGROUND,
    WARNING_TEXT,
    in_language,
    target_source_text,
    verdict_colours,
)
from ui.entry_headers import HEADER_TIPS, HEADERS, INPUT_COLUMNS, Col
from ui.rate_or_households import cell_hint, way_shown

# A row is as tall as its longest name, target or verdict (a comment adds a few lines at most:
# EntryTable.fit_row): every cell is drawn from the row's top, where the name begins.
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
CENTRED = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
TOOLTIP_CHARACTERS = 110  # a comment in its cell's tooltip wraps at this many characters a line
EDITABLE_COLUMNS = (Col.IN1, Col.IN2, Col.COMMENT)

# Extra roles the view reads.
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "group" or "row"
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a Có/Không cell
# The target's and the verdict's last line about the commune's own target (the verdict's with
# its colour): drawn apart from the lines above it.
OWN_LINE_ROLE = Qt.ItemDataRole.UserRole + 3

HEADING_TEXT = QColor("#000000")  # a group's heading on READONLY_BACKGROUND: as light palettes draw it
COMMENT_FIELD = InputField("comment", "Ghi chú", "")  # untranslated: the core's field, shown via tr()


@dataclass
class _Line:
    group: str
    row: Row | None = None
    warnings: list[str] = field(default_factory=list)
    code: str = ""  # a group line's group code

    @property
    def is_group(self) -> bool:
        return self.row is None

    @property
    def value_warnings(self) -> list[str]:
        """Warnings about the figure itself (the missing explanation shows in Ghi chú)."""
        return [w for w in self.warnings if w != UNEXPLAINED_FAILURE]

    @property
    def needs_comment(self) -> str | None:
        """The warning that asks for a reason in Ghi chú (a Không đạt, a result moving away from
        its target), None when none does."""
        return next((w for w in self.warnings if w == UNEXPLAINED_FAILURE
                     or (w.startswith(AWAY_FROM_TARGET) and not w.endswith(EXPLAINED))), None)


def input_fields(row: Row) -> dict[Col, InputField]:
    """Which input field each input column holds for this row: the indicator's inputs, but for
    poverty reduction entered as the current rate (docs/indicators.md: the households "or the
    rate"; `chitieu set --value`) while its households are not both entered, that rate alone,
    in the first: the figure its result is taken from, shown, changed or deleted there (deleted,
    the two household cells come back)."""
    ind, entry = row.indicator, row.entry
    if (ind.kind == "reduction" and entry.value is not None and ind.input("value") is None
            and (entry.numerator is None or entry.denominator is None)):
        return {Col.IN1: input_spec(ind, "value")}
    return dict(zip(INPUT_COLUMNS, ind.inputs))


def shown_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return labels.yes_no(value)
    if isinstance(value, Decimal):
        return format_number(value, 6)
    return str(value)


def _wrapped(text: str) -> str:
    """A comment as its cell's tooltip shows it whole: a tooltip's plain text does not wrap, and
    a comment of 4.000 characters was one line far wider than the screen."""
    return "\n".join(textwrap.fill(part, TOOLTIP_CHARACTERS) for part in text.splitlines())


def row_notes(row: Row) -> list[str]:
    """The notes of a row's result, each once (a figure missing is both the row's note and its
    evaluation's: the tooltip said it twice), a start-of-term figure missing with where it is entered."""
    notes = []
    for note in dict.fromkeys(list(row.notes) + ([row.evaluation.note] if row.evaluation.note else [])):
        if row.indicator.baseline is not None and note == missing_baseline(row.indicator):
            note = missing_start_of_term(row.indicator)
        notes.append(in_language(note))
    return notes

def row_heard(row: Row) -> str:
    """An indicator as a screen reader names the row of a cell: "2. Tỷ lệ người dân tham gia…"."""
    return f"{row.indicator.no}. {labels.short_name(row.indicator)}"


def judged_note(row: Row) -> str:
    """On the verdict cell of a row "Đang thực hiện", when ITS target is judged (walk U6 F1: the
    window never said why; `wording.judged_when`, the paper's words for that target); "" otherwise."""
    if row.evaluation.verdict != Verdict.DANG_THUC_HIEN or row.target is None:
        return ""
    return in_language(judged_when(row.target))


class EntryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: PeriodView | None = None
        self.lines: list[_Line] = []
        self.errors: dict[tuple[str, str], tuple[str, str]] = {}  # (code, field) -> (typed, message)
        self.commit: Callable[[str, str, str], bool] | None = None
        # Denominators proposed from an earlier period (code -> value), shown grey in their empty
        # cell; not while the period cannot be edited (`proposing`, set by the view).
        self.proposed: dict[str, Decimal] = {}
        self.proposing = True
        # Why the numbers skip some (6, 8: the other kind's indicators), as the report's line under
        # its table says it (`core.numbering`): on the number after a gap and on STT's title.
        self.numbering: str = ""
        self.after_gap: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- loading --------------------------------------------------------------
    def set_view(self, view: PeriodView, group_names: dict[str, str],
                 warnings: dict[str, list[str]] | None = None,
                 errors: dict[tuple[str, str], tuple[str, str]] | None = None,
                 proposed: dict[str, Decimal] | None = None) -> None:
        """Show a period: `group_names` are the catalogue's (code -> "Kinh tế"…); `proposed`
        the denominators proposed for it (`Workspace.proposed_denominators`)."""
        warnings = warnings or {}
        self.beginResetModel()
        self.view = view
        self.errors = dict(errors or {})
        self.proposed = dict(proposed or {})
        numbers = [r.indicator.no for r in view.assigned_rows]
        self.numbering = numbering_note(numbers, view.commune.kind)
        self.after_gap = after_gap(numbers) if self.numbering else set()
        self.lines = []
        current = None
        for r in sorted(view.rows, key=lambda r: not r.indicator.assigned):  # stable: catalogue order
            if r.indicator.heading != current:
                current = r.indicator.heading
                self.lines.append(_Line(group_names.get(current, current), code=current))
            self.lines.append(_Line(current, r, list(warnings.get(r.indicator.code, []))))
        self.endResetModel()

    def update_row(self, row: Row, warnings: list[str] | None = None) -> int:
        """Put the service's answer for one indicator in place; returns its line number."""
        line_no = self.line_of(row.indicator.code)
        line = self.lines[line_no]
        line.row = row
        if warnings is not None:
            line.warnings = list(warnings)
        self.view = replace(self.view, rows=[row if r.indicator.code == row.indicator.code else r
                                             for r in self.view.rows])
        self.dataChanged.emit(self.index(line_no, 0), self.index(line_no, len(Col) - 1))
        return line_no

    def set_proposals(self, proposed: dict[str, Decimal]) -> None:
        """The proposed denominators again (a denominator of this period was saved or cleared)."""
        changed = set(proposed.items()) ^ set(self.proposed.items())
        self.proposed = dict(proposed)
        for code in {code for code, _ in changed}:
            self._changed(code, "denominator")

    def set_proposing(self, proposing: bool) -> None:
        if proposing != self.proposing:
            self.proposing = proposing
            for code in self.proposed:
                self._changed(code, "denominator")

    def set_error(self, code: str, name: str, typed: str, message: str) -> None:
        self.errors[(code, name)] = (typed, message)
        self._changed(code, name)

    def clear_error(self, code: str, name: str) -> None:
        if self.errors.pop((code, name), None) is not None:
            self._changed(code, name)

    def _changed(self, code: str, name: str) -> None:
        index = self.index_of(code, name)
        if index.isValid():
            self.dataChanged.emit(index, index)

    # --- look-ups ---------------------------------------------------------------
    def line_of(self, code: str) -> int:
        for i, line in enumerate(self.lines):
            if line.row is not None and line.row.indicator.code == code:
                return i
        raise KeyError(code)

    def row_at(self, index: QModelIndex | int) -> Row | None:
        i = index if isinstance(index, int) else index.row()
        if 0 <= i < len(self.lines):
            return self.lines[i].row
        return None

    def warnings_at(self, index: QModelIndex | int) -> list[str]:
        i = index if isinstance(index, int) else index.row()
        return self.lines[i].warnings if 0 <= i < len(self.lines) else []

    def field_at(self, index: QModelIndex) -> InputField | None:
        row = self.row_at(index)
        if row is None:
            return None
        if index.column() == Col.COMMENT:
            return COMMENT_FIELD
        return input_fields(row).get(Col(index.column())) if index.column() in INPUT_COLUMNS else None

    def index_of(self, code: str, name: str) -> QModelIndex:
        try:
            line_no = self.line_of(code)
        except KeyError:
            return QModelIndex()
        row = self.lines[line_no].row
        if name == "comment":
            return self.index(line_no, Col.COMMENT)
        for col, f in input_fields(row).items():
            if f.field == name:
                return self.index(line_no, col)
        return QModelIndex()

    def is_editable(self, index: QModelIndex) -> bool:
        return self.field_at(index) is not None

    def number_note(self, row: Row) -> str:
        """On the indicator whose number follows a gap (8 after 6): why, as the report says it."""
        return in_language(self.numbering) if row.indicator.assigned and row.indicator.no in self.after_gap else ""

    def elsewhere_at(self, index: QModelIndex) -> Row | None:
        """The row whose grey cell this is: a figure shown here but entered elsewhere (the
        start-of-term figure a ratio is taken of, in Dữ liệu › Số liệu đầu nhiệm kỳ…)."""
        row = self.row_at(index)
        if (row is not None and index.column() == Col.IN2 and row.indicator.baseline is not None
                and row.indicator.kind == "ratio_of_baseline"):
            return row
        return None

    def is_tab_stop(self, index: QModelIndex) -> bool:
        return self.is_editable(index) or self.elsewhere_at(index) is not None

    def proposal_at(self, index: QModelIndex) -> Decimal | None:
        """The denominator proposed for this empty cell, if any (Enter accepts it)."""
        f, row = self.field_at(index), self.row_at(index)
        if (not self.proposing or f is None or f.field != "denominator" or row.entry.denominator is not None
                or (row.indicator.code, f.field) in self.errors):
            return None
        return self.proposed.get(row.indicator.code)

    def error_at(self, index: QModelIndex) -> str | None:
        f, row = self.field_at(index), self.row_at(index)
        if f is None:
            return None
        found = self.errors.get((row.indicator.code, f.field))
        return found[1] if found else None

    # --- Qt model -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:  # hidden, but a screen reader's row header
            line = self.lines[section] if 0 <= section < len(self.lines) else None
            if line is None or role != Qt.ItemDataRole.DisplayRole:
                return None
            return labels.group_label(line.code, line.group) if line.is_group else row_heard(line.row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Col(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(Col(section))
            if section == Col.NO:
                return in_language(self.numbering) or None
            return self.tr(tip) if tip else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = Col(index.column())
        if line.is_group:
            return self._group_data(line, col, role)
        row = line.row
        if role == ROW_KIND_ROLE:
            return "row"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._heard(index, line)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            refused = self.error_at(index)
            return (QCoreApplication.translate("MainWindow", "✖ Not saved: {reason}").format(reason=refused)
                    if refused else self.data(index, Qt.ItemDataRole.ToolTipRole))
        f = self.field_at(index)
        if f is COMMENT_FIELD and line.needs_comment and not row.entry.comment:
            hint = self._comment_hint(role, in_language(line.needs_comment))
            if hint is not None:
                return hint
        if f is not None:
            proposal = self.proposal_at(index)
            if proposal is not None:
                return self._proposal_data(f, proposal, role)
            return self._input_data(row, f, col, role)
        if self.elsewhere_at(index) is not None:
            return self._baseline_data(row, role)
        return self._fixed_data(line, row, col, role)

    def _group_data(self, line: _Line, col: Col, role):
        if role == ROW_KIND_ROLE:
            return "group"
        if role == Qt.ItemDataRole.AccessibleTextRole:  # each of its cells (they span the row)
            return self.tr("Indicator group: {name}").format(name=labels.group_label(line.code, line.group))
        if col != Col.NO:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.group_label(line.code, line.group)
        # Dark on its light grey whatever the palette: the palette's text was white on it in a dark one.
        return {Qt.ItemDataRole.FontRole: self._bold,
                Qt.ItemDataRole.ForegroundRole: QBrush(HEADING_TEXT),
                Qt.ItemDataRole.BackgroundRole: QBrush(READONLY_BACKGROUND)}.get(role)

    def _heard(self, index: QModelIndex, line: _Line) -> str:
        """What a screen reader says of an indicator's cell: what the cell holds, as shown (a refused
        figure as typed, said not saved), and whose it is (the row header is hidden)."""
        row, col, f = line.row, Col(index.column()), self.field_at(index)
        shown = str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").replace("\n", "; ")
        if col in (Col.NO, Col.NAME):
            return f"{row.indicator.no}. {labels.indicator_name(row.indicator)}"
        if f is not None:
            what = labels.field_label(f) if f is not COMMENT_FIELD else self.tr("Comment")
            refused = self.errors.get((row.indicator.code, f.field))
            if refused:
                shown = self.tr("{typed}, not saved").format(typed=refused[0].strip() or self.tr("empty"))
            elif self.proposal_at(index) is not None:
                shown = self.tr("not entered, proposed {value}").format(value=shown)
        elif self.elsewhere_at(index) is not None:
            what = labels.field_label(row.indicator.baseline)
            shown = self.tr("{value}, entered in Data › Start-of-term figures…").format(value=shown)
        else:
            what = self.tr(HEADERS[col]).replace("\n", " ")
        empty = self.tr("not used") if f is None and col in INPUT_COLUMNS else self.tr("not entered")
        return self.tr("{what}: {value} — {indicator}").format(what=what, value=shown or empty,
                                                               indicator=row_heard(row))

    def _input_data(self, row: Row, f: InputField, col: Col, role):
        code = row.indicator.code
        refused = self.errors.get((code, f.field))
        value = getattr(row.entry, f.field)  # Decimal, bool, str or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):  # a percentage as typed back (R27)
            return refused[0] if refused else (typed_back(value, f.unit) if isinstance(value, Decimal)
                                               else shown_value(value))
        if role == FLAG_ROLE:
            return f.field == "flag"
        if role == Qt.ItemDataRole.BackgroundRole and refused:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and refused:
            return QBrush(ERROR_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in INPUT_COLUMNS else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            unit = labels.unit_label(f.unit, f.unit_en)
            label = labels.field_label(f) + (f" ({unit})" if f.unit and f.unit != labels.YES_NO_UNIT else "")
            tip = label if f.field != "comment" else self.tr("Comment, explanation")
            hint = cell_hint(row, f)  # a poverty rate: what the cell takes besides the households
            tip = f"{tip}\n{hint[:1].upper()}{hint[1:]}" if hint else tip
            tip = f"{tip}\n{refused[1]}" if refused else tip
            comment = (refused[0] if refused else shown_value(value)) if f.field == "comment" else ""
            return f"{tip}\n\n{_wrapped(comment)}" if comment.strip() else tip
        return None

    def _proposal_data(self, f: InputField, proposal: Decimal, role):
        """An empty denominator showing the one of an earlier period, grey: Enter accepts it,
        typing replaces it (the editor starts empty)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_value(proposal)
        if role == Qt.ItemDataRole.EditRole:
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{labels.field_label(f)} ({labels.unit_label(f.unit, f.unit_en)})\n" + self.tr(
                "Proposed from the previous period: {value}; Enter to accept").format(value=shown_value(proposal))
        return {Qt.ItemDataRole.FontRole: self._italic,
                Qt.ItemDataRole.ForegroundRole: QBrush(colours.on_base(Meaning.MUTED)),  # on the table's base
                Qt.ItemDataRole.TextAlignmentRole: RIGHT,
                }.get(role)

    def _comment_hint(self, role, warning: str):
        """An empty comment on a Không đạt row, or one whose result moved away from its target,
        asks for the reason, `warning` as its tooltip (the editor still starts empty)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("⚠ Write the cause")
        return {Qt.ItemDataRole.ForegroundRole: QBrush(WARNING_TEXT),
                Qt.ItemDataRole.BackgroundRole: QBrush(WARNING_BACKGROUND),
                Qt.ItemDataRole.FontRole: self._italic,
                Qt.ItemDataRole.TextAlignmentRole: LEFT,
                Qt.ItemDataRole.ToolTipRole: warning}.get(role)

    def _baseline_data(self, row: Row, role):
        """The start-of-term figure a ratio is taken of, shown read-only where the denominator would be."""
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(row.baseline, 0) if row.baseline is not None else self.tr("not entered")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{label}: entered in Data › Start-of-term figures…; Enter opens it").format(
                label=labels.field_label(row.indicator.baseline))
        return {Qt.ItemDataRole.FontRole: self._italic,
                Qt.ItemDataRole.ForegroundRole: QBrush(MUTED_TEXT),
                Qt.ItemDataRole.BackgroundRole: QBrush(READONLY_BACKGROUND),
                Qt.ItemDataRole.TextAlignmentRole: RIGHT,
                }.get(role)

    def _fixed_data(self, line: _Line, row: Row, col: Col, role):
        ind = row.indicator
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.IN2:  # beside a poverty rate typed: "theo tỷ lệ", grey
                return way_shown(row)
            if col == Col.NO:
                return str(ind.no)
            if col == Col.NAME:
                return labels.indicator_name(ind)
            if col == Col.UNIT:
                return labels.unit_label(ind.unit, ind.unit_en)
            if col == Col.TARGET:  # the province's, its source, and under them the commune's own
                text = (f"{labels.target_text(row)}\n{target_source_text(row.target)}" if row.target is not None
                        else self.tr("Not assigned"))
                own = labels.own_target_text(row)
                return f"{text}\n{own}" if own else text
            if col == Col.VALUE:
                text = labels.value_text(row)
                return f"⚠ {text}" if line.value_warnings and text else text
            if col == Col.VERDICT:  # how it compares, and the verdict against the commune's own target
                compared = labels.compared_text(row)
                own = labels.own_verdict_text(row)
                return "\n".join(t for t in (labels.verdict_label(row.verdict), compared, own) if t)
            return ""
        if role == OWN_LINE_ROLE:
            if col == Col.TARGET:
                return labels.own_target_text(row) or None
            if col == Col.VERDICT and row.own_evaluation is not None:
                return labels.own_verdict_text(row), verdict_colours(row.own_evaluation.verdict)[1]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Col.NO:
                return self.number_note(row) or None
            if col == Col.NAME:
                names = labels.indicator_name(ind)
                if names != ind.name:  # the English interface: the report's name too
                    names += f"\n{ind.name}"
                return names + "\n" + self.tr("History across periods: double-click or Ctrl+H")
            if col == Col.TARGET:
                tip = [f"{labels.target_text(row)} — {row.target.source}" if row.target is not None
                       else self.tr("Not assigned")]
                if row.own_target is not None:
                    tip.append(labels.own_target_text(row) + " — " + self.tr(
                        "shown beside the province's target; the assessment the province counts is "
                        "against the province's target"))
                return "\n".join(tip)
            if col == Col.VALUE:
                return "\n".join(row_notes(row) + [in_language(w) for w in line.warnings]) or None
            if col == Col.VERDICT:
                notes = row_notes(row)
                own = ([self.tr("{own} (the assessment the province counts is the one above it)").format(
                    own=labels.own_verdict_text(row))] if row.own_evaluation is not None else [])
                judged = [n for n in [judged_note(row)] if n]
                return "\n".join(judged + notes + [in_language(w) for w in line.warnings] + own) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == Col.VERDICT:
                background, _ = verdict_colours(row.verdict)
                return QBrush(background) if background else None
            if col in (Col.IN1, Col.IN2):  # a cell this indicator does not use
                return QBrush(READONLY_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.VERDICT:
                return QBrush(verdict_colours(row.verdict)[1])
            if col == Col.VALUE and line.value_warnings:
                return QBrush(colours.on_base(Meaning.WARNING))
            if (col == Col.TARGET and row.target is None) or col == Col.IN2:
                # on the cell's own background: the read-only grey of a cell not used, else the table's base
                own = self._fixed_data(line, row, col, Qt.ItemDataRole.BackgroundRole)
                return QBrush(colours.on(Meaning.MUTED, own.color()) if own is not None
                              else colours.on_base(Meaning.MUTED))
            return None
        if role == Qt.ItemDataRole.FontRole and col == Col.IN2 and way_shown(row):
            return self._italic
        if role == Qt.ItemDataRole.FontRole and col == Col.VERDICT and row.verdict.is_final:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (Col.NO, Col.UNIT, Col.VERDICT, Col.IN2):
                return CENTRED
            return RIGHT if col == Col.VALUE else LEFT
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index) or self.commit is None:
            return False
        text = "" if value is None else str(value)
        row, f = self.row_at(index), self.field_at(index)
        unchanged = text.strip() == shown_value(getattr(row.entry, f.field)).strip()
        if unchanged and (row.indicator.code, f.field) not in self.errors:
            return True
        return bool(self.commit(row.indicator.code, f.field, text))

    # --- summaries --------------------------------------------------------------
    def all_warnings(self) -> list[tuple[Row, str]]:
        return [(line.row, w) for line in self.lines if line.row is not None for w in line.warnings]
