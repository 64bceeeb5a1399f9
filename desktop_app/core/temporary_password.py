"""A password someone else chose is temporary (walk U7 F2: an administrator reset the leader's password,
logged in with it and approved as the leader, and the leader's next login said only "wrong password").

Someone else chose it: an administrator's reset (`set_password` without the old one), or a new account's
first password (`add_user`, the leader made at the first-run setup by the administrator included). The
first run's own accounts (the administrator creating themself, and their officer account) are not.
Logging in with a temporary password allows nothing but choosing a new one: the window asks for it right
after the login, the command line refuses every command but `chitieu user passwd` of that account
(`change_first`, raised by `AccountActions.require` too, so no action gets through another way). The
login says who set it and when (`set_notice`); a wrong password while it is pending says so too
(`wrong_password`), so the person knows why their old one fails.
"""
from __future__ import annotations

import datetime as dt

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import LOCK_MINUTES
from desktop_app.core.words import Words

# F6: what a person whose right password is refused most often has wrong (never whether the name exists)
TYPING_HINT = Words("Kiểm tra bộ gõ (Unikey) và phím Caps Lock.",
                    "Check the Vietnamese typing tool (Unikey) and the Caps Lock key.")


def is_temporary(row) -> bool:
    """Whether the account's password (a `UserRow`) was chosen by someone else, not yet changed by the person."""
    by = getattr(row, "password_set_by", None)
    return by is not None and by != row.username


def _when(row) -> str:
    """When the password was set (a reset's time, else the account's creation), dd/mm/yyyy hh:mm (local time)."""
    try:
        at = dt.datetime.fromisoformat(row.password_set_at or row.created_at)
    except (TypeError, ValueError):
        return "?"
    return at.astimezone().strftime("%d/%m/%Y %H:%M")


def _made_with_it(row) -> bool:
    """The password is the account's first (set when it was created), not a reset."""
    return row.password_set_at is None


def who_set(row, setter_name: str | None = None) -> Words:
    """"quantri (Hoàng Văn Quản) đặt lại lúc 06/12/2026 09:31": who set the password and when."""
    who = f"{row.password_set_by} ({setter_name})" if setter_name else row.password_set_by
    when = _when(row)
    if _made_with_it(row):
        return Words(f"do {who} đặt khi tạo tài khoản lúc {when}", f"set by {who} when creating the account at {when}")
    return Words(f"do {who} đặt lại lúc {when}", f"reset by {who} at {when}")


def set_notice(row, setter_name: str | None = None) -> Words:
    """What the person is told right after logging in with a temporary password."""
    said = who_set(row, setter_name)
    return Words(f"Mật khẩu của tài khoản {row.username} {said}. Đây là mật khẩu tạm: hãy đặt mật khẩu mới "
                 "của riêng bạn (chỉ bạn biết) trước khi làm việc khác.",
                 f"The password of the account {row.username} was {said.en}. It is a temporary password: choose "
                 "a new password of your own (known only to you) before doing anything else.")


def change_first(row, setter_name: str | None = None) -> NotPermitted:
    """The refusal of any action but the password change to an account logged in with a temporary password."""
    said = who_set(row, setter_name)
    name = row.username
    return NotPermitted(
        f"Mật khẩu của tài khoản {name} {said}, là mật khẩu tạm: chưa làm được việc gì khác cho đến khi đổi "
        f"mật khẩu. Đổi mật khẩu trước: trong cửa sổ, đăng nhập lại rồi gõ mật khẩu mới khi được hỏi; ở dòng "
        f"lệnh, chạy chitieu user passwd {name} (mật khẩu mới: biến môi trường CHITIEU_NEW_PASSWORD, hoặc gõ khi "
        "được hỏi).", field="Tài khoản",
        en=f"The password of the account {name} was {said.en}; it is temporary: nothing else can be done until it "
           f"is changed. Change it first: in the window, log in again and type the new password when asked; on the "
           f"command line, run chitieu user passwd {name} (the new password: the environment variable "
           "CHITIEU_NEW_PASSWORD, or typed when asked).")


def wrong_password(left: int | None = None, row=None, setter_name: str | None = None) -> NotPermitted:
    """A wrong user name or password: `left` tries before the lock-out (when counted); the typing hint; when the
    account's password was reset and is still temporary, who reset it and when (its old one fails: that is why)."""
    vi, en = "Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."
    if row is not None and is_temporary(row):
        said = who_set(row, setter_name)
        vi += f" Mật khẩu của tài khoản này {said}: hỏi người đó mật khẩu tạm."
        en += f" The password of this account was {said.en}: ask them for the temporary password."
    if left is not None:
        vi += f" Còn {left} lần thử trước khi tài khoản bị tạm khóa {LOCK_MINUTES} phút."
        en += f" {left} more tries before the account is locked for {LOCK_MINUTES} minutes."
    vi, en = f"{vi} {TYPING_HINT}", f"{en} {TYPING_HINT.en}"
    return NotPermitted(vi, field="Mật khẩu", en=en)
