"""A status-bar label that keeps its whole text while the bar has room, as a QLabel does, and is cut
with "…" (whole in its tooltip) where the bar is narrower than its words: a QLabel was clipped
mid-word ("Đã nhập 7/7 chỉ tiêu cần nh", walk U19 F5)."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from ui.fitting import ElidedLabel


class SqueezedLabel(ElidedLabel):
    """An `ElidedLabel` as wide as its text at least, as a QLabel is: the status bar's other words (the
    verdicts' counts, with their own fitting) give way first, as before; only a bar narrower than
    every label's whole text cuts it, then with "…"."""

    def minimumSizeHint(self) -> QSize:
        return QLabel.minimumSizeHint(self)
