"""The selected row's comment, whole, under the entry table: beside the selected cell's line, in
the `ui.entry_messages.MessageArea`. Its table cell shows at most a few lines, cut with "…"
(`ui.comment_cell`): an officer going down the rows with the arrow keys reads here the explanation
written for each, wrapped, scrolled when long, and can select and copy it; nothing is typed here
(Enter or a letter on the Ghi chú cell opens its editor). Hidden on a row without a comment.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from ui import colours
from ui.colours import Meaning
from ui.i18n import translate


class RowComment(QFrame):
    """The comment of the row the cursor is on (`show_comment`), as saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rowComment")
        self.setStyleSheet("#rowComment { border-left: 1px solid #c8c8c8; } "
                           f"#rowComment QLabel {{ {colours.style(Meaning.NOTE, self)} }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text = QPlainTextEdit()
        self.text.setObjectName("rowCommentText")
        self.text.setReadOnly(True)  # selectable with the mouse and, once clicked in, the keys
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the table
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self._retranslate()
        self.hide()

    def show_comment(self, comment: str) -> bool:
        """Show `comment` (hidden when empty); a comment shown already keeps where it was scrolled.
        True if the panel appeared or went (the line beside it has another width)."""
        if self.text.toPlainText() != comment:
            self.text.setPlainText(comment)
        was_shown = not self.isHidden()
        self.setHidden(not comment)
        return was_shown != bool(comment)

    def _retranslate(self) -> None:
        self.title.setText(translate("MainWindow", "Comment") + ":")
        self.text.setAccessibleName(translate("MainWindow", "Comment, explanation"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
