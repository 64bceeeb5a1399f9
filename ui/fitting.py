"""Texts that fit a 1280- or 1366-pixel-wide screen, whatever the names in them.

A unit's name, a preparer's and a signer's (up to 100 characters) and a period's dates
make lines wider than a laptop screen. A line that may be long either wraps between its
parts (`PartsLabel`: "Mã đơn vị · Người lập biểu: … · Người ký: …" breaks at a " · ",
never inside "Người lập biểu") or is cut with "…" and shown whole in its tooltip
(`ElidedLabel`, for one-line places such as the status bar). Neither asks the window to
be wider than its text's smallest part.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyledItemDelegate, QWidget

SEPARATOR = " · "
KEPT_SEPARATOR = "\u00a0·\u00a0"  # between two parts of one line: a line never ends with it
NO_BREAK = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"  # "Vice-chair" would break at its hyphen
# A part longer than this may break inside (a 100-character name; "Người ký: Phó Chủ tịch UBND"
# and a 40-character one stay whole): kept whole it would set
# the window's smallest width.
LONGEST_UNBROKEN = 72
MIN_ELIDED_WIDTH = 60
_FILE_NAME = re.compile(r"[\w.-]+\.db\b")


def unbroken_names(text: str) -> str:
    """`text` with the database files it names (a backup "chitieu-000002-20260615-093000-thu-cong.db") each kept on
    one line: a box wrapped one at a hyphen ("…-thu-" / "cong.db"), which read as two names. For a text shown, not
    one to copy: its hyphens are no-break ones."""
    return _FILE_NAME.sub(lambda m: m.group().replace("-", NO_BREAK_HYPHEN), text)


def unbroken_code(code: str) -> str:
    """A key code as read to be compared or typed back, on one line: a box wrapped it at a hyphen ("MC6B-2YGB-LUCA-" /
    "LZHI"), read as two."""
    return code.replace("-", NO_BREAK_HYPHEN)


def kept_parts(text: str) -> str:
    """`text` with the words of each " · "-separated part held together (no-break spaces),
    so that a wrapping label breaks its line only between parts."""
    parts = text.split(SEPARATOR)
    return SEPARATOR.join(p.replace(" ", NO_BREAK).replace("-", NO_BREAK_HYPHEN) if len(p) <= LONGEST_UNBROKEN
                          else p for p in parts)


class PartsLabel(QLabel):
    """A label that wraps between the " · "-separated parts of its text (plain text): each line
    as many whole parts as its width holds, and a line ends at the end of a part, never with
    a dangling " ·" (the separator is only said between two parts of one line)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)  # a part longer than LONGEST_UNBROKEN may still break inside
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its width is the layout's to give (by stretch factors): asking for its one-line width
        # would let a neighbour's wish squeeze it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._text = ""

    def setText(self, text: str) -> None:
        self._text = text
        super().setText(self._lines(self._inner(self.width())))

    def text(self) -> str:
        """The text as set (ordinary spaces and separators; the label draws it broken into lines)."""
        return self._text

    def shown_lines(self) -> list[str]:
        """The lines as drawn now (no-break spaces as ordinary ones)."""
        return super().text().replace(NO_BREAK, " ").replace(NO_BREAK_HYPHEN, "-").split("\n")

    def _inner(self, width: int) -> int:
        margins = self.contentsMargins()
        return width - margins.left() - margins.right() - 2 * self.margin()

    def _lines(self, width: int) -> str:
        """The parts, as many on a line as `width` holds; between two lines no separator."""
        metrics = self.fontMetrics()
        lines: list[str] = []
        for part in kept_parts(self._text).split(SEPARATOR):
            joined = lines[-1] + KEPT_SEPARATOR + part if lines else None
            if joined is not None and metrics.horizontalAdvance(joined) <= width - 1:
                lines[-1] = joined
            else:
                lines.append(part)
        return "\n".join(lines)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        lines = self._lines(self._inner(event.size().width()))
        if lines != super().text():
            super().setText(lines)

    def heightForWidth(self, width: int) -> int:
        inner = self._inner(width)
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        height = self.fontMetrics().boundingRect(QRect(0, 0, max(inner, 1), 1 << 20), flags,
                                                 self._lines(inner)).height()
        margins = self.contentsMargins()
        return height + margins.top() + margins.bottom() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        """The whole text on one line if there is room (a wrapping QLabel would ask for a
        narrower, taller box); the layouts give the height for the width they give."""
        one_line = self.fontMetrics().horizontalAdvance(kept_parts(self._text)) + 2 * self.margin() + 4
        return QSize(one_line, self.heightForWidth(one_line))

    def minimumSizeHint(self) -> QSize:
        """Its widest part (a long one as the label breaks it), every part on a line of its own."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(p) for p in kept_parts(self._text).split(SEPARATOR)
                      if len(p) <= LONGEST_UNBROKEN), default=0)
        width = widest + 2 * self.margin() + 1
        return QSize(width, self.heightForWidth(width))


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


class RoomyRows(QStyledItemDelegate):
    """A wrapped row a little taller than its lines, as the one-line rows of the other tables."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + 4)
        return size
