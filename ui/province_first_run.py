"""The province office's first run, once "Cấp tỉnh" is chosen (`ui.mode_dialog.choose_mode`):
who prepares and who signs the consolidated report, as the commune's first run asks its own
(`ui.province_settings.SignersBox`, later in Tệp › Cài đặt…), and the accounts its work needs.

The administrator made at the first run may neither receive the communes' reports (a
Data-entry officer's task) nor confirm their keys (a Leader's): a new office whose only account
was the administrator's learnt it when the window refused the first folder read. This dialog
says it before the window opens: which account each task needs, which accounts there are, and
"Tạo tài khoản…" opens the account list (the same as Tệp › Tài khoản… later). Continue records
the province mode (`ProvinceOffice.setup`); Quit leaves the database as it was, asked again at
the next start, as the commune's first-run setup does.

Keyboard: the cursor starts in the first name, Tab goes down the form, to "Tạo tài khoản…", then
Continue and Quit; Enter goes down the form through every field, filled or not, the signer's title
too (`ui.keyboard.EnterGoesOn` with `each`, as the commune's first run: Enter from the signer
continued with the title at its default, and a Phó Chủ tịch was printed for a title nobody
chose), and continues from the title; elsewhere it continues; Escape quits. Enter in a name left
empty stays there once and says so, in the core's words for a name ("Người lập biểu: chưa nhập họ
và tên."; walk U1 F3: it went on without a word); Enter again goes on, as the office may leave it
empty (`ProvinceOffice.setup` accepts it: no preparer is printed, no PDF report without a signer,
as the note under the names says). A name the core refuses (too long) keeps the cursor. A refusal
goes as soon as either name is typed in (walk U1 F4: a refusal stayed after the retyping).
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
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
from desktop_app.core.validation import parse_name
from desktop_app.province import ProvinceOffice
from ui import colours
from ui.colours import Meaning
from ui.common import error_text
from ui.form_error import FormError
from ui.keyboard import COMMAND_MODIFIERS, ENTER_KEYS, EnterGoesOn, one_default, reading_order
from ui.labels import role_label
from ui.province_settings import SignersBox


class ProvinceFirstRunDialog(QDialog):
    """Who signs, and the accounts the province needs, made from here; accepted once the mode is
    recorded with the names typed."""

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
        self.signers = SignersBox(self.office)
        layout.addWidget(self.signers)
        signers_note = QLabel(self.tr("The consolidated PDF report prints the signer's title and name at its end; "
                                      "it is not written without a name. You can change them later in <i>File › "
                                      "Settings…</i>"))
        signers_note.setWordWrap(True)
        signers_note.setStyleSheet(colours.style(Meaning.NOTE, signers_note))
        layout.addWidget(signers_note)

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

        layout.addStretch(1)  # the room a tall dialog has left: under the form, not between its parts
        self.error = FormError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        one_default(self.continue_button, self)  # Enter continues from the names
        reading_order(self.signers.preparer, self.signers.signer, self.signers.signer_title, self.accounts_button,
                      self.continue_button, self.quit_button)
        # Enter stops at the title too (module note), Up/Down there choose it, Enter then continues
        self.enter = EnterGoesOn([self.signers.preparer, self.signers.signer, self.signers.signer_title],
                                 self.accept, self, each=True)
        # The core's names of the fields, for its words (untranslated), as `ProvinceOffice.setup` checks them.
        self._names = {self.signers.preparer: ("Người lập biểu", "Prepared by"),  # untranslated
                       self.signers.signer: ("Người ký", "Signed by")}  # untranslated
        self._said_empty: QWidget | None = None  # the name whose emptiness the line said (module note)
        for name in self._names:  # installed after EnterGoesOn: `eventFilter` sees Enter first
            name.installEventFilter(self)
            name.textEdited.connect(lambda _text: self._typed_in())
        self.signers.preparer.setFocus()
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
        self.activateWindow()  # the keyboard back here, window manager or not
        # on "Tiếp tục", the step after the accounts made: Enter on a button presses that button (ui/keyboard),
        # left on "Tạo tài khoản…" it opened the list again
        self.continue_button.setFocus()
        return dialog

    def _typed_in(self) -> None:
        self.error.clear()
        self._said_empty = None

    def eventFilter(self, obj, event) -> bool:
        """Enter in a name: what the core says of it first (module note)."""
        if (obj in self._names and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and not event.modifiers() & COMMAND_MODIFIERS):
            try:
                parse_name(obj.text(), *self._names[obj])
            except ChiTieuError as err:
                empty = not obj.text().strip()
                if not empty or self._said_empty is not obj:
                    self.error.setText(error_text(err))
                    self._said_empty = obj if empty else None
                    return True
        return super().eventFilter(obj, event)

    def accept(self) -> None:
        """The province mode recorded with the names typed; a refusal stays under the form, the
        cursor in the field it names."""
        try:
            self.signers.save(always=True)
        except ChiTieuError as err:
            self.error.setText(error_text(err))
            (self.signers.field_for(err) or self.signers.preparer).setFocus()
            return
        super().accept()
