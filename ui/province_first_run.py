"""The province office's first run, once "Cấp tỉnh" is chosen (`ui.mode_dialog.choose_mode`).

The administrator made at the first run may neither receive the communes' reports (a
Data-entry officer's task) nor confirm their keys (a Leader's): a new office whose only account
was the administrator's learnt it when the window refused the first folder read. This dialog
says it before the window opens: which account each task needs, which accounts there are, and
"Tạo tài khoản…" opens the account list (the same as Tệp › Tài khoản… later). Continue records
the province mode (`ProvinceOffice.setup`); Quit leaves the database as it was, asked again at
the next start, as the commune's first-run setup does.

Keyboard: "Tạo tài khoản…" has the focus, Tab goes on to Continue and Quit, Enter continues,
Escape quits.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.users import Permission, Role
from desktop_app.province import ProvinceOffice
from ui.common import ERROR_TEXT, error_text
from ui.keyboard import one_default, reading_order
from ui.labels import role_label


class ProvinceFirstRunDialog(QDialog):
    """The accounts the province needs, made from here; accepted once the mode is recorded."""

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.office = ProvinceOffice(workspace, choose=False)
        self.setWindowTitle(self.tr("First-time setup — province office"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel("<b>" + self.tr("Province office") + "</b><br>" + self.tr(
            "Each task has its role: a <i>Data-entry officer</i> receives the communes' reports, a <i>Leader</i> "
            "confirms the units' signing keys, the <i>Administrator</i> makes the accounts and changes the "
            "settings, and does neither of the others. Make the accounts now, or later in <i>File › "
            "Accounts…</i>; to do a task, log in with an account of its role (<i>File › Log out</i>)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.accounts_box = QGroupBox(self.tr("The accounts the province's work needs"))
        inside = QVBoxLayout(self.accounts_box)
        self.accounts = QLabel()
        self.accounts.setWordWrap(True)
        self.accounts.setTextFormat(Qt.TextFormat.RichText)
        inside.addWidget(self.accounts)
        row = QHBoxLayout()
        self.accounts_button = QPushButton(self.tr("&Make the accounts…"))
        self.accounts_button.clicked.connect(self.open_accounts)
        self.accounts_button.setEnabled(workspace.may(Permission.MANAGE_USERS))
        row.addWidget(self.accounts_button)
        row.addStretch(1)
        inside.addLayout(row)
        layout.addWidget(self.accounts_box)
        # a database without accounts (made by the command line) has no roles to speak of
        self.accounts_box.setVisible(workspace.has_accounts)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        one_default(self.continue_button, self)  # Enter continues, also from "Make the accounts…"
        reading_order(self.accounts_button, self.continue_button, self.quit_button)
        (self.accounts_button if workspace.has_accounts and self.accounts_button.isEnabled()
         else self.continue_button).setFocus()
        self.show_accounts()

    def show_accounts(self) -> None:
        """Which accounts there are for each task, said again after the account list closes."""
        users = self.workspace.users()

        def of(role: Role) -> str:
            names = [f"{escape(a.username)} ({escape(a.full_name)})" for a in users if a.role == role]
            return ", ".join(names) if names else "<b>" + self.tr("none yet") + "</b>"

        me = self.workspace.account
        lines = [
            self.tr("Receiving the communes' reports: an account with the role {role} — {accounts}.").format(
                role=escape(role_label(Role.OFFICER)), accounts=of(Role.OFFICER)),
            self.tr("Confirming the units' signing keys, accepting unsigned files: an account with the role "
                    "{role} — {accounts}.").format(role=escape(role_label(Role.LEADER)), accounts=of(Role.LEADER)),
        ]
        if me is not None and me.role == Role.ADMIN:
            lines.append(self.tr("Your account, {user}, is the Administrator's: it makes the accounts and changes "
                                 "the settings.").format(user=escape(me.username)))
        self.accounts.setText("<br>".join(f"• {line}" for line in lines))

    def open_accounts(self):
        """"Tạo tài khoản…": the administrator's account list, as Tệp › Tài khoản… opens it."""
        from ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.workspace, self, province=True)
        dialog.exec()
        self.show_accounts()
        self.activateWindow()  # the keyboard back here (Enter continues), window manager or not
        self.accounts_button.setFocus()
        return dialog

    def accept(self) -> None:
        """The province mode recorded; a refusal stays under the form."""
        try:
            self.office.setup()
        except ChiTieuError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        super().accept()
