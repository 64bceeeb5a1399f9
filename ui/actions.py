"""One thing the officer asked for, done through one service call, its failure shown.

The window's side of a user action, after Anki's operation layer: the widget calls
`run_action(parent, workspace.approve, period, title=...)` instead of writing its own
`try: ... except: show_error(...)`. A failure reaches the officer through the one error
function (`ui.common.show_error`: a ChiTieuError's message in the interface's language,
anything else the unexpected-error box) and the caller gets FAILED back; the caller goes
on only after a success. Long work goes through `ui.tasks.BackgroundTask` instead.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

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


def run_action(parent: QWidget | None, action: Callable[..., T], *args: Any, title: str | None = None,
               on_done: Callable[[T], Any] | None = None, **kwargs: Any) -> T | _Failed:
    """`action(*args, **kwargs)`, or FAILED once its exception has been shown over `parent`.

    `title` is the error box's title (show_error's default when None). `on_done(result)`
    runs after a success only. An action may return None or another false value: test
    `result is FAILED` to know whether it failed.
    """
    try:
        result = action(*args, **kwargs)
    except Exception as err:  # noqa: BLE001 - every failure reaches the officer, none dies silently
        show_error(parent, err, title)
        return FAILED
    if on_done is not None:
        on_done(result)
    return result
