"""UI fixtures: the main window on a fresh database, and typing as a person does.

`qtbot.keyClicks` aborts the process on non-ASCII text (Qt's qasciikey.cpp), so
Vietnamese is typed one QKeyEvent per character, or committed at once with a
QInputMethodEvent as Telex/VNI input methods do.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
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
        qtbot.addWidget(window)
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
