"""The province window's list tables, and its keys between tabs, for a person at the keyboard.

Every table of the window (Tình hình gửi báo cáo, Kết quả nhận tệp, Tổng hợp chỉ tiêu and
its differences, both tables of Khóa ký) is a list of rows, not a grid to type in:

- Tab and Shift+Tab leave the table for the next control (Qt's tables move cell to cell on
  Tab and wrap, so the keyboard could never get out); the arrow keys, Page Up/Down, Home
  and End move within it;
- the row the keyboard is on is the row chosen: a table given the focus with nothing chosen
  chooses its current row (Qt only marks it current, so Enter and the buttons acting "on the
  chosen row" did nothing until an arrow key was pressed).

`tab_keys(window, tabs)`: Ctrl+Tab / Ctrl+Page Down and Ctrl+Shift+Tab / Ctrl+Page Up go to
the next or previous tab from anywhere in the window (QTabWidget itself handles only Ctrl+Tab,
and only from inside its pages).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QTableView, QWidget


class ListTable(QTableView):
    """Rows chosen whole, one at a time; Tab leaves; the focus chooses the current row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setWordWrap(False)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # makes the first row current (not chosen) when none is
        self.choose_current()

    def choose_current(self) -> None:
        """The current row chosen when no row is: what the keyboard is on is what acts."""
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.selectRow(current.row())


def list_table(model, proxy=None) -> ListTable:
    view = ListTable()
    view.setModel(proxy or model)
    return view


def fit_columns(table: QTableView, widths, fixed=()) -> None:
    """The table's columns each at least its width in `widths` (as many as given) and as wide as
    its header and its widest row in the language shown ("Received, key awaiting confirmation" is
    wider than "Đã nhận, khóa chờ xác nhận"), again whenever the rows or their words change; the
    columns in `fixed` (a file's name: whole in its tooltip) keep their width, cut if they must."""
    model = table.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    widths = list(widths)

    def fit(*_args) -> None:
        header = table.horizontalHeader()
        for col, width in enumerate(widths):
            if col not in fixed:
                width = max(width, header.sectionSizeHint(col), table.sizeHintForColumn(col))
            table.setColumnWidth(col, width)

    for signal in (source.modelReset, source.headerDataChanged, source.dataChanged):
        signal.connect(fit)
    fit()


def tab_keys(window: QWidget, tabs: QTabWidget) -> None:
    """Ctrl+Tab, Ctrl+Page Down: the next tab; Ctrl+Shift+Tab, Ctrl+Page Up: the one before
    (both wrap), wherever the focus is in `window`."""
    def step(by: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    keys = {1: (QKeySequence(ctrl | Qt.Key.Key_Tab), QKeySequence(ctrl | Qt.Key.Key_PageDown)),
            -1: (QKeySequence(ctrl | shift | Qt.Key.Key_Backtab), QKeySequence(ctrl | shift | Qt.Key.Key_Tab),
                 QKeySequence(ctrl | Qt.Key.Key_PageUp))}
    for by, sequences in keys.items():
        for sequence in sequences:
            shortcut = QShortcut(sequence, window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda by=by: step(by))
