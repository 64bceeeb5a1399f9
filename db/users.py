"""The accounts in the database: who may log in, with which role and password hash, and the
count of failed logins that locks an account for a while (desktop_app/accounts.py decides).

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's.
"""
from __future__ import annotations

import json
import sqlite3

from db import acting_roles, integrity
from db.rows import UserRow, now


class Users:
    """The accounts part of `Store`: uses its connection and `_touch` (a change of name, role,
    password or active enters the audit chain, db/integrity.py; a failed login does not)."""

    conn: sqlite3.Connection

    def user_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM users").fetchone()[0]

    def ever_had_accounts(self) -> bool:
        """Whether the audit chain records any account (db/acting_roles.py, `ever_had_accounts`)."""
        return acting_roles.ever_had_accounts(self.conn)

    def user(self, username: str) -> UserRow | None:
        row = self.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
        return UserRow(*row) if row else None

    def account_unrecorded(self, row: UserRow) -> str | None:
        """Whether the account `row` (as just read) is otherwise than the audit chain last recorded it:
        changed outside the program, or written over since without an acknowledgement
        (db/acting_roles.py, `unrecorded`); None: as recorded."""
        return acting_roles.unrecorded(self.conn, row.username,
                                       (row.full_name, row.role, row.password_hash, row.active))

    def accounts_unrecorded(self, rows: list[UserRow]) -> dict[str, str | None]:
        """`account_unrecorded` of each of `rows`, the chain read once for all (`acting_roles.unrecorded_accounts`)."""
        return acting_roles.unrecorded_accounts(self.conn, {r.username: (r.full_name, r.role, r.password_hash, r.active)
                                                            for r in rows})

    def users(self) -> list[UserRow]:
        return [UserRow(*r) for r in self.conn.execute("SELECT * FROM users ORDER BY username")]

    def add_user(self, username: str, full_name: str, role: str, password_hash: str,
                 password_set_by: str | None = None) -> None:
        """`password_set_by`: who chose the password, when not the person (temporary: desktop_app/accounts.py),
        at the account's creation (`password_set_at` NULL: a reset sets it)."""
        self._touch("users", username)
        self.conn.execute(
            "INSERT INTO users (username, full_name, role, password_hash, active, failed_logins,"
            " locked_until, created_at, password_set_by) VALUES (?, ?, ?, ?, 1, 0, NULL, ?, ?)",
            (username, full_name, role, password_hash, now(), password_set_by),
        )

    def update_user(self, username: str, **fields) -> None:
        allowed = {"full_name", "role", "password_hash", "active", "failed_logins", "locked_until",
                   "password_set_by", "password_set_at"}
        assert set(fields) <= allowed, fields
        sets = ", ".join(f"{k} = ?" for k in fields)
        if set(fields) & set(integrity.PROTECTED["users"][1]):
            self._touch("users", username)
        self.conn.execute(f"UPDATE users SET {sets} WHERE username = ?", (*fields.values(), username))

    def count_failed_login(self, username: str) -> int:
        """Inside a transaction: one more failed login of `username`, counted by the database itself
        (an increment, not a count read before and written back: parallel wrong passwords would
        overwrite each other's); the count now, 0 when there is no such account."""
        rows = self.conn.execute("UPDATE users SET failed_logins = failed_logins + 1 WHERE username = ?"
                                 " RETURNING failed_logins", (username,)).fetchall()  # all: the statement ends
        return rows[0][0] if rows else 0

    def password_steps(self, username: str) -> list[tuple[int, str, str | None, str]]:
        """The audit chain's rows that set `username`'s password, oldest first, as (row id, at, who was logged in,
        action): its creation (`user_add`, new "name (role)"), each reset (`password_reset`) and each own change
        (`password_change`). Read by desktop_app/core/temporary_password.py (R16 F1)."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT id, at, user, action FROM audit WHERE field = 'user' AND ((action IN ('password_reset',"
            " 'password_change') AND new = ?) OR (action = 'user_add' AND substr(new, 1, ?) = ?)) ORDER BY id",
            (username, len(username) + 2, f"{username} ("))]

    def done_under(self, username: str, after: int) -> list[tuple]:
        """What the audit chain and the periods' history record done under `username`'s name after the audit row
        `after` that someone using a password set for them could have done in their place, as (position in the
        chain, at, kind, period code, approval code, indicator, who reset it), in the chain's order (R17 F2: never by the
        clock, which whoever acts can set back): password changes, digital signatures, figures set and own
        targets (audit), approvals, reopenings, completions and reports exported for the province (the periods'
        history, placed where the chain recorded each of its rows)."""
        rows = [tuple(r) for r in self.conn.execute(
            "SELECT id, at, action, period, NULL, indicator, NULL FROM audit WHERE id > ? AND user = ? AND action IN"
            " ('password_change', 'pdf_sign', 'entry', 'own_target')", (after, username))]
        # the resets by others among them, with who made each (red-team R18 F4: "đổi mật khẩu" twice, neither
        # reset named, read as the person's own two changes)
        rows += [tuple(r) for r in self.conn.execute(
            "SELECT id, at, action, NULL, NULL, NULL, user FROM audit WHERE id > ? AND action = 'password_reset'"
            " AND new = ? AND user != ?", (after, username, username))]
        placed: dict[int, int] = {}  # a history row's id -> the chain's row that recorded it
        for pos, recorded in self.conn.execute(
                "SELECT id, new FROM audit WHERE id > ? AND action = 'record_state' AND new LIKE '%period_history%'",
                (after,)):
            try:
                for entry in json.loads(recorded):
                    if entry[0] == "period_history":
                        placed.setdefault(int(entry[1][-1]), pos)
            except (ValueError, TypeError, IndexError, KeyError):
                continue
        if placed:
            rows += [(placed[hid], *rest) for hid, *rest in self.conn.execute(
                "SELECT id, at, event, period, CASE WHEN event = 'approve' THEN fingerprint END, NULL, NULL"
                " FROM period_history WHERE id >= ? AND user = ? AND event IN ('approve', 'reopen', 'sent', 'complete')",
                (min(placed), username)) if hid in placed]
        return sorted(rows)
