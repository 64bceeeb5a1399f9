"""Bulk work with the cyclic garbage collector paused.

Intake, consolidation and the consolidated exports build hundreds of thousands of small
objects that all live until the work ends (submissions, items, cells, rows of XML).
CPython's cyclic collector runs again and again while they pile up, and each full pass
walks every one of them: measured here, a fifth of a consolidation of 3.321 units and half
of the PDF written after it, for nothing, since these objects form no cycles and reference
counting frees them. The collector is paused while such work runs and resumed after it,
never collected by force (the next ordinary pass finds whatever cycles were made).

The window's background tasks pause it too, from their start to their end on the UI thread
(`ui.tasks`): left on, the collector runs in whichever thread allocates when a threshold is
crossed, and a worker building a catalogue then freed the window's Qt objects on its own
thread (a segmentation fault "Garbage-collecting" in a province test run).

The pause is process-wide (a worker thread's intake pauses it for the window too) and may
be nested or overlap between threads: the collector comes back when the last pause ends,
and only if it was on when the first began.
"""
from __future__ import annotations

import contextlib
import gc
import threading
from typing import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def pause() -> None:
    """One more pause (`resume` ends it); the collector stops with the first."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def resume() -> None:
    """One pause ended; the collector comes back with the last."""
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()
