"""What was being typed in a table's cell and not yet saved with Enter or Tab, held unsaved while
something else has the keyboard, and given back in the same cell's editor (`HeldTyping`).

A cell's editor saves when it loses the keyboard (Qt's delegate), so whatever takes the keyboard
from a half-typed "52.0" would save 52 triệu under the person's name. Two things hold it:
the idle lock and the login (`ui.idle_lock.IdleLock`), and a box that opens by itself over the
window (`holds_typing`: every `ui.keyboard.unprompted` box, a background task's progress dialog).
Such a box takes the typing as it shows, before the keyboard leaves the editor, and gives it back
once the last of them closed and no other dialog is over the window (a lock shown meanwhile, a
dialog opened from the box: after it), as a spreadsheet does; the cell gone meanwhile, or the
person typing in the table again, it is dropped unseen. A log-out drops it (`drop_box_typing`).
A box the person asked for (a menu, a button, Enter) holds nothing: the editor saves as before.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QWidget,
)


class HeldTyping:
    """What was being typed in a table's cell (the entry table's, a dialog's) and not yet saved
    with Enter or Tab, taken out of its editor unsaved: an editor saves when it loses the keyboard,
    and the lock or the login takes it (walk U7: "52.0" half typed, 52 triệu saved under the
    officer's name by the lock). `give_back` opens the same cell's editor again with the text,
    the cursor at its end, to finish or Esc; dropped, nothing of it is saved or shown."""

    def __init__(self, view: QAbstractItemView, index: QModelIndex, text: str, typed: str, username: str | None):
        self.view = view
        self.index = QPersistentModelIndex(index)
        self.cell = (index.row(), index.column())  # the same cell after the table was read again
        self.saved = saved_text(index)  # what the cell held: changed elsewhere meanwhile, said when given back
        self.text = text
        self.typed = typed  # letters typed in a Có/Không list (`ui.entry_view.EntryDelegate`)
        self.username = username

    @classmethod
    def take(cls, username: str | None, window: QWidget | None = None,
             view: QAbstractItemView | None = None) -> HeldTyping | None:
        """The cell editor that has the keyboard, closed without saving; None if none has it. Another
        program having the keyboard (the editor kept open, `ui.table_keys`): the one that has it when
        `window` (or a dialog over it) has it again. `view`: only that table's editor."""
        if view is not None:
            return cls._close(view, view.indexWidget(view.currentIndex()), username)
        editor, view = QApplication.focusWidget(), None
        if editor is None and window is not None:
            editor = (QApplication.activeModalWidget() or window).focusWidget()
        while editor is not None and view is None:  # up from the editor's own parts (a list's line edit)
            parent = editor.parentWidget()
            grand = parent.parentWidget() if parent is not None else None
            if isinstance(grand, QAbstractItemView) and parent is grand.viewport():
                view = grand
            else:
                editor = parent
        return None if view is None else cls._close(view, editor, username)

    @classmethod
    def _close(cls, view: QAbstractItemView, editor: QWidget | None, username: str | None) -> HeldTyping | None:
        index = view.currentIndex()
        editing = view.state() == QAbstractItemView.State.EditingState
        if editor is None or not editing or view.indexWidget(index) is not editor:
            return None
        if isinstance(editor, QComboBox):
            text, typed = editor.currentText(), getattr(editor, "typed", "")
        else:
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            typed = ""
        # Closed as Esc closes it: the delegate's filter comes off before the keyboard leaves it.
        view.itemDelegateForIndex(index).closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return cls(view, index, text, typed, username)

    def give_back(self) -> bool:
        """The cell's editor open again with the text kept, the cursor at its end. False if the
        cell is gone (its dialog closed, the period no longer takes figures)."""
        view = self.view
        if not shiboken6.isValid(view) or not view.isVisible():
            return False
        index = QModelIndex(self.index) if self.index.isValid() else view.model().index(*self.cell)  # read again
        if not index.isValid():
            return False
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        view.edit(index)  # a slot: says nothing (the editor is there, or not)
        editor = view.indexWidget(index)
        if editor is None:
            return False
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(self.text)))
            if hasattr(editor, "typed"):
                editor.typed = self.typed
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(self.text)
            editor.moveCursor(QTextCursor.MoveOperation.End)
        else:
            editor.setText(self.text)
            editor.deselect()
            editor.end(False)
        editor.setFocus()
        return True


def saved_text(index: QModelIndex):
    """A cell's text as saved (the model's own data(), called in Python: ui.pyside_workarounds)."""
    return index.model().data(index, Qt.ItemDataRole.EditRole) if index.isValid() else None


class _BoxesHold(QObject):
    """The boxes that opened by themselves and show now, and the one typing they hold for them all."""

    def __init__(self):
        super().__init__()  # no parent: lives as long as the process
        self.boxes: list[QWidget] = []
        self.held: HeldTyping | None = None
        self.waiting: QWidget | None = None  # a dialog over the window the giving back waits for

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if event.spontaneous() or kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False  # a window minimised and restored shows and hides spontaneously: not a box closing
        if obj is self.waiting and kind == QEvent.Type.Hide:
            obj.removeEventFilter(self)
            self.waiting = None
            QTimer.singleShot(0, self._give_back)
        elif kind == QEvent.Type.Show and obj.property(_HOLDS):
            self.shown(obj)
        elif kind == QEvent.Type.Hide and obj.property(_HOLDS):
            self.hidden(obj)
        return False

    def shown(self, box: QWidget) -> None:
        """Before it has the keyboard: the cell being typed in closed unsaved, its text kept."""
        if any(b is box for b in self.boxes):
            return
        self.boxes.append(box)
        if self.held is None:
            parent = box.parentWidget()
            self.held = HeldTyping.take(None, parent.window() if parent is not None else None)

    def hidden(self, box: QWidget | None = None) -> None:
        self.boxes = [b for b in self.boxes if b is not box and _showing(b)]
        if not self.boxes and self.held is not None:
            QTimer.singleShot(0, self._give_back)  # after what the box's end opens next (another box: held on)

    def _give_back(self) -> None:
        if self.waiting is not None and not _showing(self.waiting):  # gone without hiding (deleted)
            self.waiting = None
        if self.boxes or self.held is None or self.waiting is not None:
            return
        over = QApplication.activeModalWidget()  # the lock, a dialog opened from the box: after it
        if over is not None:
            self.waiting = over
            over.installEventFilter(self)
            return
        held, self.held = self.held, None
        if shiboken6.isValid(held.view) and held.view.state() != QAbstractItemView.State.EditingState:
            held.give_back()  # a cell typed in meanwhile (a box that let the window be used): dropped

    def drop(self) -> None:
        self.held = None
        if self.waiting is not None and shiboken6.isValid(self.waiting):
            self.waiting.removeEventFilter(self)
        self.waiting = None


_HOLDS = "holdsTyping"
_hold: _BoxesHold | None = None


def _the_hold() -> _BoxesHold:
    global _hold
    if _hold is None:
        _hold = _BoxesHold()
    return _hold


def _showing(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible()


def holds_typing(box: QWidget) -> QWidget:
    """`box` opens by itself over the window: while it shows, the cell being typed in is held unsaved
    and given back when it closes (the module's words). Returns `box`."""
    if not box.property(_HOLDS):
        hold = _the_hold()
        box.setProperty(_HOLDS, True)
        box.installEventFilter(hold)
        box.destroyed.connect(lambda: QTimer.singleShot(0, hold.hidden))  # deleted while showing
        if box.isVisible():
            hold.shown(box)
    return box


def box_typing() -> HeldTyping | None:
    """The typing the boxes showing hold now (None: none)."""
    return _hold.held if _hold is not None else None


def drop_box_typing() -> None:
    """The typing held by a box dropped unseen, never given back: its person logged out."""
    if _hold is not None:
        _hold.drop()
