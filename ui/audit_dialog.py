"""The audit trail viewer: every change, filtered by period, indicator and user, exportable."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.audit import COLUMNS, AuditLine
from desktop_app.periods import term_periods
from desktop_app.services import Workspace
from ui.common import show_error


class AuditModel(QAbstractTableModel):
    def __init__(self, lines: list[AuditLine]):
        super().__init__()
        self.lines = lines

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.lines[index.row()].cells()[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


class AuditDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle("Nhật ký thay đổi số liệu")
        self.resize(1200, 620)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItem("Tất cả các kỳ", "")
        for p in term_periods():
            self.period.addItem(p.name, p.code)
        self.indicator = QComboBox()
        self.indicator.addItem("Tất cả chỉ tiêu", "")
        for ind in workspace.catalog.indicators_for(workspace.commune):
            self.indicator.addItem(f"{ind.no}. {ind.name}", ind.code)
        self.indicator.setMaximumWidth(420)
        self.user = QComboBox()
        self.user.addItem("Mọi người dùng", "")
        for name in sorted({r.user for r in workspace.store.audit_rows()}):
            self.user.addItem(name, name)
        for label, combo in (("Kỳ:", self.period), ("Chỉ tiêu:", self.indicator), ("Người dùng:", self.user)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        filters.addStretch(1)
        self.export_button = QPushButton("Xuất ra Excel…")
        self.export_button.clicked.connect(self.export)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.refresh()

    def filters(self) -> dict:
        return {"period": self.period.currentData(), "indicator": self.indicator.currentData(),
                "user": self.user.currentData()}

    def refresh(self) -> None:
        try:
            lines = self.workspace.audit_trail(**self.filters())
        except Exception as err:  # noqa: BLE001 - shown to the user
            show_error(self, err)
            return
        self.model = AuditModel(list(reversed(lines)))  # newest first
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for col, mode in enumerate([QHeaderView.ResizeMode.ResizeToContents] * 4 + [QHeaderView.ResizeMode.Stretch]
                                   + [QHeaderView.ResizeMode.ResizeToContents] + [QHeaderView.ResizeMode.Stretch] * 2):
            header.setSectionResizeMode(col, mode)
        self.count.setText(f"{len(lines)} thay đổi")

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Xuất nhật ký thay đổi", str(Path.home() / "nhat-ky-thay-doi.xlsx"),
                                              "Excel (*.xlsx)")
        if not path:
            return
        try:
            self.workspace.export_audit(path, **self.filters())
        except Exception as err:  # noqa: BLE001
            show_error(self, err)
            return
        self.count.setText(f"Đã xuất {self.model.rowCount()} thay đổi ra {path}")
