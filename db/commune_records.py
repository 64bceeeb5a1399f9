"""What a commune enters in its database: the figures of each period, the start-of-term
figures (baselines), its own targets and the narrative sections of its reports.

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's
(`ws.store.entries(...)`) and run inside its transactions.
"""
from __future__ import annotations

import dataclasses
import sqlite3

from db.rows import EntryRow, now


class CommuneRecords:
    """The commune's part of `Store`: uses its connection, `_upsert` and `_delete` (every record
    here is protected: its writes enter the audit chain, db/integrity.py)."""

    conn: sqlite3.Connection

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

    # --- a commune's database or the province's --------------------------------------------
    def has_commune_data(self) -> bool:
        """Whether anything was entered for a commune (a province database never holds any)."""
        for table in ("entries", "baselines", "own_targets", "narratives", "period_states"):
            if self.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return True
        return False
