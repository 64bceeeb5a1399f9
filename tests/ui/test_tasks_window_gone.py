"""The cycle collector a background task paused comes back when the task ends even if the
window that started it was closed (deleted) meanwhile: before, the end went to the deleted
window and the collector stayed off for the rest of the session."""
from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.tasks import BackgroundTask


def test_the_collector_comes_back_when_the_tasks_window_was_deleted_before_its_end(qtbot):
    """A task whose window is deleted while it works still leaves the collector on after its end."""
    assert gc.isenabled()
    window = QWidget()
    go_on, during = threading.Event(), {}

    def work(progress, cancelled):
        go_on.wait(5)
        during["collector"] = gc.isenabled()
        return "xong"

    task = BackgroundTask(window, "Xuất báo cáo", work, show_after_ms=60_000)
    task.start()
    shiboken6.delete(window)  # the window closed and deleted, the task with it
    assert not shiboken6.isValid(task)
    go_on.set()
    qtbot.waitUntil(lambda: "collector" in during, timeout=5000)
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    assert during["collector"] is False


def test_a_task_whose_window_stays_still_ends_as_before(qtbot):
    """A task whose window is still there delivers its result, with the collector back on."""
    window = QWidget()
    qtbot.addWidget(window)
    task = BackgroundTask(window, "Xuất báo cáo", lambda progress, cancelled: 42, show_after_ms=60_000)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42] and gc.isenabled()
    relay = task._relay
    qtbot.waitUntil(lambda: not shiboken6.isValid(relay), timeout=5000)  # not one left per task run


def test_the_tasks_messenger_is_deleted_on_the_ui_thread_when_the_window_goes_first(qtbot):
    """What carries the worker's end to the window is a Qt object of the UI thread: it is deleted
    on the UI thread after the worker's last signal, never when the worker lets go of it (freeing
    it in the worker's thread while its messages are queued is the kind of crash the collector's
    pause prevents), nor with the window while the worker may still be emitting on it."""
    window = QWidget()
    go_on, gone_in = threading.Event(), []

    def work(progress, cancelled):
        go_on.wait(5)
        return "xong"

    task = BackgroundTask(window, "Xuất báo cáo", work, show_after_ms=60_000)
    task.start()  # the worker waits for go_on
    task._relay.destroyed.connect(lambda *_: gone_in.append(threading.current_thread().name),
                                  Qt.ConnectionType.DirectConnection)
    del task
    shiboken6.delete(window)
    go_on.set()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    qtbot.waitUntil(lambda: bool(gone_in), timeout=5000)
    assert gone_in == [threading.main_thread().name]
