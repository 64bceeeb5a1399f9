"""A file's change-log rows as the comparison of the history with kept backups reads them (db/backup_chain.py): the
columns compared, one row by id (the newest: None), whether two rows are the same, and rows as a finding quotes them.
A backup is a file from outside: its audit may be no table as the program makes one, its rows unreadable."""
from __future__ import annotations

import sqlite3

from db.chain_format import literal
from db.integrity import AUDIT_COLUMNS
from db.tamper_names import when


def columns(source: sqlite3.Connection) -> str:
    """The columns of the backup's audit rows compared (those of the program's it has: a version before
    the chain had no hash), "" when its audit is no table as the program makes one: a view, a virtual
    table, or one with a column computed at each read, which a file made to harm could make take hours
    (db/backup._COMPUTED)."""
    made = source.execute("SELECT type, sql FROM sqlite_master WHERE name = 'audit'").fetchone()
    if made is None or made[0] != "table" or "virtual" in str(made[1]).lower():
        return ""
    present = {}
    for column in source.execute("PRAGMA table_xinfo(audit)"):
        present[column[1]] = column[-1]  # hidden: 2, 3 for a computed column
    if any(hidden in (2, 3) for hidden in present.values()) or "id" not in present:
        return ""
    return ", ".join(c for c in (*AUDIT_COLUMNS, "hash") if c in present)


def row(conn: sqlite3.Connection, columns: str, row_id: int | None) -> dict | None:
    """The audit row of id `row_id` (the newest: None) by column, as the file holds it; None when there is none."""
    cursor = conn.execute(f"SELECT {columns} FROM audit ORDER BY id DESC LIMIT 1" if row_id is None
                          else f"SELECT {columns} FROM audit WHERE id = ?", () if row_id is None else (row_id,))
    found = cursor.fetchone()
    return None if found is None else dict(zip((d[0] for d in cursor.description), found))


def backup_row(source: sqlite3.Connection, columns: str, row_id: int) -> dict:
    """The backup's row `row_id`, which its own list of ids named: ValueError (not a database of ours)
    when it cannot be read back, as in a file whose last pages a power cut left as zeros (red-team r1 F1:
    an AttributeError there stopped every check of the history, and every automatic backup after it)."""
    found = row(source, columns, row_id)
    if found is None:
        raise ValueError(f"audit row {row_id} listed but unreadable")
    return found


def same(now: dict | None, then: dict | None) -> bool:
    """Whether the database's row `now` is the backup's row `then` (`db.backup.continues`)."""
    return (now is not None and then is not None
            and all(now[k] == v for k, v in then.items() if not (k == "hash" and v is None)))


def rows_said(first: dict, last: dict) -> tuple[str, str]:
    """The rows from `first` to `last` as a finding names them: the first's id, time, user and action, the last's
    id and time."""
    at, at_last, action = said(first.get("at"), when), said(last.get("at"), when), said(first.get("action"))
    user = said(first.get("user"))
    more = last["id"] != first["id"]
    return (f"dòng số {first['id']} ({at}, {user or 'hệ thống'}, thao tác {action})"
            + (f" đến dòng số {last['id']} ({at_last})" if more else ""),
            f"row {first['id']} ({at}, {user or 'system'}, action {action})"
            + (f" to row {last['id']} ({at_last})" if more else ""))


def said(value, as_text=str) -> str:
    """A value of a backup's row a message quotes: a short text as it reads (`as_text`), anything else
    (binary data, a number, a text of megabytes: a file made to harm) as SQLite writes it, cut short."""
    if isinstance(value, str) and len(value) <= 64:
        return as_text(value)
    return "" if value is None else literal(value)
