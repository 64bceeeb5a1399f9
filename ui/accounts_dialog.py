"""The administrator's account list: add, reset a forgotten password, lock an account (after a
question naming the person, No by default) and unlock it; greyed, saying who may, for an account
that may not manage accounts. A locked account stays listed, greyed and marked, to be unlocked."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.users import Permission, Role, check_username, typed_twice
from desktop_app.core.vietnam_time import shown
from desktop_app.services import Workspace
from ui import colours, labels
from ui.actions import FAILED, run_action
from ui.colours import Meaning
from ui.common import in_language
from ui.keyboard import reading_order
from ui.login_dialog import ACCOUNT_FIELDS, _Form


class AddAccountDialog(_Form):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(self.tr("Add an account"), self.tr("A new account for a person who uses this computer."),
                         parent)
        self.workspace = workspace
        self.field_names = ACCOUNT_FIELDS  # a refusal puts the cursor in the field it names
        # Alt and each label's letter, as the first run's form (walk U7 F5); Enter in the user name checks it
        self.username = self.line(self.tr("&User name:"))
        self.needs(self.username, check_username)  # as `add_user` checks it, before the next field
        self.full_name = self.line(self.tr("&Full name:"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role_label(role), role)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.password = self.line(self.tr("&Password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("Password a&gain:"), password=True)
        self.new_password_pair = (self.password, self.again)
        note = QLabel(self.tr("The password is temporary: at the first login, the person chooses their own."))
        note.setWordWrap(True)
        note.setStyleSheet(colours.style(Meaning.NOTE, note))
        self.form.addRow(note)
        # A verb, as the first run's "Tạo tài khoản" and the login's "Đăng nhập": "OK" said nothing
        # of adding (walk 8, finding 11). Still the default Enter presses.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))  # Qt's has no letter

    def submit(self) -> None:
        typed_twice(self.password.text(), self.again.text())
        self.workspace.add_user(self.username.text(), self.full_name.text(), self.role.currentData(),
                                self.password.text())


class ResetPasswordDialog(_Form):
    """Đặt lại mật khẩu…: the new password twice, as the add-account form asks it (walk U7 F4: asked once,
    hidden, a typo locked the person out); a refusal under the form, the cursor back in the first field.
    The password is temporary: the person chooses their own at the next login (`said` tells the administrator)."""

    def __init__(self, workspace: Workspace, username: str, full_name: str, parent: QWidget | None = None):
        super().__init__(self.tr("Reset the password"),
                         self.tr("A new password for {user} ({name}). It is temporary: when logging in with it, "
                                 "{user} is told you reset it and must at once choose a password of their own.")
                         .format(user=username, name=full_name), parent)
        self.workspace = workspace
        self.username = username
        self.said = None
        self.password = self.line(self.tr("&New password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("New password &again:"), password=True)
        self.new_password_pair = (self.password, self.again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reset"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))  # Qt's has no letter

    def submit(self) -> None:
        typed_twice(self.password.text(), self.again.text())
        self.said = self.workspace.set_password(self.username, self.password.text())

    def refused(self, err) -> None:
        """Both fields emptied, the cursor in the first: whatever was refused (the account locked meanwhile
        says so, and the form stays to be cancelled)."""
        for edit in self.new_password_pair:
            edit.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


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
        self.list.setAccessibleName(self.tr("Accounts"))
        layout.addWidget(self.list)
        self.said = QLabel()  # what the last lock or unlock did
        self.said.setWordWrap(True)
        layout.addWidget(self.said)
        buttons = QHBoxLayout()
        self.action_buttons = []
        for text, slot in ((self.tr("&Add an account…"), self.add), (self.tr("&Reset the password…"), self.reset),
                           (self.tr("&Lock the account"), self.deactivate),
                           (self.tr("&Unlock the account"), self.unlock)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.action_buttons.append(b)
        manages = workspace.may(Permission.MANAGE_USERS)
        if not manages:  # the core's rule: greyed, saying who may
            for b in self.action_buttons:
                b.setEnabled(False)
                b.setToolTip(self.tr("Only an Administrator adds accounts, resets passwords and locks accounts."))
        self.manages = manages
        self.lock_button, self.unlock_button = self.action_buttons[2:]
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
        reading_order(self.list, *self.action_buttons, close)  # Mở khóa after Khóa: greyed, one of them
        for b in (*self.action_buttons, close):
            b.setAutoDefault(True)
        (self.action_buttons[0] if manages else close).setDefault(True)
        self.list.currentItemChanged.connect(lambda *_: self._offer())
        self.list.setFocus()
        self.refresh()
        self.list.setCurrentRow(0)

    def refresh(self, keep: str | None = None) -> None:
        """The accounts as they are now (the locked ones last, greyed and marked), `keep` chosen."""
        self.list.clear()
        for listed in self.workspace.accounts():
            a = listed.account
            text = f"{a.username} — {a.full_name} — {labels.role_label(a.role)}"
            if listed.locked:
                text += " — " + self.tr("locked")
            elif listed.locked_until is not None:
                text += " — " + self.tr("temporarily locked until {time}").format(
                    time=shown(listed.locked_until))  # a lock can end another day
            item = QListWidgetItem(text)
            item.setData(256, a.username)
            item.setData(257, listed.locked)
            if listed.locked:
                item.setForeground(QBrush(QColor("#888888")))
            self.list.addItem(item)
            if a.username == keep:
                self.list.setCurrentItem(item)
        self._offer()

    def _offer(self) -> None:
        """Lock for an account that can log in, unlock for a locked one."""
        item = self.list.currentItem()
        is_locked = bool(item.data(257)) if item else False
        if self.manages:
            self.lock_button.setEnabled(item is not None and not is_locked)
            self.unlock_button.setEnabled(item is not None and is_locked)

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
        full = next((a.account.full_name for a in self.workspace.accounts() if a.account.username == name), "")
        form = ResetPasswordDialog(self.workspace, name, full, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh(keep=name)
        QMessageBox.information(self, self.tr("Reset the password"), in_language(form.said))

    def deactivate(self) -> None:
        """Lock the chosen account, once the question naming the person says Yes (No by default:
        Enter is safe); a warning when it is the last Leader account."""
        name = self.selected()
        if not name:
            return
        question = run_action(self, self.workspace.lock_question, name, reads=True)
        if question is FAILED:
            return
        box = QMessageBox(QMessageBox.Icon.Warning if question.last_leader else QMessageBox.Icon.Question,
                          self.tr("Lock the account"), in_language(question.text),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self._done(name, run_action(self, self.workspace.lock_account, name, question.last_leader))

    def unlock(self) -> None:
        name = self.selected()
        if name:
            self._done(name, run_action(self, self.workspace.unlock_account, name))

    def _done(self, name: str, said) -> None:
        self.refresh(keep=name)
        self.said.setText("" if said is FAILED else in_language(said))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
