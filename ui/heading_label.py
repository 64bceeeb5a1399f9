"""The header's two titles (the unit's name, the period shown): bold, as much bigger than the
application's text as at the usual 9 points (15 and 13 points there). They were 15 and 13 points
whatever the text size: with Windows' "Make text bigger" at 150 % (13,5-point text) the period's
title was no bigger than the details under it (walk U19 F6)."""
from __future__ import annotations

from PySide6.QtGui import QFont

from ui.fitting import ElidedLabel
from ui.text_scale import text_scale


class HeadingLabel(ElidedLabel):
    """An `ElidedLabel` in bold, `points` points at the usual text size, scaled with the text."""

    def __init__(self, points: float, parent=None):
        super().__init__("", parent)
        font = QFont(self.font())
        font.setPointSizeF(points * text_scale(font))
        font.setBold(True)
        self.setFont(font)
