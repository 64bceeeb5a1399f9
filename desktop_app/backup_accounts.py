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
    lines = []
    lost = [u for u, (_role_now, _pw, active) in current.items() if active and u not in backup]
    if lost:
        lines.append(Words(
            f"Bản sao lưu có {len(backup)} tài khoản, ít hơn cơ sở dữ liệu hiện tại: sau khi khôi phục, "
            f"các tài khoản {', '.join(lost)} sẽ không còn.",
            f"The backup has {len(backup)} account(s), fewer than the present database: after the restore, the "
            f"accounts {', '.join(lost)} will be gone."))
    vi, en = [], []
    for user in sorted(current.keys() & backup.keys()):
        role_now, password_now, active_now = current[user]
        role_then, password_then, active_then = backup[user]
        if active_then and not active_now:
            vi.append(f"{user} (nay đã khóa) đăng nhập lại được")
            en.append(f"{user} (locked now) can log in again")
        if role_then != role_now:
            then, now = _role(role_then), _role(role_now)
            vi.append(f"{user} trở lại vai trò {then} (nay là {now})")
            en.append(f"{user} has the role {then.en} again (now {now.en})")
        if password_then != password_now and active_then:
            vi.append(f"{user} đăng nhập bằng mật khẩu lúc sao lưu (mật khẩu đổi sau đó không dùng được nữa)")
            en.append(f"{user} logs in with the password of the time of the backup (a password changed "
                      "since no longer works)")
    if vi:
        lines.append(Words(
            "Sau khi khôi phục, tài khoản trở lại như trong bản sao lưu: " + "; ".join(vi) + ". Việc khóa tài "
            "khoản, đổi mật khẩu làm sau lúc sao lưu phải làm lại ngay sau khi khôi phục (Quản trị › Tài khoản…).",
            "After the restore, the accounts are as in the backup: " + "; ".join(en) + ". An account locked "
            "or a password changed after the backup must be locked or changed again right after the restore "
            "(Administration › Accounts…)."))
    return lines
