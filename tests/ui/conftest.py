"""UI fixtures: the main window on a fresh database, and typing as a person does.

`qtbot.keyClicks` aborts the process on non-ASCII text (Qt's qasciikey.cpp), so
Vietnamese is typed one QKeyEvent per character, or committed at once with a
QInputMethodEvent as Telex/VNI input methods do.
"""
from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

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
def _document_box_accepted(request, monkeypatch):
    """The number and date box an approval's first export asks (ui/document_dialog.py), accepted as shown (no
    number: written by hand, the date it proposes), as Alt+V then Enter do, in every test but those of the box
    itself (`document_box`): an export refused there shows its error in the box and exports nothing, as a person's would."""
    if "document_box" in request.keywords:
        return
    from ui.document_dialog import DocumentDialog

    def accepted(dialog):
        if not dialog.number.text():  # no number: the choice of one written by hand, as Alt+V makes it
            dialog.by_hand.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", accepted)


@pytest.fixture
def english():
    """A function that turns the interface to English, as Cài đặt does (back to Vietnamese after the test)."""
    def switch() -> None:
        i18n.switch_language(i18n.ENGLISH)

    return switch


def window_in_english(window, qtbot, english) -> None:
    """Cài đặt › English on the entry window, the keyboard back in it as after the settings dialog."""
    english()
    QApplication.processEvents()  # the language change reaches every widget
    window.reload(window.period)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.table.setFocus()


def shot(widget, name: str) -> None:
    """`widget` as a person sees it, saved as NAME.png in the folder CHITIEU_SHOTS names (to look at
    while building a window); nothing without it, so that a test run writes nothing outside its own."""
    folder = os.environ.get("CHITIEU_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


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
        qtbot.waitUntil(window.isActiveWindow, timeout=10000)
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
    keyboard focus, `action(widget)` runs; the steps are polled from the event loop the dialogs
    run, so the call under test runs as it does for a person. A failing action closes the
    dialogs still open and is raised by `check()`, which also says which steps were never
    reached.

    Nothing may hang the whole run (a CI run once waited 75 minutes in a box no step expected):
    - a step waits `TIMEOUT_S` for its dialog, then the dialogs are closed and it is reported;
    - the watch goes on while an action runs: a dialog the action opened at once (a key that
      landed on the wrong button) is closed `TIMEOUT_S` later and reported;
    - after a failure, whatever the call under test still opens is closed, until `check()`;
    - a dialog still open `TIMEOUT_S` after the last step is closed and reported.
    A match is acted on one turn of the event loop later, if it still holds: a box whose button
    was clicked is hidden before its `exec()` returns, and in that same turn the dialog under it
    looks ready though the code after `exec()` (what the answer does) has not run yet.
    """

    POLL_MS = 20
    TIMEOUT_S = 15

    def __init__(self, *steps):
        self.steps = list(steps)
        self.errors: list[BaseException] = []
        self.checked = False
        self.acting = False
        self.deadline = time.monotonic() + self.TIMEOUT_S
        QTimer.singleShot(self.POLL_MS, self._poll)

    def _ready(self, kind) -> QWidget | None:
        """The active modal widget when it is of `kind`, shown, and has the keyboard."""
        widget = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        # `widget is not None` first: a step of kind `object` (any dialog) would match None,
        # and the exception would end the watch with the call under test waiting in its box.
        if (widget is not None and isinstance(widget, kind) and widget.isVisible() and focus is not None
                and (focus is widget or widget.isAncestorOf(focus))):
            return widget
        return None

    def _fail(self, error: BaseException) -> None:
        self.errors.append(error)
        self.deadline = time.monotonic() + self.TIMEOUT_S
        close_modal_dialogs()

    def _poll(self) -> None:
        # Whatever a poll raises is reported by check(): an exception escaping the timer would
        # end the watch, and the call under test would wait in its dialog until the run's timeout.
        try:
            self._watch()
        except BaseException as err:  # noqa: BLE001 - reported by check()
            self._fail(err)
            QTimer.singleShot(self.POLL_MS, self._poll)

    def _watch(self) -> None:
        if self.checked:
            return
        now = time.monotonic()
        if self.errors:  # what the call under test opens after a failure waits for nobody
            if now < self.deadline:
                close_modal_dialogs()
                QTimer.singleShot(self.POLL_MS, self._poll)
            return
        if self.acting:  # an action waits in a dialog it opened: watch it
            if now > self.deadline:
                opened = QApplication.activeModalWidget()
                self._fail(AssertionError(
                    f"{type(opened).__name__} opened by a step's own keys and left open {self.TIMEOUT_S} s"))
            QTimer.singleShot(self.POLL_MS, self._poll)
            return
        if not self.steps:
            self._left_open(now)
            return
        if now > self.deadline:
            self._fail(AssertionError(f"never shown: {self.steps[0][0].__name__}"))
            QTimer.singleShot(self.POLL_MS, self._poll)
            return
        if self._ready(self.steps[0][0]) is not None:
            QTimer.singleShot(0, self._act)
        else:
            QTimer.singleShot(self.POLL_MS, self._poll)

    def _act(self) -> None:
        """The step, if its dialog is still ready one turn of the event loop later."""
        if self.checked or self.errors:
            return
        kind, action = self.steps[0]
        widget = self._ready(kind)
        if widget is not None:
            self.steps.pop(0)
            self.deadline = time.monotonic() + self.TIMEOUT_S
            self.acting = True
            QTimer.singleShot(self.POLL_MS, self._poll)  # the watch, while the action runs
            try:
                action(widget)
            except BaseException as err:  # noqa: BLE001 - reported by check()
                self.acting = False
                self._fail(err)
                return
            self.acting = False
            self.deadline = time.monotonic() + self.TIMEOUT_S
        else:
            QTimer.singleShot(self.POLL_MS, self._poll)

    def _left_open(self, now: float) -> None:
        """After the last step, until `check()` runs: a modal dialog still open `TIMEOUT_S`
        later (the last key did not close it, or one no step expected opened) is closed and
        reported."""
        widget = QApplication.activeModalWidget()
        if now > self.deadline:
            if widget is not None:
                self._fail(AssertionError(
                    f"{type(widget).__name__} still open {self.TIMEOUT_S} s after the last step: its key did not close it"))
                QTimer.singleShot(self.POLL_MS, self._poll)
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


@pytest.fixture
def text_size():
    """Sets the application's font to `percent` of 9 pt, as Windows' "Make text bigger" does (walk U19);
    the font as it was after the test."""
    before = QFont(QApplication.font())

    def scale(percent: int) -> None:
        font = QFont(before)
        font.setPointSizeF(9 * percent / 100)
        QApplication.setFont(font)

    yield scale
    QApplication.setFont(before)
