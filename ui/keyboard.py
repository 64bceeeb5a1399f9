"""The keyboard in every dialog, for a person who types and never reaches for the mouse.

A dialog opens with the cursor in its first field; Tab goes field to field in reading
order, then to the buttons; Enter accepts; Escape cancels (QDialog's own); no typed
character presses a button. The pieces:

- `reading_order(*widgets)`: Tab's order, whatever order the widgets were made in (Qt's
  default is creation order: a form whose buttons are made first starts Tab on them), and
  `in_layout_order(dialog)`, the order a person reads them in;
- `search_goes_to(field, table)`: Enter or Down in a list's search field puts the keyboard on
  the first row found, chosen (a window's lists: the status of the reports, the key register);
- `one_default(default)`: Enter on a button that has the keyboard presses that button (as
  Space does; it is framed as the default while it has it); anywhere else Enter presses the
  dialog's default button, or none. Qt's autoDefault alone would leave the first button Tab
  passed over the default in a dialog without one, and Enter typed back in a field would press "Thoát";
- `EnterGoesOn`: Enter in a field goes on to the next empty field, and accepts from the
  last one (once: the key goes no further);
- `MessageBoxLetters`, installed on the application: QMessageBox presses the button whose
  mnemonic a letter is, without Alt (Qt's own behaviour): a person still typing when
  a question appears would answer it with the next "c" (Có) or "k" (Không);
- `unprompted(box)` and `with unprompted_boxes():` for a box that opens by itself, not from
  the key just pressed (a background task finishing, a timer, long work the person typed
  through): Space, Enter and Escape are ignored until the person stopped typing, so the next
  word's space does not dismiss a box nobody read (`SettleKeys`); a cell being typed in is held
  unsaved while it shows and given back when it closes (`ui.held_typing.holds_typing`).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QWidget,
)

from ui.held_typing import holds_typing

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DISMISS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Select)
MOVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
SETTLE_SECONDS = 0.6  # longer than the gap between a typist's keys, shorter than reading a line
clock = time.monotonic  # seconds; what SettleKeys measures pauses with (tests pass time by hand)
W = TypeVar("W", bound=QWidget)
COMMAND_MODIFIERS = (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                     | Qt.KeyboardModifier.MetaModifier)


def reading_order(*widgets: QWidget | None) -> None:
    """Tab visits `widgets` in this order (None and widgets that take no focus are left out)."""
    chain = [w for w in widgets if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)


class _DownToTable(QObject):
    """Down in the search field: to the first row found (`go`, True when it went)."""

    def __init__(self, field: QLineEdit, go: Callable[[], bool]):
        super().__init__(field)
        self.go = go
        field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            return self.go()
        return super().eventFilter(watched, event)


def search_goes_to(field: QLineEdit, table: QTableView,
                   chosen: Callable[[object], None] | None = None) -> Callable[[], bool]:
    """Enter or Down in the search `field`: the first row `table` shows (its search and filters
    applied, as sorted) made current and chosen, the keyboard on the table, then `chosen(index)`
    (what the window shows of the row chosen). Nothing shown: the keys stay in the field. Up and
    Down then move in the table as before. Returns the step, for a window to call itself."""
    def go() -> bool:
        model = table.model()
        if model.rowCount() == 0:
            return False
        index = model.index(0, table.horizontalHeader().logicalIndex(0))
        table.setCurrentIndex(index)
        table.selectRow(0)
        table.scrollTo(index)
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if chosen is not None:
            chosen(index)
        return True

    field.returnPressed.connect(go)
    _DownToTable(field, go)
    return go


def in_layout_order(widget: QWidget) -> list[QWidget]:
    """The widgets inside `widget` in the order its layouts place them, nested ones included:
    a form's label then field, row after row, a button box's buttons as it shows them. That is
    reading order, whatever order the widgets were made in.

    Positions are asked of each layout (`indexOf`), never its items (`itemAt`): PySide keeps the
    wrapper of an item it handed out alive with the layout, and once Qt deletes that item (a
    widget removed, a box laid out again) the next object made at its address came back as a
    "QWidgetItem" or "QSpacerItem": an AttributeError, or a crash in a later window."""
    found: list[QWidget] = []

    def walk(layout: QLayout) -> None:
        owner = layout.parentWidget()
        widgets = owner.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if owner else []
        inner = layout.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly)
        placed = [(layout.indexOf(w), w) for w in widgets] + [(layout.indexOf(sub), sub) for sub in inner]
        for _index, placed_one in sorted((p for p in placed if p[0] >= 0), key=lambda p: p[0]):
            if isinstance(placed_one, QLayout):
                walk(placed_one)
                continue
            found.append(placed_one)
            shown = placed_one.widget() if isinstance(placed_one, QScrollArea) else placed_one  # a scrolled form
            if shown is not None and shown.layout() is not None:
                walk(shown.layout())

    if widget.layout() is not None:
        walk(widget.layout())
    return found


def one_default(default: QPushButton | None, dialog: QDialog | None = None) -> None:
    """Enter in `dialog` presses `default` (None: no button), and on a button that has the keyboard,
    that button (`_FocusedIsDefault`)."""
    dialog = dialog or (default.window() if default is not None else None)
    if dialog is None:
        return
    for old in dialog.findChildren(_FocusedIsDefault, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.leave()  # called again (the default changed): the buttons watched once
    watch = _FocusedIsDefault(dialog, default)
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button is default)
        if button is not default:
            button.setDefault(False)
            watch.watch(button)
    if default is not None:
        default.setDefault(True)
    focused = dialog.focusWidget()
    if focused in watch.buttons and focused.hasFocus():  # called again while a button has the keyboard
        focused.setDefault(True)


class _FocusedIsDefault(QObject):
    """A button other than the default, while it has the keyboard, is the default: framed as the
    default and pressed by Enter (QPushButton's own key handling), as by Space; once the keyboard
    leaves it the dialog's default is framed and pressed by Enter again (or, with none, no button:
    Qt's autoDefault would keep the first button Tab passed over as the default). Walk U26 F1/F2:
    Tab to "Hủy", Enter read the folder, confirmed the key: the focus ring on Hủy is faint, the
    person believed Enter cancels."""

    def __init__(self, dialog: QDialog, default: QPushButton | None):
        super().__init__(dialog)
        self.default = default
        self.buttons: list[QPushButton] = []

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if not isinstance(obj, QPushButton):  # being deleted: Qt's QWidget is what is left of it
            return False
        if kind == QEvent.Type.FocusIn and event.reason() != Qt.FocusReason.PopupFocusReason:
            obj.setDefault(True)
        elif kind == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._back(obj)
        return False

    def _back(self, button: QPushButton) -> None:
        button.setDefault(False)
        if self.default is not None:
            try:
                self.default.setDefault(True)
            except RuntimeError:  # deleted
                pass

    def watch(self, button: QPushButton) -> None:
        self.buttons.append(button)
        button.installEventFilter(self)

    def leave(self) -> None:
        for button in self.buttons:
            try:
                button.removeEventFilter(self)
            except RuntimeError:
                pass
        self.setParent(None)
        self.deleteLater()


class EnterGoesOn(QObject):
    """Enter in one of `fields`: on to the next empty (enabled) field, or `submit()` from the
    last one. The key goes no further, so the dialog's default button does not act again.
    `each`: on to the very next field, filled or not (a box with a choice made by default too),
    for a form whose every field the person must see on the way (a first run: a title left at
    its default was printed under a signer who never chose it)."""

    def __init__(self, fields: Sequence[QWidget], submit: Callable[[], None], parent: QObject | None = None,
                 *, each: bool = False):
        super().__init__(parent or (fields[0] if fields else None))
        self.fields: list[QWidget] = []
        self.submit = submit
        self.each = each
        for field in fields:
            self.add(field)

    def add(self, field: QWidget) -> None:
        """One more field, after the others."""
        self.fields.append(field)
        field.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and not event.modifiers() & COMMAND_MODIFIERS and obj in self.fields):
            after = self.fields[self.fields.index(obj) + 1:]
            following = next((f for f in after if f.isEnabled() and f.isVisibleTo(f.window())
                              and (self.each or not _text(f))), None)
            if following is not None:
                following.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.submit()
            return True
        return False


def _text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.toPlainText()
    return "filled"  # a list, a box with a choice: never "empty"


class MessageBoxLetters(QObject):
    """Installed on the application: a character typed without Alt, Ctrl or Meta in a
    message box goes nowhere (Space and Enter still press the focused button, Escape
    cancels, Alt+letter presses the button of that mnemonic)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & COMMAND_MODIFIERS:
            return False
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False
        if not isinstance(obj, QWidget) or not isinstance(obj.window(), QMessageBox):
            return False
        return not isinstance(obj, (QLineEdit, QPlainTextEdit, QTextEdit))  # a field takes its letters


def ask_text(parent: QWidget | None, title: str, label: str,
             echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal, text: str = "") -> tuple[str, bool]:
    """QInputDialog.getText with this module's keys: the cursor in the field, Enter presses OK
    whatever has the focus, Escape cancels. (text, accepted)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextValue(text)
    dialog.sizeHint()  # QInputDialog makes its buttons when first laid out
    ok = next((b for b in dialog.findChildren(QPushButton)
               if dialog.findChild(QDialogButtonBox).buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole), None)
    one_default(ok, dialog)
    dialog.findChild(QLineEdit).setFocus()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text, accepted


class SettleKeys(QObject):
    """On a box that opened by itself (`unprompted`): Space, Enter or Escape dismisses it only
    when pressed after a pause of SETTLE_SECONDS without keys, counted from the moment it
    appeared. Someone typing into the table when it opens goes on typing for a moment before
    noticing it: the box takes those keys (no letter does anything in a box), and the space
    between two words, or the Enter after a figure, would otherwise press its button before
    anyone read it. Each key typed restarts the pause, so a fast typist's next space is ignored
    however long they go on; the first deliberate press after they stopped acts at once, and
    so does every key once Tab or an arrow, pressed after a pause, moved between its buttons (the
    person is using the box). A key whose press was ignored has its release ignored too (Space
    acts on release), and a key held down (auto-repeat) never counts as a pause. Tab, arrows and
    the mouse work as ever.

    Measured from the keys themselves, not a timer started when the box opens: a timer runs
    out while the person is still typing. Installed on the application while the box shows."""

    def __init__(self, box: QWidget):
        super().__init__(box)
        self.box = box
        self.quiet_since = clock()
        self.ignored = 0  # how many dismissing presses were ignored (tests, and a person's record)
        self.using = False  # moved between its buttons after a pause: every key acts
        self._let: dict[int, bool] = {}  # a dismissing key pressed in the box -> its press let through
        self._hop: tuple | None = None  # the last key event judged, and the widget it reached
        self._hop_ignored = False  # what was decided for it
        self._shows = _ShowsOf(box, self)
        if box.isVisible():
            self.shown()

    def shown(self) -> None:
        self.quiet_since = clock()
        self.using = False
        self._let.clear()
        QApplication.instance().installEventFilter(self)

    def hidden(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not isinstance(obj, QWidget):
            return False
        if obj.window() is not self.box:
            return False
        key, hop = event.key(), (kind, event.key(), event.isAutoRepeat())
        if self._hop is not None and self._hop[0] == hop and _going_up(obj, self._hop[1]):
            self._hop = (hop, obj)  # the same key, unused by the widget, on its way up to the box
            return self._hop_ignored
        self._hop = (hop, obj)
        now = clock()
        if kind == QEvent.Type.KeyPress:
            settled = self.using or (now - self.quiet_since >= SETTLE_SECONDS and not event.isAutoRepeat())
            self.quiet_since = now
            if key in MOVING_KEYS and settled:
                self.using = True
            if key not in DISMISS_KEYS:
                self._hop_ignored = False
                return False
            if not event.isAutoRepeat():
                self._let[key] = settled
            let = self._let.get(key, False)
            self.ignored += not let
        else:
            self.quiet_since = now
            if key not in DISMISS_KEYS:
                self._hop_ignored = False
                return False
            let = self._let.get(key, False) if event.isAutoRepeat() else self._let.pop(key, False)
        self._hop_ignored = not let
        return not let


class _ShowsOf(QObject):
    """Tells `guard` when `box` shows and hides (the guard watches the application meanwhile)."""

    def __init__(self, box: QWidget, guard: SettleKeys):
        super().__init__(guard)
        self.guard = guard
        box.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and obj is self.guard.box:
            self.guard.shown()
        elif event.type() == QEvent.Type.Hide and obj is self.guard.box:
            self.guard.hidden()
        return False


def _going_up(widget: QWidget, before: QWidget) -> bool:
    """`widget` is a parent of `before`: one key event passed on, not a new key."""
    try:
        return widget is not before and widget.isAncestorOf(before)
    except RuntimeError:  # `before` is gone
        return False


def unprompted(box: W) -> W:
    """`box` opened by itself, not by the key just pressed (a task finishing, a timer, the end
    of long work the person may have typed through): it ignores Space, Enter and Escape until
    the person paused (`SettleKeys`), and the cell being typed in is not saved by it taking the keyboard:
    held while it shows, given back after (`holds_typing`). Returns `box`: `unprompted(QMessageBox(...)).exec()`."""
    if box.findChild(SettleKeys, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        SettleKeys(box)
    return holds_typing(box)


@contextmanager
def unprompted_boxes() -> Iterator[None]:
    """Every dialog that opens inside the block opened by itself (`unprompted`): for a box made
    elsewhere, `show_error` after a background task failed. A dialog opened from one of them
    (a button pressed in it) was asked for, and is left alone."""
    app = QApplication.instance()
    watch = _NewDialogs()
    app.installEventFilter(watch)
    try:
        yield
    finally:
        app.removeEventFilter(watch)
        watch.deleteLater()


class _NewDialogs(QObject):
    def __init__(self):
        super().__init__()
        self.guarded: list[QWidget] = []

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow()
                and not any(_visible(b) and _opened_from(obj, b) for b in self.guarded)):
            self.guarded.append(unprompted(obj))
        return False


def _opened_from(dialog: QWidget, box: QWidget) -> bool:
    """`box` is `dialog`'s parent, or its parent's, across windows."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is box:
            return True
        parent = parent.parentWidget()
    return False


def _visible(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted
        return False
