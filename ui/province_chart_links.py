"""The names under the "Biểu đồ" tab's bars (the units without a bar: not reported, no value, …),
each a link to its row in "Tình hình gửi báo cáo", for a person at the keyboard and a screen reader."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from ui.announce import announce


class Links(QLabel):
    """The names under the bars, one Tab stop (walk U26 F6: 85 names "Chưa báo cáo" took 87 Tabs to
    pass): taking the focus by Tab (Shift+Tab) its first (last) name is chosen; the arrow keys go
    from name to name (Right, Down the next; Left, Up the one before; Home, End the first, the last),
    each said aloud; Enter opens the one chosen; Tab leaves. With no name, Tab goes on past it."""

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        # the first (last) name chosen; with none, QLabel goes on to the next control
        if (reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
                and QLabel.focusNextPrevChild(self, reason == Qt.FocusReason.TabFocusReason)):
            self._say()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab, Shift+Tab: out of the names (QLabel went to its next link)."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event) -> None:
        key, links = event.key(), self.link_starts()
        at = links.index(self.selectionStart()) if self.selectionStart() in links else -1
        goal = {Qt.Key.Key_Right: at + 1, Qt.Key.Key_Down: at + 1, Qt.Key.Key_Left: at - 1,
                Qt.Key.Key_Up: at - 1, Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(links) - 1}.get(key)
        if goal is None or not links:
            super().keyPressEvent(event)
            return
        goal = min(max(goal, 0), len(links) - 1)  # at the first or the last name: stays on it
        if at < 0:
            at = -1 if goal >= 0 else len(links)
        while at != goal:  # QLabel's own steps, never past the first or the last (it would leave)
            QLabel.focusNextPrevChild(self, goal > at)
            at += 1 if goal > at else -1
        self._say()
        event.accept()

    def link_starts(self) -> list[int]:
        """Where each name (link) begins in the text as the label holds it, in order."""
        document = QTextDocument()
        document.setHtml(self.text())
        starts, block, ended = [], document.begin(), None  # ended: (href, position) where the last link ends
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment, href = it.fragment(), it.fragment().charFormat().anchorHref()
                if href and ended != (href, fragment.position()):  # a name's bold part goes on with it
                    starts.append(fragment.position())
                ended = (href, fragment.position() + fragment.length()) if href else None
                it += 1
            block = block.next()
        return starts

    def _say(self) -> None:
        """The name chosen said aloud, and scrolled into sight (the list runs below the bars)."""
        if not self.hasSelectedText():
            return
        announce(self, self.selectedText())
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            y = self._line_y(self.selectionStart())
            at = self.mapTo(area.widget(), QPoint(0, y))
            area.ensureVisible(at.x(), at.y(), 0, 2 * self.fontMetrics().height())

    def _line_y(self, position: int) -> int:
        """How far down the label the line holding `position` is, laid out at the label's width."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self.text())
        document.setTextWidth(self.contentsRect().width())
        block = document.findBlock(position)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        top = document.documentLayout().blockBoundingRect(block).top()
        return self.contentsRect().top() + round(top + (line.y() if line.isValid() else 0))
