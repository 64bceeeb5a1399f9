"""A status-bar label that keeps its whole text while the bar has room, as a QLabel does, and is cut
with "…" (whole in its tooltip) where the bar is narrower than its words: a QLabel was clipped
mid-word ("Đã nhập 7/7 chỉ tiêu cần nh", walk U19 F5).

A text in one `<span style='color:…; font-weight:bold'>` (the report text's "✖ Chưa lưu: Kết quả đạt
được", ui/entry_area.py) is drawn as its words in that colour and weight: the label draws plain text,
and showed the markup itself (walk S107)."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPalette, Qt, QTextCursor, QTextDocument  # Qt.mightBeRichText is QtGui's
from PySide6.QtWidgets import QLabel

from ui.fitting import ElidedLabel


class SqueezedLabel(ElidedLabel):
    """An `ElidedLabel` as wide as its text at least, as a QLabel is: the status bar's other words (the
    verdicts' counts, with their own fitting) give way first, as before; only a bar narrower than
    every label's whole text cuts it, then with "…"."""

    def setText(self, text: str) -> None:
        rich = Qt.mightBeRichText(text)
        if rich or getattr(self, "_styled", False):  # a span's colour and weight, or the bar's again
            palette, font = QPalette(), QFont()  # nothing set: the bar's own
            if rich:
                document = QTextDocument()
                document.setHtml(text)
                cursor = QTextCursor(document)
                cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
                shown = cursor.charFormat()
                text = document.toPlainText()
                if shown.foreground().style() != Qt.BrushStyle.NoBrush:
                    palette.setColor(QPalette.ColorRole.WindowText, shown.foreground().color())
                font.setBold(shown.fontWeight() >= QFont.Weight.Bold)
            self.setPalette(palette)
            self.setFont(font)
            self._styled = rich
        super().setText(text)

    def minimumSizeHint(self) -> QSize:
        return QLabel.minimumSizeHint(self)
