"""The line between a splitter's two parts, moved with the keyboard (H4: the province's key
register moved the line between its keys and its unsigned files with the mouse only).

Qt's splitter line takes no focus. Here it does, on Tab as a control between the two parts,
whenever it can move (a part at its fixed size, as the few unsigned files' box is, leaves it no
room: a stop where no key does anything would only be one Tab more). With the focus it is filled
with the highlight colour and its keys are said in the window's status bar (as a menu item's
status tip is: a tooltip would go at the Tab key's release) and in its tooltip. ↑ ↓ (← → side by
side) move it by `step` pixels (a row of the lists), Page Up / Page Down by `PAGE` steps, Home /
End as far as it goes: QSplitter's own moveSplitter, which keeps each part within its minimum and
maximum sizes, as a drag does.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QStatusTipEvent
from PySide6.QtWidgets import QApplication, QSplitter

from ui.i18n import translate

PAGE = 5  # steps a Page Up / Page Down moves the line


class SplitterKeys(QObject):
    """The keys of `split`'s line between its first two parts."""

    def __init__(self, split: QSplitter, step: int):
        super().__init__(split)
        self.split = split
        self.handle = split.handle(1)
        self.vertical = split.orientation() == Qt.Orientation.Vertical
        back, on = ((Qt.Key.Key_Up, Qt.Key.Key_Down) if self.vertical else (Qt.Key.Key_Left, Qt.Key.Key_Right))
        self.moves = {back: -step, on: step, Qt.Key.Key_PageUp: -PAGE * step, Qt.Key.Key_PageDown: PAGE * step}
        self._offering = False
        self.handle.installEventFilter(self)
        split.installEventFilter(self)
        self._say()
        self._offer()

    def _say(self) -> None:
        """Its name and keys, in the interface's language of the moment."""
        self.handle.setAccessibleName(translate("SplitterKeys", "Line between the two lists"))
        keys = translate("SplitterKeys", "Line between the two lists: {arrows} move it, Page Up / Page Down by more, "
                                         "Home / End as far as it goes.").format(arrows="↑ ↓" if self.vertical else "← →")
        self.handle.setToolTip(keys)
        self.handle.setStatusTip(keys)

    def _length(self) -> int:
        return self.split.height() if self.vertical else self.split.width()

    def can_move(self) -> bool:
        return self.split.closestLegalPosition(0, 1) != self.split.closestLegalPosition(self._length(), 1)

    def _offer(self) -> None:
        """A Tab stop while it can move (its focus, once given, stays until Tab takes it on)."""
        self._offering = False
        if not self.handle.hasFocus():
            self.handle.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.can_move() else Qt.FocusPolicy.NoFocus)

    def move(self, by: int) -> None:
        """The line `by` pixels down (or right), as far as the parts' sizes let it."""
        at = self.handle.y() if self.vertical else self.handle.x()
        self.split.moveSplitter(at + by, 1)

    def _shown_focused(self, focused: bool) -> None:
        """Filled with the highlight colour while it has the focus, drawn as Qt draws it otherwise."""
        palette = QPalette()  # nothing of its own: the splitter's, as before
        if focused:
            palette.setColor(QPalette.ColorRole.Window, self.split.palette().color(QPalette.ColorRole.Highlight))
        self.handle.setPalette(palette)
        self.handle.setAutoFillBackground(focused)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.split:
            # sizes and size hints settle after these: whether it can move is asked once they have
            if kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show) and not self._offering:
                self._offering = True
                QTimer.singleShot(0, self, self._offer)
            return False
        if kind == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            key = event.key()
            if key in self.moves:
                self.move(self.moves[key])
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self.move(-self._length() if key == Qt.Key.Key_Home else self._length())
                return True
        elif kind == QEvent.Type.FocusIn:
            self._say()
            self._shown_focused(True)
            QApplication.sendEvent(self.handle, QStatusTipEvent(self.handle.statusTip()))
        elif kind == QEvent.Type.FocusOut:
            self._shown_focused(False)
            QApplication.sendEvent(self.handle, QStatusTipEvent(""))
            self._offer()
        return False
