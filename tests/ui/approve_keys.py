"""Có to Duyệt's question by the keys a leader uses since walk U17 F9: Không is the default (Enter and Escape
answer Không), Có is its mnemonic: Alt+C in "&Có", Alt+Y in English's "&Yes"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from tests.ui.conftest import press

YES = ("&Có", "&Yes")
CLOSING_MS = 2000  # a mnemonic presses its button as a click drawn for 100 ms; the box closes after it


def yes_by_alt(box) -> None:
    """Alt and the letter of Có (Yes) on the question `box`, then wait until it has closed: a step after it (the
    box saying the period is approved) would otherwise take the question, still shown during the click, for its
    own box."""
    yes = next(b for b in box.findChildren(QAbstractButton) if b.text() in YES)
    letter = Qt.Key(ord(yes.text()[1].upper()))
    press(letter, Qt.KeyboardModifier.AltModifier, widget=QApplication.focusWidget() or box)
    waited = 0
    while box.isVisible() and waited < CLOSING_MS:
        QTest.qWait(20)
        waited += 20
    assert not box.isVisible(), f"Alt+{yes.text()[1]} left the question open"
