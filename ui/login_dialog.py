"""Logging in at start, creating the administrator on the very first run (and, for one
person working alone, an officer account with it), changing one's own password, and an
administrator's login for a restore at start-up.

Keyboard (ui/keyboard.py): each form opens in its first field, Tab goes through the fields
in reading order and then the buttons; Enter in a field goes on to the next empty one, and
in the last one submits (once: one Enter is one login attempt, so the lock-out counts what
a person typed); Escape cancels. Enter in a user name left empty (on the first run, a user
name or full name the account could not have) stays there and says so in the core's words, as
the commune's first-run setup does (walk U1 F3: it went on without a word). A refusal under the
form goes as soon as the person changes any of its fields, not only the one it names (walk U1
F4: the passwords typed again alike, "not the same" stayed): in forms this small a refusal is
about what was typed together (a wrong login is the user name's as much as the password's).
The fields are plain line edits in a QDialog, so typed letters never press a button; Alt with a
label's or button's underlined letter (none twice in a form, in either language) puts the
cursor in that field or presses that button.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError, InvalidInput, NotPermitted
from desktop_app.core.users import check_username, officer_username_for, typed_twice
from desktop_app.core.validation import parse_name
from desktop_app.services import Workspace
from ui import colours
from ui.colours import Meaning
from ui.common import app_title, error_text, in_language
from ui.form_error import FormError
from ui.i18n import LANGUAGES, current_language, switch_language, translate
from ui.keyboard import (
    COMMAND_MODIFIERS,
    ENTER_KEYS,
    EnterGoesOn,
    in_layout_order,
    one_default,
    reading_order,
)
from ui.preferences import choose_language


class _Form(QDialog):
    """A small form with an error line under it; the service decides what is accepted.

    Its fields are added by the subclasses after the buttons exist: Tab's order is set when
    the form is first shown (the fields in reading order, then the buttons), with the cursor
    in the first field and the OK button the only one Enter presses.
    """

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
        self.error = FormError()  # read by a screen reader as the refusal itself; grows the dialog to fit it
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        one_default(self.buttons.button(QDialogButtonBox.StandardButton.Ok), self)
        self.edits: list[QLineEdit] = []
        # Enter in a field: on to the next empty one, or submit from the last (once: one Enter
        # is one login attempt, so the lock-out counts what a person typed).
        self.enter = EnterGoesOn([], self._submit, self)
        self._checks: dict[QLineEdit, Callable[[str], object]] = {}  # `needs`
        self._ordered = False

    def line(self, label: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        self.edits.append(edit)
        self.enter.add(edit)
        edit.textEdited.connect(lambda _text: self.error.clear())  # typed by the person, not emptied by a refusal
        return edit

    def needs(self, edit: QLineEdit, check: Callable[[str], object]) -> None:
        """Enter in `edit` first asks `check(text)` (the core's rule, raising its refusal): refused,
        the cursor stays, the refusal under the form. Filtered after EnterGoesOn was installed on
        `edit` (`line`), so this sees the key first."""
        self._checks[edit] = check
        edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (obj in self._checks and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and not event.modifiers() & COMMAND_MODIFIERS):
            try:
                self._checks[obj](obj.text())
            except ChiTieuError as err:
                self.error.setText(error_text(err))
                obj.setFocus(Qt.FocusReason.OtherFocusReason)
                obj.selectAll()
                return True
        return super().eventFilter(obj, event)

    def fields(self) -> list[QWidget]:
        """The form's fields in reading order (each row's field, top to bottom); asked of the form
        by widget, not by item (`ui.keyboard.in_layout_order` says why)."""
        rows = []
        for widget in self.form.parentWidget().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            row, role = self.form.getWidgetPosition(widget)
            if row >= 0 and role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                rows.append((row, widget))
        return [widget for _row, widget in sorted(rows, key=lambda r: r[0])]

    def showEvent(self, event) -> None:
        if not self._ordered:
            self._ordered = True
            fields = self.fields()
            reading_order(*in_layout_order(self))
            first = next((f for f in fields if f.isEnabled()), None)
            if first is not None and not (self.focusWidget() in fields):
                first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        super().showEvent(event)

    def _submit(self) -> None:
        try:
            self.submit()
        except ChiTieuError as err:
            self.error.setText(error_text(err))
            self.refused(err)
            return
        self.accept()

    # The core's names of the fields it refuses (untranslated: err.field), to the form's edits.
    field_names: dict[str, str] = {}
    # A new password and the same again: a refused password (not the same twice, too short) empties
    # both, the cursor goes to the first (walk 15, L1: the wrong second one stayed, to be refused again).
    new_password_pair: tuple[QLineEdit, QLineEdit] | None = None

    def clear_new_passwords(self, err: ChiTieuError) -> bool:
        """Empty both new-password fields after a refusal of the password; whether it was one."""
        if err.field != "Mật khẩu" or self.new_password_pair is None:  # untranslated: the core's field name
            return False
        for edit in self.new_password_pair:
            edit.clear()
        return True

    def refused(self, err: ChiTieuError) -> None:
        """After a refusal shown under the form: where the typing goes on: the field the refusal
        names (its text selected, to type again), as `field_names` maps them; both new passwords
        emptied, the cursor in the first, when the password was refused."""
        if self.clear_new_passwords(err):
            self.new_password_pair[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        field = getattr(self, self.field_names.get(err.field or "", ""), None)
        if isinstance(field, QLineEdit) and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_Form):
    """Tên đăng nhập + mật khẩu; wrong passwords and the lock-out say so under the form.

    Under the buttons, the interface language, for a person who cannot read the one the box opened in
    (the last person's, or the program's Vietnamese): chosen, the box says itself in it at once; once
    logged in, it is kept as that person's choice, as one made in Settings or the province's Tệp ›
    Ngôn ngữ giao diện (`preferences.choose_language`). Left alone, each person gets their own or
    the program's (`preferences.apply_language`, walk U14 F3). Last in Tab's order (Alt+G in either
    language), so that the fields, Log in and Quit are where they were; cancelled, the language the
    box opened in comes back (the person before stays logged in, in a switch of account)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__("", "", parent)
        self.workspace = workspace
        self.username = self.line(self.tr("&User name:"))  # said again by _say after a switch
        self.needs(self.username, user_name_typed)
        self.password = self.line(self.tr("&Password:"), password=True)
        self.opened_in = current_language()
        self.chosen_language: str | None = None  # chosen in this box: kept for who logs in
        self.language = QComboBox()
        for code, name in LANGUAGES.items():  # each named in itself
            self.language.addItem(name, code)
        self.language.activated.connect(self._choose_language)
        self.language.installEventFilter(self)  # Enter there: `eventFilter`
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        self.layout().addLayout(row)  # under the buttons: after them in Tab's order
        self.own_quit = True  # False: the caller gave Quit its own word (Cancel), Qt's box says it again
        self._say()

    def _say(self) -> None:
        """Every word of the box in the interface language (again after a switch)."""
        self.setWindowTitle(self.tr("Log in — {program}").format(program=app_title()))
        self.intro.setText(self.tr("Log in with the account the administrator gave you."))
        self.form.labelForField(self.username).setText(self.tr("&User name:"))
        self.form.labelForField(self.password).setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        if self.own_quit:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.language_label.setText(self.tr("Lan&guage (Ngôn ngữ):"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.error.clear()  # a refusal said in the language left

    def showEvent(self, event) -> None:
        if not self._ordered:  # the first time: whether the caller named Quit otherwise since
            self.own_quit = self.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == self.tr("&Quit")
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # After the button box's own, which gives its buttons Qt's words (OK, Cancel) again.
            QTimer.singleShot(0, self, self._say)
        super().changeEvent(event)

    def eventFilter(self, obj, event) -> bool:
        """Enter on the language, a field still empty: the cursor goes to it, as Enter in a field goes
        on to the next empty one (walk U16: the default button tried to log in with nothing typed, "Type
        the password", after choosing English). Both typed: Enter logs in, as from the password."""
        if (obj is self.language and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and not event.modifiers() & COMMAND_MODIFIERS):
            empty = next((edit for edit in (self.username, self.password) if not edit.text()), None)
            if empty is not None:
                empty.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(obj, event)

    def _choose_language(self, _index: int) -> None:
        self.chosen_language = self.language.currentData()
        switch_language(self.chosen_language)  # this computer's too: the next login box opens in it

    def reject(self) -> None:
        if self.chosen_language is not None and current_language() != self.opened_in:
            switch_language(self.opened_in)
        super().reject()

    def submit(self) -> None:
        try:
            password = password_typed(self.password)
            self.workspace.login(self.username.text(), password)
        finally:
            self.password.clear()
        if self.chosen_language is not None:
            choose_language(self.workspace, self.chosen_language)  # kept for this person, as in Settings
        choose_own_password(self.workspace, password, self)

    def refused(self, err: ChiTieuError) -> None:
        refocus(self.username, self.password, err)


def choose_own_password(workspace: Workspace, password: str, parent: QWidget) -> None:
    """Right after a login with a temporary password (someone else chose it: an administrator's reset, a new
    account's first password; desktop_app/core/temporary_password.py): the new password is asked at once,
    saying who set the temporary one and when. Cancelled: logged out again, refused under the login form."""
    notice = workspace.password_to_change()
    if notice is None:
        return
    if NewPasswordDialog(workspace, password, notice, parent).exec() == QDialog.DialogCode.Accepted:
        return
    workspace.logout()
    raise NotPermitted(translate("login_dialog", "Not logged in: the password you typed is temporary. Log in again "
                                                 "and choose a password of your own."),
                       field="Mật khẩu",  # untranslated: the core's field name
                       en="Not logged in: the password you typed is temporary. Log in again and choose a password "
                          "of your own.")  # the same, for the English interface


class NewPasswordDialog(_Form):
    """The new password, twice, right after a login with a temporary one (`choose_own_password`): the intro
    says who set the temporary password and when; nothing else can be done until it is changed. Cancel logs
    out."""

    def __init__(self, workspace: Workspace, temporary: str, notice, parent: QWidget | None = None):
        account = workspace.account
        super().__init__(self.tr("Choose your own password"), in_language(notice), parent)
        self.workspace = workspace
        self.username = account.username if account else ""
        self._temporary = temporary
        self.new = self.line(self.tr("&New password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("New password &again:"), password=True)
        self.new_password_pair = (self.new, self.again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hange the password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Log out"))

    def submit(self) -> None:
        typed_twice(self.new.text(), self.again.text(), new=True)
        self.workspace.set_password(self.username, self.new.text(), old_password=self._temporary)

    def refused(self, err: ChiTieuError) -> None:
        """Both fields emptied, the cursor in the first (`clear_new_passwords`): whatever was refused."""
        for edit in self.new_password_pair:
            edit.clear()
        self.new.setFocus(Qt.FocusReason.OtherFocusReason)


ACCOUNT_FIELDS = {"Tên đăng nhập": "username", "Họ và tên": "full_name", "Mật khẩu": "password",  # untranslated
                  "Tên đăng nhập nhập liệu": "officer"}  # untranslated: the core's field names


class FirstAdminDialog(_Form):
    """The first run creates the administrator, who then manages the other accounts; with
    "I also do the data-entry officer's work" checked, also an officer account of the same
    person (same name and password), which the window opens with once the unit is set up
    (`officer_login`, called by ui.app.start after the first-run setup). Its words fit both
    uses, as the commune or the province is chosen after it: the officer enters a commune's
    figures, and receives the communes' reports at the province (where the administrator may
    not: "I also enter the figures" told a province nothing)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(
            self.tr("Create the administrator account — {program}").format(program=app_title()),
            self.tr("This is the first run. Create the Administrator account: this person creates the accounts "
                    "of the data-entry officers and leaders, resets forgotten passwords, and restores backups."),
            parent,
        )
        self.workspace = workspace
        self.field_names = ACCOUNT_FIELDS
        self.officer_login: Callable[[], object] | None = None
        self.username = self.line(self.tr("&User name:"))
        self.username.setPlaceholderText(self.tr("for example: quantri"))
        self.needs(self.username, check_username)  # as `add_first_accounts` checks them
        self.full_name = self.line(self.tr("&Full name:"))
        self.needs(self.full_name, lambda text: parse_name(text, "Họ và tên", "Full name"))  # untranslated: the core's
        self.password = self.line(self.tr("&Password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("Password &again:"), password=True)
        self.new_password_pair = (self.password, self.again)
        self.also_officer = QCheckBox(self.tr("I also do the data-entry &officer's work"))
        self.also_officer.setToolTip(self.tr(
            "For an office where one person does everything: a second account, Data-entry officer, with the "
            "same full name and password. In a commune it enters the figures; at the province it receives the "
            "communes' reports. The administrator's account does neither."))
        self.form.addRow(self.also_officer)
        self.officer = self.line(self.tr("User &name as data-entry officer:"))
        self.officer_note = QLabel(self.tr(
            "Log in with this account (same password) to enter a commune's figures or to receive the "
            "communes' reports at the province; after the setup the program opens with it. The "
            "administrator's account manages the accounts."))
        self.officer_note.setWordWrap(True)
        self.officer_note.setStyleSheet(colours.style(Meaning.NOTE, self.officer_note))
        self.form.addRow(self.officer_note)
        self._officer_typed = False  # once the person types their own, it is left alone
        self.username.textEdited.connect(self._propose_officer)
        self.officer.textEdited.connect(lambda _text: setattr(self, "_officer_typed", True))
        self.also_officer.toggled.connect(self._show_officer)
        self.also_officer.toggled.connect(lambda _on: self.error.clear())  # changed, as a field typed in
        self._show_officer(False)
        # Verbs, as the login's "Đăng nhập / Thoát": closing this dialog ends the program (no
        # account, nothing to open), which "Hủy" did not say; Enter and Escape press them as before.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))

    def _propose_officer(self, text: str) -> None:
        if not self._officer_typed:
            self.officer.setText(officer_username_for(text))

    def _show_officer(self, checked: bool) -> None:
        self.officer.setEnabled(checked)
        self.officer_note.setEnabled(checked)

    def submit(self) -> None:
        typed_twice(self.password.text(), self.again.text())
        password = self.password.text()
        officer = self.officer.text() if self.also_officer.isChecked() else None
        made = self.workspace.add_first_accounts(self.username.text(), self.full_name.text(), password, officer)
        self.workspace.login(made[0].username, password)  # the administrator sets the unit up first
        if len(made) > 1:
            self.officer_login = lambda: self.workspace.login(made[1].username, password)


class ChangePasswordDialog(_Form):
    """Quản trị › Đổi mật khẩu…: the logged-in person's own password, with the old one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        account = workspace.account
        super().__init__(self.tr("Change my password"),
                         self.tr("Account {user} ({name}). Type the password you use now, then the new one twice.")
                         .format(user=account.username if account else "", name=account.full_name if account else ""),
                         parent)
        self.workspace = workspace
        self.old = self.line(self.tr("Current &password:"), password=True)
        self.new = self.line(self.tr("&New password (at least 8 characters):"), password=True)
        self.again = self.line(self.tr("New password &again:"), password=True)
        self.new_password_pair = (self.new, self.again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hange"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))  # Qt's has no letter

    def submit(self) -> None:
        typed_twice(self.new.text(), self.again.text(), new=True)
        account = self.workspace.account
        if account is None:
            raise NotPermitted(self.tr("Log in before changing a password."), field="Tài khoản",  # untranslated
                               en="Log in before changing a password.")
        try:
            self.workspace.set_password(account.username, self.new.text(), old_password=password_typed(self.old))
        finally:
            self.old.clear()

    def refused(self, err: ChiTieuError) -> None:
        self.clear_new_passwords(err)  # the old password, when still typed, stays
        (self.old if not self.old.text() else self.new).setFocus()


class AdministratorDialog(_Form):
    """An Administrator's user name and password, checked by `check(username, password)`
    (which raises NotPermitted); kept in `administrator` once accepted."""

    def __init__(self, check: Callable[[str, str], None], parent: QWidget | None = None, in_backup: bool = False):
        # in_backup: the database cannot be read, the account is checked against the backup's.
        super().__init__(self.tr("Administrator's login"),
                         self.tr("Restoring replaces all the data of this computer's database. The database cannot "
                                 "be read: type the user name and password of an Administrator account in the "
                                 "backup.") if in_backup else
                         self.tr("Restoring replaces all the data of this computer's database. Type the user "
                                 "name and password of one of its Administrator accounts."), parent)
        self.check = check
        self.administrator: tuple[str, str] | None = None
        self.username = self.line(self.tr("&User name:"))
        self.needs(self.username, user_name_typed)
        self.password = self.line(self.tr("&Password:"), password=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))  # Qt's has no letter

    def submit(self) -> None:
        username = self.username.text().strip()
        try:
            password = password_typed(self.password)
            self.check(username, password)
        finally:
            self.password.clear()
        self.administrator = (username, password)

    def refused(self, err: ChiTieuError) -> None:
        refocus(self.username, self.password, err)


# The core's field of the refusal of a login to an account an administrator locked (untranslated:
# `who_may.locked_by_administrator`): a wrong password is the "Mật khẩu"'s.
ACCOUNT_LOCKED_FIELD = "Tài khoản"  # untranslated: the core's field name


def refocus(username: QLineEdit, password: QLineEdit, err: ChiTieuError) -> None:
    """After a refused login: the password to type again; an account an administrator locked (its
    right password typed, the line says who unlocks it): the user name, selected, for the
    administrator to type theirs."""
    if err.field == ACCOUNT_LOCKED_FIELD or not username.text().strip():
        username.setFocus()
        username.selectAll()
        return
    password.setFocus()


def user_name_typed(text: str) -> None:
    """A login's user name left empty is refused in the words of the core's rule for user names; any
    name typed goes to the login, which says whether there is such an account."""
    if not text.strip():
        check_username(text)


def password_typed(edit: QLineEdit) -> str:
    """The password typed; an empty field is refused here, never counted as a wrong password."""
    if not edit.text():
        raise InvalidInput(translate("login_dialog", "Type the password."),
                           field="Mật khẩu",  # untranslated: the core's field name
                           en="Type the password.")  # the same, for the English interface
    return edit.text()


def ensure_login(workspace: Workspace, parent: QWidget | None = None) -> _Form | None:
    """Create the administrator on a new database, else ask for a login: the accepted dialog
    (a FirstAdminDialog's `officer_login` logs in its officer account), None if the user quit."""
    dialog = FirstAdminDialog(workspace, parent) if not workspace.has_accounts else LoginDialog(workspace, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None
