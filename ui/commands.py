"""Undo and redo of saved edits: each command stores a field's value before and after.

The edit itself is saved when it is typed (the window calls the service first, so a
refused value never reaches the stack); the command's first redo does nothing, and
undo/redo save the stored value back through the same service.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.core.periods import Period
from ui.entry_model import shown_value
from ui.i18n import translate


class SetFieldCommand(QUndoCommand):
    def __init__(self, apply: Callable[[Period, str, str, object], bool], period: Period, code: str,
                 field: str, label: str, before, after):
        shown = shown_value(after) or translate("SetFieldCommand", "(empty)")
        super().__init__(f"{label}: {shown}")
        self.apply = apply
        self.period, self.code, self.field = period, code, field
        self.before, self.after = before, after
        self._done = True  # already saved when pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self.period, self.code, self.field, self.after)

    def undo(self) -> None:
        self.apply(self.period, self.code, self.field, self.before)


class PasteCommand(QUndoCommand):
    """A paste of several cells: undone and redone as it was saved, all its cells at once (one
    at a time, a numerator put back above the denominator still there was refused half-way)."""

    def __init__(self, apply: Callable[[Period, list, bool], bool], period: Period, text: str,
                 cells: list[tuple[str, str, object, object]]):
        super().__init__(text)
        self.apply = apply
        self.period, self.cells = period, cells  # (code, field, before, after)
        self._done = True  # already saved when pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self.period, [(code, name, after) for code, name, _, after in self.cells], False)

    def undo(self) -> None:
        self.apply(self.period, [(code, name, before) for code, name, before, _ in self.cells], True)
