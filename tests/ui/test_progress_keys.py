"""The progress dialog of a long job (export, print, send, a province intake): a space or Enter
typed by someone still typing when "Đang xuất…" appears stops nothing (its "Hủy" took both);
Escape, or a click on "Hủy", cancels."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import type_text
from ui.tasks import BackgroundTask


@pytest.fixture
def release():
    """Ends the test's job whatever the test did: a job still waiting after a failed assertion keeps
    one of the global pool's threads (as many as the machine has cores, 2 on CI) for the rest of
    the run, and every export, print or intake after it waits behind it until its own timeout."""
    event = threading.Event()
    yield event
    event.set()


def test_typing_during_a_long_job_does_not_cancel_it_escape_does(qtbot, release):
    def work(progress, cancelled):
        progress(1, 3, "Đang xuất…")
        while not cancelled() and not release.wait(0.02):
            pass
        return "cancelled" if cancelled() else "done"

    task = BackgroundTask(None, "Xuất báo cáo", work, show_after_ms=0)
    task.start()
    dialog = task.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10000)
    cancel = next(b for b in dialog.findChildren(QPushButton))
    assert cancel.text() == "Hủy" and cancel.isVisible()
    assert not cancel.hasFocus() and not cancel.isDefault()
    type_text(" của BHXH ", dialog)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert not task.cancel_requested and dialog.isVisible()
    with qtbot.waitSignal(task.finished, timeout=5000) as done:
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert task.cancel_requested and done.args == ["cancelled"]


def test_a_click_on_cancel_still_cancels(qtbot, release):
    def work(progress, cancelled):
        while not cancelled() and not release.wait(0.02):
            pass
        return "cancelled" if cancelled() else "done"

    task = BackgroundTask(None, "In báo cáo", work, show_after_ms=0)
    task.start()
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=5000) as done:
        qtbot.mouseClick(next(b for b in task.dialog.findChildren(QPushButton)), Qt.MouseButton.LeftButton)
    assert done.args == ["cancelled"]
