"""A paragraph that, parted across pages, leaves a few of its lines together on the next page."""
from __future__ import annotations

from reportlab.platypus import Paragraph

TAIL_LINES = 3  # the fewest of its lines on the next page


class LinesTogether(Paragraph):
    """A paragraph that, parted across pages, leaves `TAIL_LINES` of its lines at least on the next
    page and two at least on the first (else it starts the next page whole). reportlab's
    `allowWidows=0` keeps two: a line of the province's report naming 90 of 92 units "Chưa gửi" left
    its last two lines alone on page 2 (walk 23 L3; walk U2 F11)."""

    def split(self, aw: float, ah: float) -> list:
        self.wrap(aw, ah)
        total = len(self.blPara.lines)
        parts = super().split(aw, ah)
        if len(parts) != 2 or len(parts[1].breakLines([aw]).lines) >= TAIL_LINES:
            return parts
        on_first = total - TAIL_LINES
        return super().split(aw, on_first * self.style.leading + 0.5) if on_first >= 2 else []
