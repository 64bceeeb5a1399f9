"""A tab's Alt+letter puts the keyboard in that tab: on its first control Tab would reach (its
table, its search field, the charts' indicator chooser), from anywhere in the window, the tab
bar included (walk U12 F9: Alt+B left the keyboard on the tab bar; QTabBar only changes the
tab, and QStackedWidget moves the focus only when it was inside the page left). The arrows on
the tab bar still go from tab to tab on it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


def first_control(page: QWidget) -> QWidget | None:
    """The first widget of `page` that Tab reaches, shown and usable; None when it has none."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


class _LettersEnter(QObject):
    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self.tabs = tabs

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Shortcut:
            return False
        handled = watched.event(event)  # the tab bar's own: the tab of that letter made current
        page = self.tabs.currentWidget()
        if page is not None and not page.isAncestorOf(QApplication.focusWidget()):  # else moved in already
            control = first_control(page)
            if control is not None:
                control.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return handled


def letters_enter_pages(tabs: QTabWidget) -> None:
    """Each tab's Alt+letter: that tab shown and the keyboard in it (`first_control`)."""
    tabs.tabBar().installEventFilter(_LettersEnter(tabs))
