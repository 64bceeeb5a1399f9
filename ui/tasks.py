"""Long work off the UI thread, with a progress dialog, so the window never freezes.

`BackgroundTask(parent, title, work)` runs `work(progress, cancelled)` on the global
QThreadPool: `progress(done, total, label)` may be called from the worker and updates a
QProgressDialog (a label with an English `en`, as desktop_app.core.words.Words, in the interface's
language: the services below the window are Qt-free, without tr()); `cancelled()` turns True
once the user pressed "Hủy". The result (or the exception) comes back on the UI thread
through the `finished` / `failed` signals. A worker that touches the database must open its
own connection (sqlite3 connections belong to one thread).

What `finished` and `failed` open (a "done" box, an error) opened by itself, not by the key
just pressed: someone may be typing in the window meanwhile. Those boxes ignore Space, Enter
and Escape until the person paused (`ui.keyboard.unprompted_boxes`); `unprompted=False` for
a task whose end opens nothing a stray key could answer. The progress dialog too opens by itself (after
`show_after_ms`): a cell being typed in when it appears is held unsaved and given back once it closes
(`ui.held_typing.holds_typing`), not saved by it taking the keyboard.

Python's cycle collector is paused from a task's start to its end (`desktop_app.bulk`: left
on, it ran in the worker's thread and freed the window's Qt objects there). The pause is ended
on the UI thread, once, by whichever comes first: the task's own end, or `_Ends`, an object that
lives as long as the process, to which the worker reports last. A task whose window was closed
and deleted before its end therefore still gives the collector back; the worker never does.
"""
from __future__ import annotations

import threading
from typing import Callable

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop_app import bulk
from ui.common import in_language
from ui.held_typing import holds_typing
from ui.keyboard import unprompted_boxes

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], object]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker are queued to it."""

    progress = Signal(int, int, object)  # the label as given: a str, or Words with its `en`
    done = Signal(object)
    error = Signal(object)


class _Pause:
    """One task's pause of the cycle collector, ended once by whoever ends it first."""

    def __init__(self):
        self._lock = threading.Lock()
        self._on = True
        bulk.pause()

    def end(self) -> None:  # on the UI thread only: the collector must not start in a worker
        with self._lock:
            on, self._on = self._on, False
        if on:
            bulk.resume()


class _Ends(QObject):
    """On the UI thread for the whole process: ends a task's pause even when its window is gone."""

    ended = Signal(object)  # (a _Pause, its run's _Relay), emitted by the worker as its very last step

    def __init__(self):
        super().__init__()  # no parent: nothing deletes it before the process ends
        self.ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _end(self, run: tuple[_Pause, _Relay]) -> None:
        pause, relay = run
        pause.end()
        if shiboken6.isValid(relay):
            shiboken6.delete(relay)  # here, on the UI thread, after its last signal was delivered


_ends: _Ends | None = None


def _the_ends() -> _Ends:
    """The one `_Ends`, made on first use by `start` (on the UI thread, whose object it is)."""
    global _ends
    if _ends is None or not shiboken6.isValid(_ends):
        _ends = _Ends()
    return _ends


class _Runnable(QRunnable):
    def __init__(self, work: Work, relay: _Relay, stop: threading.Event, pause: _Pause, ends: _Ends):
        super().__init__()
        self.setAutoDelete(True)
        self.work, self.relay, self.stop = work, relay, stop
        self.pause, self.ends = pause, ends

    def run(self) -> None:  # on a pool thread; the collector paused by `start`, resumed on the UI thread
        try:
            result = self.work(self._progress, self.stop.is_set)
        except BaseException as err:  # noqa: BLE001 - delivered to the UI thread
            self._emit(self.relay.error, err)
        else:
            self._emit(self.relay.done, result)
        # Last, queued after the end above: if the task is still there its end ends the pause
        # first and this does nothing; if it was deleted meanwhile, this ends it (UI thread).
        # The relay goes with it, to be deleted there: nothing emits on it any more.
        self._emit(self.ends.ended, (self.pause, self.relay))

    def _progress(self, done: int, total: int, label: str) -> None:
        self._emit(self.relay.progress, done, total, label)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window was closed meanwhile: nobody to tell
            pass


class BackgroundTask(QObject):
    """One piece of background work and its progress dialog."""

    finished = Signal(object)  # the work's result, on the UI thread
    failed = Signal(object)  # the exception, on the UI thread (ExportCancelled etc. included)

    def __init__(self, parent: QWidget | None, title: str, work: Work, *, label: str | None = None,
                 cancellable: bool = True, show_after_ms: int = 300,
                 pool: QThreadPool | None = None, unprompted: bool = True):
        super().__init__(parent)
        self._work = work
        self._unprompted = unprompted
        self._pool = pool or QThreadPool.globalInstance()
        self._stop = threading.Event()
        self._running = False
        self._pause: _Pause | None = None
        self._relay: _Relay | None = None  # the current run's (`start`)
        if label is None:
            label = self.tr("Working…")
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        holds_typing(self.dialog)  # shown by itself, maybe while a cell is typed in
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setCancelButton(None)  # the button the text made, and its Escape shortcut (one only)
        if cancellable:
            # A click or Escape (QProgressDialog's own shortcut) cancels; no key typed does: the
            # button takes no focus and is no default, so a space or Enter typed by someone still
            # typing when the dialog appears goes nowhere.
            cancel = QPushButton(self.tr("Cancel"))
            cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            cancel.setAutoDefault(False)
            self.dialog.setCancelButton(cancel)
        self.dialog.canceled.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def start(self) -> "BackgroundTask":
        self._running = True
        self.dialog.setValue(0)  # starts the minimum-duration timer: shown only if slow
        # No cycle collection while the worker runs: it would run in the worker's thread and free
        # Qt objects of the window there (desktop_app.bulk); resumed on this thread at the end.
        self._pause = _Pause()
        # One relay per run, with no parent: deleted by `_Ends` on this thread once the worker
        # has sent its last signal. Not the task's child: a window closed meanwhile would delete
        # it while the worker may be emitting on it; nor left to Python: the worker's letting go
        # of it would delete it in the worker's thread.
        relay = _Relay()
        relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        relay.error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        self._pool.start(_Runnable(self._work, relay, self._stop, self._pause, _the_ends()))
        return self

    @Slot()
    def cancel(self) -> None:
        if self._running:
            self._stop.set()
            self.dialog.setLabelText(self.tr("Stopping…"))

    def stop_and_wait(self) -> None:
        """Cancel, and wait until the worker has ended and its end was delivered (`finished` or
        `failed` emitted, their boxes answered), the window's events served meanwhile: for a window
        closing, or a person logging out, not to leave work running unseen behind them. A worker
        that looks at `cancelled()` between steps ends after the step in hand."""
        if not self._running:
            return
        self.cancel()
        self.wait()

    def wait(self) -> None:
        """Until the worker has ended and its end was delivered, the window's events served meanwhile
        (`stop_and_wait` without the cancelling: an export the person chose to wait for)."""
        if not self._running:
            return
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.failed.connect(loop.quit)
        loop.exec()

    @Slot(int, int, object)
    def _on_progress(self, done: int, total: int, label) -> None:
        if not self._running:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if label and not self._stop.is_set():
            self.dialog.setLabelText(in_language(label))  # a str, or Words with its `en`

    def _close(self) -> None:
        self._running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    @Slot(object)
    def _on_done(self, result) -> None:
        self._pause.end()
        self._close()
        self._tell(self.finished, result)

    @Slot(object)
    def _on_error(self, err) -> None:
        self._pause.end()
        self._close()
        self._tell(self.failed, err)

    def _tell(self, signal, value) -> None:
        if not self._unprompted:
            signal.emit(value)
            return
        with unprompted_boxes():  # the boxes its end opens, opened by themselves
            signal.emit(value)
