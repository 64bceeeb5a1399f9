"""Accounts and roles of a database: logging in, creating and locking accounts.

A mixin of `desktop_app.services.Workspace` (the one object the window and the command
line hold), kept apart because it is a job of its own.
"""
from __future__ import annotations

import datetime as dt

from desktop_app.core.errors import InvalidInput, NotFound, NotPermitted
from desktop_app.core.refused_outside import account_changed_outside
from desktop_app.core.users import (
    LOCK_MINUTES,
    MAX_FAILURES,
    Account,
    Permission,
    Role,
    check_password,
    check_username,
    denied,
    hash_password,
    locked,
    parse_role,
    verify_password,
)
from desktop_app.core.validation import parse_name


class AccountActions:
    """The account actions of a Workspace (`self.store`, `self.account`, `self.user`)."""

    @property
    def has_accounts(self) -> bool:
        return self.store.user_count() > 0

    def require(self, permission: Permission, doing: tuple[str, str] | None = None) -> None:
        """Refuse unless the logged-in account may do this (`doing`: the task, in Vietnamese
        and English, when the permission's name would not say it: `users.denied`), and unless its
        row is as the audit chain last recorded it: a role edited with sqlite3 for one action, then
        put back, would leave no other trace (db/acting_roles.py, `account_changed_outside`).

        A database with no account yet has nothing to protect: the first run's
        first step creates the administrator, and from then on every action
        needs a login with the right role.
        """
        if not self.has_accounts:
            return
        if self.account is not None:  # as the account is now: locked or given another role in another window
            row = self.store.user(self.account.username)
            if row is None or not row.active:
                name, self.account = self.account.username, None
                raise NotPermitted(f"Tài khoản {name} đã bị khóa hoặc xóa trong lúc đang mở; không làm được việc "
                                   "này. Đăng nhập bằng tài khoản khác.", field="Tài khoản",
                                   en=f"The account {name} was locked or removed while it was open; this cannot be "
                                      "done. Log in with another account.")
            self.account = Account(row.username, row.full_name, Role(row.role))
        if self.account is None or not self.account.can(permission):
            raise denied(self.account, permission, doing)
        if self.store.account_unrecorded(row):  # its role edited for this one action? (db/acting_roles.py)
            raise account_changed_outside(row.username, row.role, permission, doing)

    def may(self, permission: Permission) -> bool:
        """Whether `require(permission)` would let the logged-in account through (what the
        window offers: an item it may not use is greyed, a form it may not change is read-only)."""
        if not self.has_accounts:
            return True
        return self.account is not None and self.account.can(permission)

    def login(self, username: str, password: str, now: dt.datetime | None = None) -> Account:
        """Log in, or refuse: a wrong password is counted, the `MAX_FAILURES`-th locks the account
        for `LOCK_MINUTES`. The password is checked (scrypt, the slow part) before any transaction;
        the count and the lock are then decided inside the write transaction on the account as it is
        by then, so wrong passwords tried in parallel (several windows or commands) are each counted,
        and a right one tried while a parallel guess locked the account does not get in."""
        now = now or dt.datetime.now().astimezone()
        name = (username or "").strip().lower()
        checked = self._login_row(name, now)
        right = verify_password(password, checked.password_hash)
        if right:
            row = self._login_row(name, now)  # as it is now: locked by a guess made meanwhile?
            if row.password_hash == checked.password_hash and not (row.failed_logins or row.locked_until):
                self.account = Account(row.username, row.full_name, Role(row.role))  # nothing to write
                return self.account
        with self.store.transaction():
            self.store.leave_rows_added_outside()
            row = self._login_row(name, now)
            if row.password_hash != checked.password_hash:  # changed meanwhile: the password as it is now
                right = verify_password(password, row.password_hash)
            if right:
                if row.failed_logins or row.locked_until:
                    self.store.update_user(name, failed_logins=0, locked_until=None)
            else:
                failures = self.store.count_failed_login(name)
                if failures >= MAX_FAILURES:
                    until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    self.store.update_user(name, failed_logins=0, locked_until=until.isoformat(timespec="seconds"))
                    self.store.audit(name, "login_locked", field="user", new=name)
        if right:
            self.account = Account(row.username, row.full_name, Role(row.role))
            return self.account
        if failures >= MAX_FAILURES:
            raise locked(until)
        left = MAX_FAILURES - failures
        raise NotPermitted(f"Sai tên đăng nhập hoặc mật khẩu. Còn {left} lần thử trước khi tài khoản "
                           f"bị khóa {LOCK_MINUTES} phút.", field="Mật khẩu",
                           en=f"Wrong user name or password. {left} more tries before the account is "
                              f"locked for {LOCK_MINUTES} minutes.")

    def _login_row(self, name: str, now: dt.datetime):
        """The account `name` as it is now; refused (the same words whatever the reason, but for a
        lock) when there is none, it is not active or it is locked."""
        row = self.store.user(name)
        if row is None or not row.active:
            raise NotPermitted("Sai tên đăng nhập hoặc mật khẩu.", field="Mật khẩu",
                               en="Wrong user name or password.")
        if row.locked_until and dt.datetime.fromisoformat(row.locked_until) > now:
            raise locked(dt.datetime.fromisoformat(row.locked_until))
        return row

    def logout(self) -> None:
        self.account = None

    def add_user(self, username: str, full_name: str, role: str | Role, password: str) -> Account:
        """Create an account; the very first one must be the administrator."""
        role = role if isinstance(role, Role) else parse_role(role)
        if self.has_accounts:
            self.require(Permission.MANAGE_USERS)
        elif role != Role.ADMIN:
            raise InvalidInput("Tài khoản đầu tiên phải là Quản trị.", field="Vai trò",
                               en="The first account must be an Administrator.")
        name = check_username(username)
        full = parse_name(full_name, "Họ và tên", "Full name")
        if self.store.user(name):
            raise InvalidInput(f'Tên đăng nhập "{name}" đã có.', field="Tên đăng nhập",
                               en=f'The user name "{name}" is taken already.')
        hashed = hash_password(check_password(password))
        with self.store.transaction():
            self.store.add_user(name, full, role.value, hashed)
            self.store.audit(self.user, "user_add", field="user", new=f"{name} ({role.value})")
        return Account(name, full, role)

    def add_first_accounts(self, username: str, full_name: str, password: str,
                           officer_username: str | None = None) -> list[Account]:
        """The first run's accounts: the Administrator and, with `officer_username`, a Data-entry
        officer account of the same person (same full name and password), so that one person can
        run a commune alone: manage as the administrator, enter the figures as the officer. Both
        in one transaction with their audit rows; only on a database with no account yet."""
        if self.has_accounts:
            raise InvalidInput("Cơ sở dữ liệu đã có tài khoản: tài khoản mới do Quản trị tạo (Quản trị › Tài khoản…).",
                               field="Tài khoản",
                               en="This database has accounts already: new accounts are made by an Administrator "
                                  "(Administration › Accounts…).")
        admin = check_username(username)
        full = parse_name(full_name, "Họ và tên", "Full name")
        accounts = [Account(admin, full, Role.ADMIN)]
        if officer_username is not None:
            try:
                officer = check_username(officer_username)
            except InvalidInput as err:
                raise InvalidInput(f"Tài khoản nhập số liệu — {err.message}", field="Tên đăng nhập nhập liệu",
                                   en=f"The data-entry account — {err.en}") from None
            if officer == admin:
                raise InvalidInput("Tài khoản nhập số liệu cần tên đăng nhập khác tài khoản Quản trị.",
                                   field="Tên đăng nhập nhập liệu",
                                   en="The data-entry account needs a user name other than the Administrator's.")
            accounts.append(Account(officer, full, Role.OFFICER))
        password = check_password(password)
        hashes = [hash_password(password) for _ in accounts]  # each its own salt
        with self.store.transaction():
            for account, hashed in zip(accounts, hashes):
                self.store.add_user(account.username, full, account.role.value, hashed)
                self.store.audit(self.user, "user_add", field="user", new=f"{account.username} ({account.role.value})")
        return accounts

    def set_password(self, username: str, new_password: str, old_password: str | None = None) -> None:
        """Change one's own password (with the old one), or reset another's as administrator."""
        name = (username or "").strip().lower()
        row = self.store.user(name)
        if row is None:
            raise NotFound(f'Không có tài khoản "{username}".', field="Tên đăng nhập",
                           en=f'There is no account "{username}".')
        own = self.account is not None and self.account.username == name and old_password is not None
        if own:
            if not verify_password(old_password, row.password_hash):
                raise NotPermitted("Mật khẩu cũ không đúng.", field="Mật khẩu cũ",
                                   en="The old password is wrong.")
        else:
            self.require(Permission.MANAGE_USERS)
        hashed = hash_password(check_password(new_password))
        with self.store.transaction():
            self.store.update_user(name, password_hash=hashed, failed_logins=0, locked_until=None)
            self.store.audit(self.user, "password_reset" if not own else "password_change",
                             field="user", new=name)

    def set_user_active(self, username: str, active: bool) -> None:
        self.require(Permission.MANAGE_USERS)
        name = (username or "").strip().lower()
        row = self.store.user(name)
        if row is None:
            raise NotFound(f'Không có tài khoản "{username}".', field="Tên đăng nhập",
                           en=f'There is no account "{username}".')
        if not active and Role(row.role) == Role.ADMIN and sum(
                u.active and u.role == Role.ADMIN.value for u in self.store.users()) == 1:
            raise InvalidInput("Không khóa được quản trị viên cuối cùng.", field="Tài khoản",
                               en="The last administrator cannot be locked.")
        with self.store.transaction():
            self.store.update_user(name, active=int(active))
            self.store.audit(self.user, "user_active", field="user", old=str(bool(row.active)),
                             new=f"{name}: {active}")

    def users(self) -> list[Account]:
        return [Account(u.username, u.full_name, Role(u.role)) for u in self.store.users() if u.active]
