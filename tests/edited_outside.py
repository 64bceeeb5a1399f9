"""What a person with the sqlite3 shell does to a database behind the program's back: the tests of
the audit chain (db/integrity.py) make their edits with this, as such a person would."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def edit_with_sqlite3(database: str | Path, *statements: str) -> None:
    """Run `statements` on `database` (a folder holding chitieu.db, or the file) and commit."""
    path = Path(database)
    conn = sqlite3.connect(path / "chitieu.db" if path.is_dir() else path)
    try:
        conn.executescript(";\n".join(statements))
    finally:
        conn.close()
