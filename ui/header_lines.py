"""A table header's words on two lines ("Chữ ký\nsố (PDF)") cut line by line, each whole where it fits.

Qt cuts a header's words as one line: "Chữ ký\nsố (PDF)" needed the width of "Chữ ký số (PDF)" to be drawn
whole, and narrower read "Chữ k…" though each of its lines fitted (helper S108: "Tình hình gửi báo cáo" at
Windows' 150 %, the PDF's signature giving room down to its header's words). A header of one line is cut
as before."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader


class LinesElided(QProxyStyle):
    """The style of a header whose words on several lines are each cut to the label's width, not together."""

    def drawControl(self, element, option, painter, widget=None):
        mode = widget.textElideMode() if isinstance(widget, QHeaderView) else Qt.TextElideMode.ElideNone
        if element == QStyle.ControlElement.CE_HeaderLabel and isinstance(option, QStyleOptionHeader) \
                and "\n" in option.text and mode != Qt.TextElideMode.ElideNone:
            metrics, width = option.fontMetrics, option.rect.width()
            cut = QStyleOptionHeader(option)
            cut.text = "\n".join(line if metrics.horizontalAdvance(line) <= width else
                                  metrics.elidedText(line, mode, width) for line in option.text.split("\n"))
            cut.version = 1  # a header option without an elide mode: drawn as cut here, not cut again whole
            return super().drawControl(element, cut, painter, widget)
        return super().drawControl(element, option, painter, widget)


def lines_elided(header: QHeaderView) -> None:
    """`header` cuts its words line by line (`LinesElided`), in the application's style."""
    style = LinesElided()
    style.setParent(header)
    header.setStyle(style)
