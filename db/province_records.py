"""The province's records in its database: the submissions received and which version of each
unit's report is kept, the register of the units' signing keys, the trust roots and the checks
of the signed report PDFs, the intake runs and their log.

A mixin that `Store` inherits, so its methods stay the store's (`office.store.received(...)`)
and run inside its transactions; apart from db/store.py because the commune never uses them.
With store.py and its other mixins (db/commune_records.py …) the modules with SQL.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator, NamedTuple

from db import integrity
from db.rows import AuditRow, IntakeLogRow, ReceivedRow, now
from desktop_app.core.intake import judged_on
from desktop_app.core.keys import UnitKey

_RECEIVED_FIELDS = ("id", "unit_code", "period", "fingerprint", "generated_at", "received_at",
                    "file_name", "file_sha256", "approved", "class", "reason", "catalog_version",
                    "current", "version_id", "public_key", "key_code", "received_on", "accepted_at",
                    "accepted_by", "received_from")
_RECEIVED_COLUMNS = ", ".join(f'"{c}"' for c in _RECEIVED_FIELDS)
_RUN_COLUMNS = integrity.PROTECTED["intake_runs"][1]
_STARTED_AT, _PERIOD = _RUN_COLUMNS.index("started_at"), _RUN_COLUMNS.index("period")
_KEY_FIELDS = ("id", "unit_code", "public_key", "key_code", "state", "first_seen", "first_file",
               "confirmed_at", "confirmed_by", "revoked_at", "revoked_by")


class PeriodReading(NamedTuple):
    """The last reading of a period as its records keep it (`ProvinceRecords.period_reading`)."""

    mark: tuple  # `ProvinceRecords.intake_mark` when it was read
    row: tuple | None  # its run: (id, started_at, finished_at, folder, user, files, cancelled); None: none
    as_written: bool  # its run's row as the program wrote it (else only its lines are: nothing else of it is)
    lines: list[IntakeLogRow]  # its lines as the program wrote them
    changed: int  # its lines in the table otherwise
    hidden: int  # later runs' rows not shown: changed, added or deleted outside the program


class ProvinceRecords:
    """The province's part of `Store`: uses its connection, `_upsert` and `_touch` (a protected
    record written enters the audit chain, db/integrity.py: the received versions, the key
    register, the trust roots, the checks of the signed PDFs, the intake runs and their log)."""

    conn: sqlite3.Connection
    _reading: bool  # inside `Store.reading`: a snapshot of committed data, nothing written in it

    # --- province: received submissions and the intake log --------------------------------
    def received(self, period: str | None = None, *, current_only: bool = True,
                 unit_code: str | None = None) -> list[ReceivedRow]:
        sql, args = f"SELECT {_RECEIVED_COLUMNS} FROM received WHERE 1 = 1", []
        if period is not None:
            sql, args = sql + " AND period = ?", args + [period]
        if unit_code is not None:
            sql, args = sql + " AND unit_code = ?", args + [unit_code]
        if current_only:
            sql += " AND current = 1"
        return [ReceivedRow(*r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def received_documents(self, period: str) -> list[tuple[ReceivedRow, str, str]]:
        """The kept submission of every unit for `period`, with its stored JSON."""
        rows = self.conn.execute(
            f"SELECT {_RECEIVED_COLUMNS}, canonical, document FROM received"
            " WHERE period = ? AND current = 1 ORDER BY unit_code", (period,))
        n = len(_RECEIVED_FIELDS)
        return [(ReceivedRow(*r[:n]), r[n], r[n + 1]) for r in rows]

    def received_document(self, received_id: int) -> tuple[ReceivedRow, str, str] | None:
        """One received version (kept or not) with its stored JSON, None when there is no such row:
        what an acceptance of that very version is checked against and names."""
        r = self.conn.execute(f"SELECT {_RECEIVED_COLUMNS}, canonical, document FROM received WHERE id = ?",
                              (received_id,)).fetchone()
        n = len(_RECEIVED_FIELDS)
        return None if r is None else (ReceivedRow(*r[:n]), r[n], r[n + 1])

    def add_received(self, row: ReceivedRow, canonical: str, document: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO received (unit_code, period, fingerprint, generated_at, received_at, file_name,"
            " file_sha256, approved, class, reason, catalog_version, current, version_id, public_key,"
            " key_code, received_on, accepted_at, accepted_by, received_from, document, canonical)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row.unit_code, row.period, row.fingerprint, row.generated_at, row.received_at,
             row.file_name, row.file_sha256, row.approved, row.class_, row.reason,
             row.catalog_version, row.current, row.version_id, row.public_key or "", row.key_code or "",
             row.received_on, row.accepted_at, row.accepted_by, row.received_from, document, canonical))
        self._touch("received", cur.lastrowid, new=True)
        return cur.lastrowid

    def set_received_current(self, received_id: int, current: bool) -> None:
        self._touch("received", received_id)
        self.conn.execute("UPDATE received SET current = ? WHERE id = ?", (int(current), received_id))

    def set_kept_version(self, unit_code: str, period: str, received_id: int | None) -> None:
        """`received_id` becomes the one version kept for the unit and period (None: none)."""
        changing = self.conn.execute("SELECT id FROM received WHERE unit_code = ? AND period = ?"
                                     " AND current != (id IS ?)", (unit_code, period, received_id)).fetchall()
        for (changed,) in changing:
            self._touch("received", changed)
            self.conn.execute("UPDATE received SET current = (id IS ?) WHERE id = ?", (received_id, changed))

    def accept_received(self, received_id: int, at: str, user: str) -> None:
        self._touch("received", received_id)
        self.conn.execute("UPDATE received SET accepted_at = ?, accepted_by = ? WHERE id = ?",
                          (at, user, received_id))

    def altered_received(self, *periods: str) -> set[int]:
        """The stored versions of `periods` that are not as the program stored them: changed,
        added or written over outside the program since the audit chain last recorded them
        (db/integrity.py), or whose report no longer hashes to its fingerprint (changed before the
        chain recorded it). Never counted. Each report hashed once (SHA-256: milliseconds for
        3.321), the chain's records read by SQLite."""
        if not periods:
            return set()
        columns = integrity.PROTECTED["received"][1]
        fingerprint, canonical = columns.index("fingerprint"), columns.index("canonical")
        with self.reading():  # one snapshot: a version stored meanwhile by another intake is no change outside
            recorded = integrity.recorded_states(self.conn, "received")
            return {key[0] for key, values in integrity.records(
                        self.conn, "received", f"period IN ({', '.join('?' * len(periods))})", periods)
                    if values[canonical] != values[fingerprint]
                    or recorded.get(("received", key)) != integrity.digest("received", key, values)}

    # --- province: decisions the history's rows stand for -------------------------------------
    def chained_audit_rows(self, action: str, *, period: str | None = None) -> list[AuditRow]:
        """The history's rows of `action` (of `period`) the program itself chained: each one's hash
        follows from the row before it (`integrity.row_hash`), as `verify` walks the chain. A row
        inserted with sqlite3 is unhashed, or holds a made-up hash; one edited no longer hashes to
        its hash: an acknowledgement clears what `verify` says of them but makes them none of the
        program's, so a decision counted by its row (an unsigned version accepted) is not taken from
        them. A row whose predecessor is unhashed is not one either: the program's own writes refuse
        to follow such a row (`integrity.seal`). The few rows of the action, each with its
        predecessor's hash, in one query, checked here (`_chained`)."""
        if period is None:
            return list(self._chained("a.action = ?", (action,)))
        return list(self._chained("a.action = ? AND a.period = ?", (action, period)))

    def _chained(self, where: str, args: tuple) -> Iterator[AuditRow]:
        """The history's rows matching `where` (of audit row `a`) that follow from the row before them
        (`chained_audit_rows`), oldest first."""
        columns = ", ".join(f"a.{c}" for c in integrity.AUDIT_COLUMNS)
        for *row, own, before_id, before in self.conn.execute(
                f"SELECT {columns}, a.hash, p.id, p.hash FROM audit a LEFT JOIN audit p"
                f" ON p.id = (SELECT max(id) FROM audit WHERE id < a.id) WHERE {where} ORDER BY a.id", args):
            previous = "" if before_id is None else before  # the chain's first row follows from ""
            if own and isinstance(previous, str) and own == integrity.row_hash(previous, tuple(row)):
                yield AuditRow(*row, own)

    # --- province: the register of the units' signing keys ----------------------------------
    def unit_keys(self, unit_code: str | None = None) -> list[UnitKey]:
        """Every key of `unit_code` (or of every unit), oldest first."""
        sql, args = f"SELECT {', '.join(_KEY_FIELDS)} FROM unit_keys", []
        if unit_code is not None:
            sql, args = sql + " WHERE unit_code = ?", [unit_code]
        return [UnitKey(*r) for r in self.conn.execute(sql + " ORDER BY unit_code, id", args)]

    def first_receipts(self, unit_code: str | None = None) -> dict[tuple[str, str], str]:
        """(unit, public key) -> the earliest date of receipt (`judged_on` its `received_on`, ISO) of a version
        of the unit's report signed by that key and stored (of `unit_code`, or every unit): when the
        key's first file reached the province, which the register shows, rather than when the program
        read it. One query for the whole register (3.321 units); a key whose files were all refused
        (none stored) is absent."""
        sql, args = ("SELECT unit_code, public_key, received_on, generated_at, received_from FROM received"
                     " WHERE public_key != '' AND received_on IS NOT NULL", [])
        if unit_code is not None:
            sql, args = sql + " AND unit_code = ?", [unit_code]
        first: dict[tuple[str, str], str] = {}
        for unit, key, received_on, generated_at, received_from in self.conn.execute(sql, args):
            # the date lateness is judged by, as the completeness table shows it (never before the
            # day the file was made): the tabs never give one file two dates of receipt (walk 12, #6)
            day = judged_on(received_on, generated_at, received_from)
            if day and ((unit, key) not in first or day < first[(unit, key)]):
                first[(unit, key)] = day
        return first

    def units_signed_by(self, public_key: str, other_than: str) -> list[UnitKey]:
        """The register's entries of `public_key` for other units than `other_than`."""
        sql = f"SELECT {', '.join(_KEY_FIELDS)} FROM unit_keys WHERE public_key = ? AND unit_code != ? ORDER BY id"
        return [UnitKey(*r) for r in self.conn.execute(sql, (public_key, other_than))]

    def add_unit_key(self, key: UnitKey) -> int:
        cur = self.conn.execute(
            f"INSERT INTO unit_keys ({', '.join(_KEY_FIELDS[1:])}) VALUES ({', '.join('?' * (len(_KEY_FIELDS) - 1))})",
            tuple(getattr(key, f) for f in _KEY_FIELDS[1:]))
        self._touch("unit_keys", cur.lastrowid, new=True)
        return cur.lastrowid

    def update_unit_key(self, key_id: int, **fields) -> None:
        assert set(fields) <= {"state", "confirmed_at", "confirmed_by", "revoked_at", "revoked_by"}, fields
        self._touch("unit_keys", key_id)
        self.conn.execute(f"UPDATE unit_keys SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                          (*fields.values(), key_id))

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
        self._touch("trust_roots", sha256)
        self.conn.execute("UPDATE trust_roots SET removed_at = ?, removed_by = ? WHERE sha256 = ?",
                          (now(), user, sha256))

    def put_pdf_check(self, received_id: int, file_name: str, file_sha256: str, verdict: str, details: str) -> None:
        self._upsert("pdf_checks", ("received_id",), received_id=received_id, file_name=file_name,
                     file_sha256=file_sha256, checked_at=now(), verdict=verdict, details=details)

    def pdf_checks(self, received_ids: Iterable[int]) -> dict[int, str]:
        """received id -> the stored check (JSON) of the PDF beside that version's file, as the program
        stored it: one added, changed or written over outside the program since the audit chain recorded
        it (db/integrity.py) is left out, as if no PDF had been checked (`verify` names it)."""
        ids = list(received_ids)
        if not ids:
            return {}
        details = integrity.PROTECTED["pdf_checks"][1].index("details")
        with self.reading():  # one snapshot, as `altered_received`
            recorded = integrity.recorded_states(self.conn, "pdf_checks")
            return {key[0]: values[details] for key, values in integrity.records(
                        self.conn, "pdf_checks", f"received_id IN ({', '.join('?' * len(ids))})", tuple(ids))
                    if recorded.get(("pdf_checks", key)) == integrity.digest("pdf_checks", key, values)}

    def pdf_check_stored(self, received_id: int) -> str | None:
        """The stored check (JSON) of the PDF beside a received version's file, as it is in the table:
        for intake deciding whether a duplicate's PDF replaces it, inside its write (one row; the chain
        walk of `pdf_checks` would cost each file of a folder read again ~0,1 s). A row changed outside
        the program and then written over is named by `verify` all the same."""
        found = self.conn.execute("SELECT details FROM pdf_checks WHERE received_id = ?", (received_id,)).fetchone()
        return found[0] if found else None

    # --- province: intake runs and their log ------------------------------------------------------
    def add_intake_run(self, folder: str, period: str, user: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO intake_runs (started_at, folder, period, user, files, accepted, refused, cancelled)"
            " VALUES (?, ?, ?, ?, 0, 0, 0, 0)", (now(), folder, period, user))
        self._touch("intake_runs", cur.lastrowid, new=True)
        return cur.lastrowid

    def finish_intake_run(self, run_id: int, files: int, accepted: int, refused: int, cancelled: bool) -> None:
        self._touch("intake_runs", run_id)
        self.conn.execute(
            "UPDATE intake_runs SET finished_at = ?, files = ?, accepted = ?, refused = ?, cancelled = ?"
            " WHERE id = ?", (now(), files, accepted, refused, int(cancelled), run_id))

    def add_intake_log(self, row: IntakeLogRow) -> int:
        cur = self.conn.execute(
            "INSERT INTO intake_log (run_id, at, file_name, file_sha256, size, class, reason, unit_code,"
            " period, fingerprint, received_id, arrived_on, pdf_name, pdf_sha256, pdf_verdict)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row.run_id, row.at or now(), row.file_name, row.file_sha256, row.size, row.class_,
             row.reason, row.unit_code, row.period, row.fingerprint, row.received_id, row.arrived_on,
             row.pdf_name, row.pdf_sha256, row.pdf_verdict))
        self._touch("intake_log", cur.lastrowid, new=True)
        return cur.lastrowid

    def set_intake_reason(self, log_id: int, reason: str) -> None:
        """A log line's words corrected by a later finding of the same run (a key found shared)."""
        self._touch("intake_log", log_id)
        self.conn.execute("UPDATE intake_log SET reason = ? WHERE id = ?", (reason, log_id))

    def intake_log(self, *, run_id: int | None = None, period: str | None = None,
                   run_period: str | None = None, classes: tuple[str, ...] | None = None) -> list[IntakeLogRow]:
        """Log rows as the program wrote them (`altered_intake_log`: the others, never printed);
        `period` is the file's own period, `run_period` the one the run received, `classes` the
        classes wanted."""
        with self.reading():  # one snapshot: a run finished meanwhile by another intake is no change outside
            rows = self._intake_lines(run_id=run_id, period=period, run_period=run_period, classes=classes)
            altered = self.altered_intake_log(rows)
        return [IntakeLogRow(*r) for r in rows if r[0] not in altered]

    def altered_intake_log(self, rows: list[tuple]) -> set[int]:
        """The ids of the log `rows` (as read from the table) not as the program wrote them: added,
        changed or written over outside the program since the audit chain recorded them, or of a
        run so changed (its period decides which report prints them), db/integrity.py."""
        if not rows:
            return set()
        recorded = self._intake_states()
        runs = {key[0] for key, values in integrity.records(self.conn, "intake_runs")
                if recorded.get(("intake_runs", key)) != integrity.digest("intake_runs", key, values)}
        return {r[0] for r in rows if r[1] in runs or not _as_written(recorded, r)}

    def _intake_lines(self, *, run_id, period, run_period, classes) -> list[tuple]:
        """The log's rows matching, as stored (every column, in the table's order)."""
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
        return self.conn.execute(sql + " ORDER BY l.id", args).fetchall()

    def intake_runs(self) -> list[tuple]:
        return list(self.conn.execute("SELECT * FROM intake_runs ORDER BY id"))

    def intake_mark(self, period: str) -> tuple:
        """What changes when a folder is read for `period`, when its reading ends, and when anything
        is written through the program (a key decided on: what its files' keys are now): the
        period's last run as stored and the history's last row. One cheap read."""
        last = self.conn.execute("SELECT * FROM intake_runs WHERE period = ? ORDER BY id DESC LIMIT 1",
                                 (period,)).fetchone()
        return period, tuple(last) if last else None, self.conn.execute("SELECT max(id) FROM audit").fetchone()[0]

    def period_reading(self, period: str) -> PeriodReading:
        """The last reading of `period` the records keep as the program wrote them, checked against
        the audit chain as `intake_log` checks its lines (db/integrity.py): the last run whose row
        is as written, or whose row is not but some of whose lines are (their run is in their own
        state: the program read those files then). A later run of the period with neither (a row
        added or changed with sqlite3, its lines gone or changed too) and a run's row deleted are
        counted in `hidden`, never shown: an empty row inserted hid the real reading."""
        with self.reading():
            mark = self.intake_mark(period)
            recorded = self._intake_states()
            hidden, shown = 0, None
            for key, _values, as_written in self._runs_newest_first(recorded, "period = ?", (period,)):
                lines = self._intake_lines(run_id=key[0], period=None, run_period=None, classes=None)
                own = [r for r in lines if _as_written(recorded, r)]
                if as_written or own:
                    shown = key[0], as_written, own, len(lines) - len(own)
                    break
                hidden += 1
            after = shown[0] if shown else 0
            hidden += sum(run > after for run in self._runs_deleted(recorded))
            if shown is None:
                return PeriodReading(mark, None, False, [], 0, hidden)
            row = self.conn.execute("SELECT id, started_at, finished_at, folder, user, files, cancelled"
                                    " FROM intake_runs WHERE id = ?", (shown[0],)).fetchone()
        return PeriodReading(mark, tuple(row), shown[1], [IntakeLogRow(*r) for r in shown[2]], shown[3], hidden)

    def last_intake(self, run_id: int | None = None) -> tuple[int, str, str] | None:
        """(id, started_at, period) of intake run `run_id`, or of the last one, as the program wrote it:
        its row checked against the audit chain, walked as `period_reading` walks it. None when there is
        none, or when the newest row is not as written (changed, inserted, or its chain rows changed
        outside the program, or recorded before a break of the chain), or a later one was deleted: its
        period is not known, and the run before it was not the last read. Never passed over for the run
        before (red-team h31 B1: the last reading's chain rows made unreadable with one UPDATE, and the
        window presented the reading before as the folder read last)."""
        with self.reading():
            recorded = self._intake_states()
            if run_id is not None:
                where, args = "id = ?", (run_id,)
            else:  # none after one deleted
                where, args = "id > ?", (max(self._runs_deleted(recorded), default=0),)
            for key, values, as_written in self._runs_newest_first(recorded, where, args):
                return (key[0], values[_STARTED_AT], values[_PERIOD]) if as_written else None
        return None

    def _intake_states(self) -> dict:
        """What the audit chain last recorded of the intake runs and their lines (`integrity.recorded_states`),
        walked once for a state of the database: a window's opening asked it of `last_intake`, of
        `period_reading` and of the consolidation's `intake_log`s, 30 ms a walk at 3.000 lines. The walk
        reads only the audit table, so it is walked again once anything was committed by another
        connection (PRAGMA data_version: sqlite3, another window, a command), written by this one (its
        total_changes, counted even when rolled back) or the schema changed: a row edited outside the
        program is never believed from a walk of before. Taken in the snapshot of the reads it is
        compared with (`reading`); never changed by its callers. Not kept from inside a transaction of
        this connection's writes: rolled back, they leave total_changes as the walk saw it."""
        with self.reading():
            if not self._reading:
                return integrity.recorded_states(self.conn, "intake_runs", "intake_log")
            state = (self.conn, self.conn.total_changes, *self.conn.execute(
                "SELECT data_version, schema_version FROM pragma_data_version, pragma_schema_version").fetchone())
            walked = getattr(self, "_intake_walk", None)
            if walked is None or walked[0] != state:
                walked = self._intake_walk = state, integrity.recorded_states(self.conn, "intake_runs", "intake_log")
        return walked[1]

    def history_state(self) -> tuple | None:
        """What the history's check (`verify_integrity`) reads of this database, as a value that differs once
        any of it may have changed: anything committed by another connection (PRAGMA data_version: sqlite3,
        another window, a command), written by this one (its total_changes, counted even when rolled back),
        the schema, the chain's head. None inside a transaction of this connection (rolled back, its writes
        would leave total_changes as seen; a snapshot's data_version is not the file's): nothing to compare."""
        if self.conn.in_transaction:
            return None
        return (self.conn, self.conn.total_changes, *self.conn.execute(
            "SELECT data_version, schema_version FROM pragma_data_version, pragma_schema_version").fetchone(),
            integrity.head(self.conn))

    def _runs_newest_first(self, recorded: dict, where: str, args: tuple) -> Iterator[tuple[tuple, tuple, bool]]:
        """(key, values) of each intake run matching `where` (`integrity.records`), newest first, with
        whether its row is in the state the chain last recorded (`recorded`, by (table, key))."""
        runs = dict(integrity.records(self.conn, "intake_runs", where, args))
        for key in sorted(runs, reverse=True):
            yield key, runs[key], recorded.get(("intake_runs", key)) == integrity.digest("intake_runs", key, runs[key])

    def _runs_deleted(self, recorded: dict) -> set[int]:
        """The intake runs the chain recorded (`recorded`) whose row is gone: deleted outside the program."""
        kept = {r[0] for r in self.conn.execute("SELECT id FROM intake_runs")}
        return {key[0] for (table, key), state in recorded.items()
                if table == "intake_runs" and state is not None and key[0] not in kept}

    def run_periods(self) -> dict[int, str]:
        """Each intake run's id -> the period it received (a run reads a folder for one period)."""
        return dict(self.conn.execute("SELECT id, period FROM intake_runs"))


def _as_written(recorded: dict, line: tuple) -> bool:
    """Whether a log line (as read from the table) is in the state the chain last recorded it in."""
    return recorded.get(("intake_log", (line[0],))) == integrity.digest("intake_log", (line[0],), tuple(line[1:]))
