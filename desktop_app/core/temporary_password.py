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
from dataclasses import dataclass

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
    """When the password was set (a reset's time, else the account's creation), hh:mm dd/mm/yyyy (local time)."""
    return _at(row.password_set_at or row.created_at)


def _made_with_it(row) -> bool:
    """The password is the account's first (set when it was created), not a reset."""
    return row.password_set_at is None


def who_set(row, setter_name: str | None = None) -> Words:
    """"quantri (Hoàng Văn Quản) đặt lại lúc 09:31 06/12/2026": who set the password and when."""
    who = f"{row.password_set_by} ({setter_name})" if setter_name else row.password_set_by
    when = _when(row)
    if _made_with_it(row):
        return Words(f"do {who} đặt khi tạo tài khoản lúc {when}", f"set by {who} when creating the account at {when}")
    return Words(f"do {who} đặt lại lúc {when}", f"reset by {who} at {when}")


def set_notice(row, setter_name: str | None = None, since: Words | None = None) -> Words:
    """What the person is told right after logging in with a temporary password; `since`: what was done under
    their name since someone else set their password before (`done_since`)."""
    said = who_set(row, setter_name)
    notice = Words(f"Mật khẩu của tài khoản {row.username} {said}. Đây là mật khẩu tạm: hãy đặt mật khẩu mới "
                   "của riêng bạn (chỉ bạn biết) trước khi làm việc khác.",
                   f"The password of the account {row.username} was {said.en}. It is a temporary password: choose "
                   "a new password of your own (known only to you) before doing anything else.")
    return notice if since is None else Words(f"{notice}\n\n{since}", f"{notice.en}\n\n{since.en}")


def change_first(row, setter_name: str | None = None, since: Words | None = None) -> NotPermitted:
    """The refusal of any action but the password change to an account logged in with a temporary password;
    `since`: what was done under the name since someone else set its password before (`done_since`)."""
    said = who_set(row, setter_name)
    name = row.username
    err = NotPermitted(
        f"Mật khẩu của tài khoản {name} {said}, là mật khẩu tạm: chưa làm được việc gì khác cho đến khi đổi "
        f"mật khẩu. Đổi mật khẩu trước: trong cửa sổ, đăng nhập lại rồi gõ mật khẩu mới khi được hỏi; ở dòng "
        f"lệnh, chạy chitieu user passwd {name} (mật khẩu mới: biến môi trường CHITIEU_NEW_PASSWORD, hoặc gõ khi "
        "được hỏi).", field="Tài khoản",
        en=f"The password of the account {name} was {said.en}; it is temporary: nothing else can be done until it "
           f"is changed. Change it first: in the window, log in again and type the new password when asked; on the "
           f"command line, run chitieu user passwd {name} (the new password: the environment variable "
           "CHITIEU_NEW_PASSWORD, or typed when asked).")
    if since is not None:
        err = NotPermitted(f"{err.message}\n{since}", field=err.field, en=f"{err.en}\n{since.en}")
    return err


def wrong_password(left: int | None = None, row=None, setter_name: str | None = None,
                   changed: Words | None = None) -> NotPermitted:
    """A wrong user name or password: `left` tries before the lock-out (when counted); the typing hint; when the
    account's password was reset and is still temporary, who reset it and when (its old one fails: that is why);
    `changed`: the password was changed right after someone else set it (`changed_after_reset`), said so."""
    vi, en = "Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."
    if row is not None and is_temporary(row):
        said = who_set(row, setter_name)
        vi += f" Mật khẩu của tài khoản này {said}: hỏi người đó mật khẩu tạm."
        en += f" The password of this account was {said.en}: ask them for the temporary password."
    elif changed is not None:
        vi, en = f"{vi} {changed}", f"{en} {changed.en}"
    if left is not None:
        vi += f" Còn {left} lần thử trước khi tài khoản bị tạm khóa {LOCK_MINUTES} phút."
        en += f" {left} more tries before the account is locked for {LOCK_MINUTES} minutes."
    vi, en = f"{vi} {TYPING_HINT}", f"{en} {TYPING_HINT.en}"
    return NotPermitted(vi, field="Mật khẩu", en=en)


# R16 F1: whoever knows a temporary password can complete the change, the administrator who set it too; the
# program cannot stop that, only make it SEEN by the person whose account it is, at two moments: their own
# password refused (`changed_after_reset`), and the next password someone else sets them (`done_since`). Both
# read the audit chain's rows (`password_steps`, db/users.py), not the users columns: cleared with sqlite3,
# those would hide it; the chain's rows cannot go unseen (chitieu audit verify).
SET_BY_OTHER = ("user_add", "password_reset")  # the audit actions that set an account's password
MOST_NAMED = 5  # actions named in `done_since`; the others counted


@dataclass(frozen=True)
class PasswordStep:
    """An audit row that set `username`'s password: `action` one of SET_BY_OTHER or "password_change" (the
    person's own change), `by` who was logged in (None or "": the first run, nobody yet), `at` ISO."""
    at: str
    by: str | None
    action: str
    by_name: str | None = None  # the full name of `by`, when that account is here


@dataclass(frozen=True)
class DoneStep:
    """One thing done under a person's name (db/users.py `done_under`): `kind` "password_change", "pdf_sign",
    "approve", "reopen" or "sent"; `period` a period code; `code` an approval's code (its fingerprint)."""
    at: str
    kind: str
    period: str | None = None
    code: str | None = None


def _by_other(step: PasswordStep, username: str) -> bool:
    return step.action in SET_BY_OTHER and bool(step.by) and step.by != username


def _at(iso: str | None) -> str:
    """10:02 06/12/2026 (local time), as the restore's words say a time."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%H:%M %d/%m/%Y")
    except (TypeError, ValueError):
        return "?"


def _setter(step: PasswordStep) -> Words:
    """"quantri (Hoàng Văn Quản) đặt lại lúc 10:02 06/12/2026": who set the password and when."""
    who = f"{step.by} ({step.by_name})" if step.by_name else step.by
    when = _at(step.at)
    if step.action == "user_add":
        return Words(f"do {who} đặt khi tạo tài khoản lúc {when}", f"set by {who} when creating the account at {when}")
    return Words(f"do {who} đặt lại lúc {when}", f"reset by {who} at {when}")


def changed_after_reset(username: str, steps: list[PasswordStep]) -> Words | None:
    """When the account's password now is the one chosen right after someone else reset it (`steps`, oldest
    first): who set it, when, and when it was changed, with what to do if the person did not change it. The
    honest person knows they did; the leader whose password an administrator reset and changed learns it."""
    if len(steps) < 2:
        return None
    before, last = steps[-2], steps[-1]
    # a reset's only: every account an administrator made is changed so at its first login, and its every
    # mistyped password would say so (the next reset lists what was done since the account was made: `done_since`)
    if last.action != "password_change" or last.by != username or before.action != "password_reset" \
            or not _by_other(before, username):
        return None
    said = _setter(before)
    when = _at(last.at)
    return Words(f"Mật khẩu của tài khoản {username} {said}, rồi được đổi lúc {when}. Nếu không phải bạn đổi, báo "
                 "ngay lãnh đạo đơn vị và nhờ quản trị viên đặt lại mật khẩu.",
                 f"The password of the account {username} was {said.en}, then changed at {when}. If you did not "
                 "change it, tell the unit's leader at once and ask the administrator to reset the password.")


def previous_set(username: str, steps: list[PasswordStep]) -> tuple[PasswordStep, PasswordStep] | None:
    """The password someone else set before the one now (the last of `steps`, set by someone else), and the
    one now: what was done under the person's name between them is to be shown (`done_since`). None: the
    password now is not someone else's, or no one else set one before."""
    if not steps or not _by_other(steps[-1], username):
        return None
    earlier = next((s for s in reversed(steps[:-1]) if _by_other(s, username)), None)
    return (earlier, steps[-1]) if earlier is not None else None


def _done_words(step: DoneStep) -> Words:
    from desktop_app.core.periods import in_sentence, parse_period

    when = _at(step.at)
    period = period_en = ""
    if step.period:
        try:
            p = parse_period(step.period)
            period, period_en = f" kỳ {in_sentence(p.name)}", f" the period {p.name_en}"
        except Exception:  # a code this version does not read: said as stored
            period = period_en = f" {step.period}"
    code = f" (mã {step.code[:16]})" if step.code else ""
    code_en = f" (code {step.code[:16]})" if step.code else ""
    said = {"password_change": ("đổi mật khẩu", "changed the password"),
            "approve": (f"duyệt{period}", f"approved{period_en}"),
            "reopen": (f"mở lại{period}", f"reopened{period_en}"),
            "pdf_sign": (f"ký số báo cáo{period}", f"signed the report of{period_en} digitally"),
            "sent": (f"xuất báo cáo gửi tỉnh{period}", f"exported the report of{period_en} for the province")}
    vi, en = said.get(step.kind, (step.kind, step.kind))
    return Words(f"{vi} lúc {when}{code}", f"{en} at {when}{code_en}")


def done_since(username: str, earlier: PasswordStep, done: list[DoneStep]) -> Words | None:
    """What was done under `username`'s name since someone else set its password before (`earlier`), told with
    the next password someone else sets (`set_notice`, `change_first`): an approval the person never made is
    seen, and can be reopened with a reason. None: nothing was done."""
    if not done:
        return None
    named = [_done_words(d) for d in done[:MOST_NAMED]]  # one a line: the earliest, right after that password
    vi, en = "".join(f"\n– {w};" for w in named)[:-1], "".join(f"\n– {w.en};" for w in named)[:-1]
    if len(done) > MOST_NAMED:
        vi += f";\nvà {len(done) - MOST_NAMED} việc khác"
        en += f";\nand {len(done) - MOST_NAMED} other actions"
    who, when = f"{earlier.by} ({earlier.by_name})" if earlier.by_name else earlier.by, _at(earlier.at)
    if earlier.action == "user_add":
        since = Words(f"Kể từ khi {who} tạo tài khoản này (lúc {when})", f"Since {who} created this account (at {when})")
    else:
        since = Words(f"Kể từ lần {who} đặt lại mật khẩu trước đó (lúc {when})",
                      f"Since {who} reset the password before (at {when})")
    return Words(f"{since}, dưới tên {username} đã có:{vi}.\nViệc nào không phải bạn làm, báo ngay lãnh đạo đơn "
                 "vị; kỳ bị duyệt thay thì mở lại kèm lý do.",
                 f"{since.en}, under the name {username}:{en}.\nIf any of it was not you, tell the unit's leader at "
                 "once; a period approved in your place can be reopened with a reason.")
