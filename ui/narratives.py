"""The period report's narrative: three plain-text sections, saved as the officer types."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.services import NARRATIVE_SECTIONS

SAVE_DELAY_MS = 800
HINTS = {
    "ket_qua": "Những kết quả nổi bật trong kỳ: chỉ tiêu vượt, đạt; việc đã làm được.",
    "han_che": "Chỉ tiêu chưa đạt, khó khăn và nguyên nhân.",
    "phuong_huong": "Nhiệm vụ, giải pháp trọng tâm kỳ tới.",
}


class NarrativePanel(QWidget):
    """`save(section, text)` is called a moment after typing stops, on leaving a box, and on flush()."""

    def __init__(self, save: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self.save = save
        self.editors: dict[str, QPlainTextEdit] = {}
        self._dirty: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        intro = QLabel("Phần thuyết minh của báo cáo kỳ này (tự động lưu khi gõ):")
        layout.addWidget(intro)
        for section, title in NARRATIVE_SECTIONS.items():
            label = QLabel(f"<b>{title}</b>")
            editor = QPlainTextEdit()
            editor.setPlaceholderText(HINTS.get(section, ""))
            editor.setAccessibleName(title)
            editor.setTabChangesFocus(True)
            label.setBuddy(editor)
            editor.textChanged.connect(lambda s=section: self._typed(s))
            editor.installEventFilter(self)
            layout.addWidget(label)
            layout.addWidget(editor, 1)
            self.editors[section] = editor
        self._loading = False

    def set_texts(self, texts: dict[str, str]) -> None:
        self.flush()
        self._loading = True
        try:
            for section, editor in self.editors.items():
                editor.setPlainText(texts.get(section, ""))
        finally:
            self._loading = False
        self._dirty.clear()

    def _typed(self, section: str) -> None:
        if self._loading:
            return
        self._dirty.add(section)
        self._timer.start()

    def flush(self) -> None:
        """Save every section changed since the last save."""
        self._timer.stop()
        for section in sorted(self._dirty):
            self.save(section, self.editors[section].toPlainText())
        self._dirty.clear()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False
