"""What was being typed in a table's cell and not yet saved with Enter or Tab, held unsaved while
something else has the keyboard, and given back in the same cell's editor (`HeldTyping`).

A cell's editor saves when it loses the keyboard (Qt's delegate), so whatever takes the keyboard
from a half-typed "52.0" would save 52 triệu under the person's name. Two things hold it:
the idle lock and the login (`ui.idle_lock.IdleLock`), and a box that opens by itself over the
window (`holds_typing`: every `ui.keyboard.unprompted` box, a background task's progress dialog).
Such a box takes the typing as it shows, before the keyboard leaves the editor, and gives it back
once the last of them closed and no other dialog is over the window (a lock shown meanwhile, a
dialog opened from the box: after it), as a spreadsheet does; the person typing in the table again,
it is dropped unseen. Giving back follows one rule for the boxes, the lock and a refresh
(`HeldTyping.give_back`): the same cell by indicator and field, only if it still takes a figure and
the same person is logged in, said under the table (changed elsewhere meanwhile: the saved figure
named; no longer taking one: not given back). A log-out drops it (`drop_box_typing`).
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

from ui.i18n import translate


class HeldTyping:
    """What was being typed in a table's cell (the entry table's, a dialog's) and not yet saved
    with Enter or Tab, taken out of its editor unsaved: an editor saves when it loses the keyboard,
    and the lock or the login takes it (walk U7: "52.0" half typed, 52 triệu saved under the
    officer's name by the lock). `give_back` opens the same cell's editor again with the text,
    the cursor at its end, to finish or Esc; dropped, nothing of it is saved or shown."""

    def __init__(self, view: QAbstractItemView, index: QModelIndex, text: str, typed: str, username: str | None,
                 saved=None):
        self.view = view
        self.index = QPersistentModelIndex(index)
        self.key = cell_key(index)  # (indicator, field): the same cell after the table was read again (walk R20 F4)
        self.cell = (index.row(), index.column())  # a table without such a key (a dialog's)
        self.saved = saved_text(index) if saved is None else saved[0]  # what the cell held when typing began
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
        saved = getattr(editor, _SAVED_BEFORE, None)  # given back before: the figure saved when typing began
        view.itemDelegateForIndex(index).closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return cls(view, index, text, typed, username, saved)

    def give_back(self, workspace=None) -> bool:
        """The one rule for giving typing back, wherever it was held (a box, the lock, a refresh of the
        window): the same cell (its indicator and field), only if it still takes a figure (the table's
        edit triggers on, the model's cell editable) and the person who typed it is the one logged in
        (or the database has no accounts), its editor opened again with the text, the cursor at its
        end. Said under the entry table: given back as left, given back but the saved figure changed
        elsewhere meanwhile (named: Enter would replace it), or not given back as the cell no longer
        takes a figure. Another person logged in, or the table gone: dropped unseen. True if given back.
        `workspace`: who is logged in (by default the one of the window the table is in)."""
        view = self.view
        if not shiboken6.isValid(view) or not view.isVisible():
            return False
        workspace = workspace if workspace is not None else _workspace_of(view)
        if workspace is not None and not _same_person(workspace, self.username):
            return False
        index = self._cell(view)
        editor = self._open(view, index) if _takes_figure(view, index) else None
        if editor is None:
            # said after the window's "Not saved:" (an error line's start): the sentence does not say it again
            _say(view, translate("IdleLock", "“{typed}”, which you had not saved yet with Enter, is dropped: the "
                                             "figures were changed elsewhere meanwhile and this cell no longer "
                                             "takes one.").format(typed=self.text), error=True, dropped=True)
            return False
        setattr(editor, _SAVED_BEFORE, (self.saved,))  # held again (a refresh): still compared with this one
        saved = saved_text(index)
        if (saved or "") != (self.saved or ""):
            now = f"“{saved}”" if saved else translate("IdleLock", "empty")
            _say(view, translate("IdleLock", "Changed elsewhere meanwhile: this cell's saved figure is now {saved}. "
                                             "Yours, “{typed}”, is not saved yet: Enter saves it instead, Esc keeps "
                                             "what is saved.").format(saved=now, typed=self.text), error=True)
        else:
            _say(view, translate("IdleLock", "Not saved yet: “{typed}”, as you left it. Enter saves it, Esc leaves "
                                             "the cell as it was.").format(typed=self.text))
        return True

    def _cell(self, view: QAbstractItemView) -> QModelIndex:
        """The cell typed in, as the table shows it now: by indicator and field where the model looks
        cells up so (the entry table, read again: an indicator added above moves the rows)."""
        model = view.model()
        if self.key is not None and hasattr(model, "index_of"):
            return model.index_of(*self.key)
        return QModelIndex(self.index) if self.index.isValid() else model.index(*self.cell)

    def _open(self, view: QAbstractItemView, index: QModelIndex) -> QWidget | None:
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        view.edit(index)  # a slot: says nothing (the editor is there, or not)
        editor = view.indexWidget(index)
        if editor is None:
            return None
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
        return editor


def saved_text(index: QModelIndex):
    """A cell's text as saved (the model's own data(), called in Python: ui.pyside_workarounds)."""
    return index.model().data(index, Qt.ItemDataRole.EditRole) if index.isValid() else None


_SAVED_BEFORE = "heldSavedBefore"  # on an editor given back: (the figure saved when the typing began,)


def cell_key(index: QModelIndex) -> tuple[str, str] | None:
    """(indicator code, field) of an entry table's cell (`ui.entry_model.EntryModel`), None elsewhere."""
    model = index.model() if index.isValid() else None
    if model is None or not all(hasattr(model, name) for name in ("row_at", "field_at", "index_of")):
        return None
    row, field = model.row_at(index), model.field_at(index)
    return (row.indicator.code, field.field) if row is not None and field is not None else None


def _takes_figure(view: QAbstractItemView, index: QModelIndex) -> bool:
    """The cell still there and still taking a figure: the table not made read-only (a period approved
    or frozen meanwhile: `MainWindow._show_frozen` turns its edit triggers off), the cell editable."""
    return (index.isValid() and view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            and getattr(view, "read_only", False) is not True  # `ui.entry_view.EntryTable`
            and bool(index.model().flags(index) & Qt.ItemFlag.ItemIsEditable))


def _workspace_of(widget: QWidget | None):
    """The workspace of the window `widget` is in (the main window's, a dialog's over it), or None."""
    while widget is not None:
        workspace = getattr(widget, "workspace", None)
        if workspace is not None and hasattr(workspace, "has_accounts"):
            return workspace
        widget = widget.parentWidget()
    return None


def logged_in(widget: QWidget | None) -> str | None:
    """The user name logged in to the window `widget` is in (None: nobody, or no window's workspace)."""
    workspace = _workspace_of(widget)
    account = getattr(workspace, "account", None)
    return account.username if account is not None else None


def _same_person(workspace, username: str | None) -> bool:
    """The person who typed is the one logged in, or the database has no accounts at all (walk R20 F5)."""
    if not workspace.has_accounts:
        return True
    account = workspace.account
    return account is not None and account.username == username


def _say(view: QAbstractItemView, text: str, error: bool = False, dropped: bool = False) -> None:
    """Under the entry table (`MainWindow._show_feedback`); a dialog's table says nothing. `dropped`: the
    typing not given back, said again after a refresh that cleared it (`say_again_after_refresh`)."""
    global _last_said
    window = view.window()
    show = getattr(window, "_show_feedback", None)
    if show is not None and view is getattr(window, "table", None):
        show(text, error=error)
        feedback = getattr(window, "feedback", None)
        _last_said = (view, text, error, feedback.text()) if feedback is not None and dropped else None


_last_said: tuple | None = None  # the typing last dropped, said: (table, text, error, the line as it read)


def say_again_after_refresh(view: QAbstractItemView | None):
    """The line saying typing was not given back under `view` (`HeldTyping.give_back`), if it still
    reads so (nothing said there since): a function saying it again after the window was read again if
    that left the line empty (a box closing gives back, then the window active again reads what changed:
    walk R20 F2). None if there is nothing to say again."""
    said = _last_said
    feedback = getattr(view.window(), "feedback", None) if view is not None else None
    if said is None or said[0] is not view or feedback is None or feedback.text() != said[3]:
        return None
    return lambda: _say(view, said[1], said[2], dropped=True) if shiboken6.isValid(view) and not feedback.text() else None


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
            if self.held is not None:
                self.held.username = logged_in(self.held.view)  # who typed: given back only to them

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
