"""First run (and Tệp › Cài đặt…): the unit, who prepares and who signs the report."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ChiTieuError
from desktop_app.periods import PeriodRules
from desktop_app.services import SIGNER_TITLES, Workspace
from ui.common import APP_NAME, ERROR_TEXT

CODE_ROLE = Qt.ItemDataRole.UserRole


class SetupDialog(QDialog):
    """Choose the commune or ward among the 92 with an accent-free search, and the people."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, first_run: bool | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.first_run = (not workspace.is_set_up) if first_run is None else first_run
        self.setWindowTitle("Thiết lập lần đầu" if self.first_run else "Cài đặt")
        self.setMinimumWidth(560)
        settings = workspace.settings

        layout = QVBoxLayout(self)
        if self.first_run:
            intro = QLabel(
                f"<b>Chào mừng đến với {APP_NAME}.</b><br>"
                "Chọn xã, phường của đơn vị và người lập, người ký báo cáo. "
                "Có thể đổi lại sau trong <i>Tệp › Cài đặt…</i>"
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)

        unit_box = QGroupBox("Xã, phường")
        unit_layout = QVBoxLayout(unit_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Gõ tên xã, phường (có dấu hoặc không dấu), ví dụ: dai phuc")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Tìm xã, phường")
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down in the search box move in it
        self.results.setMinimumHeight(150)
        self.results.setAccessibleName("Danh sách xã, phường")
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        unit_layout.addWidget(self.search)
        unit_layout.addWidget(self.results)
        unit_layout.addWidget(self.chosen)
        layout.addWidget(unit_box)

        people = QGroupBox("Người lập biểu, người ký")
        form = QFormLayout(people)
        self.preparer = QLineEdit(settings.preparer)
        self.preparer.setPlaceholderText("Họ và tên người lập biểu")
        self.signer = QLineEdit(settings.signer)
        self.signer.setPlaceholderText("Họ và tên người ký báo cáo")
        self.signer_title = QComboBox()
        for title in SIGNER_TITLES:
            self.signer_title.addItem(f"{title} UBND", title)
        self.signer_title.setCurrentIndex(max(0, self.signer_title.findData(settings.signer_title)))
        self.doc_prefix = QLineEdit(settings.doc_prefix)
        self.doc_prefix.setPlaceholderText("ví dụ: BC-UBND (trong “Số: …/BC-UBND”)")
        form.addRow("Người lập biểu:", self.preparer)
        form.addRow("Người ký:", self.signer)
        form.addRow("Chức vụ người ký:", self.signer_title)
        form.addRow("Ký hiệu văn bản:", self.doc_prefix)
        layout.addWidget(people)

        self.cutoff_day = self.deadline_day = self.deadline_offset = None
        if not self.first_run:
            rules = settings.rules
            dates = QGroupBox("Ngày chốt số liệu và hạn gửi báo cáo")
            dform = QFormLayout(dates)
            self.cutoff_day = _spin(1, 28, rules.cutoff_day)
            self.deadline_day = _spin(1, 28, rules.deadline_day)
            self.deadline_offset = _spin(0, 2, rules.deadline_month_offset)
            dform.addRow("Chốt số liệu vào ngày (của tháng cuối kỳ):", self.cutoff_day)
            dform.addRow("Hạn gửi báo cáo vào ngày:", self.deadline_day)
            dform.addRow("Số tháng sau tháng cuối kỳ:", self.deadline_offset)
            layout.addWidget(dates)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_TEXT.name()}; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Bắt đầu" if self.first_run else "Lưu")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Thoát" if self.first_run else "Hủy")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._filter)
        self.results.currentItemChanged.connect(self._show_choice)
        self.results.itemDoubleClicked.connect(lambda _item: self.preparer.setFocus())
        self._keys = _SearchKeys(self)
        self.search.installEventFilter(self._keys)
        self.setTabOrder(self.search, self.preparer)
        self.setTabOrder(self.preparer, self.signer)
        self.setTabOrder(self.signer, self.signer_title)
        self.setTabOrder(self.signer_title, self.doc_prefix)

        self._filter("")
        if settings.commune_code:
            self.select_code(settings.commune_code)
        self.search.setFocus()

    # --- the unit list ---------------------------------------------------------
    def _filter(self, text: str) -> None:
        keep = self.selected_code() if not text.strip() else None
        self.results.clear()
        for c in self.workspace.catalog.find_communes(text):
            item = QListWidgetItem(f"{c.name}  (mã {c.code})")
            item.setData(CODE_ROLE, c.code)
            self.results.addItem(item)
        if keep:
            self.select_code(keep)
        elif self.results.count():
            self.results.setCurrentRow(0)
        self._show_choice()

    def select_code(self, code: str) -> None:
        for i in range(self.results.count()):
            if self.results.item(i).data(CODE_ROLE) == code:
                self.results.setCurrentRow(i)
                return

    def selected_code(self) -> str | None:
        item = self.results.currentItem()
        return item.data(CODE_ROLE) if item else None

    def _show_choice(self, *_args) -> None:
        code = self.selected_code()
        if code is None:
            self.chosen.setText("<i>Không tìm thấy xã, phường nào. Gõ lại tên, có hoặc không dấu.</i>")
            return
        c = self.workspace.catalog.commune_by_code(code)
        self.chosen.setText(f"Đã chọn: <b>{c.name}</b> (mã đơn vị {c.code})")

    # --- saving ---------------------------------------------------------------
    def accept(self) -> None:
        code = self.selected_code()
        if code is None:
            self._refuse("Chưa chọn xã, phường: gõ tên vào ô tìm kiếm rồi chọn trong danh sách.", self.search)
            return
        try:
            self.workspace.setup(code, self.preparer.text(), self.signer.text(),
                                 self.signer_title.currentData(), self.doc_prefix.text())
            if self.cutoff_day is not None:
                rules = PeriodRules(self.cutoff_day.value(), self.deadline_day.value(),
                                    self.deadline_offset.value())
                if rules != self.workspace.settings.rules:
                    self.workspace.set_period_rules(rules)
        except ChiTieuError as err:
            field = {"Người lập biểu": self.preparer, "Người ký": self.signer,
                     "Chức vụ người ký": self.signer_title}.get(err.field or "", self.search)
            self._refuse(err.message, field)
            return
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        widget.setFocus()


class _SearchKeys(QObject):
    """Up/Down in the search box move in the list; Enter goes on to the next field."""

    def __init__(self, dialog: SetupDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            results = self.dialog.results
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(results.currentRow() + step, 0), results.count() - 1)
                results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.dialog.selected_code():
                    self.dialog.preparer.setFocus()
                return True
        return False


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box
