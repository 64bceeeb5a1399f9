"""UI fixtures: the main window on a fresh database, and typing as a person does.

`qtbot.keyClicks` aborts the process on non-ASCII text (Qt's qasciikey.cpp), so
Vietnamese is typed one QKeyEvent per character, or committed at once with a
QInputMethodEvent as Telex/VNI input methods do.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.app import create_application
from ui.main_window import MainWindow

# 1 May 2026: Quý I is overdue, "6 tháng đầu năm 2026" is the current period.
TODAY = dt.date(2026, 5, 1)


@pytest.fixture(scope="session", autouse=True)
def _app_font(qapp):
    """The same application set-up (Vietnamese font, Vietnamese translation) as the real start."""
    create_application()
    return qapp


@pytest.fixture(autouse=True)
def _vietnamese_again():
    """Every test starts, and leaves, the interface in Vietnamese (the default), whatever it switched."""
    yield
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)
    i18n.save_language(i18n.VIETNAMESE)


@pytest.fixture
def english():
    """A function that turns the interface to English, as Cài đặt does (back to Vietnamese after the test)."""
    def switch() -> None:
        i18n.switch_language(i18n.ENGLISH)

    return switch


def focused(widget=None):
    target = QApplication.focusWidget() or widget
    assert target is not None, "no widget has the keyboard focus"
    return target


def type_text(text: str, widget=None) -> None:
    """Type `text` into the focused widget, key by key (any character, ASCII or not)."""
    for ch in text:
        target = focused(widget)
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.processEvents()  # as between a person's keystrokes


def commit_text(text: str, widget=None) -> None:
    """Commit `text` as an input method (Telex, VNI) does."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused(widget), event)
    QApplication.processEvents()


def press(key, modifiers=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
    QTest.keyClick(focused(widget), key, modifiers)
    QApplication.processEvents()  # Enter commits through a queued call, as in real use


@pytest.fixture
def make_window(qtbot):
    """Open a main window on a workspace (as after a restart: a new window each call)."""
    opened = []

    def make(workspace, today=TODAY):
        window = MainWindow(workspace, today=today)
        # A red cell a test leaves: no question when the window is closed after it.
        qtbot.addWidget(window, before_close_func=lambda w: w._refused.clear())
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.table.setFocus()
        opened.append(window)
        return window

    yield make


@pytest.fixture
def window(make_window, workspace):
    return make_window(workspace)


class Script:
    """Steps a person takes in the dialogs a call opens (modal, one after the other).

    Each step is `(kind, action)`: once a modal widget of that kind is active and has the
    keyboard focus, `action(widget)` runs; the steps are polled from the event loop the dialogs run, so the call under test
    runs as it does for a person. A failing action closes the dialogs still open (no hang)
    and is raised by `check()`, which also says which steps were never reached. A dialog
    still open `TIMEOUT_S` after the last step (its key did not close it, and nobody else
    will: the call under test waits in it) is closed too and reported, not left to hang
    the whole run.
    """

    POLL_MS = 20
    TIMEOUT_S = 15

    def __init__(self, *steps):
        import time

        self.steps = list(steps)
        self.errors: list[BaseException] = []
        self.checked = False
        self.deadline = time.monotonic() + self.TIMEOUT_S
        QTimer.singleShot(self.POLL_MS, self._poll)

    def _poll(self) -> None:
        import time

        if self.checked or self.errors:
            return
        if not self.steps:
            self._left_open()
            return
        if time.monotonic() > self.deadline:
            self.errors.append(AssertionError(f"never shown: {self.steps[0][0].__name__}"))
            close_modal_dialogs()
            return
        kind, action = self.steps[0]
        widget = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        # As a person waits for it: shown, and the keyboard in it.
        if (isinstance(widget, kind) and widget.isVisible() and focus is not None
                and (focus is widget or widget.isAncestorOf(focus))):
            self.steps.pop(0)
            self.deadline = time.monotonic() + self.TIMEOUT_S
            try:
                action(widget)
            except BaseException as err:  # noqa: BLE001 - reported by check()
                self.errors.append(err)
                close_modal_dialogs()
                return
        QTimer.singleShot(self.POLL_MS, self._poll)

    def _left_open(self) -> None:
        """After the last step, until `check()` runs: a modal dialog still open `TIMEOUT_S`
        later (the last key did not close it, or one no step expected opened) is closed and
        reported."""
        import time

        widget = QApplication.activeModalWidget()
        if time.monotonic() > self.deadline:
            if widget is None:
                return
            self.errors.append(AssertionError(
                f"{type(widget).__name__} still open {self.TIMEOUT_S} s after the last step: its key did not close it"))
            close_modal_dialogs()
            return
        QTimer.singleShot(self.POLL_MS, self._poll)

    def check(self) -> None:
        self.checked = True
        if self.errors:
            raise self.errors[0]
        assert not self.steps, f"steps never reached: {[k.__name__ for k, _ in self.steps]}"


def close_modal_dialogs() -> None:
    from PySide6.QtWidgets import QDialog

    for _ in range(10):
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, QDialog):
            return
        widget.done(0)
        QApplication.processEvents()


def click_button(box, text: str) -> None:
    """Click the button of a message box (or dialog) whose text is `text` (mnemonic & ignored)."""
    from PySide6.QtWidgets import QAbstractButton

    for button in box.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text.replace("&", ""):
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.findChildren(QAbstractButton)]}")
