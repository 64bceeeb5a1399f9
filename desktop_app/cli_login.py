"""The command line's login: recorded as the window's is (a wrong password counted for the
lock-out, the count cleared after a right one) wherever the database can be written, even for a
command that only looks and so holds its database read-only; where nothing can be written (a
write-protected stick, or a database file copied read-only from a CD into a folder that can be
written) the password is checked all the same and nothing is recorded."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop_app.core.errors import ChiTieuError, DataFolderReadOnly
from desktop_app.core.temporary_password import wrong_password
from desktop_app.core.users import Account, Role, lock_end, locked, verify_password

if TYPE_CHECKING:
    from desktop_app.services import Workspace


def log_in(ws: Workspace, username: str, password: str) -> None:
    try:
        ws.login(username, password)
    except DataFolderReadOnly:
        if not ws.store.read_only:
            raise
        _recorded_where_possible(ws, username, password)


def _recorded_where_possible(ws: Workspace, username: str, password: str) -> None:
    from db.store import Store

    reader = ws.store
    try:
        writer = Store(reader.path)
    except ChiTieuError:
        writer = None
    if writer is not None:
        ws.store = writer
        try:
            ws.login(username, password)
            return
        except DataFolderReadOnly:
            pass  # the folder can be written, the database file cannot
        finally:
            writer.close()
            ws.store = reader
    _checked_only(ws, reader.user(username.strip().lower()), password)


def _checked_only(ws: Workspace, row, password: str) -> None:
    """The login's checks, none of its records: an unknown, inactive or locked account and a
    wrong password are refused as the login refuses them."""
    if row is not None:
        ws.refuse_inactive(row, password)
    if row is None or not verify_password(password, row.password_hash):
        raise wrong_password() if row is None else wrong_password(
            row=row, setter_name=ws._setter_name(row), changed=ws.changed_after_reset(row.username))
    now = dt.datetime.now().astimezone()
    if until := lock_end(row.locked_until, now):
        raise locked(until, now)
    ws.account = Account(row.username, row.full_name, Role(row.role))
