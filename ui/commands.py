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
