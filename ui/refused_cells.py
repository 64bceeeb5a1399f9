"""Figures refused as typed (the red cells) are never dropped without a word.

A refused value stays red in its cell with its reason, and nothing of it is saved. Before
the window goes where those cells would no longer be seen (another period, closing) it asks
whether to drop them or go back and fix them, back being the default (Enter, Esc); before an
action that uses the period's saved figures (Hoàn thành, Duyệt, print, send, export, sign)
it stops and says which cells are not saved; Esc on a red cell (as in Excel) and Ctrl+Z
there first drop what was typed there (the saved figure is shown again, nothing is written;
the red line says so), the next Ctrl+Z undoes; but a cell a paste left red goes with the
paste, in the one Ctrl+Z that undoes it (as the paste's line says).

A mixin of `ui.main_window.MainWindow` (its `_refused`, `period`, `model`, `table`,
`undo_stack`, `_show_feedback`); `ask_to_drop` is the dialogs' question too (the own
targets, the start-of-term figures). Its words keep the "MainWindow" context.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.periods import Period, parse_period
from desktop_app.core.rows import input_spec
from ui import labels
from ui.commands import period_of
from ui.entry_model import shown_value
from ui.i18n import translate
from ui.workflow_actions import edit_goes_ahead

LISTED = 6  # cells named in a question; the rest counted


def ask_to_drop(parent: QWidget | None, title: str, head: str, lines: list[str], question: str,
                drop: str, save: str | None = None) -> str:
    """The question before typed values that are not saved are lost: "back" (the default, for
    Enter and Esc), "drop", or "save" when `save` names a button that saves them."""
    shown = lines[:LISTED]
    if len(lines) > len(shown):
        shown.append(translate("MainWindow", "…and {count} more").format(count=len(lines) - len(shown)))
    box = QMessageBox(QMessageBox.Icon.Warning, title, head + "\n" + "\n".join(shown),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(question)
    save_button = box.addButton(save, QMessageBox.ButtonRole.AcceptRole) if save else None
    drop_button = box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(translate("MainWindow", "Go back and fix"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return "drop" if clicked is drop_button else "save" if save_button and clicked is save_button else "back"


class RefusedCells:
    """What the main window does about its red cells."""

    def refused_cells(self, period: Period | None = None) -> list[tuple[tuple[str, str, str], str]]:
        """((period code, indicator code, field), typed) of the refused cells, of `period` (or all)."""
        return [(key, typed) for key, (typed, _message) in self._refused.items()
                if period is None or key[0] == period.code]

    def _refused_lines(self, cells, with_period: bool) -> list[str]:
        catalog = self.workspace.catalog
        lines = []
        for (period_code, code, name), typed in cells:
            ind = catalog.indicator(code)
            spec = input_spec(ind, name)  # a poverty rate typed as the rate too
            field = (translate("MainWindow", "Comment") if name == "comment"
                     else labels.field_label(spec) if spec else name)
            name = labels.indicator_name(ind)
            # A field named as its indicator ("Trained workers", a ratio's English name and its
            # numerator's; a growth rate typed as it is) is named once.
            where = name if labels.same_words(field, name) else f"{name} — {field}"
            if with_period:
                where += f" ({labels.period_name(parse_period(period_code))})"
            lines.append(f"• {where}: “{typed}”")
        return lines

    def _refused_head(self, count: int) -> str:
        return translate("MainWindow", "%n cell(s) not saved because the number typed is not valid:", "", count)

    def may_leave_refused(self, to: Period | None = None, *, logging_out: bool = False) -> bool:
        """Before another period (`to`), closing (None) or logging out: True to go on, the refused
        figures dropped; False (the default answer) to stay, the cursor on the first red cell."""
        cells = self.refused_cells(self.period if to is not None else None)
        if not cells:
            return True
        if to is not None:
            question = labels.with_period(translate("MainWindow", "Drop those figures and go to {period}?"), to)
            drop = translate("MainWindow", "Drop them and switch period")
        elif logging_out:  # they went with the log-out, without a word (H8's note)
            question = translate("MainWindow", "Drop those figures and log out?")
            drop = translate("MainWindow", "Drop them and log out")
        else:
            question = translate("MainWindow", "Drop those figures and close the program?")
            drop = translate("MainWindow", "Drop them and close")
        answer = ask_to_drop(self, translate("MainWindow", "Figures not saved"), self._refused_head(len(cells)),
                             self._refused_lines(cells, with_period=to is None), question, drop)
        if answer == "drop":
            for key, _typed in cells:
                self._refused.pop(key, None)
            return True
        self._back_to_refused(cells[0][0], to)
        return False

    def _back_to_refused(self, key: tuple[str, str, str], leaving: Period | None) -> None:
        """The cursor on a red cell (of the period shown: the list back on it when it had moved)."""
        if key[0] == self.period.code:
            index = self.model.index_of(key[1], key[2])
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
        else:
            self.show_period(parse_period(key[0]))
        if leaving is not None:  # the list shows the period again, once its own signal is done
            QTimer.singleShot(0, lambda period=self.period: self.navigator.select(period))
        self.tabs.setCurrentIndex(0)
        self.table.setFocus()
        self._cell_changed(self.table.currentIndex())  # its reason under the table

    def figures_saved(self, action: str) -> bool:
        """Before an action that uses the saved figures of the period shown (`action`: its menu
        item's words): the open cell saved, and no red cell; else it is said, and False."""
        self.table.commit_open_editor()
        cells = self.refused_cells(self.period) if self.period is not None else []
        if not cells:
            return True
        title = action.replace("&", "").rstrip("…").strip()
        text = (translate("MainWindow", "Not done: {action}.").format(action=title) + "\n\n"
                + self._refused_head(len(cells)) + "\n" + "\n".join(self._refused_lines(cells, False)[:LISTED]))
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(translate(
            "MainWindow", "Not done because it would use the figures saved before, not what the red cells show. "
                          "Correct those cells, or clear them (Delete), then do it again."))
        box.exec()
        self._back_to_refused(cells[0][0], None)
        return False

    # --- undo and redo ------------------------------------------------------------------------
    def undo_edit(self) -> None:
        """Ctrl+Z: on a red cell, drop what was typed there (nothing is written); else undo. A red
        cell left by the paste this Ctrl+Z undoes goes with it: one Ctrl+Z, the whole paste."""
        if not self._left_by_last_paste(self._refused_here()) and self._drop_refused_here():
            return
        self._step_undo(self.undo_stack.index() - 1, self.undo_stack.undo)

    def redo_edit(self) -> None:
        self._step_undo(self.undo_stack.index(), self.undo_stack.redo)

    def _step_undo(self, at: int, step) -> None:
        """Undo or redo, after the question when it goes to another period over red cells, and
        the one before it takes periods marked Hoàn thành back (`edit_goes_ahead`), asked here,
        before the stack moves: "No" leaves the stack where it was (walk 28: asked inside the
        step, "No" kept the figure but the stack stepped back, Ctrl+Z lost and Làm lại lit)."""
        whole = self.undo_stack.command(at) if 0 <= at < self.undo_stack.count() else None
        period = period_of(whole)
        if period is not None and period != self.period and not self.may_leave_refused(to=period):
            return
        if period is not None:
            if period != self.period:
                self.show_period(period)
            if not edit_goes_ahead(self, self.workspace, period):
                self._show_feedback(self._still_complete_text())
                return
        step()

    def enable_undo(self, *_signal_args) -> None:
        """Undo (the menu's, the button's) on what the stack holds, or on a red cell."""
        can = self.undo_stack.canUndo() or self._refused_here() is not None
        self.undo_action.setEnabled(can)
        self.undo_button.setEnabled(can)

    def _refused_here(self) -> tuple[str, str, str] | None:
        """The key of the red cell the cursor is on, if it is one."""
        index = self.table.currentIndex()
        row, f = self.model.row_at(index), self.model.field_at(index)
        name = getattr(f, "field", None)
        key = (self.period.code, row.indicator.code, name) if row is not None and name and self.period else None
        return key if key in self._refused else None

    def _left_by_last_paste(self, key: tuple[str, str, str] | None) -> bool:
        """Whether the red cell `key` shows what the paste Ctrl+Z would undo left there."""
        at = self.undo_stack.index() - 1
        command = self.undo_stack.command(at) if key is not None and at >= 0 else None
        refused = getattr(command, "refused", None)
        return bool(refused) and command.period.code == key[0] and refused.get(key[1:]) == self._refused[key][0]

    def _drop_refused_here(self) -> bool:
        """Esc or Ctrl+Z on a red cell: what was typed there dropped, said under the table."""
        key = self._refused_here()
        if key is None:
            return False
        row = self.model.row_at(self.table.currentIndex())
        name = key[2]
        typed, _message = self._refused.pop(key)
        self.model.clear_error(key[1], key[2])
        saved = getattr(row.entry, name, None)
        shown = shown_value(saved) if saved not in (None, "") else translate("SetFieldCommand", "(empty)")
        self._show_feedback(translate(
            "MainWindow", "Dropped “{typed}”, which was not saved: the cell shows the saved figure again: {saved}.")
            .format(typed=typed, saved=shown))
        self.enable_undo()
        return True
