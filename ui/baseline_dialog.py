"""Dữ liệu › Số liệu đầu nhiệm kỳ…: the figures at the start of the 2026-2030 term, entered once."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import TERM
from desktop_app.services import Workspace
from ui import labels
from ui.actions import data_changed
from ui.common import ERROR_BACKGROUND, error_text
from ui.form_error import FormError
from ui.keyboard import EnterGoesOn, one_default
from ui.refused_cells import ask_to_drop
from ui.workflow_actions import sending_back_goes_ahead


class BaselineDialog(QDialog):
    """One field per indicator that needs a start-of-term figure; "Lưu" saves the changed ones.

    `code`: the indicator whose field has the cursor (opened from its grey cell in the
    table), `typed` what was typed on that cell, in place of the field's figure.
    """

    def __init__(self, workspace: Workspace, parent=None, code: str | None = None, typed: str = ""):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Start-of-term figures {term}").format(term=TERM))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The figures at the start of the {term} term, entered once for the whole term. "
            "The program uses them to compute the results of every period.").format(term=TERM))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # each name over its box, the dialog's width: beside it (a form), a column of 150 px wrapped
        # a name on three lines and its "dùng cho" in small grey print (walk 13, L3)
        form = QVBoxLayout()
        self.fields: dict[str, QLineEdit] = {}
        self._saved: dict[str, str] = {}
        current = workspace.baselines()
        for ind in workspace.catalog.indicators_for(workspace.commune):
            if ind.baseline is None:
                continue
            edit = QLineEdit(format_number(current[ind.code], 6) if ind.code in current else "")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(260)  # a figure, not a line of text
            name, unit = labels.field_label(ind.baseline), labels.unit_label(ind.baseline.unit, ind.baseline.unit_en)
            edit.setPlaceholderText(unit)
            edit.setAccessibleName(name)
            used_for = self.tr("used for: {indicator}").format(indicator=f"{ind.no}. {labels.indicator_name(ind)}")
            label = QLabel(f"<b>{escape(name)}</b> ({escape(unit)})<br>{escape(used_for)}")
            label.setWordWrap(True)
            label.setBuddy(edit)
            form.addWidget(label)
            form.addWidget(edit)
            form.addSpacing(8)
            self.fields[ind.code] = edit
            self._saved[ind.code] = edit.text()
        layout.addLayout(form)
        layout.addStretch(1)  # a taller dialog leaves the room below, each name by its box
        self.error = FormError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save, close = (buttons.button(b) for b in (QDialogButtonBox.StandardButton.Save,
                                                   QDialogButtonBox.StandardButton.Cancel))
        one_default(save, self)  # Enter saves, but on a button Tab brought the keyboard to (ui.keyboard)
        # Tab goes through every field before the buttons, from the one with the cursor on: opened from a grey
        # cell further down, Tab went to Lưu, the empty field above never reached (walk U16).
        fields = list(self.fields)
        start = fields.index(code) if code in self.fields else 0
        chain = [self.fields[c] for c in fields[start:] + fields[:start]] + [save, close]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        if code is None:  # from the menu: Enter goes on to the next empty field first, as in the other forms
            # (walk h3: the first figure typed, Enter saved it alone and closed, the second never asked)
            EnterGoesOn(list(self.fields.values()), self.accept, self)
        self._typed = (self.fields[code], typed) if code in self.fields and typed else None
        first = self.fields.get(code) or next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def showEvent(self, event) -> None:
        """What was typed on the table's cell goes in once the dialog is shown: QDialog gives its
        field the focus as Tab does then, which selects the field's text (typing replaces it)."""
        super().showEvent(event)
        if self._typed is not None:
            QTimer.singleShot(0, self._put_typed)

    def _put_typed(self) -> None:
        edit, typed = self._typed
        self._typed = None
        edit.setText(typed)  # the cursor after it: the next keys typed follow it

    def accept(self) -> None:
        """Save each changed figure, in order, up to the first refused, shown by its field. Each is
        checked first as the service checks it (`check_baseline`), so one refused anyway is refused
        before any question. Every report of the term reads these figures: the periods marked Hoàn
        thành, which changing those before it takes back to Đang nhập, are named first (`_goes_ahead`);
        "No" saves nothing and keeps what was typed."""
        changed = [(code, edit) for code, edit in self.fields.items()
                   if edit.text().strip() != self._saved[code].strip()]
        stored = self.workspace.baselines()
        savable, changing, refusal = [], [], None
        for code, edit in changed:
            try:
                value = self.workspace.check_baseline(code, edit.text())
            except ChiTieuError as err:
                refusal = (edit, err)
                break
            savable.append((code, edit))
            if value != stored.get(code):  # "250,0" over 250 takes nothing back
                changing.append(edit)
        if not self._goes_ahead(changing):
            return
        for code, edit in savable:
            try:
                saved = self.workspace.set_baseline(code, edit.text())
            except ChiTieuError as err:  # changed since it was checked (another window)
                self._refused(edit, err)
                return
            edit.setStyleSheet("")
            edit.setText(format_number(saved, 6) if saved is not None else "")
            self._saved[code] = edit.text()
            data_changed(self)  # the window behind shows the results computed from it
        if refusal is not None:
            self._refused(*refusal)
            return
        super().accept()

    def _refused(self, edit: QLineEdit, err: ChiTieuError) -> None:
        """The field red, the cursor on it, why under the fields."""
        edit.setStyleSheet(f"background: {ERROR_BACKGROUND.name()};")
        edit.setFocus()
        self.error.setText(self.tr("Not saved: {reason}").format(reason=error_text(err)))

    def _goes_ahead(self, changing: list[QLineEdit]) -> bool:
        """Asked once before the first figure saved when the save of those `changing` a stored figure
        takes periods marked Hoàn thành back (the service's `would_send_back` of its `baseline_periods`)."""
        if not changing:
            return True
        try:
            back = self.workspace.would_send_back(self.workspace.baseline_periods())
        except ChiTieuError:
            return True  # the save says why
        if sending_back_goes_ahead(self, back):
            return True
        self.error.setText(self.tr("Nothing saved: the periods marked Complete stay so and wait for a leader's "
                                   "approval."))
        changing[0].setFocus()
        return False

    def reject(self) -> None:
        """Esc or Đóng with figures typed and not saved (or refused): asked whether to save them,
        close without them, or go back (the default); never dropped without a word."""
        unsaved = [edit for code, edit in self.fields.items() if edit.text().strip() != self._saved[code].strip()]
        if unsaved:
            empty = self.tr("(empty)")
            lines = [f"• {edit.accessibleName()}: “{edit.text().strip() or empty}”" for edit in unsaved]
            answer = ask_to_drop(self, self.windowTitle(),
                                 self.tr("%n figure(s) typed and not saved:", "", len(unsaved)), lines,
                                 self.tr("Save them before closing?"), self.tr("Close without saving"),
                                 save=self.tr("Save"))
            if answer == "save":
                self.accept()
                return
            if answer == "back":
                unsaved[0].setFocus()
                return
        super().reject()
