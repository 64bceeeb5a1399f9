"""Who acted, against the account the audit chain recorded (db/integrity.py).

What decides whether an account may do something is its row of the `users` table as it is now
(`AccountActions.require`). With sqlite3, an officer could give himself another role for a moment,
run one command the new role permits through the program (add a leader account, reopen, approve,
confirm a unit's key at the province), then put the role back: every protected record was then as
the chain recorded it again, the command's transaction had not written his row, and `verify`
found nothing. Two checks close that:

- `unrecorded`, before an action is allowed: the acting account's row must be in the state the
  chain last recorded for it, and not written over since (a write of the program that found it
  otherwise) without an administrator's acknowledgement. Only that account's state rows and the
  acknowledgements are read, their hashes not checked (`verify` does that): a few milliseconds.
- `acted_beyond_role`, in `verify`: each action that needs a permission (`needed`) against the role
  the chain held for its account at that row, replayed from the accounts' history. An account's role
  is what its creation row says ("ld2 (Lãnh đạo)"), kept by the program's own writes (the program
  never changes a role); a state taken into the chain otherwise (an acknowledgement, a write over a
  change, the chain's start) gives the role whose state it is, tried with the account's name,
  password and status as they are now, and no role (nothing judged) when none matches. A
  flip-and-revert is then found afterwards: the chain still holds the officer's role.
  The upgrade to schema 13's restatement of an acceptance (`_restated`) is judged as the row it
  restates was, at that row's moment, not by the accounts of the upgrade (red-team 33, F3).
"""
from __future__ import annotations

import re
import sqlite3

from db.chain_format import ACK_ACTION, STATE_ACTION, cleared, digest, dumps, loads
from db.tamper_names import period_named, when
from desktop_app.core.clock import CLOCK_WAS_AHEAD
from desktop_app.core.users import PERMISSION_EN, ROLE_EN, Permission, Role, roles_for
from desktop_app.core.words import Words

WRITTEN_OVER, CHANGED = "written over", "changed"  # what `unrecorded` finds
MARK = "acted beyond role"  # an `acted_beyond_role` finding's mark, with its audit row

# The audit actions that need a permission whatever they say (the checks before them: `require`):
# only those whose permission no role other than today's ever had, since the chain began, so that a
# database kept by an earlier version is not accused (own targets, figures, report text and catalogue
# changes moved between roles or permissions over the versions: not judged).
NEEDS = {
    "user_add": Permission.MANAGE_USERS, "user_active": Permission.MANAGE_USERS,
    "password_reset": Permission.MANAGE_USERS,
    # province: the register of the units' keys, an unsigned version counted, the trust roots
    "key_confirm": Permission.APPROVE, "key_revoke": Permission.APPROVE, "unsigned_accept": Permission.APPROVE,
    "trust_root_add": Permission.APPROVE, "trust_root_remove": Permission.APPROVE,
    ACK_ACTION: Permission.ACKNOWLEDGE_CHANGES,
}
# The roles an action was ever allowed to, where more than today's: a leader acknowledged changes
# made outside the program until that went to the administrator alone.
EVER_ALLOWED = {ACK_ACTION: (Role.LEADER, Role.ADMIN)}
# A period's state: (from, to) -> the permission. Approving, reopening an approved or sent period,
# marking complete; the rest (sent: anyone who may export; an approval voided by an acknowledgement,
# back to complete; figures edited after complete) say nothing of a role.
STATE_NEEDS = {
    ("Hoàn thành", "Đã duyệt"): Permission.APPROVE,
    ("Đã duyệt", "Đang nhập"): Permission.REOPEN, ("Đã gửi", "Đang nhập"): Permission.REOPEN,
    ("Đang nhập", "Hoàn thành"): Permission.COMPLETE,
}
_ADDED = re.compile(r"(\S+) \((.+)\)")  # a user_add row's new: "ld2 (Lãnh đạo)"


def _users_pattern(username: str | None = None) -> str:
    """What a state row recording `username`'s account (any account: None) holds, for LIKE: its
    state lists are chain_format.dumps' ('["users", ["canbo"], "…"'); a match is parsed before it counts."""
    return "%" + (dumps(["users", [username]])[:-1] + ", %" if username else '["users", [%')


def ever_had_accounts(conn: sqlite3.Connection) -> bool:
    """Whether the audit chain records any account (a creation row, or an account's state): an empty
    `users` table then means the accounts were deleted outside the program, not "no account yet"
    (red-team 18, F1). Creation rows are counted even without a hash (an earlier version's)."""
    return conn.execute("SELECT 1 FROM audit WHERE action = 'user_add' OR (action = ? AND new LIKE ?) LIMIT 1",
                        (STATE_ACTION, _users_pattern())).fetchone() is not None


def unrecorded(conn: sqlite3.Connection, username: str, values: tuple) -> str | None:
    """Whether the account `username`, whose protected columns (full name, role, password hash,
    active: db/integrity.PROTECTED) are `values` as just read, is otherwise than the chain last
    recorded it: `CHANGED` (changed, or added, outside the program), `WRITTEN_OVER` (a write of the
    program found it changed, and no acknowledgement cleared that); None: as recorded."""
    return unrecorded_accounts(conn, {username: values}, _users_pattern(username))[username]


def unrecorded_accounts(conn: sqlite3.Connection, accounts: dict[str, tuple],
                        pattern: str | None = None) -> dict[str, str | None]:
    """`unrecorded` of each of `accounts` (user name -> its protected columns as just read), from one
    reading of the chain's account states and acknowledgements (a refusal naming the office's accounts
    read it once per account, on the window's thread, at every period shown); `pattern`: the state rows
    to read (`_users_pattern`), all accounts' by default."""
    recorded: dict[str, str] = {}
    over: dict[str, set[int]] = {}
    for audit_id, action, old, new in conn.execute(
            "SELECT id, action, old, new FROM audit WHERE hash IS NOT NULL AND (action = ? OR (action = ? AND new LIKE ?))"
            " ORDER BY id", (ACK_ACTION, STATE_ACTION, pattern or _users_pattern())):
        if action == ACK_ACTION:
            marks = _marks(old)
            over = {name: {o for o in rows if marks is not None and ("written over", o, "users", name) not in marks}
                    for name, rows in over.items()}
            continue
        for name, state, before in _accounts(new):
            if name in accounts:
                if before and before[0] != recorded.get(name):
                    over.setdefault(name, set()).add(audit_id)
                recorded[name] = state
    return {name: WRITTEN_OVER if over.get(name) else
            CHANGED if digest("users", (name,), values) != recorded.get(name) else None
            for name, values in accounts.items()}


def acted_beyond_role(conn: sqlite3.Connection) -> list[tuple[int, str, Words, tuple]]:
    """(audit row, account, what it says, mark) of each action recorded in the chain by an account
    whose role, as the chain recorded it then, did not permit it (module note), and that no
    acknowledgement cleared; oldest first."""
    current = {r[0]: r[1:] for r in conn.execute("SELECT username, full_name, password_hash, active FROM users")}
    roles: dict[str, Role | None] = {}
    states: dict[str, str | None] = {}
    adders: list[str] = []  # who made each account, in the chain's order
    accepted: set[tuple] = set()  # (account, unit, period, words) of each acceptance as the program wrote it
    found = []
    actions = (*NEEDS, "state", ACK_ACTION)
    rows = conn.execute(
        "SELECT id, at, user, action, commune, period, field, old, new FROM audit WHERE hash IS NOT NULL AND "
        f"(action IN ({', '.join('?' * len(actions))}) OR (action = ? AND new LIKE ?)) ORDER BY id",
        (*actions, STATE_ACTION, _users_pattern()))
    for audit_id, at, user, action, commune, period, field, old, new in rows:
        if action == STATE_ACTION:
            for name, state, before in _accounts(new):
                if not (before and before[0] == states.get(name)):  # not the program's own write: whose state?
                    roles[name] = _role_of(name, state, current.get(name))
                states[name] = state
            continue
        if action == "unsigned_accept":
            if _restated(user, commune, period, old, accepted):
                continue  # judged at the row it restates
            if not old:
                accepted.add((user, commune, period, new))
        need = needed(action, old, new, field)
        role = roles.get(user)
        allowed = EVER_ALLOWED.get(action, roles_for(need)) if need is not None else ()
        if need is not None and role is not None and role not in allowed:
            words = _beyond(audit_id, at, user, role, need, allowed, _doing(action, commune, period, old, new))
            found.append((audit_id, user, words, (MARK, audit_id)))
        elif need is not None and roles and user not in roles and not _first_run(action, user, adders, roles):
            # the chain holds accounts, none of them this one: done while `users` was emptied (rt18 F1)
            words = _unknown(audit_id, at, user, need, allowed, _doing(action, commune, period, old, new))
            found.append((audit_id, user, words, (MARK, audit_id)))
        if action == "user_add":
            adders.append(user)
        if action == "user_add" and (added := _ADDED.fullmatch(new or "")):
            roles[added[1]] = next((r for r in Role if r.value == added[2]), None)
        elif action == ACK_ACTION:
            marks = _marks(old)
            found = [f for f in found if marks is not None and f[3] not in marks]
    return found


def _restated(user: str, commune: str | None, period: str | None, old: str | None, accepted: set[tuple]) -> bool:
    """Whether an acceptance row is the upgrade to schema 13's restatement of an earlier one
    (db/acceptances.py, `bind_legacy_acceptances`): it names in `old` the words of an acceptance of
    the same unit and period the chain holds before it, written by the same account (`accepted`).
    The program writes an acceptance with no `old` (key_register.accept_unsigned). Such a row is
    written under the acceptor's name at the upgrade's moment, when the accounts may be others than
    when the acceptance was made (none then, or the name since given to an officer): judged by them,
    an honest office was told on the upgrade that its clerk acted beyond a role. The row it restates
    is judged, as every acceptance is, at its own moment; an upgrade already done by a version that
    judged the restatement wrote the same row, and is told nothing more either."""
    return bool(old) and (user, commune, period, old) in accepted


def _accounts(new) -> list[tuple]:
    """(user name, state, [state before]) of each account a state row records; none when the row holds
    what the program never writes there (binary data, no list of states: its hash recomputed by hand),
    which the chain's walk reports as a break (db/integrity.py)."""
    try:
        found = []
        for table, key, state, *before in loads(new):
            if table == "users":
                (name,) = key
                hash(name)  # a text, binary data: not a list or an object
                found.append((name, state, before))
        return found
    except (ValueError, TypeError):  # not JSON, not lists, a part that is none of those
        return []


def _marks(named) -> set[tuple] | None:
    """The marks an acknowledgement clears (`cleared`); none when its row holds what the program never
    writes there (a break the walk reports), rather than all."""
    try:
        return cleared(named)
    except (ValueError, TypeError):
        return set()


def _first_run(action: str, user: str, adders: list[str], roles: dict) -> bool:
    """Whether a `user_add` by `user`, unknown to the chain, is the first run's second account: the
    data-entry officer made with the administrator, by the same (system) user, before any other
    account (`AccountActions.add_first_accounts`)."""
    return action == "user_add" and adders == [user] and len(roles) == 1


def needed(action: str, old: str | None, new: str | None, field: str | None = None) -> Permission | None:
    """The permission an audit row's action needed (None: one any account may do, or not said)."""
    if action == "state":
        if field == CLOCK_WAS_AHEAD and (new or "").startswith("Đang nhập"):  # core/clock.py (walk U25 F1)
            return Permission.ACKNOWLEDGE_CHANGES  # an administrator's reopening after a clock that ran fast
        return STATE_NEEDS.get((old, (new or "").split(" (")[0]))
    return NEEDS.get(action)


def _role_of(name: str, state: str | None, now: tuple | None) -> Role | None:
    """The role whose state `state` is for the account `name`, with its full name, password hash and
    active flag as they are now (`now`; either active flag); None: none matches, or no such account."""
    if state is None or now is None:
        return None
    full_name, password_hash, active = now
    for role in Role:
        for flag in (active, 0 if active else 1):
            if digest("users", (name,), (full_name, role.value, password_hash, flag)) == state:
                return role
    return None


def _doing(action: str, commune: str | None, period: str | None, old: str | None, new: str | None) -> Words:
    """What the audit row did, after "đã" ("thêm tài khoản ld2 (Lãnh đạo)", "added the account …")."""
    old, new = old or "", new or ""
    p = period_named(period, called=True)
    if action == "state":
        to = new.split(" (")[0]
        return {"Đã duyệt": Words(f"duyệt {p}", f"approved {p.en}"),
                "Đang nhập": Words(f"mở lại {p}", f"reopened {p.en}"),
                "Hoàn thành": Words(f"đánh dấu Hoàn thành {p}", f"marked {p.en} complete")}[to]
    if action == "user_add":
        added = _ADDED.fullmatch(new)
        role = next((r for r in Role if added and r.value == added[2]), None)
        return Words(f"thêm tài khoản {new}",
                     f"added the account {added[1]} ({ROLE_EN[role]})" if added and role else f"added the account {new}")
    name = new.split(":")[0]
    unit = f"đơn vị mã {commune}"
    said = {
        "user_active": (f"khóa hoặc mở khóa tài khoản {name}", f"locked or unlocked the account {name}"),
        "password_reset": (f"đặt lại mật khẩu của tài khoản {new}", f"reset the password of the account {new}"),
        "key_confirm": (f"xác nhận khóa ký mã {new.split(';')[0]} của {unit}",
                        f"confirmed the signing key {new.split(';')[0]} of unit {commune}"),
        "key_revoke": (f"thu hồi khóa ký mã {old} của {unit}", f"revoked the signing key {old} of unit {commune}"),
        "unsigned_accept": (f"chấp nhận bản chưa ký của {unit} ({p})",
                            f"accepted an unsigned version of unit {commune} ({p.en})"),
        "trust_root_add": (f"thêm chứng thư gốc tin cậy {new}", f"added the trust root {new}"),
        "trust_root_remove": (f"bỏ chứng thư gốc tin cậy {old}", f"removed the trust root {old}"),
        ACK_ACTION: ("xác nhận đã kiểm tra thay đổi ngoài chương trình",
                     "acknowledged the changes made outside the program"),
    }[action]
    return Words(*said)


def _unknown(audit_id: int, at: str, user: str, need: Permission, allowed, doing: Words) -> Words:
    """The finding of `acted_beyond_role` for an account the chain never recorded, once it held others."""
    return Words(
        f"{user} đã {doing} lúc {when(at)} (dòng số {audit_id} của nhật ký thay đổi), nhưng nhật ký không ghi tài "
        f"khoản nào tên {user}: việc này dành cho {', '.join(r.value for r in allowed)}. Bảng tài khoản có thể đã bị "
        "xóa ngoài chương trình trong lúc làm việc đó (khi không còn tài khoản nào, chương trình không hỏi đăng nhập).",
        f"{user} {doing.en} at {when(at)} (row {audit_id} of the change log), but the log records no account named "
        f"{user}: this is for {', '.join(ROLE_EN[r] for r in allowed)}. The accounts may have been deleted outside "
        "the program while it was done (with no account left, the program asks for no login).")


def _beyond(audit_id: int, at: str, user: str, role: Role, need: Permission, allowed, doing: Words) -> Words:
    """The finding of `acted_beyond_role` (`allowed`: the roles that may)."""
    return Words(
        f"Tài khoản {user} ({role.value}) đã {doing} lúc {when(at)} (dòng số {audit_id} của nhật ký thay đổi): vai trò "
        f"{role.value} không được {need.value}, việc này dành cho {', '.join(r.value for r in allowed)}. Nhật ký không "
        "ghi chương trình đổi vai trò của tài khoản này: vai trò có thể đã bị sửa ngoài chương trình trong lúc làm "
        "việc đó.",
        f"The account {user} ({ROLE_EN[role]}) {doing.en} at {when(at)} (row {audit_id} of the change log): the role "
        f"{ROLE_EN[role]} may not {PERMISSION_EN[need]}, this is for {', '.join(ROLE_EN[r] for r in allowed)}. The "
        "log records no change of this account's role by the program: the role may have been changed outside the "
        "program while it was done.")
