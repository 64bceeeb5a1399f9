"""Accounts and roles of a database: logging in, creating, locking and unlocking accounts.

A mixin of `desktop_app.services.Workspace` (the one object the window and the command
line hold), kept apart because it is a job of its own.

Two different locks, named differently to whoever reads them: an administrator *locks* an
account ("khóa", `active` = 0: it cannot log in until an administrator unlocks it, "mở khóa";
it stays in the list, marked), while `MAX_FAILURES` wrong passwords lock it *for a while*
("tạm khóa", `locked_until`: over by itself after `LOCK_MINUTES`, or at a password reset).
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from db.rows import now as now_iso
from desktop_app.core.errors import ChangedOutside, InvalidInput, NotFound, NotPermitted
from desktop_app.core.refused_outside import account_changed_outside
from desktop_app.core.temporary_password import (
    DoneStep,
    PasswordStep,
    change_first,
    changed_after_reset,
    done_since,
    is_temporary,
    listed_from,
    set_notice,
    wrong_password,
)
from desktop_app.core.users import (
    LOCK_MINUTES,
    MAX_FAILURES,
    ROLE_EN,
    Account,
    Permission,
    Role,
    check_password,
    check_username,
    hash_password,
    lock_end,
    locked,
    parse_role,
    roles_for,
    verify_password,
)
from desktop_app.core.validation import parse_name
from desktop_app.core.who_may import (
    denied,
    locked_by_administrator,
    views_only,
    who_may,
)
from desktop_app.core.words import Words
from desktop_app.database_mode import MODE_PROVINCE, mode_of


@dataclass(frozen=True)
class Listed:
    """An account as the administrator's list shows it: `locked` by an administrator (it cannot
    log in until unlocked), `locked_until` the end of a lock-out after wrong passwords, if one
    is running."""
    account: Account
    locked: bool
    locked_until: dt.datetime | None = None


@dataclass(frozen=True)
class LockQuestion:
    """What to ask before locking an account: `text` names the person and role and what follows;
    `last_leader`: it is the last Leader account that can log in (the text warns of it, and
    `lock_account` needs `last_leader=True` to go on)."""
    text: Words
    last_leader: bool


class LastLeader(InvalidInput):
    """Locking the last Leader account that can log in, not confirmed as such."""




def accounts_deleted() -> ChangedOutside:
    """The refusal of everything (a login, the first run's accounts, any action) while `users` is
    empty though the audit chain records accounts: deleted with another tool, perhaps for a moment,
    to make an administrator without logging in and put the rows back (red-team 18, F1)."""
    return ChangedOutside(
        "Tài khoản đã bị xóa ngoài chương trình (bằng công cụ khác, không qua chương trình): cơ sở dữ liệu không còn "
        "tài khoản nào, trong khi nhật ký thay đổi ghi nó đã có tài khoản. Chương trình không tạo tài khoản mới và "
        "không làm việc gì khi chưa đăng nhập được. Báo Quản trị viên: khôi phục bản sao lưu còn tốt gần nhất (thư "
        "mục backups bên cạnh tệp chitieu.db), rồi xem các thay đổi (lệnh chitieu audit verify).",
        field="Tài khoản",
        en="The accounts were deleted outside the program (with another tool, not through the program): the database "
           "holds no account, while its change log records that it had some. The program makes no new account and "
           "does nothing without a login. Tell the administrator: restore the latest good backup (the backups folder "
           "beside chitieu.db), then list the changes (the command chitieu audit verify).")


class AccountActions:
    """The account actions of a Workspace (`self.store`, `self.account`, `self.user`)."""

    @property
    def has_accounts(self) -> bool:
        """Whether the database has accounts, or had some (the audit chain records one): an empty
        `users` table is "no account yet" only on a database that never had any (`accounts_deleted`)."""
        return self.store.user_count() > 0 or self.store.ever_had_accounts()

    def refuse_if_accounts_deleted(self) -> None:
        """Refuse while `users` is empty though the chain records accounts (`accounts_deleted`)."""
        if self.store.user_count() == 0 and self.store.ever_had_accounts():
            self.account = None
            raise accounts_deleted()

    def require(self, permission: Permission, doing: tuple[str, str] | None = None) -> None:
        """Refuse unless the logged-in account may do this (`doing`: the task, in Vietnamese
        and English, when the permission's name would not say it: `denial`, which names who may),
        and unless its row is as the audit chain last recorded it: a role edited with sqlite3 for one
        action, then put back, would leave no other trace (db/acting_roles.py, `account_changed_outside`).

        A database with no account yet has nothing to protect: the first run's
        first step creates the administrator, and from then on every action
        needs a login with the right role.
        """
        if not self.has_accounts:
            return
        self.refuse_if_accounts_deleted()
        with self.store.reading():  # the row and the chain's record of it as one snapshot (another window may save it)
            if self.account is not None:  # as the account is now: locked or given another role in another window
                row = self.store.user(self.account.username)
                if row is None or not row.active:
                    # who may, named: "another account" was none where every officer's is locked
                    asker, self.account = self.account, None
                    name, who = asker.username, who_may(permission, asker, *self._who_is_here())
                    raise NotPermitted(f"Tài khoản {name} đã bị khóa hoặc xóa trong lúc đang mở; không làm được việc "
                                       f"này, không có gì được lưu. {who}", field="Tài khoản",
                                       en=f"The account {name} was locked or removed while it was open; this cannot be "
                                          f"done, nothing was saved. {who.en}")
                self.account = Account(row.username, row.full_name, Role(row.role))
                if is_temporary(row):  # logged in with a password someone else chose: nothing but changing it
                    raise change_first(row, self._setter_name(row), self._done_since(row.username))
            if self.account is None or not self.account.can(permission):
                raise self.denial(permission, doing)
            # Its role edited for this one action? (db/acting_roles.py) Not asked of what every role may do
            # (reading): no edit could have granted it, and the window reads through here at every paint.
            if len(roles_for(permission)) < len(Role) and self.store.account_unrecorded(row):
                raise account_changed_outside(row.username, row.role, permission, doing)

    def refuse_inactive(self, row, password: str) -> None:
        """Refuse a login to `row` when an administrator locked it: saying so only when `password` is
        its right one (a wrong one reads as any wrong login: who is locked is no guess's business),
        with who unlocks it and how (`who_may.locked_by_administrator`)."""
        if not row.active:
            if verify_password(password, row.password_hash):
                raise locked_by_administrator(Account(row.username, row.full_name, Role(row.role)),
                                              *self._who_is_here())
            raise wrong_password()

    def denial(self, permission: Permission, doing: tuple[str, str] | None = None) -> NotPermitted:
        """The refusal of `permission` to the account logged in, naming the office's accounts that may
        (`who_may.denied`: as the database has them now, the window's menus of its mode)."""
        return denied(self.account, permission, *self._who_is_here(), doing)

    def views_only(self) -> Words:
        """Why the account logged in, which may not enter figures, sees them read-only, and who enters
        them (`who_may.views_only`)."""
        return views_only(self.account, *self._who_is_here())

    def _who_is_here(self) -> tuple[list[tuple[Account, bool]], bool]:
        """The office's accounts, each with whether it can log in, and whether it is the province's. Only
        accounts as the audit chain recorded them: one added or changed with sqlite3 is never named as the
        one to log in with (red-team h12 #4)."""
        with self.store.reading():
            rows = self.store.users()
            unrecorded = self.store.accounts_unrecorded(rows)
        accounts = [(Account(u.username, u.full_name, Role(u.role)), bool(u.active)) for u in rows
                    if unrecorded[u.username] is None]
        return accounts, mode_of(self.store) == MODE_PROVINCE

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
        self.refuse_if_accounts_deleted()
        checked = self._login_row(name, now, password)
        right = verify_password(password, checked.password_hash)
        if right:
            row = self._login_row(name, now, password)  # as it is now: locked by a guess made meanwhile?
            if row.password_hash == checked.password_hash and not (row.failed_logins or row.locked_until):
                self.account = Account(row.username, row.full_name, Role(row.role))  # nothing to write
                return self.account
        with self.store.transaction():
            self.store.leave_rows_added_outside()
            row = self._login_row(name, now, password)
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
            raise locked(until, now)
        raise wrong_password(MAX_FAILURES - failures, row, self._setter_name(row), self.changed_after_reset(name))

    def _setter_name(self, row) -> str | None:
        """The full name of who set `row`'s password, when it is someone else's account here."""
        setter = self.store.user(row.password_set_by) if getattr(row, "password_set_by", None) else None
        return setter.full_name if setter is not None else None

    def refuse_temporary_password(self) -> None:
        """Refuse (`change_first`) when the account logged in has a temporary password: the command line's
        check of every command but the change of that account's own password."""
        row = self.store.user(self.account.username) if self.account is not None else None
        if row is not None and is_temporary(row):
            raise change_first(row, self._setter_name(row), self._done_since(row.username))

    def password_to_change(self) -> Words | None:
        """Whether the account logged in has a temporary password (someone else chose it: an administrator's
        reset, a new account's first password): what to tell the person, who set it and when; None: its own."""
        if self.account is None:
            return None
        row = self.store.user(self.account.username)
        if row is None or not is_temporary(row):
            return None
        return set_notice(row, self._setter_name(row), self._done_since(row.username))

    def _password_steps(self, name: str) -> list[PasswordStep]:
        """The audit chain's rows that set `name`'s password, oldest first, each with the setter's full name."""
        full: dict[str, str | None] = {}
        steps = []
        for row, at, by, action in self.store.password_steps(name):
            if by and by not in full:
                setter = self.store.user(by)
                full[by] = setter.full_name if setter is not None else None
            steps.append(PasswordStep(at, by, action, full.get(by) if by else None, row))
        return steps

    def changed_after_reset(self, name: str) -> Words | None:
        """Whether `name`'s password now descends from one someone else reset and was changed since (R16 F1, R17
        F1: an administrator resets it, logs in with it and changes it, once or more): who reset it, when, and the
        changes since, said with a wrong password (`core.temporary_password.changed_after_reset`); None: not so."""
        return changed_after_reset(name, self._password_steps(name))

    def _done_since(self, name: str) -> Words | None:
        """What was done under `name`'s name since it last had a password of its own (`core.temporary_password.
        listed_from`, `done_since`), in the audit chain's order; None: nothing, or its password is its own."""
        earlier = listed_from(name, self._password_steps(name))
        if earlier is None:
            return None
        done = [DoneStep(at, kind, period, code, indicator, by)
                for _, at, kind, period, code, indicator, by in self.store.done_under(name, earlier.row)]
        return done_since(name, earlier, done)

    def _login_row(self, name: str, now: dt.datetime, password: str):
        """The account `name` as it is now; refused (the same words whatever the reason, but for a
        lock-out) when there is none or it is locked for a while; an account an administrator
        locked is said so once `password` is its right one (`refuse_inactive`)."""
        row = self.store.user(name)
        if row is None:
            raise wrong_password()
        self.refuse_inactive(row, password)
        if until := lock_end(row.locked_until, now):
            raise locked(until, now)
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
        self._refuse_a_name_taken(full, role)
        hashed = hash_password(check_password(password, name, full))
        # chosen by the administrator: temporary, the person chooses their own at the first login
        chosen_by = self.account.username if self.account is not None else None
        with self.store.transaction():
            self.store.add_user(name, full, role.value, hashed, password_set_by=chosen_by)
            self.store.audit(self.user, "user_add", field="user", new=f"{name} ({role.value})")
        return Account(name, full, role)

    def _refuse_a_name_taken(self, full: str, role: Role, other_than: str | None = None) -> None:
        """`add_user`, `unlock_account`: refused, naming it, when another active account bears the full name `full`
        (NFC, case, spacing and the Latin Ð for Đ ignored; letters of another script refused outright, red-team R18
        F2: a Cyrillic "В" made "Đinh Thị Вình" a second leader): two leaders named alike on approvals and papers
        could not be told apart (R17 F5). Only one person's administrator and officer accounts share a name, as the
        first run's (`add_first_accounts`): a leader's name is held whatever the other's role (R18 F3: an
        administrator "Lanhdao" reset the leader's password in the leader's own name)."""
        strange = next((c for c in full if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN")), None)
        if strange is not None:
            raise InvalidInput(f"Họ và tên “{full}” có chữ “{strange}” không phải chữ cái tiếng Việt: gõ lại bằng bộ gõ "
                               "tiếng Việt.", field="Họ và tên",
                               en=f"The full name “{full}” has the letter “{strange}”, which is not a Vietnamese letter: "
                                  "type it again with the Vietnamese keyboard.")

        def key(text: str) -> str:
            folded = unicodedata.normalize("NFC", text).casefold().replace("ð", "đ")
            return "".join(c for c in folded if not c.isspace() and unicodedata.category(c) != "Cf")

        one_person = {Role.ADMIN.value, Role.OFFICER.value}
        other = next((u for u in self.store.users()
                      if u.active and u.username != other_than and key(u.full_name) == key(full)
                      and (u.role == role.value or {u.role, role.value} != one_person)), None)
        if other is not None:
            raise InvalidInput(
                f"Đã có tài khoản {other.username} mang họ tên “{other.full_name}”: hai tài khoản cùng họ tên thì "
                "trên các lần duyệt, nhật ký và báo cáo không phân biệt được ai làm. Ghi họ tên khác đi (thêm tên "
                "đệm hoặc chức vụ), hoặc dùng lại tài khoản đó.", field="Họ và tên",
                en=f"The account {other.username} bears the full name “{other.full_name}” already: with two accounts "
                   "of one full name, approvals, the history and the reports cannot tell who did what. Write the full "
                   "name differently (a middle name or the position), or use that account.")

    def add_first_accounts(self, username: str, full_name: str, password: str,
                           officer_username: str | None = None) -> list[Account]:
        """The first run's accounts: the Administrator and, with `officer_username`, a Data-entry
        officer account of the same person (same full name and password), so that one person can
        run a commune alone: manage as the administrator, enter the figures as the officer. Both
        in one transaction with their audit rows; only on a database with no account yet (nor ever:
        `accounts_deleted`)."""
        self.refuse_if_accounts_deleted()
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
        password = check_password(password, admin, full)
        if officer_username is not None:
            check_password(password, accounts[-1].username)
        hashes = [hash_password(password) for _ in accounts]  # each its own salt
        with self.store.transaction():
            for account, hashed in zip(accounts, hashes):
                self.store.add_user(account.username, full, account.role.value, hashed)
                self.store.audit(self.user, "user_add", field="user", new=f"{account.username} ({account.role.value})")
        return accounts

    def set_password(self, username: str, new_password: str, old_password: str | None = None) -> Words:
        """Change one's own password (with the old one), or reset another's as administrator, which
        also ends a lock-out after wrong passwords (not an administrator's lock). What was done, to
        say to the person."""
        name = (username or "").strip().lower()
        row = self.store.user(name)
        if row is None:
            raise NotFound(f'Không có tài khoản "{username}".', field="Tên đăng nhập",
                           en=f'There is no account "{username}".')
        own = self.account is not None and self.account.username == name and old_password is not None
        if own:
            self._check_old_password(row, old_password)
            if is_temporary(row) and verify_password(new_password, row.password_hash):
                raise InvalidInput("Mật khẩu mới cần khác mật khẩu tạm đã được đặt cho bạn: chọn một mật khẩu "
                                   "chỉ bạn biết.", field="Mật khẩu",
                                   en="The new password must differ from the temporary one you were given: choose "
                                      "one only you know.")
            set_by = None
            # from a temporary one: what was done under the name since someone else set one before, told here too
            # (the command line's `user passwd` run at once never met the refusal that says it)
            since = self._done_since(name) if is_temporary(row) else None
        else:
            self.require(Permission.MANAGE_USERS)
            set_by = self.account.username if self.account is not None else None
        hashed = hash_password(check_password(new_password, name, row.full_name))
        with self.store.transaction():
            self.store.update_user(name, password_hash=hashed, failed_logins=0, locked_until=None,
                                   password_set_by=set_by, password_set_at=None if set_by is None else now_iso())
            self.store.audit(self.user, "password_reset" if not own else "password_change",
                             field="user", new=name)
        if own:
            said = Words(f"Đã đổi mật khẩu của {name}.", f"The password of {name} is changed.")
            return said if since is None else Words(f"{said}\n{since}", f"{said.en}\n{since.en}")
        said = Words(f"Đã đặt mật khẩu mới cho {name}.", f"{name} has a new password.")
        if not row.active:
            said = Words(f"{said} Tài khoản vẫn đang bị quản trị viên khóa: mở khóa thì người này mới đăng nhập "
                         "được.", f"{said.en} The account is still locked by the administrator: unlock it for "
                                  "this person to log in.")
        elif row.failed_logins or row.locked_until:
            said = Words(f"{said} Tài khoản hết bị tạm khóa vì nhập sai mật khẩu.",
                         f"{said.en} The account is no longer locked for the wrong passwords typed.")
        if set_by in (None, name):
            return said
        return Words(f"{said} Đây là mật khẩu tạm: đăng nhập bằng nó, {name} phải đặt ngay mật khẩu mới của riêng "
                     "mình, và được cho biết ai đã đặt lại, lúc nào.",
                     f"{said.en} It is a temporary password: logging in with it, {name} must at once choose a new "
                     "password of their own, and is told who reset it and when.")

    def _check_old_password(self, row, old_password: str) -> None:
        """One's own password change: the old password checked as a login checks it (walk U7 F7): refused while
        the account is locked for a while, and a wrong one counted toward the lock-out."""
        now = dt.datetime.now().astimezone()
        if until := lock_end(row.locked_until, now):
            raise locked(until, now)
        if verify_password(old_password, row.password_hash):
            return
        with self.store.transaction():
            failures = self.store.count_failed_login(row.username)
            if failures >= MAX_FAILURES:
                until = now + dt.timedelta(minutes=LOCK_MINUTES)
                self.store.update_user(row.username, failed_logins=0,
                                       locked_until=until.isoformat(timespec="seconds"))
                self.store.audit(row.username, "login_locked", field="user", new=row.username)
        if failures >= MAX_FAILURES:
            raise locked(until, now)
        left = MAX_FAILURES - failures
        raise NotPermitted(f"Mật khẩu cũ không đúng. Còn {left} lần thử trước khi tài khoản bị tạm khóa "
                           f"{LOCK_MINUTES} phút.", field="Mật khẩu cũ",
                           en=f"The old password is wrong. {left} more tries before the account is locked for "
                              f"{LOCK_MINUTES} minutes.")

    def lock_question(self, username: str) -> LockQuestion:
        """What to ask before `lock_account(username)`; refused at once, as it would be, when the
        account cannot be locked (`_lockable`)."""
        row = self._lockable(username)
        role = Role(row.role)
        last = self._last_leader(row)
        vi = (f"Khóa tài khoản {row.username} — {row.full_name}, {role.value}?\n\nNgười này sẽ không đăng nhập "
              "được cho đến khi quản trị viên mở khóa (Quản trị › Tài khoản…, Mở khóa tài khoản). Số liệu và nhật "
              "ký đã ghi được giữ nguyên.")
        en = (f"Lock the account {row.username} — {row.full_name}, {ROLE_EN[role]}?\n\nThis person will not be "
              "able to log in until an administrator unlocks the account (Administration › Accounts…, Unlock the "
              "account). The figures and the history recorded are kept.")
        if last:
            warning = self._last_leader_words(row)
            vi, en = f"{vi}\n\n⚠ {warning}", f"{en}\n\n⚠ {warning.en}"
        return LockQuestion(Words(vi, en), last)

    def lock_account(self, username: str, last_leader: bool = False) -> Words:
        """Lock `username` (an administrator's lock: no login until unlocked, the account kept and
        listed). Refused: the account logged in here, the last Administrator, and, unless
        `last_leader` says the person was warned of it (`lock_question`), the last Leader."""
        with self.store.transaction():
            row = self._lockable(username)  # as it is now, in the write: the other Leader locked meanwhile?
            if self._last_leader(row) and not last_leader:
                warning = self._last_leader_words(row)
                raise LastLeader(f"Chưa khóa. {warning}", field="Tài khoản", en=f"Not locked. {warning.en}")
            self.store.update_user(row.username, active=0)
            self.store.audit(self.user, "user_active", field="user", old="True", new=f"{row.username}: False")
        return Words(f"Đã khóa tài khoản {row.username} ({row.full_name}).",
                     f"The account {row.username} ({row.full_name}) is locked.")

    def unlock_account(self, username: str) -> Words:
        """Undo an administrator's lock, or end a lock-out after wrong passwords: the person logs in
        again with their password."""
        self.require(Permission.MANAGE_USERS)
        row = self._account_row(username)
        if row.active and (row.failed_logins or row.locked_until):
            with self.store.transaction():  # a lock-out, or a value written outside (`lock_end`): cleared
                self.store.update_user(row.username, failed_logins=0, locked_until=None)
                self.store.audit(self.user, "user_active", field="user", old="True", new=f"{row.username}: True")
            return Words(f"Đã mở khóa tài khoản {row.username} ({row.full_name}), hết tạm khóa vì nhập sai mật khẩu: "
                         "người này đăng nhập lại được bằng mật khẩu của mình.",
                         f"The account {row.username} ({row.full_name}) is unlocked, no longer locked for the wrong "
                         "passwords typed: this person can log in again with their password.")
        if row.active:
            raise InvalidInput(f"Tài khoản {row.username} không bị khóa.", field="Tài khoản",
                               en=f"The account {row.username} is not locked.")
        # named alike meanwhile (R18 F1: locked, a look-alike leader added, unlocked: two leaders "Lanhdao")
        self._refuse_a_name_taken(row.full_name, Role(row.role), other_than=row.username)
        with self.store.transaction():
            self.store.update_user(row.username, active=1)
            self.store.audit(self.user, "user_active", field="user", old="False", new=f"{row.username}: True")
        return Words(f"Đã mở khóa tài khoản {row.username} ({row.full_name}): người này đăng nhập lại được bằng "
                     "mật khẩu của mình.", f"The account {row.username} ({row.full_name}) is unlocked: this person "
                                          "can log in again with their password.")

    def set_user_active(self, username: str, active: bool, last_leader: bool = False) -> Words:
        """`unlock_account` or `lock_account`."""
        return self.unlock_account(username) if active else self.lock_account(username, last_leader)

    def _account_row(self, username: str):
        name = (username or "").strip().lower()
        row = self.store.user(name)
        if row is None:
            raise NotFound(f'Không có tài khoản "{username}".', field="Tên đăng nhập",
                           en=f'There is no account "{username}".')
        return row

    def _lockable(self, username: str):
        """The account `username`, if the logged-in administrator may lock it."""
        self.require(Permission.MANAGE_USERS)
        row = self._account_row(username)
        if not row.active:
            raise InvalidInput(f"Tài khoản {row.username} đã bị khóa rồi.", field="Tài khoản",
                               en=f"The account {row.username} is locked already.")
        if self.account is not None and self.account.username == row.username:
            raise InvalidInput(f"Không tự khóa được tài khoản đang đăng nhập ({row.username}).", field="Tài khoản",
                               en=f"The account logged in ({row.username}) cannot lock itself.")
        if Role(row.role) == Role.ADMIN and self._active_count(Role.ADMIN) == 1:
            raise InvalidInput("Không khóa được quản trị viên cuối cùng.", field="Tài khoản",
                               en="The last administrator cannot be locked.")
        return row

    def _active_count(self, role: Role) -> int:
        return sum(bool(u.active) and u.role == role.value for u in self.store.users())

    def _last_leader(self, row) -> bool:
        return Role(row.role) == Role.LEADER and bool(row.active) and self._active_count(Role.LEADER) == 1

    def _last_leader_words(self, row) -> Words:
        if self.store.get_setting("mode") == "province":
            cannot = "xác nhận hay thu hồi khóa ký của các đơn vị, chấp nhận tệp chưa ký"
            cannot_en = "confirm or revoke the units' signing keys, accept unsigned files"
        else:
            cannot = "duyệt, mở lại kỳ báo cáo hay ký số báo cáo"
            cannot_en = "approve or reopen a period, or sign a report digitally"
        return Words(f"{row.username} là tài khoản Lãnh đạo cuối cùng còn đăng nhập được: khóa nó thì không ai "
                     f"{cannot} được nữa, cho đến khi có tài khoản Lãnh đạo khác. Nên thêm tài khoản Lãnh đạo mới "
                     "trước.",
                     f"{row.username} is the last Leader account that can log in: once it is locked, nobody can "
                     f"{cannot_en} until there is another Leader account. Better add the new Leader's account first.")

    def users(self) -> list[Account]:
        """The accounts that can log in (not locked by an administrator)."""
        return [Account(u.username, u.full_name, Role(u.role)) for u in self.store.users() if u.active]

    def accounts(self, now: dt.datetime | None = None) -> list[Listed]:
        """Every account, as the administrator's list shows it: those that can log in first, then
        the locked ones (kept, to be unlocked), each by user name."""
        now = now or dt.datetime.now().astimezone()
        listed = []
        for u in self.store.users():
            listed.append(Listed(Account(u.username, u.full_name, Role(u.role)), not u.active,
                                 lock_end(u.locked_until, now)))
        return sorted(listed, key=lambda a: a.locked)
