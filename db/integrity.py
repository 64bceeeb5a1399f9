"""A history that shows tampering.

Every audit row is chained to the one before it by a SHA-256 hash, and whenever a write
transaction changes a protected record (a figure, a baseline, an own target, a narrative,
a period's state, an approval, an account's role or password, a setting, a catalogue),
the record's new state is recorded in the chain too (an audit row of action "record_state",
not shown in the trail), with the state it found the record in before writing. `verify`
walks the chain, naming the first row whose hash does not follow from the rows before it
(a row changed, or one before it deleted), and every write that found a record otherwise
than the chain last recorded it (changed outside the program, then written over by the
program: without this, the program's next write would have recorded the edited record as
its own and hidden the edit), then compares every protected record with the state the
chain last recorded for it (a change, an insertion or a deletion made outside the program,
for example with sqlite3).

Such a finding stays: writing the record again through the program clears the record's own
difference but leaves "written over" in the chain, for good. The way out is an administrator's
acknowledgement (`ACK_ACTION`, `Workspace.acknowledge_changes`): an audit row naming what was
looked at, followed in the same transaction by the current state of each record concerned
(entering the chain as a migration does, unchecked). `verify` then no longer reports what was
found before that row; anything changed outside the program after it is reported again. A
row of the chain changed or deleted is reported where the chain breaks, and the walk goes on
from that row's own hash, so one break does not hide what comes after it.

What this does not do: stop someone who has the Windows account from copying or
deleting the file, or from rewriting the whole chain with a program of their own; nor see
the chain's last rows deleted together with what they recorded (an approval and its rows
cut off the end leave a shorter chain that still follows): nothing outside the database
remembers how long it was. It makes an after-the-fact edit visible; the chain's head,
recorded in each approval and in the file sent to the province, is what a rewrite cannot
match, and the province keeps the approved report it received over any later draft.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass


STATE_ACTION = "record_state"
ACK_ACTION = "tamper_ack"  # an administrator acknowledged what `verify` found up to this row
UNCHECKED = "unchecked"  # a record entering the chain (a migration): its state before is not compared
AUDIT_COLUMNS = ("id", "at", "user", "action", "commune", "period", "indicator", "field", "old", "new")

# table -> (its key columns, the columns whose change matters)
PROTECTED = {
    "entries": (("commune", "period", "indicator"),
                ("numerator", "denominator", "value", "flag", "previous", "comment")),
    "baselines": (("commune", "term", "indicator"), ("value",)),
    "own_targets": (("commune", "year", "indicator"), ("op", "value")),
    "narratives": (("commune", "period", "section"), ("text",)),
    "period_states": (("commune", "period"),
                      ("state", "fingerprint", "approved_at", "approved_by", "sent_at", "approval_id")),
    "approvals": (("id",), ("commune", "period", "at", "user", "fingerprint", "catalog_version",
                            "chain_head", "snapshot", "canonical")),
    "users": (("username",), ("full_name", "role", "password_hash", "active")),
    "settings": (("key",), ("value",)),
    "catalogs": (("version",), ("document",)),
    # province mode: the register of the units' signing keys (desktop_app/core/keys.py)
    "unit_keys": (("id",), ("unit_code", "public_key", "key_code", "state", "first_seen", "first_file",
                            "confirmed_at", "confirmed_by", "revoked_at", "revoked_by")),
    # province mode: the certificates PDF signatures are checked against
    "trust_roots": (("sha256",), ("subject", "not_after", "der", "added_at", "added_by", "removed_at",
                                  "removed_by")),
}


@dataclass(frozen=True)
class Tampering:
    """One thing changed outside the program, in Vietnamese, with the audit row or record."""

    message: str
    audit_id: int | None = None  # the first audit row that does not follow from the ones before
    table: str | None = None  # the protected record's table and key; None: the chain itself
    key: tuple | None = None


def digest(table: str, key: tuple, values: tuple | None) -> str | None:
    """The state of one protected record (None: there is no such record)."""
    if values is None:
        return None
    return hashlib.sha256(_json([table, list(key), list(values)])).hexdigest()


def record_state(conn: sqlite3.Connection, table: str, key: tuple) -> str | None:
    keys, columns = PROTECTED[table]
    row = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE "
                       + " AND ".join(f"{k} = ?" for k in keys), key).fetchone()
    return digest(table, key, tuple(row) if row else None)


def all_states(conn: sqlite3.Connection) -> dict[tuple[str, tuple], str]:
    """The state of every protected record in the database, by (table, key)."""
    found = {}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, (keys, columns) in PROTECTED.items():
        if table not in tables:  # made by a later migration than the one running
            continue
        for row in conn.execute(f"SELECT {', '.join(keys + columns)} FROM {table}"):
            key = tuple(row[:len(keys)])
            found[(table, key)] = digest(table, key, tuple(row[len(keys):]))
    return found


def row_hash(previous: str, row: tuple) -> str:
    return hashlib.sha256(previous.encode("ascii") + _json(list(row))).hexdigest()


def _json(values: list) -> bytes:
    """Values as SQLite gives them back (texts, numbers, None), the same bytes every time."""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, hash) of the newest audit row already in the chain."""
    return conn.execute("SELECT id, hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()


def seal(conn: sqlite3.Connection, touched: dict[tuple[str, tuple], str | None], at: str) -> None:
    """At the end of a write transaction: record the state of the records it touched (and the
    state each was found in before, `touched`'s values, `UNCHECKED` for none), then chain the
    audit rows it added."""
    if touched:
        states = sorted([table, list(key), record_state(conn, table, key)]
                        + ([] if before == UNCHECKED else [before]) for (table, key), before in touched.items())
        conn.execute("INSERT INTO audit (at, user, action, new) VALUES (?, '', ?, ?)",
                     (at, STATE_ACTION, json.dumps(states, ensure_ascii=False)))
    last = head(conn)
    previous_id, previous = last if last else (0, "")
    for row in conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE id > ? ORDER BY id",
                            (previous_id,)).fetchall():
        previous = row_hash(previous, tuple(row))
        conn.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, row[0]))


def verify(conn: sqlite3.Connection, names: dict[str, str] | None = None) -> list[Tampering]:
    """Everything changed outside the program since the chain began, or since an administrator
    last acknowledged what was found (`ACK_ACTION`); [] when intact. The chain's breaks come
    first. `names` gives indicator codes their names for the messages."""
    names = names or {}
    previous, recorded, breaks, overwritten = "", {}, [], []
    for row in conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)}, hash FROM audit ORDER BY id"):
        expected = row_hash(previous, tuple(row[:-1]))
        previous = row[-1] or expected  # after a break, on from the row's own hash
        if row[-1] != expected:
            audit_id, at, user, action = row[:4]
            breaks.append(Tampering(
                f"Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số {audit_id} ({_when(at)}, "
                f"{user or 'hệ thống'}, thao tác {action}): dòng này đã bị sửa, hoặc một dòng trước nó đã "
                "bị xóa.", audit_id))
            continue  # what a changed row says is not believed
        if row[3] == ACK_ACTION:
            breaks, overwritten = [], []
        elif row[3] == STATE_ACTION:
            for table, key, state, *before in json.loads(row[9]):
                key = tuple(key)
                if before and before[0] != recorded.get((table, key)):
                    overwritten.append(Tampering(
                        f"{_record(table, key, names)} đã bị sửa ngoài chương trình trước lần chương trình "
                        f"ghi lúc {_when(row[1])}: lần ghi đó đã ghi đè lên số liệu bị sửa.", row[0], table, key))
                recorded[(table, key)] = state
    current = all_states(conn)
    problems = breaks + overwritten
    for table, key in sorted(set(current) | set(recorded), key=lambda k: (k[0], [str(v) for v in k[1]])):
        was, now = recorded.get((table, key)), current.get((table, key))
        if was != now:
            change = "bị xóa" if now is None else ("được thêm" if was is None else "bị sửa")
            problems.append(Tampering(f"{_record(table, key, names)} đã {change} ngoài chương trình.",
                                      None, table, key))
    return problems


def _record(table: str, key: tuple, names: dict[str, str]) -> str:
    if table in ("entries", "baselines", "own_targets"):
        what = {"entries": "Số liệu", "baselines": "Số liệu đầu nhiệm kỳ", "own_targets": "Chỉ tiêu tự đặt"}[table]
        return f"{what} chỉ tiêu {names.get(key[2], key[2])} ({'năm ' if table == 'own_targets' else 'kỳ '}{key[1]})"
    return {
        "narratives": lambda: f"Nội dung báo cáo kỳ {key[1]} (mục {key[2]})",
        "period_states": lambda: f"Trạng thái kỳ {key[1]}",
        "approvals": lambda: f"Bản duyệt số {key[0]}",
        "users": lambda: f"Tài khoản {key[0]}",
        "settings": lambda: f"Cài đặt {key[0]}",
        "catalogs": lambda: f"Bộ chỉ tiêu phiên bản {key[0]}",
        "unit_keys": lambda: f"Khóa ký số số {key[0]} trong danh sách khóa của các đơn vị",
        "trust_roots": lambda: f"Chứng thư gốc {key[0][:16].upper()} trong danh sách chứng thư gốc tin cậy",
    }[table]()


def _when(at: str) -> str:
    return f"{at[11:16]} {at[8:10]}/{at[5:7]}/{at[:4]}" if at and len(at) >= 16 else (at or "")
