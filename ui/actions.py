"""One thing the officer asked for, done through one service call, its failure shown.

The window's side of a user action, after Anki's operation layer: the widget calls
`run_action(parent, workspace.approve, period, title=...)` instead of writing its own
`try: ... except: show_error(...)`. A failure reaches the officer through the one error
function (`ui.common.show_error`: a ChiTieuError's message in the interface's language,
anything else the unexpected-error box) and the caller gets FAILED back; the caller goes
on only after a success. Long work goes through `ui.tasks.BackgroundTask` instead.

After a success the window follows at once: `run_action` emits the `changed` signal of the
window the action was asked from (its `changes`, a `Changes`), and the window reads again
what it shows: a period's state after an export or an approval, the account after a login,
the settings. Dialogs that show a refusal in their own form (a login, the start-of-term
figures) call `data_changed(self)` after their service call. One signal, so no dialog has to
know what the window shows.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.common import show_error

T = TypeVar("T")


class _Failed:
    """The result of an action that failed; its error was shown already."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED = _Failed()


class Changes(QObject):
    """A window's one signal that its data changed (whoever changed it: an action of this
    window, another account, another program); the window re-reads what it shows."""

    changed = Signal()


def data_changed(widget: QWidget | None) -> None:
    """Tell the window `widget` belongs to (itself, or through its parents) that the data
    changed; nothing when it has no `changes` (a dialog opened before any window)."""
    while widget is not None:
        changes = getattr(widget, "changes", None)
        if isinstance(changes, Changes):
            changes.changed.emit()
            return
        widget = widget.parentWidget()


def run_action(parent: QWidget | None, action: Callable[..., T], *args: Any, title: str | None = None,
               on_done: Callable[[T], Any] | None = None, reads: bool = False, **kwargs: Any) -> T | _Failed:
    """`action(*args, **kwargs)`, or FAILED once its exception has been shown over `parent`.

    `title` is the error box's title (show_error's default when None). `on_done(result)`
    runs after a success only, then the window of `parent` is told its data changed
    (`data_changed`), unless `reads` says the call only reads. An action may return None or
    another false value: test `result is FAILED` to know whether it failed.
    """
    try:
        result = action(*args, **kwargs)
    except Exception as err:  # noqa: BLE001 - every failure reaches the officer, none dies silently
        show_error(parent, err, title)
        return FAILED
    if on_done is not None:
        on_done(result)
    if not reads:
        data_changed(parent)
    return result
