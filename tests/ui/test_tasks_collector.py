"""A background task runs with Python's cycle collector paused, and the collector comes back
on the UI thread when the task ends, finished or failed: left on, it ran in the worker's thread
and freed the window's Qt objects there (a segmentation fault "Garbage-collecting" in a run)."""
from __future__ import annotations

import gc

from ui.tasks import BackgroundTask


def test_the_collector_is_off_while_a_task_works_and_back_after_it(qtbot):
    assert gc.isenabled()
    seen = {}

    def work(progress, cancelled):
        seen["during"] = gc.isenabled()
        return "done"

    task = BackgroundTask(None, "Nhận báo cáo", work)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen["during"] is False and gc.isenabled()


def test_the_collector_comes_back_after_a_task_that_failed(qtbot):
    def work(progress, cancelled):
        raise OSError("Ổ đĩa đã đầy")

    task = BackgroundTask(None, "Xuất báo cáo", work, unprompted=False)
    with qtbot.waitSignal(task.failed, timeout=5000):
        task.start()
    assert gc.isenabled()
