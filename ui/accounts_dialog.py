"""The administrator's account list: add, reset a forgotten password, lock an account."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import InvalidInput
from desktop_app.services import Workspace
from desktop_app.users import Role
from ui.common import show_error
from ui.login_dialog import _Form


class AddAccountDialog(_Form):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__("Thêm tài khoản", "Tài khoản mới cho một người dùng máy này.", parent)
        self.workspace = workspace
        self.username = self.line("Tên đăng nhập:")
        self.full_name = self.line("Họ và tên:")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.value, role)
        self.form.addRow("Vai trò:", self.role)
        self.password = self.line("Mật khẩu (ít nhất 8 ký tự):", password=True)
        self.again = self.line("Nhập lại mật khẩu:", password=True)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            raise InvalidInput("Hai lần nhập mật khẩu không giống nhau.", field="Mật khẩu")
        self.workspace.add_user(self.username.text(), self.full_name.text(), self.role.currentData(),
                                self.password.text())


class AccountsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle("Tài khoản người dùng")
        self.resize(620, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Cán bộ nhập liệu nhập số liệu; Lãnh đạo duyệt và mở lại kỳ báo cáo; "
                                "Quản trị quản lý tài khoản và khôi phục bản sao lưu."))
        self.list = QListWidget()
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        for text, slot in (("Thêm tài khoản…", self.add), ("Đặt lại mật khẩu…", self.reset),
                           ("Khóa tài khoản", self.deactivate)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton("Đóng")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for a in self.workspace.users():
            item = QListWidgetItem(f"{a.username} — {a.full_name} — {a.role.value}")
            item.setData(256, a.username)
            self.list.addItem(item)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(256) if item else None

    def add(self) -> None:
        if AddAccountDialog(self.workspace, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def reset(self) -> None:
        name = self.selected()
        if not name:
            return
        password, ok = QInputDialog.getText(self, "Đặt lại mật khẩu", f"Mật khẩu mới cho {name} (ít nhất 8 ký tự):",
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            self.workspace.set_password(name, password)
        except Exception as err:  # noqa: BLE001
            show_error(self, err)
            return
        QMessageBox.information(self, "Đặt lại mật khẩu", f"Đã đặt mật khẩu mới cho {name}; tài khoản được mở khóa.")

    def deactivate(self) -> None:
        name = self.selected()
        if not name:
            return
        try:
            self.workspace.set_user_active(name, False)
        except Exception as err:  # noqa: BLE001
            show_error(self, err)
            return
        self.refresh()
