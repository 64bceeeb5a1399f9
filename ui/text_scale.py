"""How much bigger than usual the application's text is: Windows' "Make text bigger" (Settings ›
Accessibility › Text size, 125 %, 150 %) gives Qt a bigger font on the same 1366×768 screen (walk U19).
Widths, headings and the key codes' fixed font grow by it; at the usual size nothing changes."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

USUAL_POINT_SIZE = 9


def text_scale(font: QFont) -> float:
    """How much bigger than the usual 9 points the text is (1,5 at Windows' 150 %), measured by the
    font's average character width; never below 1 (a smaller text keeps the usual widths)."""
    usual = QFont(font)
    usual.setPointSizeF(USUAL_POINT_SIZE)
    return max(1.0, QFontMetricsF(font).averageCharWidth() / QFontMetricsF(usual).averageCharWidth())
