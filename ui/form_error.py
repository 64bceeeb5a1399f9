"""The line under a form that says why what was typed is refused: red, wrapped, hidden while there is nothing
to say. The number and date box (ui/document_dialog.py) and the province's two settings dialogs each built it
from a QLabel by hand, three times alike.

A screen reader reads the refusal itself: it is the line's accessible name, kept with its text (a fixed name,
as "Error message", would be read instead of the refusal).

A window does not grow by itself for a wrapped line shown after it opened (Qt sizes a window once, not by
height for width): a refusal of five lines was drawn under the form's buttons, its end unread. The line grows
its window to what the layout needs at the window's width."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui import colours
from ui.colours import Meaning


class FormError(QLabel):
    """`setText` a refusal to show it; `clear()` (or an empty text) hides the line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(colours.style(Meaning.REFUSAL, self))  # light red on a dark palette
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if text:
            self._fit_window()

    def _fit_window(self) -> None:
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible():
            return  # a window not shown yet is sized when shown, with the line in it
        layout.activate()
        width = window.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        room = window.screen().availableGeometry().height() if window.screen() else need
        if need > window.height():
            window.resize(width, min(need, room))

    def clear(self) -> None:
        self.setText("")
