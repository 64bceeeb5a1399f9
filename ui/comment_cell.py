"""A comment cell (Ghi chú) of the entry table: drawn at most COMMENT_LINES lines tall, cut with
"…" (`cut_comment`, `comment_height`), and typed in a box of several lines (`CommentEditor`), for an
explanation of a few hundred words (a line edit held 1.000 characters on one line, its beginning
out of sight). The selected row's comment is shown whole under the table (`ui.row_comment`).

The editor's keys are the table's (`ui.entry_view.EntryDelegate`, which sees them first): Enter saves and
goes down, Tab saves and goes to the next cell, Esc drops what was typed, as in every cell of the
table. A new line is Shift+Enter, or Alt+Enter as in Excel. It is taller than its row when the row
is short (`editor_rect`), over the rows under it but never the verdict on its left, and says the characters left near the limit the
save counts (`validation.MAX_TEXT`), in the narrative's words.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from desktop_app.core.numbers import format_number
from desktop_app.core.validation import MAX_TEXT, typed_text, without_format
from ui import colours
from ui.colours import Meaning
from ui.i18n import translate
from ui.table_keys import ENTER_KEYS

COMMENT_LINES = 4  # the most lines a comment makes its row (a name, a target wrap to as many)
NEW_LINE_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
EDIT_LINES = 6  # the editor's height at least, in lines, whatever its row's
EDIT_CHARACTERS = 48  # at least this many a line times EDIT_LINES (Ghi chú is narrow at 1366 pixels: more lines)
COUNT_FROM = MAX_TEXT // 2  # the characters left are said once fewer than this remain


def comment_height(metrics: QFontMetrics, width: int, text: str) -> int:
    """The height of a comment wrapped to `width`, at most COMMENT_LINES lines."""
    whole = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
    return min(whole, COMMENT_LINES * metrics.lineSpacing())


def cut_comment(option) -> str:
    """A comment taller than its cell (its row is at most COMMENT_LINES lines): the lines that
    fit, the last ending in "…", as the style wraps them (Qt's own elision still drew part of
    the next line under it). Its tooltip and its editor hold it whole."""
    text = option.text
    style = option.widget.style() if option.widget else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
    width = rect.width() - 2 * margin
    layout = QTextLayout(text.replace("\n", "\u2028"), option.font)  # a line break, as the style takes it
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrapping)
    layout.beginLayout()
    starts, height = [], 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if starts and height + line.height() > rect.height():
            layout.endLayout()
            rest = text[starts[-1]:].replace("\n", " ")
            return text[:starts[-1]] + QFontMetrics(option.font).elidedText(
                rest, Qt.TextElideMode.ElideRight, width)
        starts.append(line.textStart())
        height += line.height()
    layout.endLayout()
    return text


def is_new_line(event: QKeyEvent) -> bool:
    """Shift+Enter or Alt+Enter: a line break in the comment (Enter alone saves it)."""
    return event.key() in ENTER_KEYS and bool(event.modifiers() & NEW_LINE_MODIFIERS)


def editor_rect(cell: QRect, room: QRect, metrics: QFontMetrics) -> QRect:
    """Where the editor of a comment is: over its cell and the rows under it, never over the cells
    on its left (Đánh giá, the verdict the comment explains, stayed hidden under it: walk 26). At
    least EDIT_LINES lines tall; taller where the column is narrower than EDIT_CHARACTERS (Ghi chú
    at 1366 pixels), to hold as much, as far as the foot of the table (`room`) leaves room under
    its row; a row near the foot has its EDIT_LINES lines going up from there."""
    width = min(cell.width(), room.right() + 1 - cell.left())
    per_line = max(1, width // max(1, metrics.averageCharWidth()))
    least = EDIT_LINES * metrics.lineSpacing() + 8
    tall = max(least, -(-EDIT_LINES * EDIT_CHARACTERS // per_line) * metrics.lineSpacing() + 8)
    height = min(max(cell.height(), least, min(tall, room.bottom() + 1 - cell.top())), room.height())
    top = max(room.top(), min(cell.top(), room.bottom() + 1 - height))
    return QRect(cell.left(), top, width, height)


class CommentEditor(QPlainTextEdit):
    """A comment's text, wrapped on as many lines as it takes; `text` and `setText` as a line
    edit's (the delegate reads and fills every editor alike)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commentEditor")
        self.setFrameShape(QFrame.Shape.Box)  # taller than its row: where it ends shows
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)  # Tab never typed in it (the delegate takes it first anyway)
        self.count = QLabel(self)  # the characters left, said near the limit (`_show_count`), under the text
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setWordWrap(True)  # "Quá 16 ký tự (tối đa 4.000)" in a narrow column
        self.count.setBackgroundRole(QPalette.ColorRole.Base)  # over the cells under the editor
        self.count.setAutoFillBackground(True)
        self.count.hide()
        self.textChanged.connect(self._show_count)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """The cell's text, all of it selected as a line edit's is when its cell opens: a key typed
        replaces it, as in a spreadsheet."""
        self.setPlainText(text)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_new_line(event):  # a line break, never Qt's line separator (U+2028) of Shift+Enter
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def _show_count(self) -> None:
        """Quiet while there is room; fewer than `COUNT_FROM` characters left: how many, in grey;
        over the limit: by how many, in red (counted as the save counts them)."""
        left = MAX_TEXT - len(without_format(typed_text(self.toPlainText())))
        if left >= COUNT_FROM:
            self.count.hide()
            self.setViewportMargins(0, 0, 0, 0)
            return
        if left >= 0:
            self.count.setText(translate("NarrativePanel", "{count} characters left").format(
                count=format_number(left, 0)))
            self.count.setStyleSheet(colours.style(Meaning.NOTE, self.count))
        else:
            self.count.setText(translate("NarrativePanel", "{count} characters over the limit of {most}").format(
                count=format_number(-left, 0), most=format_number(MAX_TEXT, 0)))
            self.count.setStyleSheet(colours.style(Meaning.REFUSAL, self.count, "font-weight: bold;"))
        self._place_count()
        self.count.show()

    def _place_count(self) -> None:
        """Under the text, across the editor (the text scrolls above it, never hidden by it)."""
        width = self.viewport().width() - 4
        height = max(self.count.heightForWidth(width), self.count.sizeHint().height())
        self.setViewportMargins(0, 0, 0, height)
        text = self.viewport().geometry()  # over the margin just made
        self.count.setGeometry(text.left() + 2, text.bottom() + 1, width, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.count.isHidden():
            self._place_count()
