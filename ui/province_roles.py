"""Who may do what in the province window, said when a task is asked for, before anything else.

The province's work is shared between roles (`desktop_app.core.users`): a Data-entry officer
receives the communes' reports, a Leader confirms or revokes the units' keys and accepts
unsigned files, the Administrator makes the accounts and changes the settings and does
neither. An account that may not do a task is told so as the task is asked for, before a
dialog asks a folder or a code (a new office's only account, the administrator, typed a folder
and a date and pressed Enter only to be refused); the service refuses it anyway
(`Workspace.require`). The message names the role that may, and how to come by such an
account: the administrator makes it in Tệp › Tài khoản…, opened from the message itself when
the person is the administrator.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Permission, Role, roles_for
from ui.common import error_text, show_error
from ui.i18n import translate
from ui.labels import role_label


def allowed(parent: QWidget, workspace, check: Callable[[], None], title: str, permission: Permission) -> bool:
    """Whether `check()` (the service's own refusal: `Workspace.require` or one of the office's)
    lets the logged-in account do the task; when it does not, the refusal is shown over `parent`
    with the role that may (`permission`'s) and how to get such an account (`refuse`)."""
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
    """The core's refusal (which names the account and the roles that may), then what to do: an
    administrator makes such an account ("Tài khoản…" opens the list, the default button), anybody
    else asks the administrator for one. An account locked meanwhile, or nobody logged in, has
    only the core's words: no role would help before logging in again."""
    how = _how_to(workspace, permission) if workspace.account is not None else ""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(t for t in (error_text(err), how) if t),
                      QMessageBox.StandardButton.NoButton, parent)
    accounts = None
    if how and workspace.may(Permission.MANAGE_USERS):
        accounts = box.addButton(translate("ProvinceRoles", "&Accounts…"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(translate("ProvinceRoles", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(close)
    box.setDefaultButton(accounts or close)
    box.exec()
    if accounts is not None and box.clickedButton() is accounts:
        from ui.accounts_dialog import AccountsDialog

        AccountsDialog(workspace, parent, province=True).exec()
    return box


def _how_to(workspace, permission: Permission) -> str:
    roles = ", ".join(role_label(role) for role in roles_for(permission) if role != Role.ADMIN)
    if workspace.may(Permission.MANAGE_USERS):
        return translate("ProvinceRoles",
                         "Make an account with the role {roles} in File › Accounts… (for yourself too, under "
                         "another user name), then log out (File › Log out) and log in with it.").format(roles=roles)
    return translate("ProvinceRoles",
                     "Ask the administrator for an account with the role {roles} (made in File › Accounts…), "
                     "then log out (File › Log out) and log in with it.").format(roles=roles)
