"""Who may do what in the province window, said when a task is asked for, before anything else.

The province's work is shared between roles (`desktop_app.core.users`): a Data-entry officer
receives the communes' reports, a Leader confirms or revokes the units' keys and accepts
unsigned files, the Administrator makes the accounts and changes the settings and does
neither. An account that may not do a task is told so as the task is asked for, before a
dialog asks a folder or a code (a new office's only account, the administrator, typed a folder
and a date and pressed Enter only to be refused); the service refuses it anyway
(`Workspace.require`). The message is the service's refusal, which names the accounts that may
and how to log in with one, or, where none can log in, how to come by one
(`desktop_app.core.who_may`): the administrator makes it in Tệp › Tài khoản…, opened from the
message itself when the person is the administrator.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Permission
from ui.common import error_text, show_error
from ui.i18n import translate


def allowed(parent: QWidget, workspace, check: Callable[[], None], title: str, permission: Permission) -> bool:
    """Whether `check()` (the service's own refusal: `Workspace.require` or one of the office's)
    lets the logged-in account do the task; when it does not, the refusal is shown over `parent`
    (`refuse`: `permission` is what the task needs)."""
    try:
        check()
    except NotPermitted as err:
        refuse(parent, workspace, err, title, permission)
        return False
    except Exception as err:  # noqa: BLE001 - a database that cannot be read now: said, as run_action does
        show_error(parent, err, title)
        return False
    return True


def refuse(parent: QWidget, workspace, err: NotPermitted, title: str, permission: Permission) -> QMessageBox:
    """The core's refusal, which names the accounts that may do it, or how to come by one: where
    none can log in and the person is the administrator, "Tài khoản…" (the default button) opens
    the list where it is made or unlocked."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(err), QMessageBox.StandardButton.NoButton, parent)
    accounts = None
    if workspace.may(Permission.MANAGE_USERS) and not any(a.can(permission) for a in workspace.users()):
        accounts = box.addButton(translate("ProvinceRoles", "&Accounts…"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(translate("ProvinceRoles", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(close)
    box.setDefaultButton(accounts or close)
    box.exec()
    if accounts is not None and box.clickedButton() is accounts:
        from ui.accounts_dialog import AccountsDialog

        AccountsDialog(workspace, parent, province=True).exec()
    return box
