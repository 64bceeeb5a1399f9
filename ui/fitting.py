"""Texts that fit a 1280- or 1366-pixel-wide screen, whatever the names in them.

A unit's name, a preparer's and a signer's (up to 100 characters) and a period's dates
make lines wider than a laptop screen. A line that may be long either wraps between its
parts (`PartsLabel`: "Mã đơn vị · Người lập biểu: … · Người ký: …" breaks at a " · ",
never inside "Người lập biểu") or is cut with "…" and shown whole in its tooltip
(`ElidedLabel`, for one-line places such as the status bar). Neither asks the window to
be wider than its text's smallest part.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SEPARATOR = " · "
NO_BREAK = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"  # "Vice-chair" would break at its hyphen
# A part longer than this may break inside (a 100-character name; "Người ký: Phó Chủ tịch UBND"
# and a 40-character one stay whole): kept whole it would set
# the window's smallest width.
LONGEST_UNBROKEN = 72
MIN_ELIDED_WIDTH = 60


def kept_parts(text: str) -> str:
    """`text` with the words of each " · "-separated part held together (no-break spaces),
    so that a wrapping label breaks its line only between parts."""
    parts = text.split(SEPARATOR)
    return SEPARATOR.join(p.replace(" ", NO_BREAK).replace("-", NO_BREAK_HYPHEN) if len(p) <= LONGEST_UNBROKEN
                          else p for p in parts)


class PartsLabel(QLabel):
    """A label that wraps between the " · "-separated parts of its text (plain text)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its width is the layout's to give (by stretch factors): asking for its one-line width
        # would let a neighbour's wish squeeze it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._text = ""

    def setText(self, text: str) -> None:
        self._text = text
        super().setText(kept_parts(text))

    def text(self) -> str:
        """The text as set (ordinary spaces; the label draws it with no-break ones)."""
        return self._text

    def sizeHint(self) -> QSize:
        """The whole text on one line if there is room (a wrapping QLabel would ask for a
        narrower, taller box); the layouts give the height for the width they give."""
        one_line = self.fontMetrics().horizontalAdvance(super().text()) + 2 * self.margin() + 4
        return QSize(one_line, self.heightForWidth(one_line))


class ElidedLabel(QLabel):
    """One line, cut with "…" when narrower than its text; the whole text is then its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._tip = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of its own (shown under the whole text when the text is cut)."""
        self._tip = tip
        self._update_tip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_ELIDED_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        whole = self.text().strip() if self.is_elided() else ""
        super().setToolTip("\n".join(t for t in (whole, self._tip) if t))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())
