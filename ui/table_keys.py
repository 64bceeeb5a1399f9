"""A spreadsheet's keys for a table of cells to fill, shared by the entry table
(`ui.entry_view.EntryTable`) and the commune's own targets (`ui.own_targets_dialog`).

Typing starts editing the current cell; Enter saves and moves down (back to the column
where a run of Tabs started, as a spreadsheet does); Tab saves and moves to the next cell
to fill, then the next row's first; Shift goes back. A refused value keeps the cursor on its
cell. Enter never goes further than the table: in a dialog it does not press the default
button. The window's own keys are not the table's: Ctrl+Tab, Ctrl+Shift+Tab,
Ctrl+PgUp and Ctrl+PgDown go on to the window (its tabs), as every other Ctrl or Alt key.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication

EndEditHint = QAbstractItemDelegate.EndEditHint
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)


def keyboard_left_the_window(editor: QObject, event: QEvent) -> bool:
    """The keyboard went from a cell being typed in to another program (Alt+Tab, Zalo, Windows' own lock
    Win+L) or to a window that is not this one's: the cell's editor stays open with its text, unsaved, and
    has the keyboard again when the window has it again, as in a spreadsheet (Qt's delegate saved it: walk
    R16 F5, "52.0" half typed saved as 52 triệu under the officer's name). A delegate's eventFilter returns
    False at once for it, before Qt's. A dialog of the window (its close and log-out questions, a menu's
    form) still takes the keyboard as before: what the person does in the window."""
    if event.type() != QEvent.Type.FocusOut or event.reason() != Qt.FocusReason.ActiveWindowFocusReason:
        return False
    own, widget = editor.window(), QApplication.activeWindow()
    while widget is not None:
        if widget is own:
            return False
        widget = widget.parentWidget()
    return True


def is_window_key(event: QKeyEvent) -> bool:
    """A key the window has, never the table: Tab with Ctrl or Alt (the tabs, the windows of
    the system), Ctrl+PgUp / Ctrl+PgDown (the tabs)."""
    key, modifiers = event.key(), event.modifiers()
    if key in TAB_KEYS:
        return bool(modifiers & COMMAND_MODIFIERS)
    return (key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            and bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)))


class SpreadsheetKeys:
    """A mixin, before QTableView or QTableWidget in the bases. What a subclass may say about
    its cells: `fill_columns()` (the columns typed in, in Tab's order), `is_editable(index)`,
    `is_tab_stop(index)` (a cell Tab stops on: by default the editable ones), `is_data_row(row)`
    (a row with cells to fill, not a heading) and `refused(index)` (the value just typed
    there was refused: the cursor stays)."""

    _anchor: int | None = None  # the column where a run of Tabs started
    _moving = False

    # --- the cells ---------------------------------------------------------------------------
    def fill_columns(self) -> Sequence[int]:
        return range(self.model().columnCount())

    def is_editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def is_tab_stop(self, index: QModelIndex) -> bool:
        return self.is_editable(index)

    def is_data_row(self, row: int) -> bool:
        model = self.model()
        return any(self.is_tab_stop(model.index(row, col)) for col in self.fill_columns())

    def refused(self, index: QModelIndex) -> bool:
        return False

    # --- moving ------------------------------------------------------------------------------
    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._moving:  # a click, an arrow key: the next Enter stays in its column
            self._anchor = None
        super().currentChanged(current, previous)

    def _go(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._moving = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._moving = False

    def _data_rows_after(self, row: int, step: int) -> Iterator[int]:
        r = row + step
        while 0 <= r < self.model().rowCount():
            if self.is_data_row(r):
                yield r
            r += step

    def _first_editable(self, row: int, reverse: bool = False, tab: bool = False) -> QModelIndex:
        """The row's first cell to type in (`tab`: or to stop on with Tab)."""
        wanted = self.is_tab_stop if tab else self.is_editable
        columns = list(self.fill_columns())
        for col in (reversed(columns) if reverse else columns):
            index = self.model().index(row, col)
            if wanted(index):
                return index
        return QModelIndex()

    def tab_run_column(self) -> int | None:
        """The column where the run of Tabs that reached this cell started, if one did."""
        return self._anchor

    def move_down(self, step: int = 1, anchor: int | None = None) -> None:
        """Enter: the next row, in the column where the Tab run started (`anchor`: that column as
        `tab_run_column` gave it before a dialog, whose reload of the table ended the run)."""
        current = self.currentIndex()
        if not current.isValid():
            self._go(self._first_editable(next(self._data_rows_after(-1, 1), 0)))
            return
        col = next((c for c in (anchor, self._anchor) if c is not None), current.column())
        for r in self._data_rows_after(current.row(), step):
            index = self.model().index(r, col)
            if col in self.fill_columns() and not self.is_editable(index):
                index = self._first_editable(r)
            self._go(index)
            break
        self._anchor = None

    def move_right(self, step: int = 1, anchor: int | None = None) -> None:
        """Tab: the next cell of this row to stop on, then the first one of the next row (`anchor`:
        where the Tab run started, as `tab_run_column` gave it before a dialog ended the run)."""
        current = self.currentIndex()
        if not current.isValid():
            self.move_down()
            return
        anchor = next((c for c in (anchor, self._anchor) if c is not None), current.column())
        if self.is_data_row(current.row()):
            cols = sorted((c for c in self.fill_columns() if (c - current.column()) * step > 0), reverse=step < 0)
            for col in cols:
                index = self.model().index(current.row(), col)
                if self.is_tab_stop(index):
                    self._go(index)
                    self._anchor = anchor
                    return
        for r in self._data_rows_after(current.row(), step):
            index = self._first_editable(r, reverse=step < 0, tab=True)
            if index.isValid():
                self._go(index)
                self._anchor = index.column() if step > 0 else None
                return

    # --- keys --------------------------------------------------------------------------------
    def cell_key(self, event: QKeyEvent) -> bool:
        """Enter or Tab on a cell not being edited: moved (True), or not a key of ours."""
        key = event.key()
        back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Backtab
        if key in ENTER_KEYS:
            self.move_down(-1 if back else 1)
            return True
        if key in TAB_KEYS:
            self.move_right(-1 if back else 1)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if is_window_key(event):
            event.ignore()  # on to the window: its tabs
            return
        if self.cell_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Text an input method (Telex, VNI, a dictation) commits on a cell not being typed in
        starts typing there with that text, as a key does: Qt opens the editor but drops the
        text (the first word of "Số liệu của BHXH" was lost)."""
        opening = (self.state() != QAbstractItemView.State.EditingState and bool(event.commitString())
                   and not event.preeditString())
        super().inputMethodEvent(event)
        editor = self.indexWidget(self.currentIndex()) if opening else None
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            QApplication.sendEvent(editor.focusProxy() or editor, event)

    def closeEditor(self, editor, hint) -> None:
        """After the editor's value went to the model: stay on a refused cell, else move
        (Enter down, Tab right), where Qt would stay (Enter) or edit the next cell (Tab)."""
        refused = self.refused(self.currentIndex())
        if hint in (EndEditHint.EditNextItem, EndEditHint.EditPreviousItem, EndEditHint.SubmitModelCache):
            super().closeEditor(editor, EndEditHint.NoHint)
            if refused:
                return
            if hint == EndEditHint.EditNextItem:
                self.move_right(1)
            elif hint == EndEditHint.EditPreviousItem:
                self.move_right(-1)
            else:
                self.move_down(1)
            return
        super().closeEditor(editor, hint)
