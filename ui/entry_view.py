"""The entry table: a spreadsheet's keys, with the safety of a form.

Typing starts editing the current cell; Enter saves and moves down (back to the
column where a Tab run started, as a spreadsheet does); Tab saves and moves to the
next cell to fill; a refused value keeps the cursor on its cell. Cells an
indicator does not use are skipped; a grey cell whose figure is entered elsewhere (the
start-of-term figure) is not: Tab stops on it and Enter (or typing) opens where it is
entered. Enter on a proposed denominator (grey, italic) accepts it. The keys a
spreadsheet has are `ui.table_keys.SpreadsheetKeys`' (the own targets' table has them
too); Ctrl+Tab and Ctrl+PgUp/PgDown are the window's (its tabs), never a move in the table.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop_app.core.pasting import is_block
from desktop_app.core.validation import flag_beginning
from ui import colours, labels
from ui.comment_cell import (
    CommentEditor,
    comment_height,
    cut_comment,
    editor_rect,
    is_new_line,
)
from ui.colours import Meaning
from ui.common import ERROR_TEXT
from ui.entry_columns import EntryColumns, small_font
from ui.entry_model import (
    EDITABLE_COLUMNS,
    FLAG_ROLE,
    OWN_LINE_ROLE,
    ROW_KIND_ROLE,
    Col,
    EntryModel,
    shown_value,
)
from ui.table_keys import ENTER_KEYS, EndEditHint, SpreadsheetKeys, keyboard_left_the_window

TWO_LINE_COLUMNS = (Col.TARGET, Col.VERDICT)
FIGURE_COLUMNS = (Col.IN1, Col.IN2)  # the figures typed (Ctrl+Home, Ctrl+End: not the comment)
WRAPPING_COLUMNS = (Col.NAME, Col.UNIT, Col.TARGET, Col.VERDICT, Col.COMMENT)  # the ones that set a row's height


def flag_choices() -> tuple[str, str, str]:
    """A yes/no cell's list: empty, Có, Không (Yes, No in English; the service reads both)."""
    return ("", labels.yes_no(True), labels.yes_no(False))


def kept_together(text: str) -> str:
    """`text` with a sign and its number kept on one line where the cell wraps ("≥ 94", "≤ 1,5%"): at 150 %
    in a 152-pixel Chỉ tiêu giao the commune's own target read "Tự đặt 2026: ≥" over "94" (S126)."""
    return re.sub(r"([≥≤<>]) (?=\d)", "\\1\u00a0", text)


def own_line(text: str, metrics: QFontMetrics, width: int) -> str:
    """The commune's own line ("Tự đặt 2026: ≥ 94", "Theo chỉ tiêu tự đặt: Chưa nhập") as it wraps where
    it does not fit the cell: after its ":", what follows it kept on one line where that fits `width`
    (at 125 % Đánh giá read "Theo chỉ tiêu tự đặt: Chưa" over "nhập"; S126)."""
    head, colon, tail = kept_together(text).rpartition(": ")
    if colon and " " in tail and metrics.horizontalAdvance(tail) <= width:
        return f"{head}{colon}{tail.replace(' ', chr(0xA0))}"
    return kept_together(text)


def _lines(index: QModelIndex, text: str, font: QFont | None = None,
           width: int = 0) -> tuple[str, str, str, QColor | None]:
    """A two-line cell's first line, the lines under it, and its line about the commune's
    own target (drawn in its own colour) with that colour; the lines as they wrap in `width`
    pixels (`kept_together`, `own_line`: the own line in the smaller `font`)."""
    own = _data(index, OWN_LINE_ROLE)
    own_text, own_colour = own if isinstance(own, tuple) else (own or "", None)
    if own_text and text.endswith("\n" + own_text):
        text = text[:-len(own_text) - 1]
        own_text = own_line(own_text, QFontMetrics(font), width) if font is not None else kept_together(own_text)
    else:
        own_text = ""
    first, _, second = kept_together(text).partition("\n")
    return first, second, own_text, own_colour


def _under(index: QModelIndex, text: str, font: QFont, width: int) -> tuple[str, str]:
    """A two-line cell's first line and the lines under it (its own line last) as they wrap in `width`."""
    first, second, own, _ = _lines(index, text, font, width)
    return first, "\n".join(t for t in (second, own) if t)


def _data(index: QModelIndex, role):
    """The model's own data(), called in Python (not through QModelIndex.data: see pyside_workarounds)."""
    return index.model().data(index, role)


def _background(index: QModelIndex, palette) -> QColor:
    """The colour a cell is drawn on: its own (a verdict's, a refused figure's), else the table's."""
    own = _data(index, Qt.ItemDataRole.BackgroundRole)
    if isinstance(own, QBrush):
        own = own.color() if own.style() != Qt.BrushStyle.NoBrush else None
    return QColor(own) if own is not None else palette.base().color()


class EntryDelegate(QStyledItemDelegate):
    """A line edit for numbers, a box of several lines for comments (`ui.comment_cell`), a
    Có/Không list for yes/no indicators.

    Two-line cells (a target and its source, a verdict and its progress) draw their
    second line smaller, so a row stays two lines high; a line about the commune's own
    target (its target, its verdict) comes under them in its own colour.
    """

    def paint(self, painter, option, index):
        self._paint(painter, option, index)
        # A refused cell under the cursor: its red background is hidden by the selection's
        # colour, so a red frame says it is still refused.
        if option.state & QStyle.StateFlag.State_Selected and index.model().error_at(index):
            painter.save()
            painter.setPen(QPen(ERROR_TEXT, 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()

    def _paint(self, painter, option, index):
        text = _data(index, Qt.ItemDataRole.DisplayRole)
        if index.column() not in TWO_LINE_COLUMNS or not text or "\n" not in text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 2, -4, -2)
        first, second, own, own_colour = _lines(index, text, small_font(opt.font), rect.width())
        align = Qt.AlignmentFlag.AlignHCenter if index.column() == Col.VERDICT else Qt.AlignmentFlag.AlignLeft
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        foreground = _data(index, Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            colour = foreground.color()
        cell = _background(index, opt.palette)
        small = small_font(opt.font)
        small_metrics = QFontMetrics(small)
        # The first line wraps too ("Giảm ≥ 5% so với cùng kỳ" is wider than the column): never cut.
        first_height = QFontMetrics(opt.font).boundingRect(rect, Qt.TextFlag.TextWordWrap, first).height()
        heights = [small_metrics.boundingRect(rect, Qt.TextFlag.TextWordWrap, t).height() if t else 0
                   for t in (second, own)]
        top = rect.top()  # at the row's top, where its name begins
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)
        painter.drawText(QRect(rect.left(), top, rect.width(), first_height),
                         align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, first)
        painter.setFont(small)
        top += first_height
        if second:
            if not selected:  # a note in grey on the cell's own background, light on a dark palette (walk U23 F6)
                painter.setPen(colour if index.column() == Col.VERDICT
                               else colours.on(Meaning.NOTE, cell, opt.palette))
            painter.drawText(QRect(rect.left(), top, rect.width(), heights[0]),
                             align | Qt.TextFlag.TextWordWrap, second)
            top += heights[0]
        if own:
            if not selected:
                painter.setPen(own_colour or colours.on(Meaning.OWN_TARGET, cell, opt.palette))
            painter.drawText(QRect(rect.left(), top, rect.width(), heights[1]),
                             align | Qt.TextFlag.TextWordWrap, own)
        painter.restore()

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if index.column() == Col.COMMENT and option.text:
            option.text = cut_comment(option)

    def sizeHint(self, option, index):
        text = _data(index, Qt.ItemDataRole.DisplayRole)
        if index.column() not in TWO_LINE_COLUMNS or not text or "\n" not in text:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(opt.rect.width(), 40) - 8
        first, second = _under(index, text, small_font(opt.font), width)
        small = QFontMetrics(small_font(opt.font))
        height = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap,
                                                     first).height() + small.boundingRect(
            QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, second).height() + 6
        return QSize(width + 8, height)

    def createEditor(self, parent, option, index):
        editor = self._create(parent, index)
        self.open_editor = editor
        editor.destroyed.connect(lambda *_: self._closed(editor))
        return editor

    open_editor = None  # the editor being typed in, if any

    def _closed(self, editor) -> None:
        if self.open_editor is editor:  # not a later one, opened before this one was deleted
            self.open_editor = None

    def _create(self, parent, index):
        if _data(index, FLAG_ROLE):
            box = QComboBox(parent)
            box.addItems(flag_choices())
            box.setAccessibleName(self.tr("Yes or No"))
            box.typed = ""  # the letters typed in it since it opened (eventFilter)
            box.activated.connect(lambda _i, box=box: setattr(box, "typed", ""))  # chosen in its list
            return box
        if index.column() == Col.COMMENT:
            editor = CommentEditor(parent)
        else:
            editor = QLineEdit(parent)
            editor.setFrame(False)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)  # as the cell draws it
        tip = _data(index, Qt.ItemDataRole.ToolTipRole)
        if tip:
            editor.setPlaceholderText(tip.splitlines()[0])
        return editor

    def updateEditorGeometry(self, editor, option, index):
        if isinstance(editor, CommentEditor):  # a few lines at least, over the rows under it
            view = self.parent()
            editor.setGeometry(editor_rect(option.rect, view.viewport().rect(), view.fontMetrics()))
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor, index):
        text = _data(index, Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(text)))
        else:
            editor.setText(text)

    def setModelData(self, editor, model, index):
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        typed = getattr(editor, "typed", "")
        if typed and flag_beginning(typed) is None:
            text = typed  # neither Có nor Không: saved as typed, refused with its reason (a red cell)
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event):
        if keyboard_left_the_window(editor, event):  # to another program: kept open, unsaved
            return False
        # Ctrl+V of several cells while typing in one: the block is pasted from this cell, as on
        # a cell not being edited, rather than its tabs and lines typed in the cell. Lines without
        # a tab typed in a comment are its lines (an explanation copied from a letter).
        if (isinstance(editor, (QLineEdit, CommentEditor)) and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Paste)
                and is_block(text := QApplication.clipboard().text())
                and not (isinstance(editor, CommentEditor) and "\t" not in text)):
            self.parent().paste_over_editor(editor)
            return True
        # Enter in a comment saves it and goes down, as in any cell (Qt leaves Enter to a text box);
        # Shift+Enter, Alt+Enter go on to the editor, a new line.
        if (isinstance(editor, CommentEditor) and event.type() == QEvent.Type.KeyPress
                and event.key() in ENTER_KEYS and not is_new_line(event)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, EndEditHint.SubmitModelCache)
            return True
        if isinstance(editor, QComboBox) and event.type() == QEvent.Type.KeyPress and self._typed_in(editor, event):
            return True
        return super().eventFilter(editor, event)

    @staticmethod
    def _typed_in(box: QComboBox, event) -> bool:
        """A yes/no list: the letters typed pick Có or Không as the line edits read them ("c",
        "có", "k", "khong", "y", "x"; `validation.flag_beginning`); letters that begin
        neither are kept, and Enter saves them as typed, to be refused in red with the reason
        (never the choice shown before them, saved as if typed). A digit picks neither: "0" typed
        for "no drug cases" is refused, not saved as Không. True if the key was taken."""
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Backspace and box.typed:
            box.typed = box.typed[:-1]
        elif text and text.isprintable() and not (text == " " and not box.typed):  # Space alone opens the list
            box.typed += text
        else:
            if not text:  # an arrow, F4: a choice made in the list, not typed
                box.typed = ""
            return False
        answer = flag_beginning(box.typed)
        if answer is not None:
            box.setCurrentIndex(1 if answer else 2)
        return True


class EntryTable(EntryColumns, SpreadsheetKeys, QTableView):
    """The form's table. `currentCellChanged` tells the window which field is current."""

    currentCellChanged = Signal(QModelIndex)
    historyRequested = Signal(str)  # indicator code
    cleared = Signal(QModelIndex)
    # Enter, or a character typed (the second argument), on a grey cell entered elsewhere.
    elsewhereRequested = Signal(QModelIndex, str)
    pasteRequested = Signal(QModelIndex, str)  # Ctrl+V: the clipboard's text, from this cell
    headingTyped = Signal(QModelIndex)  # a character typed on a group's heading, which takes none
    refusedEscaped = Signal()  # Esc on a red cell, not being typed in: drop what was typed there

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Table of the indicators' results"))
        self._read_only = False
        self._figure_column = FIGURE_COLUMNS[0]  # the figure column the cursor was last in (moveCursor)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Table of the indicators' results"))
        super().changeEvent(event)

    def setModel(self, model: EntryModel) -> None:
        super().setModel(model)
        self.set_up_columns()
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self.layout_rows)
        model.dataChanged.connect(self._figures_changed)
        header.sectionResized.connect(self._column_resized)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the stretched Ghi chú column changed
            self.fit_figure_columns()  # narrower again where a figure typed in a wider one was deleted
            self.fit_columns()
            for i in range(self.entry_model().rowCount()):
                self.fit_row(i)
        if event.size().height() < event.oldSize().height() and self.currentIndex().isValid():
            self.scrollTo(self.currentIndex())  # a long refusal under the table took room: its cell in sight

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        """A wrapping column got wider or narrower (the window was resized): refit the rows."""
        if column in WRAPPING_COLUMNS:
            for i in range(self.entry_model().rowCount()):
                self.fit_row(i)

    def entry_model(self) -> EntryModel:
        return self.model()

    @property
    def read_only(self) -> bool:
        """An approved period, or an account that only views: nothing typed, nothing proposed."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = value
        self.entry_model().set_proposing(not value)

    def layout_rows(self) -> None:
        """Group rows span the table; every row is as tall as its wrapped text."""
        model = self.entry_model()
        self.clearSpans()
        self.fit_unit_column()
        self.fit_figure_columns()
        self.fit_columns()
        for i in range(model.rowCount()):
            if model.data(model.index(i, 0), ROW_KIND_ROLE) == "group":
                self.setSpan(i, 0, 1, model.columnCount())
            self.fit_row(i)

    def fit_row(self, row: int) -> None:
        """Set one row's height from its wrapping columns only (much cheaper than
        resizeRowsToContents, which asks every cell: this runs at every period load). A comment
        adds at most COMMENT_LINES lines, the rest cut with "…" (its tooltip and its editor hold
        it whole): one of 4.000 characters made its row 2.000 pixels tall, its name and figures
        out of sight."""
        model = self.entry_model()
        line = self.fontMetrics().lineSpacing()
        if model.row_at(row) is None:
            self.setRowHeight(row, line + 6)
            return
        height = max([line] + [self.cell_height(model.index(row, col), self.columnWidth(col))
                               for col in WRAPPING_COLUMNS])
        self.setRowHeight(row, height + 6)

    def cell_height(self, index: QModelIndex, column_width: int) -> int:
        """How tall a wrapping cell's text is in a column `column_width` pixels wide (its margins apart)."""
        text = self.entry_model().data(index, Qt.ItemDataRole.DisplayRole) or ""
        width = max(column_width - 10, 20)
        # In the cell's own font, as the delegate draws it: a final verdict is bold, wider than the
        # table's font, and at 150 % took a line more than measured, drawn over the next row (walk U19 F1).
        font = self.cell_font(index)
        metrics = QFontMetrics(font)
        if index.column() in TWO_LINE_COLUMNS and "\n" in text:
            first, second = _under(index, text, small_font(font), width)
            small = QFontMetrics(small_font(font))
            return (metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, first).height()
                    + small.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, second).height())
        if index.column() == Col.COMMENT:
            return comment_height(metrics, width, text)
        return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()

    def cell_font(self, index: QModelIndex) -> QFont:
        """The font a cell is drawn in: the model's (bold, italic) over the table's, as the delegate's option has it."""
        font = _data(index, Qt.ItemDataRole.FontRole)
        return QFont(font).resolve(self.font()) if isinstance(font, QFont) else self.font()

    # --- the cells, for the spreadsheet's keys (ui.table_keys) ----------------------------------
    def fill_columns(self):
        return EDITABLE_COLUMNS

    def is_editable(self, index: QModelIndex) -> bool:
        return self.entry_model().is_editable(index)

    def is_tab_stop(self, index: QModelIndex) -> bool:
        """A cell to type in, or a grey cell entered elsewhere (Enter opens where it is entered)."""
        return self.entry_model().is_tab_stop(index)

    def is_data_row(self, row: int) -> bool:
        return self.entry_model().row_at(row) is not None

    def refused(self, index: QModelIndex) -> bool:
        return self.entry_model().error_at(index) is not None

    def moveCursor(self, action, modifiers) -> QModelIndex:
        """Up and Down go to the indicator above or below in the same column, over a group's heading
        as Enter does (landing on it selected the heading's whole row and lost the column); at the
        first or last indicator the cursor stays. Ctrl+Home and Ctrl+End go to the table's first and
        last figure cell, as a spreadsheet's go to its first and last cell (Qt's went to the heading
        "Kinh tế", where a figure typed was refused); PgUp and PgDown that land on a heading go on to
        the indicator beside it, in the same column. Home and End, Left and Right as Qt moves them
        (every cell of a row can be visited; a figure typed on one that takes none goes to the row's
        first figure). On a heading (clicked: the keys never stop there) Up and Down go to the indicator
        above or below, in the figure column last used, and Home and End to the first and last figure
        of the indicator below (Qt's went to the STT of the row under it, or stayed on the heading)."""
        up, down = QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MoveDown
        home, end = QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd
        pages = (QAbstractItemView.CursorAction.MovePageUp, QAbstractItemView.CursorAction.MovePageDown)
        current = self.currentIndex()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        heading = current.isValid() and not self.is_data_row(current.row())
        if current.isValid() and (action in (up, down) or (heading and action in (home, end) and not ctrl)):
            row = next(self._data_rows_after(current.row(), -1 if action == up else 1), None)
            if row is None:
                return current
            return self._figure_of(row, action) if heading else self.model().index(row, current.column())
        if action in (home, end) and ctrl:
            return self.edge_figure(last=action == end) or current
        index = super().moveCursor(action, modifiers)
        if action in pages and index.isValid() and not self.is_data_row(index.row()):
            step = -1 if action == pages[0] else 1
            row = next(self._data_rows_after(index.row(), step), next(self._data_rows_after(index.row(), -step), None))
            return current if row is None else self.model().index(row, index.column())
        return index

    def _figure_of(self, row: int, action) -> QModelIndex:
        """A figure cell of `row`, reached from a heading: End its last one to type in, Home its first,
        Up and Down the column last used (the first one to type in if that one takes none)."""
        model = self.model()
        end = action == QAbstractItemView.CursorAction.MoveEnd
        home = action == QAbstractItemView.CursorAction.MoveHome
        columns = list(reversed(FIGURE_COLUMNS) if end else FIGURE_COLUMNS)
        if not (home or end):
            columns.insert(0, self._figure_column)
        return next((index for col in columns if self.is_editable(index := model.index(row, col))),
                    model.index(row, columns[0]))

    def edge_figure(self, last: bool = False) -> QModelIndex | None:
        """The first figure cell of the first indicator (`last`: the last one of the last indicator),
        in a period that takes figures or not (an approved one's cursor lands on a figure too)."""
        model = self.model()
        rows = self._data_rows_after(model.rowCount(), -1) if last else self._data_rows_after(-1, 1)
        for row in rows:
            for col in (reversed(FIGURE_COLUMNS) if last else FIGURE_COLUMNS):
                if self.is_editable(index := model.index(row, col)):
                    return index
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.column() in FIGURE_COLUMNS and self.is_data_row(current.row()):
            self._figure_column = current.column()
        self.currentCellChanged.emit(current)

    def cell_key(self, event: QKeyEvent) -> bool:
        """The entry table's own keys before the spreadsheet's: Enter or a character on a grey
        cell entered elsewhere, Enter on a proposed denominator, Delete, Esc on a red cell."""
        key, current = event.key(), self.currentIndex()
        model = self.entry_model()
        back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Backtab
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        shortcut = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                        | Qt.KeyboardModifier.MetaModifier)
        typed = event.text() if event.text().isprintable() and not shortcut else ""
        if model.elsewhere_at(current) is not None and ((enter and not back) or typed.strip()):
            self.elsewhereRequested.emit(current, "" if enter else typed)
            return True
        if typed.strip() and self._off_input(current):
            if self._to_first_input(current):
                self.keyPressEvent(event)  # typed there, as on any cell to type in
            return True
        if enter and not back and not self.read_only and model.proposal_at(current) is not None:
            if model.setData(current, shown_value(model.proposal_at(current))):
                self.move_down(1)
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit(current, QApplication.clipboard().text())
            return True
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_cell(current)
            return True
        if key == Qt.Key.Key_Escape and not event.modifiers() and self.refused(current):
            self.refusedEscaped.emit()  # as in Excel: the saved figure back (the editor's Esc came first)
            return True
        if key == Qt.Key.Key_Delete and not self.read_only and model.is_editable(current):
            model.setData(current, "")
            self.cleared.emit(current)
            return True
        return super().cell_key(event)

    def inputMethodEvent(self, event) -> None:
        """Text an input method commits on a grey cell entered elsewhere goes to its dialog, as
        a key typed there does; on a cell that takes no typing, to the row's first cell to type in
        (`_to_first_input`); on any other cell it starts typing (SpreadsheetKeys)."""
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and event.commitString().strip():
            if self.entry_model().elsewhere_at(current) is not None:
                self.elsewhereRequested.emit(current, event.commitString())
                return
            if self._off_input(current) and not self._to_first_input(current):
                return
        super().inputMethodEvent(event)

    def _off_input(self, index: QModelIndex) -> bool:
        """A cell of a period that takes figures but not this cell: STT, the name, the unit, the
        target, Kết quả, Đánh giá, or a group's heading (a read-only period says its own reason:
        MainWindow._refuse_typing)."""
        return index.isValid() and not self.read_only and not self.entry_model().is_editable(index)

    def _to_first_input(self, index: QModelIndex) -> bool:
        """Typing on a cell that takes none (`_off_input`) goes to its row's first cell to type in,
        where the officer then types as on that cell (the Help: "Gõ số vào ô là bắt đầu nhập");
        the figure was lost without a word, or Qt's type-ahead jumped to the row whose STT began
        with the digit. A group's heading has no cell to type in: the cursor stays and the line
        under the table says where to type (`headingTyped`). True if the cursor moved."""
        target = self._first_editable(index.row()) if self.is_data_row(index.row()) else QModelIndex()
        if not target.isValid():
            self.headingTyped.emit(index)
            return False
        self._go(target)
        return True

    def keyboardSearch(self, search: str) -> None:
        """No type-ahead: a digit never picks the row whose STT begins with it (keys typed on a cell
        that takes none go to `_to_first_input`)."""

    def copy_cell(self, index: QModelIndex) -> None:
        """Ctrl+C: the cell's figure as typed ("1.234,5"), or its text, to paste elsewhere."""
        model = self.entry_model()
        text = model.data(index, Qt.ItemDataRole.EditRole) if model.is_editable(index) else None
        QApplication.clipboard().setText(str(text or model.data(index) or ""))

    def paste_over_editor(self, editor) -> None:
        """A block pasted while a cell is being typed in: what was typed there is dropped (the
        block's first cell takes its place) and the block is pasted from that cell."""
        super().closeEditor(editor, EndEditHint.RevertModelCache)
        self.pasteRequested.emit(self.currentIndex(), QApplication.clipboard().text())

    def commit_open_editor(self) -> None:
        """Save what is being typed (before the window closes or the period changes)."""
        # The editor of the cell typed in (the delegate's last one may be a closed editor's, whose
        # deletion came after a quick Enter and the next digit: what was typed then was never saved).
        editor = self.indexWidget(self.currentIndex()) or self.itemDelegate().open_editor
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            super().closeEditor(editor, EndEditHint.NoHint)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        row = self.entry_model().row_at(index) if index.isValid() else None
        if row is not None and index.column() in (Col.NO, Col.NAME, Col.VALUE, Col.VERDICT):
            self.historyRequested.emit(row.indicator.code)
            return
        super().mouseDoubleClickEvent(event)
