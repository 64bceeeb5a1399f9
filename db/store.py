"""The only module that talks to SQLite: opening, migrating, transactions, queries.

Writes go through `transaction()`, which holds one `BEGIN IMMEDIATE … COMMIT`, so a
change and its audit rows land together or not at all. Raw SQL is used inside
transactions because sqlite-utils' bulk helpers commit on their own.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from db import integrity
from db.schema import MIGRATIONS, SCHEMA_VERSION
from desktop_app.core.errors import DatabaseBusy, NewerDatabase
from desktop_app.core.keys import UnitKey

# The schema version whose migration starts the audit chain (db/integrity.py).
CHAIN_SCHEMA = 5
# Protected tables a later migration creates and fills: their rows enter the chain with it.
FILLED_BY_MIGRATION = {6: ("unit_keys",)}

# How long a write waits for another writer (another window, the command line) to finish.
BUSY_SECONDS = 5


@dataclass(frozen=True)
class EntryRow:
    commune: str
    period: str
    indicator: str
    numerator: str | None
    denominator: str | None
    value: str | None
    flag: int | None
    previous: str | None
    comment: str
    updated_at: str | None
    updated_by: str | None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    user: str
    action: str
    commune: str | None
    period: str | None
    indicator: str | None
    field: str | None
    old: str | None
    new: str | None
    hash: str | None = None


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: str
    password_hash: str
    active: int
    failed_logins: int
    locked_until: str | None
    created_at: str


@dataclass(frozen=True)
class PeriodStateRow:
    commune: str
    period: str
    state: str
    fingerprint: str | None
    approved_at: str | None
    approved_by: str | None
    sent_at: str | None
    updated_at: str | None
    approval_id: int | None = None


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    commune: str
    period: str
    at: str
    user: str
    fingerprint: str
    catalog_version: str
    chain_head: str
    snapshot: str  # JSON: every input the approved evaluation used, the people, the rules
    canonical: str  # the submission as approved (what its fingerprint covers)


@dataclass(frozen=True)
class HistoryRow:
    id: int
    commune: str
    period: str
    at: str
    user: str
    event: str
    from_state: str | None
    to_state: str | None
    reason: str | None
    fingerprint: str | None
    snapshot: str | None




def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are opened explicitly in `transaction()`.
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        # WAL with synchronous=FULL syncs the log at every commit: an edit the app
        # reported as saved survives a power cut (NORMAL could lose the last ones).
        self.conn.execute("PRAGMA synchronous = FULL")
        self._touched: set[tuple[str, tuple]] = set()  # protected records this transaction wrote
        self._audited = False  # this transaction added audit rows
        self._migrate()

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Many small transactions in a row (a province intake): commits are not each synced
        to the disk (synchronous=NORMAL in WAL mode: a power cut may lose the last ones, never
        corrupt the file); one checkpoint at the end makes them all durable."""
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA synchronous = FULL")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # --- schema -------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def data_version(self) -> int:
        """A number that changes when another connection (another window, a command, a worker
        thread) has committed a change to the file since this one last asked: SQLite's
        PRAGMA data_version, which this connection's own commits do not change."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise NewerDatabase(
                f"Cơ sở dữ liệu được tạo bởi phiên bản mới hơn (lược đồ {version}, "
                f"phần mềm này đọc được đến {SCHEMA_VERSION}). Hãy cập nhật phần mềm.",
                en=f"The database was made by a newer version of the program (schema {version}; this one "
                   f"reads up to {SCHEMA_VERSION}). Update the program.",
            )
        if version == SCHEMA_VERSION:
            return
        # sqlite-utils creates the tables; an up-to-date database (every start but the first
        # after an update) does not pay for importing it (a fifth of `chitieu show`).
        import sqlite_utils

        db = sqlite_utils.Database(self.conn)
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                MIGRATIONS[number](db)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                if number + 1 == CHAIN_SCHEMA:  # the chain begins: every record as it is now
                    self._touched = set(integrity.all_states(self.conn))
                elif number + 1 in FILLED_BY_MIGRATION:
                    self._touched = {k for k in integrity.all_states(self.conn)
                                     if k[0] in FILLED_BY_MIGRATION[number + 1]}

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.conn.in_transaction:  # nested: join the outer transaction
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            raise DatabaseBusy(
                "Cơ sở dữ liệu đang được một cửa sổ hoặc lệnh khác của chương trình ghi và chưa xong "
                f"sau {BUSY_SECONDS} giây. Chờ một lát rồi thử lại; số liệu đã lưu không mất.",
                field="Cơ sở dữ liệu",
                en="Another window or command of the program is writing to the database and has not "
                   f"finished after {BUSY_SECONDS} seconds. Wait a moment and try again; the figures saved "
                   "are not lost.") from None
        try:
            yield self.conn
            if self._touched or self._audited:
                integrity.seal(self.conn, self._touched, now())
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._touched, self._audited = set(), False
        self.conn.execute("COMMIT")

    def _touch(self, table: str, *key) -> None:
        self._touched.add((table, key))

    def verify_integrity(self, names: dict[str, str] | None = None) -> list[integrity.Tampering]:
        """What was changed outside the program (db/integrity.py); [] when nothing was."""
        return integrity.verify(self.conn, names)

    def chain_head(self) -> str:
        """The hash of the newest audit row: what an approval and a submission record."""
        last = integrity.head(self.conn)
        return last[1] if last else ""

    # --- meta and settings ----------------------------------------------------------
    def get_setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def settings(self) -> dict:
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM settings")}

    def put_setting(self, key: str, value) -> None:
        self._upsert("settings", ("key",), key=key, value=json.dumps(value, ensure_ascii=False))

    def _upsert(self, table: str, unique: tuple[str, ...], **values) -> None:
        """Insert the row, or update the one whose `unique` columns match."""
        if table in integrity.PROTECTED:
            self._touch(table, *(values[k] for k in unique))
        columns = ", ".join(values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in values if c not in unique)
        self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})"
            f" ON CONFLICT({', '.join(unique)}) DO UPDATE SET {updates}", tuple(values.values()))

    def _delete(self, table: str, **where) -> None:
        if table in integrity.PROTECTED:
            self._touch(table, *where.values())
        self.conn.execute(f"DELETE FROM {table} WHERE " + " AND ".join(f"{c} = ?" for c in where),
                          tuple(where.values()))

    # --- catalogue --------------------------------------------------------------------
    def current_catalog(self) -> dict | None:
        row = self.conn.execute(
            "SELECT document FROM catalogs ORDER BY imported_at DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return json.loads(row[0]) if row else None

    def add_catalog(self, document: dict) -> None:
        self._touch("catalogs", document["catalog_version"])
        self.conn.execute(
            "INSERT INTO catalogs (version, format_version, imported_at, document) VALUES (?, ?, ?, ?)",
            (
                document["catalog_version"],
                document["format_version"],
                now(),
                json.dumps(document, ensure_ascii=False, sort_keys=True),
            ),
        )

    # --- entries ------------------------------------------------------------------------
    def entry(self, commune: str, period: str, indicator: str) -> EntryRow | None:
        row = self.conn.execute(
            "SELECT * FROM entries WHERE commune = ? AND period = ? AND indicator = ?",
            (commune, period, indicator),
        ).fetchone()
        return self._entry(row) if row else None

    def entries(self, commune: str, period: str | None = None, indicator: str | None = None) -> list[EntryRow]:
        sql, args = "SELECT * FROM entries WHERE commune = ?", [commune]
        if period is not None:
            sql, args = sql + " AND period = ?", args + [period]
        if indicator is not None:
            sql, args = sql + " AND indicator = ?", args + [indicator]
        return [self._entry(r) for r in self.conn.execute(sql, args)]

    def _entry(self, row) -> EntryRow:
        return EntryRow(*row)

    def put_entry(self, row: EntryRow) -> None:
        self._upsert("entries", ("commune", "period", "indicator"), **dataclasses.asdict(row))

    def delete_entry(self, commune: str, period: str, indicator: str) -> None:
        self._delete("entries", commune=commune, period=period, indicator=indicator)

    # --- baselines, own targets, narratives ------------------------------------------------
    def baselines(self, commune: str, term: str) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT indicator, value FROM baselines WHERE commune = ? AND term = ?", (commune, term)
        )
        return dict(rows.fetchall())

    def put_baseline(self, commune: str, term: str, indicator: str, value: str | None, user: str) -> None:
        if value is None:
            self._delete("baselines", commune=commune, term=term, indicator=indicator)
        else:
            self._upsert("baselines", ("commune", "term", "indicator"), commune=commune, term=term,
                         indicator=indicator, value=value, updated_at=now(), updated_by=user)

    def own_targets(self, commune: str) -> dict[tuple[int, str], tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT year, indicator, op, value FROM own_targets WHERE commune = ?", (commune,)
        )
        return {(y, i): (op, v) for y, i, op, v in rows}

    def put_own_target(self, commune: str, year: int, indicator: str, op: str | None, value: str | None, user: str) -> None:
        if op is None:
            self._delete("own_targets", commune=commune, year=year, indicator=indicator)
        else:
            self._upsert("own_targets", ("commune", "year", "indicator"), commune=commune, year=year,
                         indicator=indicator, op=op, value=value, updated_at=now(), updated_by=user)

    def narratives(self, commune: str, period: str) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT section, text FROM narratives WHERE commune = ? AND period = ?", (commune, period)
        )
        return dict(rows.fetchall())

    def put_narrative(self, commune: str, period: str, section: str, text: str, user: str) -> None:
        self._upsert("narratives", ("commune", "period", "section"), commune=commune, period=period,
                     section=section, text=text, updated_at=now(), updated_by=user)

    # --- audit --------------------------------------------------------------------------
    def audit(self, user: str, action: str, *, commune=None, period=None, indicator=None,
              field=None, old=None, new=None) -> None:
        self._audited = True
        self.conn.execute(
            "INSERT INTO audit (at, user, action, commune, period, indicator, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now(), user, action, commune, period, indicator, field, _text(old), _text(new)),
        )

    def audit_rows(self, *, commune=None, period=None, indicator=None, user=None, limit=None) -> list[AuditRow]:
        sql, args = "SELECT * FROM audit WHERE action != ?", [integrity.STATE_ACTION]
        for column, value in (("commune", commune), ("period", period), ("indicator", indicator), ("user", user)):
            if value is not None:
                sql, args = sql + f" AND {column} = ?", args + [value]
        sql += " ORDER BY id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [AuditRow(*r) for r in self.conn.execute(sql, args)]

    # --- users ---------------------------------------------------------------------------
    def user_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM users").fetchone()[0]

    def user(self, username: str) -> UserRow | None:
        row = self.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
        return UserRow(*row) if row else None

    def users(self) -> list[UserRow]:
        return [UserRow(*r) for r in self.conn.execute("SELECT * FROM users ORDER BY username")]

    def add_user(self, username: str, full_name: str, role: str, password_hash: str) -> None:
        self.conn.execute(
            "INSERT INTO users (username, full_name, role, password_hash, active, failed_logins,"
            " locked_until, created_at) VALUES (?, ?, ?, ?, 1, 0, NULL, ?)",
            (username, full_name, role, password_hash, now()),
        )
        self._touch("users", username)

    def update_user(self, username: str, **fields) -> None:
        allowed = {"full_name", "role", "password_hash", "active", "failed_logins", "locked_until"}
        assert set(fields) <= allowed, fields
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE users SET {sets} WHERE username = ?", (*fields.values(), username))
        if set(fields) & set(integrity.PROTECTED["users"][1]):
            self._touch("users", username)

    # --- period states ---------------------------------------------------------------------
    def period_state(self, commune: str, period: str) -> PeriodStateRow | None:
        row = self.conn.execute(
            "SELECT * FROM period_states WHERE commune = ? AND period = ?", (commune, period)
        ).fetchone()
        return PeriodStateRow(*row) if row else None

    def period_states(self, commune: str) -> dict[str, PeriodStateRow]:
        rows = self.conn.execute("SELECT * FROM period_states WHERE commune = ?", (commune,))
        return {r[1]: PeriodStateRow(*r) for r in rows}

    def put_period_state(self, row: PeriodStateRow) -> None:
        self._upsert("period_states", ("commune", "period"), **dataclasses.asdict(row))

    def add_approval(self, commune: str, period: str, user: str, fingerprint: str, catalog_version: str,
                     chain_head: str, snapshot: str, canonical: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO approvals (commune, period, at, user, fingerprint, catalog_version, chain_head,"
            " snapshot, canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (commune, period, now(), user, fingerprint, catalog_version, chain_head, snapshot, canonical))
        self._touch("approvals", cur.lastrowid)
        return cur.lastrowid

    def approval(self, approval_id: int) -> ApprovalRow | None:
        row = self.conn.execute("SELECT * FROM approvals WHERE id = ?", (approval_id,)).fetchone()
        return ApprovalRow(*row) if row else None

    def add_history(self, commune: str, period: str, user: str, event: str, from_state: str | None,
                    to_state: str | None, reason: str | None = None, fingerprint: str | None = None,
                    snapshot: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO period_history (commune, period, at, user, event, from_state, to_state, reason,"
            " fingerprint, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (commune, period, now(), user, event, from_state, to_state, reason, fingerprint, snapshot),
        )

    def history(self, commune: str, period: str | None = None) -> list[HistoryRow]:
        sql, args = "SELECT * FROM period_history WHERE commune = ?", [commune]
        if period is not None:
            sql, args = sql + " AND period = ?", args + [period]
        return [HistoryRow(*r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def last_audit_id(self) -> int | None:
        return self.conn.execute("SELECT max(id) FROM audit").fetchone()[0]

    def last_change_at(self) -> str | None:
        """When anything was last recorded (the newest audit row's time)."""
        row = self.conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def last_change(self, commune: str) -> str | None:
        row = self.conn.execute(
            "SELECT at FROM audit WHERE commune = ? ORDER BY id DESC LIMIT 1", (commune,)
        ).fetchone()
        return row[0] if row else None

    # --- catalogue versions (catalogue updates) --------------------------------------------
    def catalog(self, version: str) -> dict | None:
        row = self.conn.execute("SELECT document FROM catalogs WHERE version = ?", (version,)).fetchone()
        return json.loads(row[0]) if row else None

    # --- province: received submissions and the intake log --------------------------------
    def received(self, period: str | None = None, *, current_only: bool = True,
                 unit_code: str | None = None) -> list["ReceivedRow"]:
        sql, args = f"SELECT {_RECEIVED_COLUMNS} FROM received WHERE 1 = 1", []
        if period is not None:
            sql, args = sql + " AND period = ?", args + [period]
        if unit_code is not None:
            sql, args = sql + " AND unit_code = ?", args + [unit_code]
        if current_only:
            sql += " AND current = 1"
        return [ReceivedRow(*r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def received_documents(self, period: str) -> list[tuple["ReceivedRow", str, str]]:
        """The kept submission of every unit for `period`, with its stored JSON."""
        rows = self.conn.execute(
            f"SELECT {_RECEIVED_COLUMNS}, canonical, document FROM received"
            " WHERE period = ? AND current = 1 ORDER BY unit_code", (period,))
        n = len(_RECEIVED_FIELDS)
        return [(ReceivedRow(*r[:n]), r[n], r[n + 1]) for r in rows]

    def add_received(self, row: "ReceivedRow", canonical: str, document: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO received (unit_code, period, fingerprint, generated_at, received_at, file_name,"
            " file_sha256, approved, class, reason, catalog_version, current, version_id, public_key,"
            " key_code, received_on, accepted_at, accepted_by, document, canonical)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row.unit_code, row.period, row.fingerprint, row.generated_at, row.received_at,
             row.file_name, row.file_sha256, row.approved, row.class_, row.reason,
             row.catalog_version, row.current, row.version_id, row.public_key or "", row.key_code or "",
             row.received_on, row.accepted_at, row.accepted_by, document, canonical))
        return cur.lastrowid

    def set_received_current(self, received_id: int, current: bool) -> None:
        self.conn.execute("UPDATE received SET current = ? WHERE id = ?", (int(current), received_id))

    def set_kept_version(self, unit_code: str, period: str, received_id: int | None) -> None:
        """`received_id` becomes the one version kept for the unit and period (None: none)."""
        self.conn.execute("UPDATE received SET current = (id IS ?) WHERE unit_code = ? AND period = ?"
                          " AND current != (id IS ?)", (received_id, unit_code, period, received_id))

    def accept_received(self, received_id: int, at: str, user: str) -> None:
        self.conn.execute("UPDATE received SET accepted_at = ?, accepted_by = ? WHERE id = ?",
                          (at, user, received_id))

    # --- province: the register of the units' signing keys ----------------------------------
    def unit_keys(self, unit_code: str | None = None) -> list[UnitKey]:
        """Every key of `unit_code` (or of every unit), oldest first."""
        sql, args = f"SELECT {', '.join(_KEY_FIELDS)} FROM unit_keys", []
        if unit_code is not None:
            sql, args = sql + " WHERE unit_code = ?", [unit_code]
        return [UnitKey(*r) for r in self.conn.execute(sql + " ORDER BY unit_code, id", args)]

    def add_unit_key(self, key: UnitKey) -> int:
        cur = self.conn.execute(
            f"INSERT INTO unit_keys ({', '.join(_KEY_FIELDS[1:])}) VALUES ({', '.join('?' * (len(_KEY_FIELDS) - 1))})",
            tuple(getattr(key, f) for f in _KEY_FIELDS[1:]))
        self._touch("unit_keys", cur.lastrowid)
        return cur.lastrowid

    def update_unit_key(self, key_id: int, **fields) -> None:
        assert set(fields) <= {"state", "confirmed_at", "confirmed_by", "revoked_at", "revoked_by"}, fields
        self.conn.execute(f"UPDATE unit_keys SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                          (*fields.values(), key_id))
        self._touch("unit_keys", key_id)

    # --- province: trust roots and the checks of the signed report PDFs ------------------------
    def trust_roots(self, *, with_removed: bool = False) -> list[tuple]:
        """(sha256, subject, not_after, der base64, added_at, added_by, removed_at, removed_by),
        oldest first; removed ones only `with_removed`."""
        sql = "SELECT sha256, subject, not_after, der, added_at, added_by, removed_at, removed_by FROM trust_roots"
        if not with_removed:
            sql += " WHERE removed_at IS NULL"
        return list(self.conn.execute(sql + " ORDER BY added_at, sha256"))

    def put_trust_root(self, sha256: str, subject: str, not_after: str, der: str, user: str) -> None:
        """Add a trust root, or bring back one removed before."""
        self._upsert("trust_roots", ("sha256",), sha256=sha256, subject=subject, not_after=not_after, der=der,
                     added_at=now(), added_by=user, removed_at=None, removed_by=None)

    def remove_trust_root(self, sha256: str, user: str) -> None:
        self.conn.execute("UPDATE trust_roots SET removed_at = ?, removed_by = ? WHERE sha256 = ?",
                          (now(), user, sha256))
        self._touch("trust_roots", sha256)

    def put_pdf_check(self, received_id: int, file_name: str, file_sha256: str, verdict: str, details: str) -> None:
        self._upsert("pdf_checks", ("received_id",), received_id=received_id, file_name=file_name,
                     file_sha256=file_sha256, checked_at=now(), verdict=verdict, details=details)

    def pdf_checks(self, received_ids: Iterable[int]) -> dict[int, str]:
        """received id -> the stored check (JSON) of the PDF beside that version's file."""
        ids = list(received_ids)
        if not ids:
            return {}
        rows = self.conn.execute(f"SELECT received_id, details FROM pdf_checks WHERE received_id IN "
                                 f"({', '.join('?' * len(ids))})", ids)
        return dict(rows.fetchall())

    # --- province: intake runs and their log ------------------------------------------------------
    def add_intake_run(self, folder: str, period: str, user: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO intake_runs (started_at, folder, period, user, files, accepted, refused, cancelled)"
            " VALUES (?, ?, ?, ?, 0, 0, 0, 0)", (now(), folder, period, user))
        return cur.lastrowid

    def finish_intake_run(self, run_id: int, files: int, accepted: int, refused: int, cancelled: bool) -> None:
        self.conn.execute(
            "UPDATE intake_runs SET finished_at = ?, files = ?, accepted = ?, refused = ?, cancelled = ?"
            " WHERE id = ?", (now(), files, accepted, refused, int(cancelled), run_id))

    def add_intake_log(self, row: "IntakeLogRow") -> int:
        cur = self.conn.execute(
            "INSERT INTO intake_log (run_id, at, file_name, file_sha256, size, class, reason, unit_code,"
            " period, fingerprint, received_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row.run_id, row.at or now(), row.file_name, row.file_sha256, row.size, row.class_,
             row.reason, row.unit_code, row.period, row.fingerprint, row.received_id))
        return cur.lastrowid

    def intake_log(self, *, run_id: int | None = None, period: str | None = None,
                   run_period: str | None = None, classes: tuple[str, ...] | None = None) -> list["IntakeLogRow"]:
        """Log rows; `period` is the file's own period, `run_period` the one the run received,
        `classes` the classes wanted."""
        sql, args = "SELECT l.* FROM intake_log l WHERE 1 = 1", []
        if classes is not None:
            sql += f" AND l.class IN ({', '.join('?' * len(classes))})" if classes else " AND 0"
            args += list(classes)
        if run_id is not None:
            sql, args = sql + " AND l.run_id = ?", args + [run_id]
        if period is not None:
            sql, args = sql + " AND l.period = ?", args + [period]
        if run_period is not None:
            sql += " AND l.run_id IN (SELECT id FROM intake_runs WHERE period = ?)"
            args.append(run_period)
        return [IntakeLogRow(*r) for r in self.conn.execute(sql + " ORDER BY l.id", args)]

    def intake_runs(self) -> list[tuple]:
        return list(self.conn.execute("SELECT * FROM intake_runs ORDER BY id"))

    def has_commune_data(self) -> bool:
        """Whether anything was entered for a commune (a province database never holds any)."""
        for table in ("entries", "baselines", "own_targets", "narratives", "period_states"):
            if self.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return True
        return False


_RECEIVED_FIELDS = ("id", "unit_code", "period", "fingerprint", "generated_at", "received_at",
                    "file_name", "file_sha256", "approved", "class", "reason", "catalog_version",
                    "current", "version_id", "public_key", "key_code", "received_on", "accepted_at",
                    "accepted_by")
_RECEIVED_COLUMNS = ", ".join(f'"{c}"' for c in _RECEIVED_FIELDS)
_KEY_FIELDS = ("id", "unit_code", "public_key", "key_code", "state", "first_seen", "first_file",
               "confirmed_at", "confirmed_by", "revoked_at", "revoked_by")


@dataclass(frozen=True)
class ReceivedRow:
    id: int | None
    unit_code: str
    period: str
    fingerprint: str
    generated_at: str
    received_at: str
    file_name: str
    file_sha256: str
    approved: int
    class_: str
    reason: str
    catalog_version: str
    current: int = 1
    version_id: str | None = None  # desktop_app.core.submission.version_id
    public_key: str | None = None  # the signing key ("" or None: unsigned)
    key_code: str | None = None
    received_on: str | None = None  # YYYY-MM-DD: the date of receipt (None: received before it was kept)
    accepted_at: str | None = None  # an unsigned version the province accepted: when and by whom
    accepted_by: str | None = None

    @property
    def signed(self) -> bool:
        return bool(self.public_key)


@dataclass(frozen=True)
class IntakeLogRow:
    id: int | None
    run_id: int | None
    at: str | None
    file_name: str
    file_sha256: str | None
    size: int | None
    class_: str
    reason: str
    unit_code: str | None
    period: str | None
    fingerprint: str | None
    received_id: int | None


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
