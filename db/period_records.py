"""A commune's reporting periods in the database: each period's state (draft, complete,
approved, sent …), the approvals with what they approved, and the history of every step.

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's
(`ws.store.period_state(...)`) and run inside its transactions; desktop_app/approval.py decides.
"""
from __future__ import annotations

import dataclasses
import sqlite3

from db.rows import ApprovalRow, HistoryRow, PeriodStateRow, now


class PeriodRecords:
    """The periods' part of `Store`: uses its connection, `_upsert` and `_touch` (a state, an
    approval and a step of the history are protected records, db/integrity.py)."""

    conn: sqlite3.Connection

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
        self._touch("approvals", cur.lastrowid, new=True)
        return cur.lastrowid

    def approval(self, approval_id: int) -> ApprovalRow | None:
        row = self.conn.execute("SELECT * FROM approvals WHERE id = ?", (approval_id,)).fetchone()
        return ApprovalRow(*row) if row else None

    def last_approval(self, commune: str, period: str) -> ApprovalRow | None:
        """The period's latest approval, whether the period still stands on it or was reopened since."""
        row = self.conn.execute("SELECT * FROM approvals WHERE commune = ? AND period = ? ORDER BY id DESC LIMIT 1",
                                (commune, period)).fetchone()
        return ApprovalRow(*row) if row else None

    def approval_of_code(self, commune: str, period: str, fingerprint: str) -> ApprovalRow | None:
        """The period's latest approval of code `fingerprint` (the same figures approved again: several)."""
        row = self.conn.execute("SELECT * FROM approvals WHERE commune = ? AND period = ? AND fingerprint = ?"
                                " ORDER BY id DESC LIMIT 1", (commune, period, fingerprint)).fetchone()
        return ApprovalRow(*row) if row else None

    def add_history(self, commune: str, period: str, user: str, event: str, from_state: str | None,
                    to_state: str | None, reason: str | None = None, fingerprint: str | None = None,
                    snapshot: str | None = None) -> None:
        cur = self.conn.execute(
            "INSERT INTO period_history (commune, period, at, user, event, from_state, to_state, reason,"
            " fingerprint, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (commune, period, now(), user, event, from_state, to_state, reason, fingerprint, snapshot),
        )
        self._touch("period_history", commune, period, cur.lastrowid, new=True)

    def units_in_history(self) -> list:
        """The units the periods' history names (a commune's database: its own unit alone, or none)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT commune FROM period_history")]

    def history(self, commune: str, period: str | None = None) -> list[HistoryRow]:
        sql, args = "SELECT * FROM period_history WHERE commune = ?", [commune]
        if period is not None:
            sql, args = sql + " AND period = ?", args + [period]
        return [HistoryRow(*r) for r in self.conn.execute(sql + " ORDER BY id", args)]
