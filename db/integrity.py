"""A history that shows tampering.

Every audit row is chained to the one before it by a SHA-256 hash, and whenever a write transaction changes a
protected record (a figure, a baseline, an own target, a narrative, a period's state and each step of its
history, an approval, an account's role or password, a setting, a catalogue), the record's new state is
recorded in the chain too (an audit row of action "record_state", not shown in the trail), with the state it
found the record in before writing. `verify` walks the chain, naming the first row whose hash does not follow
from the rows before it (a row changed, or one before it deleted), and every write that found a record
otherwise than the chain last recorded it (changed outside the program, then written over by the program:
without this, the program's next write would have recorded the edited record as its own and hidden the edit),
then compares every protected record with the state the chain last recorded for it (a change, an insertion or
a deletion made outside the program, for example with sqlite3).

Such a finding stays: writing the record again through the program clears the record's own difference but
leaves "written over" in the chain, for good. The way out is an administrator's acknowledgement (`ACK_ACTION`,
`Workspace.acknowledge_changes`): an audit row naming, by their `Tampering.mark`, the findings it clears (a
record by the state it was listed in: one found in another state by then, changed again while the
administrator looked, is refused), followed in the same transaction by the current state of each record
concerned (entering the chain as a migration does, unchecked). `verify` then no longer reports those; any
other, and anything changed outside the program after that row, is reported still. (An acknowledgement written
before they named what they clear cleared everything found before it, and still does in the databases that
hold one.) A row of the chain changed or deleted is reported where the chain breaks, and the walk goes on from
that row's own hash, so one break does not hide what comes after it; a row that does not follow is not
believed, so a forged acknowledgement clears nothing.

Only the program's own rows are hashed: `seal` chains the audit rows its transaction wrote, and
refuses the write (`Unsealed`) when it finds after the chain's head a row it did not write (one
added with sqlite3): hashing it, as any later write did, took a forged row (an acknowledgement)
into the chain. A migration and an acknowledgement chain their rows after such rows, leaving them
unhashed: named by `verify` until acknowledged.

Each migration from the chain's start on records in it the schema it reached (`SCHEMA_ACTION`). A
database whose schema number (PRAGMA user_version) is lower than one its chain records had it set back
outside the program, so that the migrations would run again and take the records they protect into
the chain as they are, edits included: it is not opened (`schema_lowered`: the store, a command that
only looks, and the check at start-up, which offers the backups). A migration that protects a table
from then on (db/store.FILLED_BY_MIGRATION) takes it in only when the chain holds no state of it and
has no break not acknowledged (`adoptable`): a database of a version that recorded no migration, set
back, adopts nothing its chain held, and one whose migration rows were deleted shows the break.

Who acted is checked against the chain too (db/acting_roles.py): an action the chain shows done by
an account whose role, as the chain recorded it then, did not permit it (a role edited with sqlite3
for one command, then put back) is reported with the rest; and the permission check refuses an
account whose row is not as the chain last recorded it (`Store.account_unrecorded`).

The province's stored reports are protected records too (`received`: what each version
states, its fingerprint, and what decides whether it counts); what reads them to count them
compares them with the state the chain recorded (`recorded_states`, which walks the chain as
`verify` does: a record last recorded before a break not acknowledged may have been recorded
otherwise by the row missing there, and is as good as changed) and with their fingerprint, and
leaves out one that is not as the program stored it (`ProvinceRecords.altered_received`). The
intake's runs and log are protected the same way (what the consolidated report prints of them), and
the checks of the signed report PDFs (what the window's signature column shows).

What this does not do: stop someone who has the Windows account from copying or deleting the file; nor see the
chain's last rows deleted together with what they recorded (an approval and its rows cut off the end leave a
shorter chain that still follows): only the backups kept remember (db/backup_chain.py compares each). Nor does the chain
prove who wrote a row: its rules are the program's, public, and no key outside the database takes part, so
someone with the database and the program's code can change records and append one "record_state" row of their
new state after the chain's head, as `seal` does (red-team 22, finding 2), or rewrite the whole chain; the
chain then follows. The chain makes a change made with another tool (sqlite3) visible, and one made with the
program's code only where records the program writes together no longer agree: an approval changed that way is
caught because the step of the period's history written with it (its code, leader and time) is not changed
with it, and `verify` compares each approval with its step and each approved period's state with the period's
last step (db/approvals_agree.py); a forger who appends a step of their own to match leaves a second approval
in the period's history, which the approved paper prints as a re-approval replacing the real code ("Duyệt lại
ngày …, thay bản mã …", core.submission.replaced_approval), and one who rewrites the step with the approval
leaves a second state of both in the chain, which the program, only ever inserting those rows, never records
(`INSERT_ONLY`, red-team 23). The chain's head recorded in the file sent to the province is outside the
database, and the province keeps the approved report it received over any later draft.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from db import acting_roles, approvals_agree, foreign_schema
from db.added_columns import absent
from db.chain_format import (  # the chain's, named here too
    ACK_ACTION,
    STATE_ACTION,
    digest,
    dumps,
    literal,
    loads,
)
from db.chain_format import cleared as _cleared
from db.chain_format import json_bytes as _json
from db.tamper_names import record_named, values_against_history, when
from desktop_app.core.errors import ChangedOutside, DatabaseDamaged
from desktop_app.core.words import Words

SCHEMA_ACTION = "schema"  # a migration reached the schema its row's `new` names (db/store.py)
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
    # each step of a period (approved, reopened with its reason, sent, an approval voided): what the
    # approved paper prints of the approval it replaces ("Duyệt lại ngày …, thay bản mã …; lý do mở lại:
    # …", core.submission.replaced_approval); written once, keyed by its period so that a row deleted
    # still names the period it holds back
    "period_history": (("commune", "period", "id"), ("at", "user", "event", "from_state", "to_state", "reason",
                                                       "fingerprint", "snapshot")),
    "users": (("username",), ("full_name", "role", "password_hash", "active")),
    "settings": (("key",), ("value",)),
    "catalogs": (("version",), ("document",)),
    # province mode: the register of the units' signing keys (desktop_app/core/keys.py)
    "unit_keys": (("id",), ("unit_code", "public_key", "key_code", "state", "first_seen", "first_file",
                            "confirmed_at", "confirmed_by", "revoked_at", "revoked_by")),
    # province mode: the certificates PDF signatures are checked against
    "trust_roots": (("sha256",), ("subject", "not_after", "der", "added_at", "added_by", "removed_at",
                                  "removed_by")),
    # province mode: every version of a unit's report received, as stored: what it states (its
    # canonical JSON and document, their fingerprint and version) and what decides whether and how
    # it counts (kept or not, accepted unsigned, its key, its dates)
    "received": (("id",), ("unit_code", "period", "fingerprint", "version_id", "generated_at", "received_at",
                           "received_on", "received_from", "file_name", "file_sha256", "approved", "class",
                           "reason", "catalog_version", "current", "public_key", "key_code", "accepted_at",
                           "accepted_by", "canonical", "document")),
    # province mode: the intake runs and the log of every file read, as printed in the consolidated
    # report ('Kết quả nhận tệp', a unit 'Bị từ chối' and why): written once, a log line's reason
    # corrected by the same run or when the kept versions are chosen again
    "intake_runs": (("id",), ("started_at", "finished_at", "folder", "period", "user", "files", "accepted",
                              "refused", "cancelled")),
    "intake_log": (("id",), ("run_id", "at", "file_name", "file_sha256", "size", "class", "reason", "unit_code", "period",
                             "fingerprint", "received_id", "arrived_on", "pdf_name", "pdf_sha256", "pdf_verdict")),
    # province mode: what the check of the signed report PDF beside each received version found (the
    # window's 'Chữ ký số' column: the verdict, who signed, the certificate), as the intake stored it
    "pdf_checks": (("received_id",), ("file_name", "file_sha256", "checked_at", "verdict", "details")),
}
# The columns of a table whose value enters a record's state as its SHA-256 (of its UTF-8 bytes):
# a stored report is kilobytes, and hashing it alone is four times faster than quoting it into
# the state's JSON (3.321 reports read at every `verify`).
HASHED = {"received": ("canonical", "document")}
# Tables protected from a later schema than the chain's start (db/store.FILLED_BY_MIGRATION): in a
# database of an earlier schema (one being upgraded, an older backup checked before a restore) the
# chain holds no state of their records, which are then not compared.
SINCE = {"received": 10, "intake_runs": 11, "intake_log": 11, "pdf_checks": 12, "period_history": 14}
# What `recorded_states` gives a record a write found otherwise than the chain had recorded it: it
# equals no state, so the record stays "not as stored" until an administrator's acknowledgement.
WRITTEN_OVER = "written over"
# What it gives a record whose last recorded state comes before a break of the chain not acknowledged:
# the rows missing there may have recorded it otherwise.
BEFORE_BREAK = "before a break"
# What `seal` does with audit rows after the chain's head its transaction did not write.
REFUSE, LEAVE, ADOPT = "refuse", "leave", "adopt"
# Tables the program only ever inserts rows into (db/period_records.py, `_touch(..., new=True)`) and
# never changes or deletes a row of after: a second state the chain records of one of their rows
# (other than the one an acknowledgement took in, naming it as found) was written by someone who
# changed the row and appended a "record_state" row as `seal` does (red-team 23): the approval and
# the history's step written with it rewritten together, so that db/approvals_agree.py finds them
# agreeing.
INSERT_ONLY = ("approvals", "period_history")


@dataclass(frozen=True)
class Tampering:
    """One thing changed outside the program, in Vietnamese (`message`, what the command line prints and
    an acknowledgement's listing code covers) and in English (`en`), with the audit row or record."""

    message: str
    audit_id: int | None = None  # the first audit row that does not follow from the ones before
    table: str | None = None  # the protected record's table and key; None: the chain itself
    key: tuple | None = None
    # what an acknowledgement names to clear it: ("break", row, the hash it should have),
    # ("written over", row, table, *key), or for a record's difference ("record", table, *key, the state
    # it was found in, None: deleted): the state listed, which the acknowledgement takes into the chain
    # (an acknowledgement refuses a record found in another state by then: approval.acknowledge_changes)
    mark: tuple | None = None
    en: str | None = None
    # a figure, a start-of-term figure, an own target or a setting: what the database holds now against
    # what the history last recorded, by whom and when ("trong cơ sở dữ liệu nay là 81.200, nhật ký ghi
    # 71.200 (canbo, 02:23 03/12/2026)"), to check against the unit's records; outside `message`, which
    # the acknowledgement compares (a record changed again is told by its `mark`)
    values: Words | None = None

    @property
    def words(self) -> Words:
        """The finding as a person reads it, with the values compared where there are some."""
        vi, en = self.message, self.en or self.message
        if self.values:
            vi = f"{vi.rstrip('.')}: {self.values}."
            en = f"{en.rstrip('.')}: {self.values.en}."
        return Words(vi, en)


class Unsealed(Exception):
    """A write refused by `seal`: audit rows after the chain's head it did not write (`ids`)."""

    def __init__(self, ids: list[int]):
        super().__init__(ids)
        self.ids = ids

    def refusal(self, database: str) -> ChangedOutside:
        """What the officer reads, naming the database."""
        rows = f"dòng số {self.ids[0]}" + (f" và {len(self.ids) - 1} dòng sau nó" if len(self.ids) > 1 else "")
        rows_en = f"row {self.ids[0]}" + (f" and {len(self.ids) - 1} rows after it" if len(self.ids) > 1 else "")
        return ChangedOutside(
            f"Cơ sở dữ liệu {database} có dòng nhật ký thay đổi được thêm ngoài chương trình ({rows}): chương trình "
            "không ghi tiếp sau những dòng đó, việc vừa làm chưa được lưu. Chạy lệnh chitieu audit verify để xem "
            "điều gì đã bị thay đổi, rồi báo Quản trị viên kiểm tra và xác nhận đã kiểm tra (Quản trị › Xác nhận đã "
            "kiểm tra thay đổi ngoài chương trình…, hoặc lệnh chitieu audit acknowledge).",
            field="Lịch sử số liệu",
            en=f"The database {database} holds history rows added outside the program ({rows_en}): the program does "
               "not write after them, and nothing of this action was saved. Run the command chitieu audit verify to "
               "see what was changed, then tell the administrator to check it and acknowledge the check "
               "(Administration › Acknowledge changes made outside the program…, or the command chitieu audit "
               "acknowledge).")


def _selected(table: str, absent: tuple[str, ...] = ()) -> tuple[str, list[int], str]:
    """What `records` selects of `table` (its key columns, then its columns, the `HASHED` ones as
    bytes, then whether each hashed one holds binary data; NULL for the `absent` ones), the indexes
    of the hashed ones, and the condition of one record by its key."""
    keys, columns = PROTECTED[table]
    hashed = [n for n, c in enumerate(columns) if c in HASHED.get(table, ())]
    selected = ", ".join([*(f"CAST({c} AS BLOB)" if n in hashed else c if c not in absent else "NULL" for n, c in enumerate(columns)),
                          *(f"typeof({columns[n]}) = 'blob'" for n in hashed)])
    # IS: a key put there NULL with sqlite3 is found by it too (and acknowledged as found)
    return f"SELECT {', '.join(keys)}, {selected} FROM {table} WHERE ", hashed, " AND ".join(f"{k} IS ?" for k in keys)


_SELECTED = {table: _selected(table) for table in PROTECTED}  # the same text every time: made once


def records(conn: sqlite3.Connection, table: str, where: str = "1", args: tuple = ()):
    """(key, values) of each record of `table` matching `where`, its `HASHED` columns as their SHA-256:
    what its state is the digest of; a column added since the file's schema (db/added_columns.py) as NULL."""
    select, hashed, _by_key = _selected(table, missing) if (missing := absent(conn, table)) else _SELECTED[table]
    n_keys, n_columns = len(PROTECTED[table][0]), len(PROTECTED[table][1])
    for row in conn.execute(select + where, args):
        values = list(row[n_keys:n_keys + n_columns])
        for n, binary in zip(hashed, row[n_keys + n_columns:]):
            if values[n] is not None:  # binary data (sqlite3's, never the program's) as bytes: not the text's form
                found = hashlib.sha256(values[n])
                values[n] = found.digest() if binary else found.hexdigest()
        yield tuple(row[:n_keys]), tuple(values)


def record_state(conn: sqlite3.Connection, table: str, key: tuple) -> str | None:
    found = next(records(conn, table, _SELECTED[table][2], tuple(key)), None)
    return digest(table, key, found[1] if found else None)


def all_states(conn: sqlite3.Connection) -> dict[tuple[str, tuple], str]:
    """The state of every protected record in the database, by (table, key)."""
    found = {}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    schema = conn.execute("PRAGMA user_version").fetchone()[0]
    for table in PROTECTED:
        if table not in tables or schema < SINCE.get(table, 0):  # made or protected by a later migration
            continue
        for key, values in records(conn, table):
            found[(table, key)] = digest(table, key, values)
    return found


def recorded_states(conn: sqlite3.Connection, *tables: str) -> dict[tuple[str, tuple], str]:
    """The state the chain last recorded of each record of `tables` by (table, key) (what `verify`
    compares it with): `WRITTEN_OVER` for one a write found otherwise than recorded, `BEFORE_BREAK`
    for one last recorded before a break of the chain, neither acknowledged. For a reader that must
    not use a record changed outside the program (the province counting its stored reports): the
    chain is walked as `verify` walks it, a row that does not follow not believed (about 0,1 s for
    3.321 reports' 6.600 rows, hashing them)."""
    chain = _walk(conn, tables)
    broken = max((audit_id for audit_id, _message, _mark in chain.breaks), default=0)
    over = {(table, key) for _row, _at, table, key in chain.overwritten}
    return {k: WRITTEN_OVER if k in over else BEFORE_BREAK if audit_id < broken else state
            for k, (state, audit_id) in chain.recorded.items()}


def adoptable(conn: sqlite3.Connection, tables: tuple[str, ...]) -> tuple[str, ...]:
    """The `tables` a migration that protects them from now on may take into the chain as they are
    (db/store.FILLED_BY_MIGRATION): those the chain holds no state of. A table it holds states of
    was protected already, and the migration runs again only because the schema number was set back
    outside the program: adopted, every edit made to it would vanish from the chain. None while the
    chain has a break no acknowledgement cleared: the rows missing there may have recorded them (the
    migration's own row deleted with the states), so their records are compared with nothing and
    named by `verify` until an administrator has looked."""
    chain = _walk(conn, tables)
    if chain.breaks:
        return ()
    held = {table for table, _key in chain.recorded}
    return tuple(t for t in tables if t not in held)


def schema_lowered(conn: sqlite3.Connection, version: int, name: str, name_en: str) -> DatabaseDamaged | None:
    """The refusal to open a database whose schema number (`version`, PRAGMA user_version) is lower
    than one its chain records a migration reaching (`SCHEMA_ACTION`): the number was set back outside
    the program, and opening it would run those migrations again, taking the records they protect into
    the chain as they are, edits and all. None when it is not (or no migration was recorded: a
    database of a version before this check). `name`, `name_en`: the database as the message names it."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'").fetchone():
        return None  # a new file (schema 0), or one of a version before the history
    row = conn.execute(f"SELECT CAST(new AS INTEGER) AS reached, at FROM audit WHERE action = '{SCHEMA_ACTION}'"
                       " ORDER BY reached DESC LIMIT 1").fetchone()
    if row is None or row[0] <= version:
        return None
    reached, at = row
    return DatabaseDamaged(
        f"{name} ghi số lược đồ {version}, nhưng nhật ký thay đổi của nó ghi chương trình đã nâng cấp nó lên lược "
        f"đồ {reached} lúc {when(at)}: số lược đồ đã bị sửa ngoài chương trình (ví dụ bằng sqlite3). Mở nó, chương "
        "trình sẽ nâng cấp lại và nhận mọi số liệu đang có như số liệu chính nó đã ghi, kể cả những số liệu bị sửa, "
        "nên chương trình không mở cơ sở dữ liệu này. Hãy khôi phục bản sao lưu gần nhất (mở chương trình: chương "
        "trình đề nghị các bản sao lưu còn tốt) và báo Quản trị viên tìm xem ai đã sửa tệp.",
        field="Cơ sở dữ liệu",
        en=f"{name_en} states schema {version}, but its history records the program upgrading it to schema "
           f"{reached} at {when(at)}: the schema number was changed outside the program (for example with "
           "sqlite3). Opened, it would be upgraded again and every record in it taken as the program's own, edits "
           "included, so the program does not open this database. Restore the latest backup (open the program: it "
           "offers the good backups) and tell the administrator to find out who changed the file.")


@dataclass
class _Chain:
    """The chain as walked: the state each record was last recorded in, with the audit row that
    recorded it; the breaks (row, message, mark) and the writes over a change (row, its time,
    table, key) no acknowledgement cleared."""

    recorded: dict[tuple[str, tuple], tuple[str | None, int]]
    breaks: list[tuple[int, str, tuple]]
    overwritten: list[tuple[int, str, str, tuple]]
    acknowledged: set[tuple]  # every mark an acknowledgement in the chain named
    # a row of an `INSERT_ONLY` table recorded in a second state: (row, its time, table, key), with
    # whether an acknowledgement named it (`verify` reports it still while an approval stands on it)
    rewritten: list[tuple[int, str, str, tuple, bool]]


def _walk(conn: sqlite3.Connection, tables: tuple[str, ...] = ()) -> _Chain:
    """Every audit row in order, each checked against the hash the rows before it give (after a
    break, on from the row's own hash); a row that does not follow is a break, and what it says
    is not believed. The states recorded of `tables` (every table: none given)."""
    previous, recorded, breaks, overwritten, acknowledged, rewritten = "", {}, [], [], set(), []
    wanted = tuple(f'["{t}",' for t in tables)
    for row in conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)}, hash FROM audit ORDER BY id"):
        expected = row_hash(previous, tuple(row[:-1]))
        previous = row[-1] if isinstance(row[-1], str) and row[-1] else expected  # a hash, not binary data
        audit_id, at, user, action = row[:4]
        said = _read(row, wanted) if row[-1] == expected else _UNREADABLE
        if said is _UNREADABLE:
            at, user, action = _said(at, when), _said(user), _said(action)
            breaks.append((audit_id, Words(
                f"Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số {audit_id} ({at}, {user or 'hệ thống'}, "
                f"thao tác {action}): dòng này đã bị sửa, hoặc một dòng trước nó đã bị xóa.",
                f"The change log was changed outside the program from row {audit_id} ({at}, "
                f"{user or 'system'}, action {action}): that row was changed, or a row before it deleted."),
                ("break", audit_id, expected)))
        elif action == foreign_schema.REMOVED_ACTION:  # held back as a break is, until acknowledged
            breaks.append((audit_id, foreign_schema.removal_finding(row[9], when(at)), ("foreign schema", audit_id)))
        elif action == ACK_ACTION:
            acknowledged |= said or set()
            breaks = [b for b in breaks if said is not None and b[2] not in said]
            overwritten = [o for o in overwritten if said is not None and _over_mark(*o) not in said]
            rewritten = [(*r[:4], r[4] or said is None or _rewrite_mark(*r[:4]) in said) for r in rewritten]
        elif action == STATE_ACTION:
            for table, key, state, before in said:
                if tables and table not in tables:
                    continue
                was = recorded.get((table, key), (None,))[0]
                if before and before[0] != was:
                    overwritten.append((audit_id, at, table, key))
                if table in INSERT_ONLY and (table, key) in recorded and state != was:
                    # an acknowledgement takes in the record in the state it named it found in
                    rewritten.append((audit_id, at, table, key, ("record", table, *key, state) in acknowledged))
                recorded[(table, key)] = (state, audit_id)
    return _Chain(recorded, breaks, overwritten, acknowledged, rewritten)


_UNREADABLE = object()  # an audit row holding what the program never writes in it


def _read(row: tuple, wanted: tuple[str, ...]):
    """What an audit row that follows says that the walk reads: an acknowledgement's marks (`cleared`),
    a state row's (table, key, state, [state before]) ([]: it records none of `wanted`), None for
    another; `_UNREADABLE` when it holds what the program never writes there (binary data, a state
    that is not a list of states): its hash recomputed by hand, it is a break as a row changed is."""
    action = row[3]
    if action != STATE_ACTION and action != ACK_ACTION:
        return None
    said = row[9] if action == STATE_ACTION else row[8]
    if not (said is None or isinstance(said, str)):
        return _UNREADABLE
    try:
        if action == ACK_ACTION:
            return _cleared(said)
        if wanted and not any(w in said for w in wanted):  # a state row recording none of them is not parsed
            return []
        states = []
        for table, key, state, *before in loads(said):
            key = tuple(key)
            hash(key)  # texts, numbers, binary data: not a list or an object
            states.append((table, key, state, before))
        return states
    except (ValueError, TypeError):  # not JSON, not lists, a part that is none of those
        return _UNREADABLE


def _said(value, as_text=str) -> str:
    """A value of an audit row a message quotes: a short text as it reads (`as_text`), anything else
    (binary data, a number, a text of megabytes) as SQLite writes it, cut short."""
    if isinstance(value, str) and len(value) <= 40:
        return as_text(value)
    return "" if value is None else literal(value)


def _over_mark(audit_id: int, _at: str, table: str, key: tuple) -> tuple:
    return ("written over", audit_id, table, *key)


def _rewrite_mark(audit_id: int, _at: str, table: str, key: tuple) -> tuple:
    return ("rewritten", audit_id, table, *key)


def acknowledged(found: list[Tampering]) -> str:
    """What an acknowledgement of `found` names (its row's `old`): the marks of what it clears, each
    record by the state it was found in."""
    return dumps([list(t.mark) for t in found if t.mark is not None])


def row_hash(previous: str, row: tuple) -> str:
    return hashlib.sha256(previous.encode() + _json(list(row))).hexdigest()  # utf-8: a forged hash "é" breaks the chain, not the reader


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, hash) of the newest audit row already in the chain."""
    return conn.execute("SELECT id, hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()


def seal(conn: sqlite3.Connection, touched: dict[tuple[str, tuple], str | None], at: str,
         written: list[int], others: str) -> None:
    """At the end of a write transaction: record the state of the records it touched (and the
    state each was found in before, `touched`'s values, `UNCHECKED` for none), then chain the
    audit rows it added (`written`, their ids). A row after the chain's head it did not add (added
    outside the program) is, by `others`: REFUSE, cause to refuse the write (`Unsealed`: the caller
    rolls back); LEAVE, left unhashed, this transaction's rows chained after it as `verify` walks
    it (a migration, an acknowledgement: the row stays named until acknowledged); ADOPT, chained
    (the chain's start: the rows of a version that kept no chain)."""
    if touched:
        states = sorted(([table, list(key), record_state(conn, table, key)]
                         + ([] if before == UNCHECKED else [before]) for (table, key), before in touched.items()),
                        key=_in_order)
        cur = conn.execute("INSERT INTO audit (at, user, action, new) VALUES (?, '', ?, ?)",
                           (at, STATE_ACTION, dumps(states)))
        written = [*written, cur.lastrowid]
    # the chain's head (`head`) and the rows after it, in one query: none hashed, every row
    rows = conn.execute(_HEAD_AND_AFTER).fetchall()
    previous = ""
    if rows and rows[0][-1] is not None:
        previous, rows = rows[0][-1], rows[1:]
    own = set(written)
    if others == REFUSE and any(row[0] not in own for row in rows):
        raise Unsealed([row[0] for row in rows if row[0] not in own])
    hashes = []
    for row in rows:
        previous = row_hash(previous, row[:-1])
        if others == ADOPT or row[0] in own:
            hashes.append((previous, row[0]))
    conn.executemany("UPDATE audit SET hash = ? WHERE id = ?", hashes)


def _in_order(state: list) -> tuple:
    """A state row's states in the order of their table and key, as the program's keys sort (texts,
    integers); a key holding binary data or NULL (acknowledged, put there with sqlite3) among them."""
    return state[0], [(type(v).__name__, 0 if v is None else v) for v in state[1]]


_HEAD_AND_AFTER = (f"SELECT {', '.join(AUDIT_COLUMNS)}, hash FROM audit WHERE id >= coalesce("
                   "(SELECT id FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1), 0) ORDER BY id")


def verify(conn: sqlite3.Connection, names: dict[str, str] | None = None, also=None) -> list[Tampering]:
    """Everything changed outside the program since the chain began and not acknowledged (`ACK_ACTION`); [] when
    intact: the chain's breaks first, then what `also(conn)` finds that the chain cannot show of itself
    (db/backup_chain.py), cleared as a break is, an approval or a period's state that disagrees with the period's
    history last (db/approvals_agree.py); `names`: the indicators' names. One snapshot (a read transaction, or the
    caller's): read apart, a write another window committed meanwhile was named made outside the program."""
    if not conn.in_transaction:
        conn.execute("BEGIN")
        try:
            return verify(conn, names, also)
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
    names = names or {}
    chain = _walk(conn)
    problems = [Tampering(str(message), audit_id, mark=mark, en=message.en)
                for audit_id, message, mark in chain.breaks]
    problems += [t for t in (also(conn) if also else []) if t.mark not in chain.acknowledged]
    # still in the file (a command that only looks): opening to write removes them, then the row above
    if present := foreign_schema.found(conn):
        message = foreign_schema.present_finding(present)
        problems.append(Tampering(str(message), en=message.en))
    for audit_id, at, table, key in chain.overwritten:
        what = record_named(conn, table, key, names)
        problems.append(Tampering(
            f"{what} đã bị sửa ngoài chương trình trước lần chương trình ghi lúc {when(at)}: lần ghi đó đã ghi đè "
            "lên số liệu bị sửa.", audit_id, table, key, _over_mark(audit_id, at, table, key),
            en=f"{what.en} was changed outside the program before the program wrote it at {when(at)}: that write "
               "went over the changed data."))
    stands = approvals_agree.standing(conn)
    for audit_id, at, table, key, cleared in chain.rewritten:
        if cleared and not stands(table, key):
            continue
        what = record_named(conn, table, key, names)
        problems.append(Tampering(
            f"{what} đã bị sửa ngoài chương trình sau khi được ghi: nhật ký thay đổi ghi nó lần nữa ở dòng số "
            f"{audit_id} ({when(at)}), trong khi chương trình chỉ ghi bản ghi này một lần và không bao giờ sửa nó "
            "(bảng " + table + ").", audit_id, table, key, _rewrite_mark(audit_id, at, table, key),
            en=f"{what.en} was changed outside the program after it was written: the change log records it again at "
               f"row {audit_id} ({when(at)}), while the program writes this record once and never changes it "
               f"(table {table})."))
    for audit_id, user, message, mark in acting_roles.acted_beyond_role(conn):
        problems.append(Tampering(str(message), audit_id, "users", (user,), mark, en=message.en))
    current = all_states(conn)
    recorded = {k: state for k, (state, _audit_id) in chain.recorded.items()}
    for table, key in sorted(set(current) | set(recorded), key=lambda k: (k[0], [str(v) for v in k[1]])):
        was, now = recorded.get((table, key)), current.get((table, key))
        if was != now:
            change, change_en = (("bị xóa", "deleted") if now is None else
                                 ("được thêm", "added") if was is None else ("bị sửa", "changed"))
            held = _current(conn, table, key)
            what, kinds = _named(conn, table, key, names), _kinds_not_written(table, key, held)
            problems.append(Tampering(f"{what} đã {change} ngoài chương trình{kinds}.", None, table, key,
                                      ("record", table, *key, now),
                                      en=f"{what.en} was {change_en} outside the program{kinds.en}.",
                                      values=values_against_history(conn, table, key, _as_shown(held))))
    # an approval that is not what the history recorded of it, a frozen state that is not the last step
    for words, table, key, mark in approvals_agree.disagreements(conn, chain.acknowledged):
        problems.append(Tampering(str(words), None, table, key, mark, en=words.en))
    return problems


def _current(conn: sqlite3.Connection, table: str, key: tuple) -> dict | None:
    """The record's columns as the database holds them now (None: there is no such record)."""
    columns = PROTECTED[table][1]
    found = next(records(conn, table, _SELECTED[table][2], tuple(key)), None)
    return dict(zip(columns, found[1])) if found else None


def _unlike_the_program(value) -> bool:
    """A value the program never writes in a protected record: binary data (in any column), a number
    with a fraction (the program's numbers are texts, its flags and counts integers)."""
    return isinstance(value, (bytes, float))


def _named(conn: sqlite3.Connection, table: str, key: tuple, names: dict) -> Words:
    """The record as the findings name it; one whose key holds a value the program never writes
    (binary data, NULL, a text of hundreds of characters, put there with sqlite3), by its table and
    key as SQLite writes them."""
    if not any(k is None or _unlike_the_program(k) or (isinstance(k, str) and len(k) > 200) for k in key):
        return record_named(conn, table, key, names)
    said = ", ".join(f"{c} = {literal(v)}" for c, v in zip(PROTECTED[table][0], key))
    return Words(f"Dòng của bảng {table} có khóa {said}", f"The row of the table {table} with the key {said}")


def _kinds_not_written(table: str, key: tuple, held: dict | None) -> Words:
    """Where the record holds a value the program never writes there (`_unlike_the_program`), the
    columns named with what they hold ("": none): the change was made outside the program whatever
    the history recorded."""
    pairs = [*zip(PROTECTED[table][0], key), *(held or {}).items()]
    odd = [(c, v) for c, v in pairs if _unlike_the_program(v) and c not in HASHED.get(table, ())]
    odd += [(c, None) for c, v in pairs if isinstance(v, bytes) and c in HASHED.get(table, ())]
    if not odd:
        return Words("", "")
    vi = "; ".join(f"cột {c} giữ {_kind(v)}" for c, v in odd)
    en = "; ".join(f"the column {c} holds {_kind(v, en=True)}" for c, v in odd)
    return Words(f" (bảng {table}: {vi}, loại dữ liệu chương trình không ghi vào đó)",
                 f" (table {table}: {en}, a kind of data the program does not write there)")


def _kind(value, en: bool = False) -> str:
    if value is None:  # a hashed column: what it holds is not read, only that it is binary data
        return "binary data" if en else "dữ liệu nhị phân"
    if isinstance(value, bytes):
        return f"binary data {literal(value)}" if en else f"dữ liệu nhị phân {literal(value)}"
    return f"the real number {value!r}" if en else f"số thực {value!r}"


_LONGER_THAN_WRITTEN = 100_000  # characters: more than any figure, comment or setting the program writes


def _as_shown(held: dict | None) -> dict | None:
    """The record's columns for `values_against_history` to compare and show: binary data, and a text
    longer than the program writes, as SQLite writes them, cut short (x'00ff', 'AAA…'… (3000000 ký
    tự)): neither equals a value the history recorded."""
    if held is None:
        return None
    return {c: literal(v) if isinstance(v, bytes) or (isinstance(v, str) and len(v) > _LONGER_THAN_WRITTEN) else v
            for c, v in held.items()}
