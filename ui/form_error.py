"""The line under a form that says why what was typed is refused: red, wrapped, hidden while there is nothing
to say. The number and date box (ui/document_dialog.py) and the province's two settings dialogs each built it
from a QLabel by hand, three times alike.

A screen reader reads the refusal itself: it is the line's accessible name, kept with its text (a fixed name,
as "Error message", would be read instead of the refusal)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.common import ERROR_TEXT


class FormError(QLabel):
    """`setText` a refusal to show it; `clear()` (or an empty text) hides the line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")
