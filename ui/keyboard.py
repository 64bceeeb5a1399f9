"""The keyboard in every dialog, for a person who types and never reaches for the mouse.

A dialog opens with the cursor in its first field; Tab goes field to field in reading
order, then to the buttons; Enter accepts; Escape cancels (QDialog's own); no typed
character presses a button. The pieces:

- `reading_order(*widgets)`: Tab's order, whatever order the widgets were made in (Qt's
  default is creation order: a form whose buttons are made first starts Tab on them), and
  `in_layout_order(dialog)`, the order a person reads them in;
- `one_default(default)`: Enter presses the dialog's default button, whatever has the
  focus; Space presses the focused button. Qt would make any button the default once Tab
  has passed over it ("autoDefault"): Enter typed back in a field, or after a Tab too many,
  would press "Thoát";
- `EnterGoesOn`: Enter in a field goes on to the next empty field, and accepts from the
  last one (once: the key goes no further);
- `MessageBoxLetters`, installed on the application: QMessageBox presses the button whose
  mnemonic a letter is, without Alt (Qt's own behaviour): a person still typing when
  a question appears would answer it with the next "c" (Có) or "k" (Không).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COMMAND_MODIFIERS = (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                     | Qt.KeyboardModifier.MetaModifier)


def reading_order(*widgets: QWidget | None) -> None:
    """Tab visits `widgets` in this order (None and widgets that take no focus are left out)."""
    chain = [w for w in widgets if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)


def in_layout_order(widget: QWidget) -> list[QWidget]:
    """The widgets inside `widget` in the order its layouts place them, nested ones included:
    a form's label then field, row after row, a button box's buttons as it shows them. That is
    reading order, whatever order the widgets were made in."""
    found: list[QWidget] = []

    def walk(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            child = item.widget()
            if child is not None:
                found.append(child)
                inner = child.widget() if isinstance(child, QScrollArea) else child  # a scrolled form
                if inner is not None and inner.layout() is not None:
                    walk(inner.layout())
            elif item.layout() is not None:
                walk(item.layout())

    if widget.layout() is not None:
        walk(widget.layout())
    return found


def one_default(default: QPushButton | None, dialog: QDialog | None = None) -> None:
    """`default` is the only button Enter presses in its dialog (None: Enter presses none)."""
    dialog = dialog or (default.window() if default is not None else None)
    if dialog is None:
        return
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button is default)
        if button is not default:
            button.setDefault(False)
    if default is not None:
        default.setDefault(True)


class EnterGoesOn(QObject):
    """Enter in one of `fields`: on to the next empty (enabled) field, or `submit()` from the
    last one. The key goes no further, so the dialog's default button does not act again."""

    def __init__(self, fields: Sequence[QWidget], submit: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent or (fields[0] if fields else None))
        self.fields: list[QWidget] = []
        self.submit = submit
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
            empty = next((f for f in after if f.isEnabled() and f.isVisibleTo(f.window()) and not _text(f)), None)
            if empty is not None:
                empty.setFocus(Qt.FocusReason.TabFocusReason)
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
