"""Tooltips and message boxes shown as the text they hold, never as HTML.

Qt takes a tooltip's or a box's text for rich text when its first line holds a tag it knows,
and then draws it:
pictures it loads from the path the text names (on Windows a network path, which opens a
connection when someone hovers), colours, a `<!--` that hides the rest. The province's tables
quote in their tooltips what a file from outside says (a section title, a unit's name, a
verdict), and a refusal quotes it in its box, so the check is made once for every tooltip of
the program, here, rather than in each model, and in `ui.common.show_error` for every refusal.
No tooltip or refusal of the program is meant as HTML; one that Qt would read as HTML is shown
escaped, the others as Qt shows them (their look unchanged).
"""
from __future__ import annotations

from html import escape

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QToolTip, QWidget


def plain_html(text: str) -> str:
    """`text` as HTML that draws exactly its characters, its line breaks kept."""
    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def as_plain(text: str) -> str:
    """`text` for a widget that guesses the format: unchanged unless Qt would draw it as HTML."""
    return plain_html(text) if QtGui.Qt.mightBeRichText(text) else text


def _tip_of(obj: QObject, event) -> str:
    """The tooltip Qt would show for this event: an item view's cell's, else the widget's."""
    view = obj.parent() if isinstance(obj.parent(), QAbstractItemView) else None
    if view is not None and obj is view.viewport():
        index = view.indexAt(event.pos())
        tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return tip if isinstance(tip, str) else ""
    return obj.toolTip() if isinstance(obj, QWidget) else ""


class PlainTooltips(QObject):
    """Installed on the application (`ui.app.create_application`)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        tip = _tip_of(obj, event)
        if not tip or as_plain(tip) == tip:
            return False  # Qt shows it, as plain text
        QToolTip.showText(event.globalPos(), as_plain(tip), obj)
        return True
