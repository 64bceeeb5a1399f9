"""Undo and redo of saved edits: each command stores what it changed, before and after.

The edit itself is saved when it is typed (the window calls the service first, so a
refused value never reaches the stack); the command's first redo does nothing, and
undo/redo save the stored state back through the same service (`SavedCommand`).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.core.periods import Period
from ui.entry_model import shown_value
from ui.i18n import translate


class SavedCommand(QUndoCommand):
    """An edit already saved when it is pushed: the stack's first redo does nothing; after
    that, redo saves `after` again and undo saves `before` back (`save`)."""

    def __init__(self, text: str):
        super().__init__(text)
        self._done = True  # already saved when pushed

    def save(self, undoing: bool) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.save(undoing=False)

    def undo(self) -> None:
        self.save(undoing=True)


class SetFieldCommand(SavedCommand):
    def __init__(self, apply: Callable[[Period, str, str, object], bool], period: Period, code: str,
                 field: str, label: str, before, after):
        shown = shown_value(after) or translate("SetFieldCommand", "(empty)")
        super().__init__(f"{label}: {shown}")
        self.apply = apply
        self.period, self.code, self.field = period, code, field
        self.before, self.after = before, after

    def save(self, undoing: bool) -> None:
        self.apply(self.period, self.code, self.field, self.before if undoing else self.after)


class PasteCommand(SavedCommand):
    """A paste of several cells: undone and redone as it was saved, all its cells at once (one
    at a time, a numerator put back above the denominator still there was refused half-way).
    `refused`: what it left red, (code, field) → the text pasted, which its undo drops too."""

    def __init__(self, apply: Callable[[Period, list, bool, dict], bool], period: Period, text: str,
                 cells: list[tuple[str, str, object, object]], refused: dict[tuple[str, str], str] | None = None):
        super().__init__(text)
        self.apply = apply
        self.period, self.cells = period, cells  # (code, field, before, after)
        self.refused = refused or {}

    def save(self, undoing: bool) -> None:
        self.apply(self.period, [(code, name, before if undoing else after)
                                 for code, name, before, after in self.cells], undoing,
                   self.refused if undoing else {})


class SwitchWayCommand(SavedCommand):
    """A rate that replaced the households (or households the rate): undone and redone whole, the
    fields of both ways in one service call (one transaction), as it was saved."""

    def __init__(self, apply: Callable[[Period, str, dict], bool], period: Period, code: str, text: str,
                 before: dict[str, object], after: dict[str, object]):
        super().__init__(text)
        self.apply = apply
        self.period, self.code = period, code
        self.before, self.after = before, after

    def save(self, undoing: bool) -> None:
        self.apply(self.period, self.code, self.before if undoing else self.after)


def fields_of(command: QUndoCommand) -> set[str]:
    """The fields an undo or redo of `command` saves again (its children's, for a macro)."""
    names = {command.field} if isinstance(getattr(command, "field", None), str) else set()
    names.update(cell[1] for cell in getattr(command, "cells", ()))
    for values in (getattr(command, "before", None), getattr(command, "after", None)):
        if isinstance(values, dict):  # a rate and the households it replaced
            names.update(values)
    for i in range(command.childCount()):
        names |= fields_of(command.child(i))
    return names


def period_of(command: QUndoCommand | None):
    """The period an undo step edits (a macro's, a number moved from Ghi chú, is its first
    child's: one period), None for a step of no period."""
    if command is not None and not hasattr(command, "period") and command.childCount():
        command = command.child(0)
    return getattr(command, "period", None)
