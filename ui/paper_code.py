"""A dialog for a key code read on paper and typed: the province confirming a unit's key
from its signed report, a commune taking the province's key from the cover letter of its
first catalogue update. One behaviour for both: the code field has the focus, the button
goes on only once something is typed, Enter goes on wherever the focus is, Escape cancels;
a code the service refuses shows its message and leaves the dialog open with the code
selected to type again."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.actions import FAILED
from ui.keyboard import one_default, reading_order
from ui.text_scale import text_scale


def fixed_font():
    """Key codes and fingerprints in a fixed-width font, as they are compared character by character; as
    much bigger than its usual size as the application's text (Windows' "Make text bigger": at 150 % the
    codes stayed at 9 points beside 13,5-point words, helper S108). At the usual text, the system's as is."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    scale = text_scale(QApplication.font())
    if scale > 1:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


class PaperCodeDialog(QDialog):
    """`intro` above the field `label` (with its mnemonic); `go` and `cancel` the buttons'
    texts. A subclass's `check(code)` runs the service through `run_action` and returns its
    result, or FAILED when refused; `result_value` keeps what it returned once accepted."""

    def __init__(self, title: str, intro: str, label: str, accessible: str, go: str, cancel: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.result_value = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(6)
        field_label = QLabel(label)
        self.code = QLineEdit()
        self.code.setFont(fixed_font())
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(accessible)
        field_label.setBuddy(self.code)
        layout.addWidget(field_label)
        layout.addWidget(self.code)
        buttons = QDialogButtonBox()
        self.go_button = buttons.addButton(go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code.textChanged.connect(lambda t: self.go_button.setEnabled(bool(t.strip())))
        self.go_button.setEnabled(False)
        one_default(self.go_button, self)  # Enter goes on, but on "Hủy" when it has the keyboard (ui.keyboard)
        reading_order(self.code, self.go_button, self.cancel_button)
        self.code.setFocus()

    def check(self, code: str):
        raise NotImplementedError

    def accept(self) -> None:
        if not self.code.text().strip():
            return
        value = self.check(self.code.text())
        if value is FAILED:  # the message closed: the keyboard back in the code, selected to type again
            self.activateWindow()
            self.code.selectAll()
            self.code.setFocus()
            return
        self.result_value = value
        super().accept()
