"""Dữ liệu › Bộ chỉ tiêu của tỉnh…: Phụ lục 1 and the 2026 resolution, read-only, with a search."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from desktop_app.core.catalog import fold
from desktop_app.resources import load_reference
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR
from ui.common import READONLY_BACKGROUND
from ui.keyboard import one_default

YEARS = [str(y) for y in range(FIRST_YEAR, LAST_YEAR + 1)]
SCREEN_MARGIN = 60  # a window's title bar and frame, outside the dialog's own size


def fit_screen(dialog: QDialog, width: int, height: int) -> None:
    """`dialog` at `width`×`height`, or smaller if the screen leaves less room (taskbar, title bar)."""
    available = dialog.screen().availableGeometry()
    dialog.resize(min(width, available.width() - 20), min(height, available.height() - SCREEN_MARGIN))


class ReferenceDialog(QDialog):
    def __init__(self, parent=None, reference: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The province's indicator list (view only)"))
        fit_screen(self, 1240, 660)  # a 1280×720 screen has some 620 pixels under the title bar
        ref = reference or load_reference()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The indicators the province set for the 2026-2030 term (Appendix 1) and the "
                               "2026 resolution's indicators, so communes and wards know where the province is "
                               "heading. They cannot be changed here. The list is in Vietnamese, as published."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by keyword, with or without accents (for example: bao hiem)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.tabs = QTabWidget()
        self.province = self._province_table(ref.get("province_indicators", []))
        self.resolution = self._resolution_table(ref.get("resolution_2026", []))
        self.tabs.addTab(self.province, self.tr("Appendix 1: the province's indicators ({count})").format(
            count=len(ref.get("province_indicators", []))))
        self.tabs.addTab(self.resolution, self.tr("2026 resolution ({count})").format(
            count=len(ref.get("resolution_2026", []))))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        one_default(None, self)  # a view: Enter in the filter filters (as it is typed), never closes; Escape closes
        self.search.textChanged.connect(self._filter)
        self.search.setFocus()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table for "Close" (arrows move in it)
        return table

    def _province_table(self, items: list[dict]) -> QTableWidget:
        headers = ([self.tr("No."), self.tr("Indicator"), self.tr("Unit"), self.tr("2030 goal")] + YEARS
                   + [self.tr("Lead agency")])
        table = self._table(headers)
        bold = QFont()
        bold.setBold(True)
        section = None
        for it in items:
            if it.get("section") != section:
                section = it.get("section")
                r = table.rowCount()
                table.insertRow(r)
                cell = QTableWidgetItem(section or "")
                cell.setFont(bold)
                cell.setBackground(QBrush(READONLY_BACKGROUND))
                table.setItem(r, 0, cell)
                table.setSpan(r, 0, 1, len(headers))
            r = table.rowCount()
            table.insertRow(r)
            years = it.get("years") or {}
            values = [it.get("stt", ""), it.get("name", ""), it.get("unit", ""), it.get("province_target", "")]
            values += [years.get(y, "") for y in YEARS] + [it.get("lead_body", "")]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(str(v))
                if c not in (1, len(headers) - 1):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if it.get("note"):
                    cell.setToolTip(it["note"])
                table.setItem(r, c, cell)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the indicator
        widths = {0: 44, 2: 90, 3: 100, len(headers) - 1: 190} | {c: 64 for c in range(4, 4 + len(YEARS))}
        for c, w in widths.items():
            table.setColumnWidth(c, w)
        table.resizeRowsToContents()
        return table

    def _resolution_table(self, items: list[dict]) -> QTableWidget:
        table = self._table([self.tr("No."), self.tr("Group"), self.tr("Indicator")])
        table.setRowCount(len(items))
        for r, it in enumerate(items):
            for c, v in enumerate([it.get("no", ""), it.get("section", ""), it.get("text", "")]):
                cell = QTableWidgetItem(str(v))
                if c == 0:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, cell)
        table.setColumnWidth(0, 44)
        table.setColumnWidth(1, 220)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def _filter(self, text: str) -> None:
        q = fold(text)
        for table in (self.province, self.resolution):
            for r in range(table.rowCount()):
                if table.columnSpan(r, 0) > 1:  # section header rows stay
                    table.setRowHidden(r, False)
                    continue
                words = " ".join(table.item(r, c).text() for c in range(table.columnCount()) if table.item(r, c))
                table.setRowHidden(r, bool(q) and q not in fold(words))
