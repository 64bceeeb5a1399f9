"""Columns a migration added to a protected table whose rows the audit chain held already
(db/integrity.PROTECTED, db/schema.py): the intake log's `arrived_on` (schema 15), and the report PDF
beside its file (`pdf_name`, `pdf_sha256`, `pdf_verdict`: schema 17; never NULL in a row written since).

A row written before such a migration holds NULL in the columns it added, and its state leaves
out those NULLs at its end (`stated`, what db/chain_format.digest hashes): the state the chain recorded of
it stays its state, so an upgraded database has nothing to take into the chain again (taken in as they are,
rows edited before would be the program's). A value put there with sqlite3 changes the state, and
so does one taken away from a row written since. A database of an earlier schema has no such column
(an older backup checked before a restore, one being upgraded): read as NULL (`absent`).
"""
from __future__ import annotations

import sqlite3

# table -> the columns added, last among its protected columns, in the table's order
ADDED_COLUMNS = {"intake_log": ("arrived_on", "pdf_name", "pdf_sha256", "pdf_verdict")}


def stated(table: str, values) -> list:
    """A record's values as its state covers them: the added columns NULL at the end left out (a row
    written at schema 15 or 16 holds its `arrived_on`, and NULL in the later ones)."""
    values = list(values)
    added = len(ADDED_COLUMNS.get(table, ()))
    while added and values[-1] is None:
        del values[-1]
        added -= 1
    return values


def absent(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    """The columns added to `table` that the file's table has not."""
    added = ADDED_COLUMNS.get(table, ())
    if not added:
        return ()
    have = {row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", (table,))}
    return tuple(c for c in added if c not in have)
