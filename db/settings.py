"""The settings kept in the database, one JSON value per key: whether it is a commune's or the
province's, the commune's code, its signing key, the province key it trusts, a catalogue draft …

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's.
"""
from __future__ import annotations

import json
import sqlite3


class Settings:
    """The settings' part of `Store`: uses its connection and `_upsert` (a setting is a
    protected record, db/integrity.py)."""

    conn: sqlite3.Connection

    def get_setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def settings(self) -> dict:
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM settings")}

    def put_setting(self, key: str, value) -> None:
        self._upsert("settings", ("key",), key=key, value=json.dumps(value, ensure_ascii=False))
