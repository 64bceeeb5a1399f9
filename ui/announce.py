"""Say a message aloud to a screen reader (NVDA, Narrator, JAWS) without moving the keyboard.

The lines under the entry table ("Đã lưu…", "✖ Chưa lưu…") change in a label a screen reader
never visits while the cursor stays in the table: it read nothing of a refusal (walk U23 F9).
Qt 6.8+ sends an announcement (UI Automation's notification, AT-SPI's announcement) that the
screen reader speaks as it is: politely after what it is saying, or at once (`assertive`).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QStatusBar


def announce(source: QObject, message: str, assertive: bool = False) -> None:
    """`message` spoken as coming from `source` (a widget: one with an accessible interface)."""
    message = " ".join(message.split())
    if not message:
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def shown_words(label: QLabel) -> str:
    """The words `label` shows, as plain text on one line: its rich text's markup and escapes gone
    ("✖ Chưa lưu: …", not "<span style=…>✖ Chưa lưu: …</span>"), its lines joined by a space."""
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.split())


class SpokenStatusBar(QStatusBar):
    """A status bar whose every message is also said aloud, politely: the result of an action the
    window shows only there ("Đã đọc 8 tệp: …", "Đã xác nhận khóa …", "Đã sao chép tên 85 đơn vị chưa
    gửi.") was never heard by a screen reader, its cursor staying in a table (walk U26 F5). A message
    cut to the line (`ui.notices.WindowNotices.show_status_whole`: whole in the bar's accessible name)
    is said whole; the same message again is said again (the person did the same thing again)."""

    def showMessage(self, message: str, timeout: int = 0) -> None:
        super().showMessage(message, timeout)
        if message:
            announce(self, self.accessibleName() or message)
