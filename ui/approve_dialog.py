"""Duyệt's question as a dialog whose buttons are always on the screen (walk U17 F2: a second approval
with ten changed figures made a QMessageBox 714 px high, 745 px with its title bar, and Có/Không went under
the taskbar of a 1366×768 screen, which leaves 728 px). A QMessageBox cannot scroll: a question too high for
the screen is asked here instead (`ask_approval`; one that fits stays in the usual box), the question's
first line on top, what it says under it scrolls when the screen is too short, and the buttons stay
below, inside the screen's available area (`QScreen.availableGeometry`).

Keys (walk U17 F9): Không is the default and has the keyboard, so Enter, like Escape and Alt+K, answers
Không; Có is pressed by its letter, Alt+C, or Tab then Space or Enter (Enter presses the button that has the
keyboard, framed as the default: ui/keyboard). An approval freezes the period and is what the
province receives: a stray Enter (a key typed once more after the last figure) must not give it. The same
keys in the usual box (`ask_approval`) and the same words (the platform's Yes/No, translated by Qt)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard import one_default

WIDTH = 460  # the message box's width for such a question (about 60 characters a line)
BOX_TEXT_WIDTH = 330  # the question box's label, at most (its 400 px less the icon and margins): a height not under
BOX_REST = 90  # the box's buttons and margins under and over its words
TITLE_BAR = 40  # kept free above the dialog for its title bar, where the window system does not say it yet


class ApproveQuestion(QDialog):
    """`asked` ("Duyệt kết quả năm 2026?") on top; `said` (the counts, what changed, what approving locks)
    under it, scrolling when the screen is short. `exec()` is Accepted for Có."""

    def __init__(self, parent: QWidget | None, title: str, asked: str, said: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._text = f"{asked}\n{said}" if said else asked
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.asked = QLabel(asked)
        self.asked.setWordWrap(True)
        self.said = QLabel(said)
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.said)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # PgDn/arrows read on, after a Tab from the buttons
        self.scroll.setAccessibleName(asked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.yes = self.buttons.button(QDialogButtonBox.StandardButton.Yes)
        self.no = self.buttons.button(QDialogButtonBox.StandardButton.No)
        text = QVBoxLayout()
        text.addWidget(self.asked)
        text.addWidget(self.scroll, 1)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        one_default(self.no, self)
        self.setTabOrder(self.no, self.yes)  # Tab from Không: Có, which Space presses
        self.setTabOrder(self.yes, self.scroll)
        self.no.setFocus()
        self.resize(WIDTH, self.sizeHint().height())

    def text(self) -> str:
        """The whole question, as QMessageBox.text() gave it."""
        return self._text

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_screen()
        self.no.setFocus()

    def fit_screen(self) -> None:
        """As high as the words need, at most what the screen leaves with the title bar; inside the screen."""
        area = self.screen().availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        above = max(inner.top() - frame.top(), TITLE_BAR)  # the title bar
        below, sides = frame.bottom() - inner.bottom(), frame.width() - inner.width()
        width = max(self.width(), WIDTH)
        # what the words need at this width: the dialog's own height, less the scroll area's, plus the label's
        words = self.said.heightForWidth(self.scroll.viewport().width())
        wanted = self.sizeHint().height() - self.scroll.sizeHint().height() + words + 2
        height = min(wanted, area.height() - above - below)
        left = min(max(self.x(), area.left() + sides // 2), area.right() + 1 - sides // 2 - width)
        top = min(max(self.y(), area.top() + above), area.bottom() + 1 - below - height)
        self.setGeometry(left, top, width, height)


def ask_approval(parent: QWidget | None, title: str, asked: str, said: str = "", said_whole: str = "") -> bool:
    """Có answered (Alt+C, Tab then Space or Enter, a click; Enter on Không, where the keyboard starts, and
    Escape answer Không): in the usual
    question box where it fits the screen with its title bar, else in `ApproveQuestion`, whose words scroll,
    saying `said_whole` (the names `said` cuts for a line each, whole) when given."""
    text = f"{asked}\n{said}" if said else asked
    screen = parent.screen() if parent is not None else QApplication.primaryScreen()
    # its height as it will be shown (the box sizes itself only then): the words wrapped at its label's width
    words = QFontMetrics(QApplication.font("QMessageBox")).boundingRect(
        QRect(0, 0, BOX_TEXT_WIDTH, 0), Qt.TextFlag.TextWordWrap, text)
    if words.height() + BOX_REST + TITLE_BAR <= screen.availableGeometry().height():
        return QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
    return ApproveQuestion(parent, title, asked, said_whole or said).exec() == QDialog.DialogCode.Accepted
