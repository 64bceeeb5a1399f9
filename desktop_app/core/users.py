"""Local accounts on the laptop: roles, what each may do, passwords, lock-out.

Passwords are kept only as salted scrypt hashes with their parameters, so a
stolen laptop's database does not give them away and the cost can be raised later.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass
from enum import Enum

from desktop_app.core.catalog import fold
from desktop_app.core.clock import CLOCK_TOLERANCE
from desktop_app.core.errors import InvalidInput, NotPermitted
from desktop_app.core.vietnam_time import in_vietnam


class Role(str, Enum):
    OFFICER = "Cán bộ nhập liệu"
    LEADER = "Lãnh đạo"
    ADMIN = "Quản trị"


class Permission(str, Enum):
    ENTER = "nhập số liệu"
    COMPLETE = "đánh dấu hoàn thành kỳ báo cáo"
    APPROVE = "duyệt kỳ báo cáo"
    REOPEN = "mở lại kỳ báo cáo đã duyệt"
    MANAGE_USERS = "quản lý tài khoản"
    RESTORE = "khôi phục từ bản sao lưu"
    SETTINGS = "thay đổi cài đặt đơn vị"
    EXPORT = "xuất báo cáo"
    VIEW = "xem số liệu"
    SET_OWN_TARGETS = "đặt chỉ tiêu xã tự đặt"
    SIGN_REPORT = "ký số báo cáo"
    ACKNOWLEDGE_CHANGES = "xác nhận đã kiểm tra thay đổi ngoài chương trình"


# The roles and what they may do in English, for the English of refusals (the window's own
# words for the roles are ui/labels.py's).
ROLE_EN = {Role.OFFICER: "Data-entry officer", Role.LEADER: "Leader", Role.ADMIN: "Administrator"}
PERMISSION_EN = {
    Permission.ENTER: "enter figures",
    Permission.COMPLETE: "mark a period complete",
    Permission.APPROVE: "approve a period",
    Permission.REOPEN: "reopen an approved period",
    Permission.MANAGE_USERS: "manage accounts",
    Permission.RESTORE: "restore from a backup",
    Permission.SETTINGS: "change the unit's settings",
    Permission.EXPORT: "export reports",
    Permission.VIEW: "view figures",
    Permission.SET_OWN_TARGETS: "set the commune's own targets",
    Permission.SIGN_REPORT: "sign reports digitally",
    Permission.ACKNOWLEDGE_CHANGES: "acknowledge changes made outside the program",
}

ROLE_PERMISSIONS = {
    Role.OFFICER: {Permission.ENTER, Permission.COMPLETE, Permission.EXPORT, Permission.VIEW},
    Role.LEADER: {Permission.APPROVE, Permission.REOPEN, Permission.EXPORT, Permission.VIEW,
                  Permission.SET_OWN_TARGETS, Permission.SIGN_REPORT},
    # The administrator, who keeps the database (accounts, backups), looks into what was changed
    # outside the program and says so; not the leader, whose approval it would otherwise clear.
    Role.ADMIN: {Permission.MANAGE_USERS, Permission.RESTORE, Permission.SETTINGS, Permission.EXPORT,
                 Permission.VIEW, Permission.SET_OWN_TARGETS, Permission.ACKNOWLEDGE_CHANGES},
}

MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 8
# scrypt cost: about 50 ms on a 2-core laptop, recorded with each hash.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# scrypt needs 128·n·r·p bytes; OpenSSL refuses more than 32 MiB unless told, which would lock
# everyone out the day the cost is raised. A hash asking for more than this is refused.
SCRYPT_MAX_MEMORY = 1 << 30


@dataclass(frozen=True)
class Account:
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def parse_role(text: str) -> Role:
    wanted = fold(text)
    aliases = {"officer": Role.OFFICER, "can bo": Role.OFFICER, "leader": Role.LEADER,
               "lanh dao": Role.LEADER, "admin": Role.ADMIN, "quan tri": Role.ADMIN}
    for role in Role:
        if wanted == fold(role.value):
            return role
    if wanted in aliases:
        return aliases[wanted]
    raise InvalidInput(
        f'Vai trò "{text}" không có. Chọn: ' + ", ".join(r.value for r in Role) + ".", field="Vai trò",
        en=f'There is no role "{text}". Choose: officer (Data-entry officer), leader (Leader) or admin '
           "(Administrator).",
    )


def check_username(text: str) -> str:
    name = (text or "").strip().lower()
    if not re.fullmatch(r"[a-z0-9._-]{3,32}", name):
        raise InvalidInput(
            "Tên đăng nhập: 3 đến 32 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.",
            field="Tên đăng nhập",
            en="User name: 3 to 32 characters, only letters without diacritics, digits, points, hyphens or "
               "underscores.",
        )
    return name


def computer_user_login(name: str) -> str:
    """The login name a unit without accounts acts under, of the computer's own login name: "Nguyễn Văn Ân" ->
    "nguyen.van.an", "Admin" -> "admin", "PC" -> "may-pc" (`check_username`'s form, which the files' approver
    must have for the readers of every version: walk U22 F1, a genuine file approved under "Admin" was refused
    as changed); "nguoi-dung" when nothing of it is left."""
    name = re.sub(r"[^a-z0-9._-]+", ".", fold(name).replace(" ", "."))
    name = re.sub(r"\.{2,}", ".", name).strip("._-")[:32].rstrip("._-")
    if not name:
        return "nguoi-dung"
    return name if len(name) >= 3 else f"may-{name}"


# The officer account of an administrator who also enters the figures (a commune where one
# person does both): "quantri" -> "quantri.nhaplieu", as long as a user name may be.
OFFICER_SUFFIX = ".nhaplieu"


def officer_username_for(admin_username: str) -> str:
    """The user name proposed for the officer account of the same person as `admin_username`
    ("" while none is typed)."""
    base = (admin_username or "").strip().lower()
    return base[:32 - len(OFFICER_SUFFIX)] + OFFICER_SUFFIX if base else ""


# Guessed first by anyone at the laptop (the words with digits after them: "matkhau2026").
COMMON_WORDS = frozenset({"password", "passw0rd", "matkhau", "qwerty", "qwertyui", "asdfghjk", "iloveyou",
                          "admin", "quantri", "letmein", "welcome", "vietnam", "thainguyen", "abc", "abcd"})


def typed_twice(first: str, again: str, *, new: bool = False) -> str:
    """A password typed twice in a form (a new account's, a reset, the person's own new one): the first, or
    refused when the second differs, before anything else is checked."""
    if first != again:
        raise InvalidInput("Hai lần gõ mật khẩu mới không giống nhau." if new else
                           "Hai lần nhập mật khẩu không giống nhau.", field="Mật khẩu",
                           en="The two new passwords typed are not the same." if new else
                           "The two passwords typed are not the same.")
    return first


def check_password(password: str, username: str | None = None, full_name: str | None = None) -> str:
    """A new password, refused when too short or guessed in a few tries at the laptop: a leader's
    password guards the approvals. Passwords already set keep working."""
    password = unicodedata.normalize("NFC", password or "")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.", field="Mật khẩu",
                           en=f"The password must have at least {MIN_PASSWORD} characters.")
    why = _guessable(password, username, full_name)
    if why:
        raise InvalidInput(f"Mật khẩu quá dễ đoán: {why[0]}. Chọn mật khẩu khác, ví dụ vài từ ghép với số "
                           "như hoa-sen-bon-mua-26.", field="Mật khẩu",
                           en=f"The password is too easy to guess: {why[1]}. Choose another, for example a few "
                              "words joined with digits, such as lotus-four-seasons-26.")
    return password


def _guessable(password: str, username: str | None, full_name: str | None) -> tuple[str, str] | None:
    plain = "".join(c for c in fold(password) if c.isalnum())
    if len(set(password)) == 1:
        return "chỉ một ký tự lặp lại", "one character repeated"
    steps = {ord(b) - ord(a) for a, b in zip(plain, plain[1:])}
    if plain == fold(password).replace(" ", "") and steps in ({1}, {-1}):
        return "một dãy liên tiếp như 12345678, abcdefgh", "a run such as 12345678 or abcdefgh"
    if plain.rstrip("0123456789") in COMMON_WORDS or plain.lstrip("0123456789") in COMMON_WORDS:
        return "một mật khẩu hay gặp như matkhau123", "a common password such as password123"
    name = "".join(c for c in fold(username or "") if c.isalnum())
    if len(name) >= 3 and name in plain:
        return "chứa tên đăng nhập", "it holds the user name"
    full = "".join(c for c in fold(full_name or "") if c.isalnum())
    if len(full) >= 3 and full in plain:
        return "chứa họ và tên", "it holds the full name"
    return None


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_bytes(password), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32,
                            maxmem=_memory(SCRYPT_N, SCRYPT_R, SCRYPT_P))
    b64 = lambda b: base64.b64encode(b).decode("ascii")
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        n, r, p = int(n), int(r), int(p)
        if _memory(n, r, p) > SCRYPT_MAX_MEMORY:
            return False
        got = hashlib.scrypt(_bytes(password), salt=base64.b64decode(salt), n=n, r=r, p=p,
                             dklen=len(expected), maxmem=_memory(n, r, p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _memory(n: int, r: int, p: int) -> int:
    return 128 * n * r * p + 1024 * r * p + (1 << 20)


def _bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password or "").encode("utf-8")


def lock_end(locked_until: str | None, now: dt.datetime) -> dt.datetime | None:
    """When a lock-out after wrong passwords ends, as `users.locked_until` says (not in the audit
    chain: it changes at each login); None when none is running at `now`. A value the program never
    writes is ignored as changed outside the program (red-team 18, F3): one that does not read as a
    time (a login then went on as if unlocked, not a traceback), or one further ahead than a lock-out
    lasts, give or take the clocks' tolerance (a hand-set lock "until 9999" that no unlock cleared)."""
    if not locked_until:
        return None
    try:
        until = dt.datetime.fromisoformat(locked_until)
        if until.tzinfo is None:
            until = until.astimezone()  # the program writes its own offset; a local time read as one
    except (TypeError, ValueError, OverflowError):
        return None
    if until <= now or until > now + dt.timedelta(minutes=LOCK_MINUTES) + CLOCK_TOLERANCE:
        return None
    return until


def until_words(until: dt.datetime, now: dt.datetime) -> tuple[str, str]:
    """The end of a lock-out as said (Vietnamese, English): its time, and its date when not `now`'s day,
    in Vietnam time (`core.vietnam_time`)."""
    until, now = in_vietnam(until), in_vietnam(now)
    if until.date() == now.date():
        return until.strftime("%H:%M"), until.strftime("%H:%M")
    return until.strftime("%H:%M ngày %d/%m/%Y"), until.strftime("%H:%M on %d/%m/%Y")


def locked(locked_until: dt.datetime, now: dt.datetime | None = None) -> NotPermitted:
    """The refusal of a login to an account locked after too many wrong passwords."""
    until, until_en = until_words(locked_until, now or dt.datetime.now().astimezone())
    return NotPermitted(
        f"Tài khoản tạm khóa vì nhập sai mật khẩu {MAX_FAILURES} lần. "
        f"Thử lại sau {until} hoặc nhờ quản trị viên đặt lại mật khẩu.",
        field="Mật khẩu",
        en=f"The account is locked for a while after {MAX_FAILURES} wrong passwords. Try again after {until_en}, "
           "or ask the administrator to reset the password.",
    )


def roles_for(permission: Permission) -> list[Role]:
    """The roles that may do what `permission` allows, in the roles' order."""
    return [role for role, perms in ROLE_PERMISSIONS.items() if permission in perms]

