"""Dữ liệu › Chỉ tiêu xã tự đặt…: the commune's own target for an indicator and a year (set by
a leader or the administrator; shown beside the province's target, never instead of it).

One cell per indicator and year, typed like "≥ 95", "95" (at least 95) or "Có";
an empty cell removes the commune's target. Each cell is saved when it is left. Typing and Enter
are the entry table's (`ui.table_keys`): Enter saves and goes down the year's column, and never
closes the dialog; the arrows go from cell to cell. Tab and Shift+Tab are a dialog's: on to its
buttons and back to the table (walk 29: seven Tabs stayed in the table, Đóng out of reach), also
while typing, once the cell is saved.
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.numbers import PERCENT_UNITS, typed_back
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR
from desktop_app.core.validation import parse_target_text
from desktop_app.services import Workspace
from ui import colours, labels
from ui.actions import data_changed
from ui.colours import Meaning
from ui.common import (
    ERROR_BACKGROUND,
    READONLY_BACKGROUND,
    error_text,
    target_source_text,
)
from ui.fitting import RoomyRows
from ui.keyboard import one_default
from ui.refused_cells import ask_to_drop
from ui.table_keys import EndEditHint, SpreadsheetKeys, keyboard_left_the_window
from ui.workflow_actions import sending_back_goes_ahead

YEARS = list(range(FIRST_YEAR, LAST_YEAR + 1))
FIRST_YEAR_COLUMN = 3
YEAR_COLUMNS = range(FIRST_YEAR_COLUMN, FIRST_YEAR_COLUMN + len(YEARS))


class TargetsTable(SpreadsheetKeys, QTableWidget):
    """The years' cells typed as the entry table's: Enter down; Tab on to the dialog's next widget;
    a refused target keeps the cursor on its cell (`refused_cells`, (row, column), kept by the dialog)."""

    def __init__(self, rows: int, columns: int, parent=None):
        super().__init__(rows, columns, parent)
        self.refused_cells: set[tuple[int, int]] = set()
        self.setTabKeyNavigation(False)  # Tab is the dialog's: Qt moves the focus on

    def closeEditor(self, editor, hint) -> None:
        """Tab or Shift+Tab while typing: the cell saved, then on to the dialog's next (previous)
        widget as Tab on a cell not being typed in; a refused target keeps the cursor on its cell."""
        if hint not in (EndEditHint.EditNextItem, EndEditHint.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, EndEditHint.NoHint)
        if not self.refused(self.currentIndex()):
            self.focusNextPrevChild(hint == EndEditHint.EditNextItem)

    def fill_columns(self):
        return YEAR_COLUMNS

    def refused(self, index) -> bool:
        return (index.row(), index.column()) in self.refused_cells


class _TargetCells(RoomyRows):
    """A year's cell being typed in stays open, unsaved, while another program has the keyboard."""

    def eventFilter(self, editor, event):
        return False if keyboard_left_the_window(editor, event) else super().eventFilter(editor, event)


def _year_width(header: QHeaderView, column: int) -> int:
    """A year's column: 92 px, or its title's width in bold (the column of the cell chosen is drawn so)
    where the text is bigger ("Năm 2026" was cut "Năm 202" at Windows' 150 %, walk S107)."""
    title = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
    bold = QFont(header.font())
    bold.setBold(True)
    padding = header.sectionSizeFromContents(column).width() - header.fontMetrics().horizontalAdvance(title)
    return max(92, QFontMetrics(bold).horizontalAdvance(title) + padding)


class OwnTargetsDialog(QDialog):
    def __init__(self, workspace: Workspace, year: int | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("The commune's own targets by year"))
        self.resize(1180, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Targets the commune or ward sets itself for each year (for example “≥ 95”; “95” means at least 95; "
            "“Yes” for a yes/no indicator). Leave empty to remove. They are shown beside the province's targets, "
            "with the year's result against them; the assessment the province counts stays the one against "
            "the province's target."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.indicators = workspace.catalog.indicators_for(workspace.commune)
        self.table = TargetsTable(len(self.indicators), FIRST_YEAR_COLUMN + len(YEARS))
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Unit"), self.tr("Province target")]
                                             + [labels.year_label(y) for y in YEARS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 170)
        for i in range(len(YEARS)):
            self.table.setColumnWidth(FIRST_YEAR_COLUMN + i, _year_width(header, FIRST_YEAR_COLUMN + i))
        own = workspace.own_targets()
        for r, ind in enumerate(self.indicators):
            self._fixed(r, 0, f"{ind.no}. {labels.indicator_name(ind)}")
            self._fixed(r, 1, labels.unit_label(ind.unit, ind.unit_en))
            province = workspace.catalog.province_target(workspace.commune, ind)
            text = (f"{_target_label(province, ind)}\n{target_source_text(province)}" if province
                    else self.tr("Not assigned"))
            self._fixed(r, 2, text)
            for i, y in enumerate(YEARS):
                t = own.get((y, ind.code))
                item = QTableWidgetItem(_target_label(t, ind) if t else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self.tr("The commune's own target for {year}: {indicator}").format(
                    year=y, indicator=labels.indicator_name(ind)))
                self.table.setItem(r, FIRST_YEAR_COLUMN + i, item)
        # The unit whole in either language ("percentage points"); each row as tall as its wrapped
        # text at the widths shown, again when a column is resized (measured before the dialog was
        # laid out, the name's column was narrow and every row three lines too tall).
        self.table.resizeColumnToContents(1)
        self.table.setItemDelegate(_TargetCells(self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._declined: set[tuple[int, int]] = set()  # of `refused_cells`: valid, "No" to sending periods back
        self.table.itemChanged.connect(self._changed)  # the officer's edits only: connected once filled
        layout.addWidget(self.table, 1)
        if year in YEARS:
            self.table.setCurrentCell(0, FIRST_YEAR_COLUMN + YEARS.index(year))

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter in the table saves the cell and goes down (the table keeps the key); on Đóng, closes.
        one_default(close, self)

    def reject(self) -> None:
        """Esc or Đóng with a refused target still red (or one kept unsaved by "No" to taking periods
        marked Hoàn thành back): asked (back to fix it, the default, or close without it), never
        dropped without a word."""
        cells = sorted(self.table.refused_cells)
        if cells:
            lines = [f"• {labels.indicator_name(self.indicators[r])} ({YEARS[c - FIRST_YEAR_COLUMN]}): "
                     f"“{self.table.item(r, c).text()}”" for r, c in cells]
            answer = ask_to_drop(self, self.windowTitle(),
                                 self.tr("%n target(s) typed and not saved:", "", len(cells)) if self._declined
                                 else self.tr("%n target(s) not saved because they are not valid:", "", len(cells)),
                                 lines, self.tr("Close without them?"), self.tr("Close without them"))
            if answer != "drop":
                self.table.setCurrentCell(*cells[0])
                self.table.setFocus()
                return
        super().reject()

    def _fixed(self, row: int, col: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setBackground(QBrush(READONLY_BACKGROUND))
        self.table.setItem(row, col, item)

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() < FIRST_YEAR_COLUMN:
            return
        ind = self.indicators[item.row()]
        year = YEARS[item.column() - FIRST_YEAR_COLUMN]
        try:
            op, value = parse_target_text(item.text(), boolean=ind.kind == "boolean")
            # checked as the service checks it: a target refused anyway is refused unasked
            self.workspace.check_own_target(year, ind.code, op, value)
            # The year's reports are judged against it: its periods marked Hoàn thành go back, asked first.
            if not sending_back_goes_ahead(self, self.workspace.would_send_back(
                    self.workspace.own_target_periods(year))):
                self._not_saved(item, ind, year, self.tr("the periods marked Complete stay so and wait for a "
                                                         "leader's approval."))
                self._declined.add((item.row(), item.column()))
                return
            target = self.workspace.set_own_target(year, ind.code, op, value)
        except ChiTieuError as err:
            self._not_saved(item, ind, year, error_text(err))
            return
        self.table.refused_cells.discard((item.row(), item.column()))
        self._declined.discard((item.row(), item.column()))
        with QSignalBlocker(self.table):
            item.setBackground(QBrush())
            item.setText(_target_label(target, ind) if target else "")
        data_changed(self)  # the window behind shows it under the province's target
        shown = _target_label(target, ind) if target else self.tr("removed")
        self.message.setText(self.tr("Saved the own target for {year} — {indicator}: {target}.").format(
            year=year, indicator=labels.indicator_name(ind)[:60], target=shown))

    def _not_saved(self, item: QTableWidgetItem, ind, year: int, reason: str) -> None:
        """The cell keeps what was typed, red, the cursor on it (`TargetsTable.refused_cells`), and why
        it is not saved under the table."""
        self.table.refused_cells.add((item.row(), item.column()))
        with QSignalBlocker(self.table):  # showing the refusal is no edit
            item.setBackground(QBrush(ERROR_BACKGROUND))
        self.message.setText(
            f"<span style='color:{colours.named(Meaning.REFUSAL, self.message)}; font-weight:bold'>"
            + self.tr("✖ Not saved ({indicator}, {year}): {reason}").format(
                indicator=labels.indicator_name(ind)[:50], year=year, reason=reason) + "</span>")


def _target_label(target, ind) -> str:
    """A target as the cell shows it ("≥ 95", or Có/Không in the interface language)."""
    if isinstance(target.value, bool):
        return labels.yes_no(target.value)
    if ind.kind == "count_vs_last_year":  # a fall in percent, never "≥ 5" accidents
        return labels.translate("labels", "Fall {target}% on the same period last year").format(
            target=target.label(1))
    if ind.unit in PERCENT_UNITS:  # "≥ 1500", not "≥ 1.500": the cell is typed over and read back (R27)
        shown = typed_back(target.value, ind.unit)
        return shown if target.op == "=" else f"{target.op} {shown}"
    return target.label(ind.decimals)
