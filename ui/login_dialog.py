"""Logging in at start, creating the administrator on the very first run, and an
administrator's login for a restore at start-up.

Keyboard: each form opens in its first field; Enter in a field goes on to the next empty
one, and in the last one submits (once: one Enter is one login attempt, so the lock-out
counts what a person typed); Escape cancels. The fields are plain line edits in a
QDialog, so typed letters never press a button (a QMessageBox would, by mnemonic).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError, InvalidInput
from desktop_app.services import Workspace
from desktop_app.core.users import Role
from ui.common import app_title, error_text
from ui.i18n import translate


class _Form(QDialog):
    """A small form with an error line under it; the service decides what is accepted."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = heading = QLabel(intro)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edits: list[QLineEdit] = []

    def line(self, label: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.installEventFilter(self)
        self.form.addRow(label, edit)
        if not self.edits:
            edit.setFocus()
        self.edits.append(edit)
        return edit

    def eventFilter(self, obj, event) -> bool:
        """Enter in a field: on to the next empty field, or submit from the last one (once:
        the key goes no further, so the dialog's default button does not submit again)."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and obj in self.edits):
            after = self.edits[self.edits.index(obj) + 1:]
            empty = next((e for e in after if not e.text()), None)
            if empty is not None:
                empty.setFocus()
            else:
                self._submit()
            return True
        return super().eventFilter(obj, event)

    def _submit(self) -> None:
        try:
            self.submit()
        except ChiTieuError as err:
            self.error.setText(error_text(err))
            self.refused(err)
            return
        self.accept()

    def refused(self, err: ChiTieuError) -> None:
        """After a refusal shown under the form: where the typing goes on."""

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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def submit(self) -> None:
        try:
            self.workspace.login(self.username.text(), password_typed(self.password))
        finally:
            self.password.clear()

    def refused(self, err: ChiTieuError) -> None:
        (self.password if self.username.text().strip() else self.username).setFocus()


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

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            raise InvalidInput(self.tr("The two passwords typed are not the same."),
                               field="Mật khẩu",  # untranslated: the core's field name
                               en="The two passwords typed are not the same.")  # the same, for the English interface
        self.workspace.add_user(self.username.text(), self.full_name.text(), Role.ADMIN, self.password.text())
        self.workspace.login(self.username.text(), self.password.text())


class AdministratorDialog(_Form):
    """An Administrator's user name and password, checked by `check(username, password)`
    (which raises NotPermitted); kept in `administrator` once accepted."""

    def __init__(self, check: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(self.tr("Administrator's login"),
                         self.tr("Restoring replaces all the data of this computer's database. Type the user "
                                 "name and password of one of its Administrator accounts."), parent)
        self.check = check
        self.administrator: tuple[str, str] | None = None
        self.username = self.line(self.tr("User name:"))
        self.password = self.line(self.tr("Password:"), password=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))

    def submit(self) -> None:
        username = self.username.text().strip()
        try:
            password = password_typed(self.password)
            self.check(username, password)
        finally:
            self.password.clear()
        self.administrator = (username, password)

    def refused(self, err: ChiTieuError) -> None:
        (self.password if self.username.text().strip() else self.username).setFocus()


def password_typed(edit: QLineEdit) -> str:
    """The password typed; an empty field is refused here, never counted as a wrong password."""
    if not edit.text():
        raise InvalidInput(translate("login_dialog", "Type the password."),
                           field="Mật khẩu",  # untranslated: the core's field name
                           en="Type the password.")  # the same, for the English interface
    return edit.text()


def ensure_login(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """Create the administrator on a new database, else ask for a login. False: the user quit."""
    dialog = FirstAdminDialog(workspace, parent) if not workspace.has_accounts else LoginDialog(workspace, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.exec() == QDialog.DialogCode.Accepted
