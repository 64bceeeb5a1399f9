"""What a restore does to the accounts, said before it is confirmed: the accounts table comes
back as the backup holds it. An account made since is gone; one locked since can log in again
(a person who left the office, locked by the administrator, is back); a role changed since is
the old one again; a password changed since (perhaps because it was known to someone else) is
the old one again. The administrator must know this before saying yes, not find it later."""
from __future__ import annotations

from pathlib import Path

from db import backup as sqlite_backup
from desktop_app.core.users import ROLE_EN, Role
from desktop_app.core.words import Words


def _role(value: str) -> Words:
    try:
        role = Role(value)
    except ValueError:  # a role this version does not know: its recorded name
        return Words(value, value)
    return Words(role.value, ROLE_EN[role])


def accounts_brought_back(db_path: Path, source: Path) -> list[Words]:
    """The lines of the restore warning about accounts (none when the database in use has no
    account yet: a computer set up again loses nothing)."""
    current = {u: (role, password, active) for u, role, password, active in sqlite_backup.accounts(db_path) or []}
    backup = {u: (role, password, active) for u, role, password, active in sqlite_backup.accounts(source) or []}
    if not current:
        return []
    names = {**(sqlite_backup.account_names(source) or {}), **(sqlite_backup.account_names(db_path) or {})}

    def who(user: str, role: str, also: tuple[str, str] | None = None) -> Words:
        """"Lê Văn Bốn (canbo4, Cán bộ nhập liệu)", as the change log names people."""
        r = _role(role)
        more_vi, more_en = (f", {also[0]}", f", {also[1]}") if also else ("", "")
        if names.get(user):
            return Words(f"{names[user]} ({user}, {r}{more_vi})", f"{names[user]} ({user}, {r.en}{more_en})")
        return Words(f"{user} ({r}{more_vi})", f"{user} ({r.en}{more_en})")

    lines = []
    lost = [who(u, role) for u, (role, _pw, active) in current.items() if active and u not in backup]
    if lost:
        one = len(lost) == 1
        lines.append(Words(
            f"Bản sao lưu có {len(backup)} tài khoản, ít hơn cơ sở dữ liệu hiện tại: sau khi khôi phục, "
            f"{'tài khoản' if one else 'các tài khoản'} {', '.join(lost)} sẽ không còn.",
            f"The backup has {len(backup)} account{'' if len(backup) == 1 else 's'}, fewer than the present "
            f"database: after the restore, the account{'' if one else 's'} {', '.join(w.en for w in lost)} "
            f"will be gone."))
    vi, en = [], []
    for user in sorted(current.keys() & backup.keys()):
        role_now, password_now, active_now = current[user]
        role_then, password_then, active_then = backup[user]
        if active_then and not active_now:
            person = who(user, role_now, ("nay đã khóa", "locked now"))
            vi.append(f"{person} đăng nhập lại được")
            en.append(f"{person.en} can log in again")
        if role_then != role_now:
            then, person = _role(role_then), who(user, role_now)
            vi.append(f"{person} trở lại vai trò {then}")
            en.append(f"{person.en} has the role {then.en} again")
        if password_then != password_now and active_then:
            person = who(user, role_now)
            vi.append(f"{person} đăng nhập bằng mật khẩu lúc sao lưu (mật khẩu đổi sau đó không dùng được nữa)")
            en.append(f"{person.en} logs in with the password of the time of the backup (a password changed "
                      "since no longer works)")
    if vi:
        lines.append(Words(
            "Sau khi khôi phục, tài khoản trở lại như trong bản sao lưu: " + "; ".join(vi) + ". Việc khóa tài "
            "khoản, đổi mật khẩu làm sau lúc sao lưu phải làm lại ngay sau khi khôi phục (Quản trị › Tài khoản…).",
            "After the restore, the accounts are as in the backup: " + "; ".join(en) + ". An account locked "
            "or a password changed after the backup must be locked or changed again right after the restore "
            "(Administration › Accounts…)."))
    return lines
