"""The cycle collector a background task paused comes back when the task ends even if the
window that started it was closed (deleted) meanwhile: before, the end went to the deleted
window and the collector stayed off for the rest of the session."""
from __future__ import annotations

import gc
import threading

import shiboken6
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
