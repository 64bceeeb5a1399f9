"""A wrapping label that no long word widens: a folder's path or a login in a heading.

A word-wrapping QLabel is as wide as its longest word at least, and asks its window to be: one
folder name of 192 characters without a space made the province window 1.493 px wide on a
1366-px screen, its period's box cut (red-team 31 F4). Here a word longer than
`ui.fitting.LONGEST_UNBROKEN` may break after every `PIECE` characters (a zero-width space drawn
there, never before a combining mark), one longer than `LONGEST_SHOWN` is cut in its middle with
"…" (a 3.000-character login), the whole text then in the tooltip; and the label's width is the
layout's to give, never its text's. `text()` is the text as set.
"""
from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.fitting import LONGEST_UNBROKEN

PIECE = 24  # "BaoCao6ThangDauNam2026Ca": a line may end after so many characters of a long word
LONGEST_SHOWN = 3 * LONGEST_UNBROKEN  # a longer word shows its start and end (a path's last folder)
ELLIPSIS = "…"
_BREAK = "\u200b"  # zero-width space: where a line may end, nothing drawn
_LONG = re.compile(rf"\S{{{LONGEST_UNBROKEN + 1},}}")


def _shown_word(word: str) -> str:
    if len(word) > LONGEST_SHOWN:
        half = (LONGEST_SHOWN - 1) // 2
        word = word[:half] + ELLIPSIS + word[-half:]
    out = []
    for n, c in enumerate(word):
        if n and n % PIECE == 0 and not unicodedata.combining(c):
            out.append(_BREAK)
        out.append(c)
    return "".join(out)


def shown_text(text: str) -> str:
    """`text` as the label draws it: its long words breakable, the longest cut in their middle."""
    return _LONG.sub(lambda m: _shown_word(m.group()), text)


class LongWordsLabel(QLabel):
    """A plain-text, word-wrapping label whose long words break or are cut (`shown_text`), the
    whole text in its tooltip when one is cut."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name comes from outside
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._text = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._text = text
        shown = shown_text(text)
        super().setText(shown)
        self.setToolTip(text if shown.replace(_BREAK, "") != text else "")

    def text(self) -> str:
        return self._text
