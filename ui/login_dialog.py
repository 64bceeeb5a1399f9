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

from desktop_app.core.errors import ChiTieuError
from desktop_app.services import Workspace
from desktop_app.core.users import Role
from ui.common import app_title, error_text


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
        self.error.setAccessibleName(self.tr("Error message"))
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
        super().__init__(self.tr("Log in — {program}").format(program=app_title()),
                         self.tr("Log in with the account the administrator gave you."), parent)
        self.workspace = workspace
        self.username = self.line(self.tr("User name:"))
        self.password = self.line(self.tr("Password:"), password=True)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def submit(self) -> None:
        try:
            self.workspace.login(self.username.text(), self.password.text())
        finally:
            self.password.clear()


class FirstAdminDialog(_Form):
    """The first run creates the administrator, who then manages the other accounts."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(
            self.tr("Create the administrator account"),
            self.tr("This is the first run. Create the Administrator account: this person creates the accounts "
                    "of the data-entry officers and leaders, resets forgotten passwords, and restores backups."),
            parent,
        )
        self.workspace = workspace
        self.username = self.line(self.tr("User name:"))
        self.username.setPlaceholderText(self.tr("for example: quantri"))
        self.full_name = self.line(self.tr("Full name:"))
        self.password = self.line(self.tr("Password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("Password again:"), password=True)
        self.again.returnPressed.connect(self._submit)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            from desktop_app.core.errors import InvalidInput

            raise InvalidInput(self.tr("The two passwords typed are not the same."),
                               field="Mật khẩu")  # untranslated: the core's field name
        self.workspace.add_user(self.username.text(), self.full_name.text(), Role.ADMIN, self.password.text())
        self.workspace.login(self.username.text(), self.password.text())


def ensure_login(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """Create the administrator on a new database, else ask for a login. False: the user quit."""
    dialog = FirstAdminDialog(workspace, parent) if not workspace.has_accounts else LoginDialog(workspace, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.exec() == QDialog.DialogCode.Accepted
