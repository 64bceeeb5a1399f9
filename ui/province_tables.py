"""The province window's list tables, and its keys between tabs, for a person at the keyboard.

Every table of the window (Tình hình gửi báo cáo, Kết quả nhận tệp, Tổng hợp chỉ tiêu and
its differences, both tables of Khóa ký) is a list of rows, not a grid to type in:

- Tab and Shift+Tab leave the table for the next control (Qt's tables move cell to cell on
  Tab and wrap, so the keyboard could never get out); the arrow keys, Page Up/Down, Home
  and End move within it;
- a row reached (an arrow key, a search, a click) puts the keyboard on the cell that names it,
  the unit or the indicator (`ListTable.name_column`), when it was on a column before that one:
  a screen reader read only the row's number ("2", "7") moving down, the unit after a Right
  (walk U26 F4); a column after it chosen with Right stays chosen from row to row;
- the row the keyboard is on is the row chosen: a table given the focus with nothing chosen
  chooses its current row (Qt only marks it current, so Enter and the buttons acting "on the
  chosen row" did nothing until an arrow key was pressed);
- a column the person made wider or narrower (dragged, or double-clicked on its edge) keeps
  that width: the program fits its columns again after each refresh (new rows, another
  period, another language) but never those (`ListTable.user_widths`); the window keeps them
  among the person's preferences (`ui.preferences.UserPreferences.column_widths`); when the
  rows shown change (another status chosen, a search typed) the columns widen to what is now in
  sight, none narrows (`fit_columns`);
- a long text cut to its column's width ends at a whole word and "…" (`WordElide`), whole in
  its tooltip;
- a column of the core's Vietnamese words (a unit's note, a file's reason, a difference) says so
  in the English interface, as the reason under the files read does: "The program says (in
  Vietnamese):" before each cell's tooltip (`vietnamese_tip`), its header followed by "(in
  Vietnamese)" with a tooltip saying so (`vietnamese_header`).

`tab_keys(window, tabs)`: Ctrl+Tab / Ctrl+Page Down and Ctrl+Shift+Tab / Ctrl+Page Up go to
the next or previous tab from anywhere in the window (QTabWidget itself handles only Ctrl+Tab,
and only from inside its pages); a tab chosen while the cursor is outside the tabs (the period,
a toolbar button) takes the cursor to its first control: after Alt+A from the period, Tab went
on through the toolbar, and Enter two Tabs later exported instead of confirming a key.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QWidget,
)

from ui.common import VIETNAMESE_ONLY_LEAD
from ui.i18n import is_english, translate
from ui.table_model import RowsModel

ELLIPSIS = "…"
VIETNAMESE_COLUMN = QT_TRANSLATE_NOOP("ProvinceWindow", "The program writes this column in Vietnamese only; each "
                                      "cell's whole text is in its tooltip.")


def vietnamese_tip(text: str) -> str:
    """The tooltip of a cell holding the core's Vietnamese words: the whole text, led in the
    English interface by "The program says (in Vietnamese):"."""
    return f"{VIETNAMESE_ONLY_LEAD} {text}" if text and is_english() else text


def vietnamese_header(model, section: int, orientation, role):
    """`headerData` of a model's column of such words: its header followed in the English
    interface by "(in Vietnamese)", and a tooltip saying so; other headers as the model says them."""
    if orientation == Qt.Orientation.Horizontal and is_english():
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{model.header(section)} " + translate("ProvinceWindow", "(in Vietnamese)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ProvinceWindow", VIETNAMESE_COLUMN)
    return RowsModel.headerData(model, section, orientation, role)


def two_lines(text: str, shortest: int = 10) -> str:
    """`text` broken at the space nearest its middle, when it is long enough to gain by it (a
    column's header, narrower on two lines than its words on one): `shortest` letters or more."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if len(text) < shortest or not spaces:
        return text
    at = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:at]}\n{text[at + 1:]}"


def elide_words(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text` as it fits in `room` pixels: whole, or up to the last whole word that leaves room
    for "…" (a single word longer than `room` is cut where it must)."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    words = text.split(" ")
    lo, hi = 0, len(words) - 1  # the most words, with "…", that fit: at least none
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(_ended(words[:mid])) <= room:
            lo = mid
        else:
            hi = mid - 1
    if lo:
        return _ended(words[:lo])
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


def _ended(words: list[str]) -> str:
    """`words` cut short: "…" after the last, without the punctuation or "·" that led to the next
    ("K7QX-3M2P-ABCD-EFGH…", not "K7QX-3M2P-ABCD-EFGH ·…")."""
    return " ".join(words).rstrip(",;:.· ") + ELLIPSIS


class FiguresLine(QLabel):
    """A line of figures ("Đã nhận 5/92, trễ hạn 5, …, chưa ký chờ chấp nhận 1.") wrapped only after
    a figure's comma: each figure's words and number shown on one line with no-break spaces (at
    1366×768 the window's counts wrapped leaving "1." alone, walk 23 L5). `text()` is the line as
    set, with its plain spaces."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self._said = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._said = text
        super().setText(", ".join(figure.replace(" ", "\u00a0") for figure in text.split(", ")))

    def text(self) -> str:
        return self._said


class WordElide(QStyledItemDelegate):
    """A cell's text cut at a whole word with "…" when its column is too narrow (Qt cuts
    mid-word: "mã xác th…"); a subclass cuts otherwise through `fitted`."""

    fitted = staticmethod(elide_words)  # (text, font metrics, room in pixels) -> the text shown

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if option.rect.width() <= 0 or not option.text:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = option.rect.width() - 2 * margin
        if option.features & option.ViewItemFeature.HasDecoration:
            room -= option.decorationSize.width() + margin
        option.text = self.fitted(option.text, option.fontMetrics, room)


class ListTable(QTableView):
    """Rows chosen whole, one at a time; Tab leaves; the focus chooses the current row.

    `set_widths` is how the program sizes the columns; a width the person set wins over it.
    `widths_changed` when the person has set one; `refit()` sizes them again as the program
    would (set by `fit_columns`)."""

    widths_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.user_widths: dict[int, int] = {}  # column -> the width the person gave it
        self._sizing = False  # the program is setting widths: not the person's
        self.refit = lambda: None
        self.fit_when_shown = False  # its rows changed while its tab was hidden (`fit_columns`)
        self.name_column: int | None = None  # the model's column naming a row (`currentChanged`)
        self.horizontalHeader().sectionResized.connect(self._resized)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setWordWrap(False)

    def showEvent(self, event) -> None:
        if self.fit_when_shown:
            self.fit_when_shown = False
            self.refit()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        """The current row kept whole in sight when the table gets shorter: a longer note or reason
        under it takes the room the table had just scrolled the row into (walk 28, M1: a refused
        file's row read half cut under the table's edge, over its red reason). A row the person
        scrolled away from is left where it is."""
        super().resizeEvent(event)
        shrunk = event.oldSize().height() - event.size().height()
        current = self.currentIndex()
        if shrunk > 0 and current.isValid():
            rect = self.visualRect(current)
            if rect.top() >= 0 and rect.bottom() < self.viewport().height() + shrunk:
                self.updateGeometries()  # the scroll bar's range for the new height, then the row
                self.scrollTo(current)

    def currentChanged(self, current, previous) -> None:
        """A row reached on a cell before the one naming it (the row's number, the unit's code): the
        keyboard on the naming cell instead, which a screen reader says first."""
        named = self._naming(current, previous)
        if named is None:
            super().currentChanged(current, previous)
            return
        self.update(previous)
        self.selectionModel().setCurrentIndex(named, QItemSelectionModel.SelectionFlag.NoUpdate)

    def paintEvent(self, event) -> None:
        """The cell the keyboard is on framed inside its chosen row, while the table has the focus: the
        row's highlight hid which column Left and Right had reached."""
        super().paintEvent(event)
        current = self.currentIndex()
        if not self.hasFocus() or not current.isValid():
            return
        rect = self.visualRect(current).adjusted(1, 1, -2, -2)
        if rect.isEmpty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.HighlightedText), 2))
        painter.drawRect(rect)
        painter.end()

    def _naming(self, current, previous):
        if self.name_column is None or not current.isValid() or self.isColumnHidden(self.name_column):
            return None
        if previous.isValid() and previous.row() == current.row():
            return None  # Left, Right: the person's own column
        header = self.horizontalHeader()
        if header.visualIndex(current.column()) >= header.visualIndex(self.name_column):
            return None
        return current.siblingAtColumn(self.name_column)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # makes the first row current (not chosen) when none is
        self.choose_current()

    def choose_current(self) -> None:
        """The current row chosen when no row is: what the keyboard is on is what acts."""
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.selectRow(current.row())


    # --- the columns' widths -----------------------------------------------------------------
    def set_widths(self, widths) -> None:
        """The program's widths (a sequence, from the first column on), each but those the
        person set."""
        self._sizing = True
        try:
            for col, width in enumerate(widths):
                self.setColumnWidth(col, self.user_widths.get(col, width))
        finally:
            self._sizing = False

    def keep_widths(self, widths: dict[int, int]) -> None:
        """The person's widths (remembered from an earlier session), in place of the program's."""
        header = self.horizontalHeader()
        self.user_widths = {col: width for col, width in widths.items() if 0 <= col < header.count()
                            and not self._stretched(col)}
        self.refit()
        self.set_widths([self.columnWidth(col) for col in range(header.count())])

    def _stretched(self, col: int) -> bool:
        """The last column fills what the others leave when it stretches: its width is never set."""
        header = self.horizontalHeader()
        return header.stretchLastSection() and header.visualIndex(col) == header.count() - 1

    def _resized(self, col: int, _old: int, new: int) -> None:
        if self._sizing or self._stretched(col) or self.user_widths.get(col) == new:
            return
        self.user_widths[col] = new
        self.widths_changed.emit()


# The columns that name a row, by their header: the unit's (before them, its number and code),
# the indicator's (before it, its number)
NAMING_HEADERS = ("Commune or ward", "Indicator")


def list_table(model, proxy=None) -> ListTable:
    view = ListTable()
    view.setModel(proxy or model)
    headers = tuple(getattr(model, "HEADERS", ()))
    view.name_column = next((headers.index(h) for h in NAMING_HEADERS if h in headers), None)
    return view


def fit_columns(table: QTableView, widths, fixed=(), most: dict[int, int] | None = None) -> None:
    """The table's columns each at least its width in `widths` (as many as given) and as wide as
    its header and its widest row in the language shown ("Received, key awaiting confirmation" is
    wider than "Đã nhận, khóa chờ xác nhận"), again whenever the rows or their words change; the
    columns in `fixed` (a file's name: whole in its tooltip) keep their width, cut if they must; a
    column in `most` no wider than its width there (cut at a word by `WordElide`, whole in its tooltip).
    A column whose width the person set keeps the person's (`ListTable.set_widths`).

    Rows coming into sight through the table's filter (another status chosen, a search typed:
    the words were fitted to no rows when the language changed with a filter showing none)
    widen the columns they need, after the filter has done (once, however many rows came):
    none narrows, so going from one status to another does not make the columns dance.

    Measuring means asking every row's every cell: a table on a tab not in sight of a shown
    window is fitted when its tab is shown, once, not at each refresh (the window's refresh
    took twice as long measuring the three tabs nobody was looking at)."""
    model = table.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    widths = list(widths)

    def fitted(col: int, width: int) -> int:
        if col in fixed or col in table.user_widths:
            return width
        fits = max(width, table.horizontalHeader().sectionSizeHint(col), table.sizeHintForColumn(col))
        return min(fits, most[col]) if most and col in most else fits

    def fit() -> None:
        table.set_widths([fitted(col, width) for col, width in enumerate(widths)])

    def widen() -> None:
        table.set_widths([max(fitted(col, width), table.columnWidth(col)) for col, width in enumerate(widths)])

    refit = fit_in_sight(table, fit)
    for signal in (source.modelReset, source.headerDataChanged, source.dataChanged):
        signal.connect(refit)
    if model is not source:
        widen_in_sight = _once_later(table, lambda: fit_in_sight(table, widen, keep=True)())
        model.rowsInserted.connect(widen_in_sight)
        model.layoutChanged.connect(widen_in_sight)
    refit()


def _once_later(table: QWidget, run):
    """`run` once the event loop is back, however many times asked meanwhile (a filter adds the
    rows it shows again range by range)."""
    asked = []

    def ask(*_args) -> None:
        if not asked:
            asked.append(True)
            QTimer.singleShot(0, table, lambda: (asked.clear(), run()))

    return ask


def fit_in_sight(table: ListTable, fit, keep: bool = False):
    """`fit` (sizing `table`'s columns) made the table's `refit` (unless `keep`): run at once,
    unless the table is on a tab not in sight of a shown window; then the table's `refit` runs
    when that tab is next shown."""
    def refit(*_args) -> None:
        if table.window().isVisible() and not table.isVisible():
            table.fit_when_shown = True
            return
        fit()

    if not keep:
        table.refit = refit
    return refit


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
    tabs.currentChanged.connect(lambda index: _enter_page(tabs, index))


def _enter_page(tabs: QTabWidget, index: int) -> None:
    """The cursor, when it is in the window but outside the tabs, to the first control of page
    `index` that Tab would reach (inside the tabs, QTabWidget moves it itself)."""
    focus, page = QApplication.focusWidget(), tabs.widget(index)
    if page is None or focus is None or focus.window() is not tabs.window() or tabs.isAncestorOf(focus):
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
