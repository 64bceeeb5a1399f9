"""The period report's narrative: three plain-text sections, saved as the officer types."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.core.rows import NARRATIVE_SECTIONS
from ui import labels

SAVE_DELAY_MS = 800
HINTS = {
    "ket_qua": QT_TRANSLATE_NOOP("NarrativePanel", "The period's main results: indicators exceeded or met; "
                                                   "what was done."),
    "han_che": QT_TRANSLATE_NOOP("NarrativePanel", "Indicators not met, difficulties and their causes."),
    "phuong_huong": QT_TRANSLATE_NOOP("NarrativePanel", "The main tasks and measures for the next period."),
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
        self.intro = QLabel()
        layout.addWidget(self.intro)
        self.titles: dict[str, QLabel] = {}
        for section in NARRATIVE_SECTIONS:
            label = QLabel()
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            self.titles[section] = label
            label.setBuddy(editor)
            editor.textChanged.connect(lambda s=section: self._typed(s))
            editor.installEventFilter(self)
            layout.addWidget(label)
            layout.addWidget(editor, 1)
            self.editors[section] = editor
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("The narrative of this period's report (saved as you type):"))
        for section, editor in self.editors.items():
            title = labels.narrative_title(section, NARRATIVE_SECTIONS[section])
            self.titles[section].setText(f"<b>{title}</b>")
            editor.setAccessibleName(title)
            editor.setPlaceholderText(self.tr(HINTS[section]) if section in HINTS else "")

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
