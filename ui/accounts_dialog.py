"""The administrator's account list: add, reset a forgotten password, lock an account (greyed, saying
who may, for an account that may not manage accounts)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import InvalidInput
from desktop_app.services import Workspace
from desktop_app.core.users import Permission, Role
from ui import labels
from ui.actions import FAILED, run_action
from ui.keyboard import ask_text, reading_order
from ui.login_dialog import ACCOUNT_FIELDS, _Form


class AddAccountDialog(_Form):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(self.tr("Add an account"), self.tr("A new account for a person who uses this computer."),
                         parent)
        self.workspace = workspace
        self.field_names = ACCOUNT_FIELDS  # a refusal puts the cursor in the field it names
        self.username = self.line(self.tr("User name:"))
        self.full_name = self.line(self.tr("Full name:"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role_label(role), role)
        self.form.addRow(self.tr("Role:"), self.role)
        self.password = self.line(self.tr("Password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("Password again:"), password=True)
        # A verb, as the first run's "Tạo tài khoản" and the login's "Đăng nhập": "OK" said nothing
        # of adding (walk 8, finding 11). Still the default Enter presses; "Hủy" stays Cancel.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            raise InvalidInput(self.tr("The two passwords typed are not the same."),
                               field="Mật khẩu",  # untranslated: the core's field name
                               en="The two passwords typed are not the same.")  # the same, for the English interface
        self.workspace.add_user(self.username.text(), self.full_name.text(), self.role.currentData(),
                                self.password.text())


class AccountsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, province: bool = False):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("User accounts"))
        self.resize(620, 400)
        layout = QVBoxLayout(self)
        roles = QLabel(self.tr("Data-entry officers receive the communes' reports; Leaders confirm or revoke "
                               "signing keys and accept unsigned files; the Administrator manages accounts.")
                       if province else
                       self.tr("Data-entry officers enter the figures; Leaders approve and reopen periods; "
                               "the Administrator manages accounts and restores backups."))
        roles.setWordWrap(True)
        layout.addWidget(roles)
        self.list = QListWidget()
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.action_buttons = []
        for text, slot in ((self.tr("&Add an account…"), self.add), (self.tr("&Reset the password…"), self.reset),
                           (self.tr("&Lock the account"), self.deactivate)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.action_buttons.append(b)
        manages = workspace.may(Permission.MANAGE_USERS)
        if not manages:  # the core's rule: greyed, saying who may
            for b in self.action_buttons:
                b.setEnabled(False)
                b.setToolTip(self.tr("Only an Administrator adds accounts, resets passwords and locks accounts."))
        buttons.addStretch(1)
        self.close_button = close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        # The list first, then the buttons (Space presses the one with the focus, Alt and its
        # letter any of them). Enter in the list adds an account, the framed button: what a first
        # administrator, looking at a list of one, comes here to do; it closed the dialog,
        # unasked. Escape closes. An account that may not manage accounts reads the list: Enter closes it.
        # Enter on a button Tab brought the keyboard to presses that button, its frame showing it
        # (Qt's autoDefault; the frame goes back to the default with the keyboard): with
        # `ui.keyboard.one_default`, Enter on "Đóng" opened "Thêm tài khoản…". The dialog has no
        # field for a button passed over to take Enter from.
        reading_order(self.list, *self.action_buttons, close)
        for b in (*self.action_buttons, close):
            b.setAutoDefault(True)
        (self.action_buttons[0] if manages else close).setDefault(True)
        self.list.setFocus()
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for a in self.workspace.users():
            item = QListWidgetItem(f"{a.username} — {a.full_name} — {labels.role_label(a.role)}")
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
        password, ok = ask_text(
            self, self.tr("Reset the password"),
            self.tr("New password for {user} (at least 8 characters):").format(user=name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        if run_action(self, self.workspace.set_password, name, password) is FAILED:
            return
        QMessageBox.information(
            self, self.tr("Reset the password"),
            self.tr("{user} has a new password; the account is unlocked.").format(user=name))

    def deactivate(self) -> None:
        name = self.selected()
        if not name:
            return
        run_action(self, self.workspace.set_user_active, name, False, on_done=lambda _: self.refresh())
