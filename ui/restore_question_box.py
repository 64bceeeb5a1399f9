"""The question before Tệp › Khôi phục… replaces the data: the question and its Có/Không always in sight on a
1366×768 laptop, whatever the restore would undo (walk U24 F4: four periods' approvals made a box 500×798 px, its
last lines and buttons under the taskbar). What it would undo is said whole in a frame under the question, as tall as
the screen leaves room for: longer, the frame scrolls."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QWidget,
)

from ui.i18n import translate

TITLE_BAR = 48  # room kept for the window's title bar and frame, which Windows draws outside its geometry


class RestoreQuestion(QMessageBox):
    """"Replace all the present data with the backup …?" with Có and Không; `warning` (what the restore would undo,
    None when nothing): in a frame under the question, Không then the default (Enter does not restore)."""

    def __init__(self, question: str, warning: str | None, parent: QWidget | None = None,
                 answers: tuple[str, str] | None = None):
        """`answers`: the texts of a restoring button and a cancelling one (the default) instead of Có and Không:
        the restore at start's question when it would take accounts away ("Vẫn khôi phục" / "Hủy"); `go` then is
        the restoring button, which `restores()` says was pressed."""
        super().__init__(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
                         translate("backup_actions", "Restore from a backup"), question,
                         QMessageBox.StandardButton.NoButton if answers else
                         QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        if answers:
            self.go = self.addButton(answers[0], QMessageBox.ButtonRole.AcceptRole)
            self.setDefaultButton(self.addButton(answers[1], QMessageBox.ButtonRole.RejectRole))
        else:
            self.go = self.button(QMessageBox.StandardButton.Yes)
            self.setDefaultButton(QMessageBox.StandardButton.No if warning else QMessageBox.StandardButton.Yes)
        self.warning: QLabel | None = None
        self.scroll: QScrollArea | None = None
        if warning:
            self._add_warning(f"⚠ {warning}")

    def _add_warning(self, text: str) -> None:
        self.warning = QLabel(text)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons quoted: not HTML
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.warning.setContentsMargins(0, 0, 4, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.warning)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # after a Tab, arrows and PgDn read on
        # the arrows and the wheel scroll by whole lines (a page is the frame's whole lines): none cut in half
        self.scroll.verticalScrollBar().setSingleStep(self.warning.fontMetrics().lineSpacing())
        self.scroll.setAccessibleName(translate("backup_actions", "Restore from a backup"))
        # as wide as 60 characters of the text, so that a bigger text wraps to as many lines, not more
        self.scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.scroll.setFixedHeight(self.fontMetrics().lineSpacing() * 6)  # fitted once shown (_fit)
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        row, column, _rows, _columns = grid.getItemPosition(grid.indexOf(self.findChild(QLabel, "qt_msgbox_label")))
        # the row under the question (the informative text's, which this box has not): the buttons stay under it
        grid.addWidget(self.scroll, row + 1, column, 1, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)  # QMessageBox sizes itself there, the frame at its first height
        if self.scroll is not None:
            self._fit()

    def _fit(self) -> None:
        """The frame as tall as its text, within what the screen leaves under the title bar (`TITLE_BAR`) once the
        question and the buttons are placed; longer, it scrolls, framed. The box then moved where all of it is in
        sight."""
        layout = self.layout()
        layout.setGeometry(self.rect())  # the widths QMessageBox gave, now (their resize is delivered later)
        screen = self.screen().availableGeometry()
        title = max(self.frameGeometry().height() - self.height(), TITLE_BAR)
        limit = screen.height() - title
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # tall enough for its text wrapped beside a scroll bar: one shown for a moment (as the box is laid out) goes
        # again, where the text's own height left it shown for good, two lines hidden (a scroll bar for nothing)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.scroll)
        self.scroll.setFixedHeight(self.warning.heightForWidth(self.scroll.width() - bar))
        total = self._tall()
        if total > limit:  # it scrolls: framed, the text wrapped beside the scroll bar, the frame what is left
            self.scroll.setFrameShape(QScrollArea.Shape.StyledPanel)
            others = total - self.scroll.height()
            self.scroll.setFixedHeight(self._whole_lines(limit - others))
            total = self._tall()
        self.setFixedSize(self.width(), total)
        self._move_into(screen, title)

    def event(self, event) -> bool:
        done = super().event(event)  # on a layout's request QMessageBox sizes itself again (its updateSize)
        if event.type() == QEvent.Type.LayoutRequest and self.scroll is not None and self.isVisible():
            self._within_screen()
        return done

    def _within_screen(self) -> None:
        """Should QMessageBox size itself again (its updateSize, on a layout's request) past the screen: the frame
        made shorter by what the box passes the screen by; the box moved into sight."""
        screen = self.screen().availableGeometry()
        title = max(self.frameGeometry().height() - self.height(), TITLE_BAR)
        over = self.height() + title - screen.height()
        if over > 0:
            self.scroll.setFrameShape(QScrollArea.Shape.StyledPanel)
            self.scroll.setFixedHeight(self._whole_lines(self.scroll.maximumHeight() - over))
            self.setFixedSize(self.width(), self._tall())
        self._move_into(screen, title)

    def _move_into(self, screen, title: int) -> None:
        frame = self.frameGeometry()
        top = min(frame.top(), screen.top() + screen.height() - (self.height() + title))
        left = min(max(frame.left(), screen.left()), screen.left() + screen.width() - frame.width())
        self.move(left, max(top, screen.top()))

    def _tall(self) -> int:
        """The box's height at its width: the layout's for that width, its size hint's where the layout has none
        (-1: a box 0 pixels tall on a 1366×728 screen, S129)."""
        total = self.layout().totalHeightForWidth(self.width())
        return total if total > 0 else self.layout().totalSizeHint().height()

    def restores(self) -> bool:
        """Whether the person answered with the restoring button (Có, or `answers`' first)."""
        return self.clickedButton() is self.go

    def _whole_lines(self, height: int) -> int:
        """The frame's `height` made no taller and showing whole lines of its text, never fewer than three: the last
        line in sight is never cut in half (S129: at 150 % the frame left what was left, half a line)."""
        edge = 2 * self.scroll.frameWidth()
        line = self.warning.fontMetrics().lineSpacing()
        return max((height - edge) // line, 3) * line + edge

    def said(self) -> str:
        """All the box says: the question and what the restore would undo."""
        return self.text() + ("\n\n" + self.warning.text() if self.warning is not None else "")
