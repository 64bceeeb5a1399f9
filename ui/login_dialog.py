"""Logging in at start, and creating the administrator on the very first run."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ChiTieuError
from desktop_app.services import Workspace
from desktop_app.users import Role
from ui.common import APP_NAME, error_text


class _Form(QDialog):
    """A small form with an error line under it; the service decides what is accepted."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(intro)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setAccessibleName("Thông báo lỗi")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def line(self, label: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def _submit(self) -> None:
        try:
            self.submit()
        except ChiTieuError as err:
            self.error.setText(error_text(err))
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_Form):
    """Tên đăng nhập + mật khẩu; wrong passwords and the lock-out say so under the form."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(f"Đăng nhập — {APP_NAME}", "Đăng nhập bằng tài khoản được quản trị viên cấp.", parent)
        self.workspace = workspace
        self.username = self.line("Tên đăng nhập:")
        self.password = self.line("Mật khẩu:", password=True)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Đăng nhập")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Thoát")

    def submit(self) -> None:
        try:
            self.workspace.login(self.username.text(), self.password.text())
        finally:
            self.password.clear()


class FirstAdminDialog(_Form):
    """The first run creates the administrator, who then manages the other accounts."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(
            "Tạo tài khoản quản trị",
            "Đây là lần chạy đầu tiên. Tạo tài khoản Quản trị: người này tạo tài khoản cho cán bộ "
            "nhập liệu và lãnh đạo, đặt lại mật khẩu khi có người quên, và khôi phục bản sao lưu.",
            parent,
        )
        self.workspace = workspace
        self.username = self.line("Tên đăng nhập:")
        self.username.setPlaceholderText("ví dụ: quantri")
        self.full_name = self.line("Họ và tên:")
        self.password = self.line("Mật khẩu (ít nhất 8 ký tự):", password=True)
        self.again = self.line("Nhập lại mật khẩu:", password=True)
        self.again.returnPressed.connect(self._submit)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            from desktop_app.errors import InvalidInput

            raise InvalidInput("Hai lần nhập mật khẩu không giống nhau.", field="Mật khẩu")
        self.workspace.add_user(self.username.text(), self.full_name.text(), Role.ADMIN, self.password.text())
        self.workspace.login(self.username.text(), self.password.text())


def ensure_login(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """Create the administrator on a new database, else ask for a login. False: the user quit."""
    dialog = FirstAdminDialog(workspace, parent) if not workspace.has_accounts else LoginDialog(workspace, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.exec() == QDialog.DialogCode.Accepted
