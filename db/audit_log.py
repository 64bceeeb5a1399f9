"""The change log in the database: one audit row per change a person made (who, when, what,
the value before and after), read back as the history, and its chain (db/integrity.py) that
shows a change made outside the program.

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's
(`ws.store.audit(...)`) and run inside its transactions.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from db import backup_chain, integrity
from db.rows import AuditRow, now
from desktop_app.core.clock import stamp_time


class AuditLog:
    """The audit part of `Store`: uses its connection; `audit` keeps the rows it adds as the
    transaction's own to seal (`_written`: only they are chained), an acknowledgement adds records
    to what it seals (`_touched`)."""

    conn: sqlite3.Connection

    def audit(self, user: str, action: str, *, commune=None, period=None, indicator=None,
              field=None, old=None, new=None) -> None:
        cur = self.conn.execute(
            "INSERT INTO audit (at, user, action, commune, period, indicator, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now(), user, action, commune, period, indicator, field, _text(old), _text(new)),
        )
        self._written.append(cur.lastrowid)

    def audit_rows(self, *, commune=None, period=None, indicator=None, user=None, limit=None) -> list[AuditRow]:
        # the chain's own rows (states, the schema reached) are not changes anyone made
        sql, args = "SELECT * FROM audit WHERE action NOT IN (?, ?)", [integrity.STATE_ACTION, integrity.SCHEMA_ACTION]
        for column, value in (("commune", commune), ("period", period), ("indicator", indicator), ("user", user)):
            if value is not None:
                sql, args = sql + f" AND {column} = ?", args + [value]
        sql += " ORDER BY id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        # an acknowledgement's `old` holds the marks of what it clears, for `verify`: its `new` says them
        return [AuditRow(*r) if r[3] != integrity.ACK_ACTION else AuditRow(*r[:8], None, *r[9:])
                for r in self.conn.execute(sql, args)]

    def last_audit_id(self) -> int | None:
        return self.conn.execute("SELECT max(id) FROM audit").fetchone()[0]

    def last_change_at(self) -> str | None:
        """When anything was last recorded: the latest time the audit rows state (`latest_change`)."""
        row = self.latest_change()
        return row[0] if row else None

    def latest_change(self, after: str | None = None) -> tuple[str, str, str | None, str | None] | None:
        """(at, action, period, field) of the audit row stating the latest time, not the newest row's: one saved
        after the clock was put back states an earlier time than those before it (walk U25 F6, the start-up
        warning stopped after the first save made with the clock wrong). `after`: the field of a `state` row
        from which on rows are read (an administrator's confirmation that the clock ran ahead before it:
        core/clock.CLOCK_WAS_AHEAD), that row included; None when no row states a time."""
        start = 0
        if after:
            start = self.conn.execute("SELECT max(id) FROM audit WHERE action = 'state' AND field = ?",
                                      (after,)).fetchone()[0] or 0
        best = None
        for at, action, period, field in self.conn.execute(  # the chain's own rows are no change anyone made
                "SELECT at, action, period, field FROM audit WHERE id >= ? AND action NOT IN (?, ?)",
                (start, integrity.STATE_ACTION, integrity.SCHEMA_ACTION)):
            when = stamp_time(at)
            if when is not None and (best is None or when >= best[0]):  # of equal times, the newer row
                best = (when, (at, action, period, field))
        return best[1] if best else None

    def times_backwards(self) -> list[tuple[int, str, str]]:
        """(id, at, the latest time before it) of each audit row stating a time earlier than a row before it
        by more than five minutes: made with the clock put back (a note of `audit verify`, not tampering)."""
        out, latest, said = [], None, None
        for row_id, at in self.conn.execute("SELECT id, at FROM audit WHERE action NOT IN (?, ?) ORDER BY id",
                                            (integrity.STATE_ACTION, integrity.SCHEMA_ACTION)):
            when = stamp_time(at)
            if when is None:
                continue
            if latest is not None and when < latest - dt.timedelta(minutes=5):
                out.append((row_id, at, said))
            elif latest is None or when > latest:
                latest, said = when, at
        return out

    def set_up_on(self) -> dt.date | None:
        """The day this installation was set up: the first time a unit was chosen (its audit
        row, written by the same transaction, sealed in the chain and carried by a backup).
        Not the first audit row of any kind (accounts or a catalogue may come before the unit),
        nor the file's date (a copy or a restore changes it; SQLite keeps no creation date).
        None when no such row exists (a unit written without its audit row)."""
        row = self.conn.execute(
            "SELECT at FROM audit WHERE action = 'setting' AND field = 'commune_code' AND new IS NOT NULL"
            " ORDER BY id LIMIT 1").fetchone()
        return dt.date.fromisoformat(row[0][:10]) if row else None

    def last_change(self, commune: str) -> str | None:
        row = self.conn.execute(
            "SELECT at FROM audit WHERE commune = ? ORDER BY id DESC LIMIT 1", (commune,)
        ).fetchone()
        return row[0] if row else None

    def last_change_id(self, commune: str) -> int | None:
        """The id of the unit's newest audit row (`last_change`'s): an order no clock set wrong upsets."""
        return self.conn.execute("SELECT max(id) FROM audit WHERE commune = ?", (commune,)).fetchone()[0]

    def chained_setting(self, key: str) -> tuple[int, str | None] | None:
        """(id, `new`) of the newest audit row of the setting `key` the program wrote: in the chain, its hash
        following from the rows before it as `integrity.verify` walks them; None when there is none. A row added
        with sqlite3 stays unhashed, even once acknowledged, and one given a made-up hash does not follow: what
        such a row, or a setting changed without one, says is not the program's (desktop_app/copied_out.py)."""
        for audit_id, new in self.conn.execute(
                "SELECT id, new FROM audit WHERE action = 'setting' AND field = ? AND typeof(hash) = 'text'"
                " ORDER BY id DESC", (key,)).fetchall():
            if _follows(self.conn, audit_id):
                return audit_id, new
        return None

    # --- the chain: what was changed outside the program ---------------------------------
    def verify_integrity(self, names: dict[str, str] | None = None,
                         backups: list[tuple[Path, str, bool]] | None = None) -> list[integrity.Tampering]:
        """What was changed outside the program (db/integrity.py); [] when nothing was. `backups`: the kept
        backups of this database (each its file, when it was taken, whether automatic), whose histories this
        one must still hold (db/backup_chain.py)."""
        also = None if not backups else (lambda conn: backup_chain.found(conn, backups))
        return integrity.verify(self.conn, names, also)

    def acknowledge_changes(self, user: str, found: list[integrity.Tampering], said: str) -> None:
        """Inside a transaction: an administrator acknowledges `found` (what `verify_integrity`
        found, `said` in words): an audit row naming them (their marks, in `old`, which the trail
        does not show), then each record concerned enters the chain as it is now (db/integrity.py),
        so that these are no longer reported, and anything else still is. Rows added outside the
        program are left out of the chain, not refused: this is how they get acknowledged."""
        self.audit(user, integrity.ACK_ACTION, field="history", old=integrity.acknowledged(found), new=said)
        self._others = integrity.LEAVE
        for t in found:
            if t.table is not None:
                self._touched[t.table, t.key] = integrity.UNCHECKED

    def chain_head(self) -> str:
        """The hash of the newest audit row: what an approval and a submission record."""
        last = integrity.head(self.conn)
        return last[1] if last else ""


def _follows(conn: sqlite3.Connection, audit_id: int) -> bool:
    """Whether the audit row `audit_id`'s hash follows from the rows before it, as `integrity._walk` reads them: from
    the newest hashed row before it, through any unhashed one, by the hash each gives."""
    rows = conn.execute(
        f"SELECT {', '.join(integrity.AUDIT_COLUMNS)}, hash FROM audit WHERE id <= ? AND id >= coalesce((SELECT max(id)"
        " FROM audit WHERE id < ? AND typeof(hash) = 'text' AND hash != ''), 0) ORDER BY id",
        (audit_id, audit_id)).fetchall()
    previous = ""
    if rows and rows[0][0] < audit_id and isinstance(rows[0][-1], str) and rows[0][-1]:
        previous, rows = rows[0][-1], rows[1:]
    for row in rows:
        expected = integrity.row_hash(previous, tuple(row[:-1]))
        if row[0] == audit_id:
            return row[-1] == expected
        previous = row[-1] if isinstance(row[-1], str) and row[-1] else expected
    return False


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
