"""A block of cells copied from a spreadsheet (Excel, LibreOffice, another report) pasted
over the entry table with Ctrl+V.

The block goes where a spreadsheet would put it: its first cell on the current cell, its
columns on the table's columns to the right, its rows on the indicators below, group
headings skipped (as Enter skips them). Each cell is read as if typed in its cell, all of
them saved by one service call (`Workspace.set_entries`) and undone by one Ctrl+Z; a cell
refused stays red with its reason, as a typed one does. What a careless paste must not do,
it does not: an empty cell of the block never clears a figure already entered, a figure
falling on a cell the program computes (Kết quả, Đánh giá) or that is entered elsewhere is
left out and said, and a block longer or wider than what is left of the table pastes
nothing. A single cell pasted is simply typed in the current cell.

A mixin of `ui.main_window.MainWindow` (its `model`, `table`, `period`, `workspace`,
`undo_stack`, `_refused`, `_frozen`, `_after_save`, `_show_feedback`). Words in the
"MainWindow" context.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import InvalidInput
from desktop_app.core.pasting import cells
from desktop_app.core.periods import Period
from desktop_app.core.rows import field_typed, the_other_way
from ui import colours, labels
from ui.actions import FAILED, run_action
from ui.colours import Meaning
from ui.commands import PasteCommand
from ui.common import error_text
from ui.entry_messages import escaped
from ui.entry_model import Col
from ui.i18n import translate
from ui.workflow_actions import edit_goes_ahead


@dataclass
class _Placed:
    """Where the block's cells fall: the cells to type in, and what is left out."""
    typed: list[tuple[QModelIndex, str]]
    left_out: list[QModelIndex]  # a figure on a cell nobody types in (Kết quả, a grey cell)
    kept: int  # empty cells of the block over a figure already entered, which stays


class PastedCells:
    """Ctrl+V on the entry table."""

    def paste_cells(self, start: QModelIndex, text: str) -> None:
        if self._frozen:
            self._show_feedback(self.read_only_reason() or "", error=True)
            return
        try:
            block = cells(text)
        except InvalidInput as err:
            self._show_feedback(error_text(err), error=True)
            return
        if not block:
            return
        if len(block) == 1 and len(block[0]) == 1:  # one cell: as if typed there
            if self.model.is_editable(start):
                self.model.setData(start, block[0][0])
            else:
                self._show_feedback(_not_a_cell_to_type_in(), error=True)
            return
        placed = self._place(start, block)
        if placed is None or (placed.left_out and placed.typed and not self._paste_anyway(placed)):
            return
        if not placed.typed:
            self._show_feedback(translate("MainWindow", "Nothing pasted: no figure of the block falls on a cell "
                                                        "to type in."), error=True)
            return
        self._save_pasted(placed)

    def _paste_anyway(self, placed: _Placed) -> bool:
        """Figures falling on cells nobody types in (Kết quả, a grey cell) may mean a block one
        row or column off: asked before anything is saved, not pasting being the default."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Paste"),
                          _left_out_text(self.model, placed), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(translate(
            "MainWindow", "The block may be a row or a column off. Paste the other {count} cells anyway?").format(
            count=len(placed.typed)))
        paste = box.addButton(translate("MainWindow", "&Paste the others"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(translate("MainWindow", "Do&n't paste"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is paste

    def _place(self, start: QModelIndex, block: list[list[str]]) -> _Placed | None:
        """The table's cells under the block, or None (said) when it does not fit."""
        model = self.model
        if not self.model.is_editable(start):
            self._show_feedback(_not_a_cell_to_type_in(), error=True)
            return None
        rows = [start.row()] + [r for r in range(start.row() + 1, model.rowCount()) if model.row_at(r) is not None]
        if len(block) > len(rows):
            self._show_feedback(translate(
                "MainWindow", "The block has {rows} rows, and from this indicator to the end of the table there are "
                              "{left}: nothing pasted. Start higher, or copy fewer rows.").format(
                rows=len(block), left=len(rows)), error=True)
            return None
        width = max(len(r) for r in block)
        columns = list(range(start.column(), min(start.column() + width, len(Col))))
        if any(len(r) > len(columns) and any(r[len(columns):]) for r in block):
            self._show_feedback(translate(
                "MainWindow", "The block has {columns} columns, and from this cell to the right edge of the table "
                              "there are {left}: nothing pasted. Start further left, or copy fewer columns.").format(
                columns=width, left=len(columns)), error=True)
            return None
        typed, left_out, kept = [], [], 0
        for line, values in zip(rows, block):
            for col, value in zip(columns, values):
                index = model.index(line, col)
                if not value:
                    kept += bool(model.data(index))
                elif model.is_editable(index):
                    typed.append((index, value))
                else:
                    left_out.append(index)
        return _Placed(typed, left_out, kept)

    def _save_pasted(self, placed: _Placed) -> None:
        model, period = self.model, self.period
        cells_typed, entries = [], {}
        for index, value in placed.typed:
            row, f = model.row_at(index), model.field_at(index)
            name = field_typed(row.indicator, row.entry, f.field, value)  # a poverty rate where the households go
            entries[row.indicator.code] = row.entry
            cells_typed.append((row.indicator.code, name, value, getattr(row.entry, name), f.field))
        # One question for the whole block, none when nothing of it would be saved (each cell refused or as stored).
        if not edit_goes_ahead(self, self.workspace, period,
                               typed=[(code, name, value) for code, name, value, _, _ in cells_typed]):
            self._show_feedback(self._still_complete_text())
            return
        self._again_said = ""
        result = run_action(self, self.workspace.set_entries, period,
                            [(code, name, value) for code, name, value, _, _ in cells_typed],
                            title=translate("MainWindow", "Could not paste"))
        if result is FAILED:
            return
        saved = {row.indicator.code: row for row in result.rows}
        changed, red = [], {}
        for code, name, value, before, cell in cells_typed:
            err = result.refused.get((code, name))
            if err is not None:
                message = error_text(err)
                self._refused[(period.code, code, cell)] = (value, message)
                model.set_error(code, cell, value, message)
                red[(code, cell)] = value
                continue
            self._refused.pop((period.code, code, cell), None)
            model.clear_error(code, cell)
            after = getattr(saved[code].entry, name)
            if after != before:
                changed.append((code, name, before, after))
        for code, row in saved.items():  # what a poverty rate replaced (or households the rate): undone with it
            replaced = the_other_way(row.indicator, entries[code], row.entry)
            changed += [(code, name, before, None) for name, before in replaced.items()]
        if changed:
            self.undo_stack.push(PasteCommand(
                self.apply_pasted, period,
                translate("MainWindow", "Paste of {count} cells").format(count=len(changed)), changed, red))
        for row in saved.values():
            self._after_save(row)
        # The cursor on the first red cell, to fix as a typed one, else on the block's first cell.
        first = next((index for index, _ in placed.typed
                      if model.error_at(index) is not None), placed.typed[0][0])
        self.table.setCurrentIndex(first)
        self.table.scrollTo(first)
        self._say_pasted(placed, cells_typed, result.refused, undoable=bool(changed))
        self._say_again_under()

    def apply_pasted(self, period: Period, values: list[tuple[str, str, object]], undoing: bool,
                     refused: dict[tuple[str, str], str]) -> bool:
        """Undo or redo of a paste: every cell of it put back in one service call, or none; undone,
        the cells it left red go too (those still showing what was pasted: one Ctrl+Z, the whole
        paste, as its line said)."""
        if period != self.period:
            self.show_period(period)
        title = translate("MainWindow", "Could not undo") if undoing else translate("MainWindow", "Could not redo")
        # periods marked Hoàn thành it takes back: asked before the stack moved (`_step_undo`)
        self._again_said = ""
        result = run_action(self, self.workspace.set_entries, period, values, whole=True, title=title)
        if result is FAILED:
            return False
        for code, name, _ in values:
            self._refused.pop((period.code, code, name), None)
            self.model.clear_error(code, name)
        dropped = 0
        for (code, name), typed in refused.items():
            key = (period.code, code, name)
            if key in self._refused and self._refused[key][0] == typed:  # not typed again since
                del self._refused[key]
                self.model.clear_error(code, name)
                dropped += 1
        for row in result.rows:
            self._after_save(row, undone=True)
        first = self.model.index_of(values[0][0], values[0][1])
        if first.isValid():
            self.table.setCurrentIndex(first)
            self.table.scrollTo(first)
        if dropped:
            said = translate("MainWindow", "Paste undone: {count} cells back as they were; cells in red, not saved, "
                                           "dropped: {dropped}.").format(count=len(values), dropped=dropped)
        else:
            said = (translate("MainWindow", "Paste undone: {count} cells back as they were.") if undoing else
                    translate("MainWindow", "Paste redone: {count} cells.")).format(count=len(values))
        self._show_feedback(said)
        self._say_again_under()
        self.enable_undo()
        return True

    def _say_pasted(self, placed: _Placed, cells_typed, refused, undoable: bool = True) -> None:
        """What went where, under the table, said whole: what was pasted (none when nothing was),
        then in red the cells refused (the first one's reason: the cursor is on that cell, named
        above), or else what was left out; the whole of it in the tooltip too."""
        model = self.model
        saved = len(cells_typed) - len(refused)
        lines, html = [], []
        if saved:
            names = [labels.short_name(model.row_at(index).indicator) for index, _ in placed.typed]
            # no Ctrl+Z promised for a paste of the figures already there: nothing of it is undone
            said = (translate("MainWindow", "Pasted {count} of {total} cells, from “{first}” to “{last}”; "
                                            "Ctrl+Z undoes the whole paste.") if undoable else
                    translate("MainWindow", "Pasted {count} of {total} cells, from “{first}” to “{last}”: the "
                                            "figures already entered, nothing changed."))
            lines.append(said.format(count=saved, total=len(cells_typed), first=names[0], last=names[-1]))
            html.append(escaped(lines[0]))
        notes = []
        if placed.left_out:
            notes.append(_left_out_text(model, placed))
        if placed.kept:
            notes.append(translate("MainWindow", "Empty cells of the block, which did not clear the figures "
                                                 "entered: {count}.").format(count=placed.kept))
        if refused:
            first = next(iter(refused))
            line = translate("MainWindow", "✖ Cells not saved, in red: {count}. {reason}").format(
                count=len(refused), reason=error_text(refused[first]))
            html.append(f"<span style='color:{colours.named(Meaning.REFUSAL, self.feedback)}; font-weight:bold'>{escaped(line)}</span>")
            lines.append(line)
        elif notes:
            html.append(f"<span style='color:{colours.named(Meaning.WARNING, self.feedback)}'>{escaped(' '.join(notes))}</span>")
        lines += notes
        self.feedback.setText("<br>".join(html))
        self.feedback.setToolTip("\n".join(lines))


def _left_out_text(model, placed: _Placed) -> str:
    index = placed.left_out[0]
    return translate("MainWindow", "Figures falling on cells not typed in, left out: {count} (the first: "
                                   "{indicator}, column {column}).").format(
        count=len(placed.left_out), indicator=labels.short_name(model.row_at(index).indicator),
        column=model.headerData(index.column(), Qt.Orientation.Horizontal).replace("\n", " "))


def _not_a_cell_to_type_in() -> str:
    return translate("MainWindow", "Select a cell to type in (a figure or Comment) as the block's first cell, "
                                   "then paste again.")

