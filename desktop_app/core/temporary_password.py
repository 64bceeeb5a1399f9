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

from dataclasses import dataclass

from desktop_app.core.errors import ChiTieuError, NotPermitted
from desktop_app.core.periods import format_time
from desktop_app.core.users import LOCK_MINUTES
from desktop_app.core.words import Words

# F6: what a person whose right password is refused most often has wrong (never whether the name exists)
TYPING_HINT = Words("Kiểm tra bộ gõ (Unikey) và phím Caps Lock.",
                    "Check the Vietnamese typing tool (Unikey) and the Caps Lock key.")


def is_temporary(row) -> bool:
    """Whether the account's password (a `UserRow`) was chosen by someone else, not yet changed by the person."""
    by = getattr(row, "password_set_by", None)
    return by is not None and by != row.username


def _made_with_it(row) -> bool:
    """The password is the account's first (set when it was created), not a reset."""
    return row.password_set_at is None


def who_set(row, setter_name: str | None = None) -> Words:
    """"quantri (Hoàng Văn Quản) đặt lại lúc 09:31 06/12/2026": who set the password and when (`_setter`'s words)."""
    return _setter(PasswordStep(row.password_set_at or row.created_at, row.password_set_by,
                                "user_add" if _made_with_it(row) else "password_reset", setter_name))


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
# R17: the one thing whoever acts in the person's place cannot forge is the person's knowledge of their own
# password. So a password is the person's own only when the first run made it so or the person changed it FROM
# one of their own; a password descending from one someone else set is not, however often changed since, and
# what was done since the person last had one of their own is never "used up" by a later reset or change
# (`not_own_since`): the list covers all of it, in the chain's order (never the clock, which can be set back).
SET_BY_OTHER = ("user_add", "password_reset")  # the audit actions that set an account's password
MOST_NAMED = 5  # actions named in `done_since` besides every approval and reopening (always named); others counted
ALWAYS_NAMED = ("approve", "reopen", "password_reset")
COUNTED = ("entry", "own_target", "complete")  # counted per period in `done_since`, never one a line


@dataclass(frozen=True)
class PasswordStep:
    """An audit row that set `username`'s password: `action` one of SET_BY_OTHER or "password_change" (the
    person's own change), `by` who was logged in (None or "": the first run, nobody yet), `at` ISO; `row` the
    audit row's id (its place in the chain)."""
    at: str
    by: str | None
    action: str
    by_name: str | None = None  # the full name of `by`, when that account is here
    row: int = 0


@dataclass(frozen=True)
class DoneStep:
    """One thing done under a person's name (db/users.py `done_under`), or to it ("password_reset" by `by`): `kind`
    "password_change", "pdf_sign",
    "approve", "reopen", "sent", or one of COUNTED ("entry": a figure set, "own_target", "complete"); `period` a
    period code; `code` an approval's code (its fingerprint); `indicator` the figure's or target's indicator."""
    at: str
    kind: str
    period: str | None = None
    code: str | None = None
    indicator: str | None = None
    by: str | None = None  # who reset the password ("password_reset")


def _by_other(step: PasswordStep, username: str) -> bool:
    return step.action in SET_BY_OTHER and bool(step.by) and step.by != username


def not_own_since(username: str, steps: list[PasswordStep]) -> int | None:
    """The index in `steps` (oldest first) of the password someone else set that the account's password now
    descends from, the first since the person last had one of their own (an account someone else created: its
    creation); None: the password now is the person's own (the first run's, or changed from their own)."""
    own, start = True, None
    for i, step in enumerate(steps):
        mine = own if step.action == "password_change" else not _by_other(step, username)
        if not mine and start is None:
            start = i
        elif mine:
            start = None
        own = mine
    return start


def _at(iso: str | None) -> str:
    """10:02 06/12/2026 (Vietnam time), as the restore's words say a time (`periods.format_time`); "?" for none."""
    return format_time(iso) or "?"


def _setter(step: PasswordStep) -> Words:
    """"quantri (Hoàng Văn Quản) đặt lại lúc 10:02 06/12/2026": who set the password and when."""
    who = f"{step.by} ({step.by_name})" if step.by_name else step.by
    when = _at(step.at)
    if step.action == "user_add":
        return Words(f"do {who} đặt khi tạo tài khoản lúc {when}", f"set by {who} when creating the account at {when}")
    return Words(f"do {who} đặt lại lúc {when}", f"reset by {who} at {when}")


def changed_after_reset(username: str, steps: list[PasswordStep]) -> Words | None:
    """When the account's password now descends from one someone else reset (`not_own_since`) and was changed
    since: who reset it (the latest such reset), when, how many changes since and the last one's time, with what
    to do if the person did not change it. The honest person knows they did; the leader whose password an
    administrator reset and changed, once or many times, learns it (R17 F1). An account someone else created and
    never reset says nothing: its first change is every account's (the next reset lists all since: `done_since`)."""
    start = not_own_since(username, steps)
    if start is None:
        return None
    reset = next((i for i in range(len(steps) - 1, start - 1, -1)
                  if steps[i].action == "password_reset" and _by_other(steps[i], username)), None)
    if reset is None:
        return None
    changes = [s for s in steps[reset + 1:] if s.action == "password_change"]
    if not changes:
        return None
    said, when = _setter(steps[reset]), _at(changes[-1].at)
    if len(changes) == 1:
        vi, en = f"rồi được đổi lúc {when}", f"then changed at {when}"
    else:
        vi, en = f"rồi được đổi {len(changes)} lần, lần cuối lúc {when}", f"then changed {len(changes)} times, last at {when}"
    return Words(f"Mật khẩu của tài khoản {username} {said}, {vi}. Nếu không phải bạn đổi, báo ngay lãnh đạo đơn vị "
                 "và nhờ quản trị viên đặt lại mật khẩu.",
                 f"The password of the account {username} was {said.en}, {en}. If you did not change it, tell the "
                 "unit's leader at once and ask the administrator to reset the password.")


def listed_from(username: str, steps: list[PasswordStep]) -> PasswordStep | None:
    """The password someone else set from which what was done under the person's name is to be shown with the
    temporary one they have now (`done_since`): the first since they last had one of their own (`not_own_since`),
    never a later reset (R17 F1: a second reset must not hide what followed the first). None: the password now
    is the person's own."""
    start = not_own_since(username, steps)
    return None if start is None else steps[start]


def _period_words(code: str | None) -> tuple[str, str]:
    from desktop_app.core.periods import in_sentence, parse_period

    if not code:
        return "", ""
    try:
        p = parse_period(code)
        return f" kỳ {in_sentence(p.name)}", f" the period {p.name_en}"
    except (ChiTieuError, ValueError):  # a code this version does not read: said as stored
        return f" {code}", f" {code}"


def _done_words(step: DoneStep) -> Words:
    when = _at(step.at)
    period, period_en = _period_words(step.period)
    code = f" (mã {step.code[:16]})" if step.code else ""
    code_en = f" (code {step.code[:16]})" if step.code else ""
    said = {"password_change": ("đổi mật khẩu", "changed the password"),
            "approve": (f"duyệt{period}", f"approved{period_en}"),
            "reopen": (f"mở lại{period}", f"reopened{period_en}"),
            "pdf_sign": (f"ký số báo cáo{period}", f"signed the report of{period_en} digitally"),
            "sent": (f"xuất báo cáo gửi tỉnh{period}", f"exported the report of{period_en} for the province"),
            "password_reset": (f"{step.by} đặt lại mật khẩu", f"password reset by {step.by}")}
    vi, en = said.get(step.kind, (step.kind, step.kind))
    return Words(f"{vi} lúc {when}{code}", f"{en} at {when}{code_en}")


def _counted(done: list[DoneStep]) -> list[Words]:
    """One line a period: how many indicators' figures were set, completions, own targets set (R17 F3)."""
    per: dict[str | None, dict[str, set | int]] = {}
    for d in done:
        got = per.setdefault(d.period, {"entry": set(), "own_target": set(), "complete": 0})
        if d.kind == "complete":
            got["complete"] += 1
        else:
            got[d.kind].add(d.indicator)
    lines = []
    for code, got in per.items():
        period, period_en = _period_words(code)
        vi, en = [], []
        if got["entry"]:
            vi.append(f"nhập số liệu {len(got['entry'])} chỉ tiêu")
            en.append(f"figures of {len(got['entry'])} indicators set")
        if got["complete"]:
            vi.append(f"đánh dấu hoàn thành {got['complete']} lần")
            en.append(f"marked complete {got['complete']} times")
        if got["own_target"]:
            vi.append(f"đặt chỉ tiêu tự đặt cho {len(got['own_target'])} chỉ tiêu")
            en.append(f"own targets set for {len(got['own_target'])} indicators")
        lines.append(Words(f"{period.strip() or 'không theo kỳ'}: {', '.join(vi)}",
                           f"{period_en.strip() or 'no period'}: {', '.join(en)}"))
    return lines


def done_since(username: str, earlier: PasswordStep, done: list[DoneStep]) -> Words | None:
    """What was done under `username`'s name since `earlier` (`listed_from`), in the audit chain's order, told
    with the temporary password someone else set (`set_notice`, `change_first`): an approval the person never
    made is seen, and can be reopened with a reason. Every approval and reopening named; MOST_NAMED other actions
    named, the rest counted; figures, completions and own targets counted per period. None: nothing was done."""
    if not done:
        return None
    lines: list[Words] = []
    others = 0
    for d in (d for d in done if d.kind not in COUNTED):
        if d.kind in ALWAYS_NAMED:
            lines.append(_done_words(d))
        elif others < MOST_NAMED:
            others += 1
            lines.append(_done_words(d))
        else:
            others += 1
    vi = "".join(f"\n– {w};" for w in lines)
    en = "".join(f"\n– {w.en};" for w in lines)
    if others > MOST_NAMED:
        vi += f"\n– và {others - MOST_NAMED} việc khác;"
        en += f"\n– and {others - MOST_NAMED} other actions;"
    for w in _counted([d for d in done if d.kind in COUNTED]):
        vi, en = vi + f"\n– {w};", en + f"\n– {w.en};"
    vi, en = vi[:-1], en[:-1]
    who, when = f"{earlier.by} ({earlier.by_name})" if earlier.by_name else earlier.by, _at(earlier.at)
    if earlier.action == "user_add":
        since = Words(f"Kể từ khi {who} tạo tài khoản này (lúc {when})", f"Since {who} created this account (at {when})")
    else:
        since = Words(f"Kể từ lần {who} đặt lại mật khẩu lúc {when} (từ đó tài khoản chưa có lại mật khẩu do chính "
                      "bạn đổi từ mật khẩu của bạn)",
                      f"Since {who} reset the password at {when} (since then the account has not again had a "
                      "password you changed from your own)")
    return Words(f"{since}, dưới tên {username} đã có:{vi}.\nNếu đều do bạn làm, không cần làm gì. Việc nào không "
                 "phải bạn làm, báo ngay lãnh đạo đơn vị; kỳ bị duyệt thay thì mở lại kèm lý do.",
                 f"{since.en}, under the name {username}:{en}.\nIf it was all you, nothing is to be done. If any of "
                 "it was not you, tell the unit's leader at once; a period approved in your place can be reopened "
                 "with a reason.")
