"""A database file's tables and indexes, compared with the ones the program's own migrations make.

SQLite runs what a table's definition says at every write into it: a CHECK constraint, a DEFAULT
expression, a REFERENCES clause with its ON DELETE action; a declared type or a COLLATE changes the
values stored and what comparing them finds. A backup restored from a USB stick brings its own: a
table `entries` rewritten with sqlite3 to CHECK (length(hex(zeroblob(100000000)))) took 0,43 s and
565 MB for each figure saved afterwards, an `audit` column given DEFAULT (hex(randomblob(50000000)))
2 s and 100 MB of file for each, a CHECK (0) refused every save with an IntegrityError.

So a file's tables and indexes must be exactly the ones `db.schema.MIGRATIONS` make up to the schema
number it states (`PRAGMA user_version`), compared by their SQL read as tokens: a name quoted
"x" (sqlite-utils 4) or [x] (sqlite-utils 3, which wrote the backups of earlier installs) is the same
name; a keyword, a type, a clause, a name or a table more or less is a difference. Found from the
schema alone, nothing of the rows read. Triggers and views are `db.foreign_schema`'s.
"""
from __future__ import annotations

import re
import sqlite3

from desktop_app.core.words import Words

_TOKEN = re.compile(r"""\s+|"((?:[^"]|"")*)"|\[([^\]]*)\]|`((?:[^`]|``)*)`|('(?:[^']|'')*')|(\w+)|(.)""", re.DOTALL)


def _tokens(sql: str) -> tuple:
    """The SQL as tokens: ("name", n) for a quoted name whatever its quotes, a word or sign for the rest."""
    found = []
    for m in _TOKEN.finditer(sql):
        double, bracket, back, text, word, sign = m.groups()
        if double is not None:
            found.append(("name", double.replace('""', '"')))
        elif bracket is not None:
            found.append(("name", bracket))
        elif back is not None:
            found.append(("name", back.replace("``", "`")))
        elif text or word or sign:
            found.append(text or word or sign)
    return tuple(found)


def _structure(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(type, name) -> (table it belongs to, its SQL) of every table and index but the ones SQLite makes for
    a table's PRIMARY KEY or UNIQUE (no SQL of their own: the table's says them)."""
    return {(kind, name): (table, sql) for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index')"
        " AND NOT (sql IS NULL AND name LIKE 'sqlite!_autoindex!_%' ESCAPE '!')")}


def _same(have: tuple[str, str | None], want: tuple[str, str | None]) -> bool:
    """Whether a file's table or index is the program's: same table, same SQL as tokens. A SQL much longer than
    the program's is not read (a name quoted [ and never closed, 1 MB of them, would be sought to the end from each)."""
    (table, sql), (their_table, theirs) = have, want
    if table != their_table or (sql is None) != (theirs is None):
        return False
    return sql is None or (len(sql) <= 2 * len(theirs) and _tokens(sql) == _tokens(theirs))


def programs(version: int) -> dict[tuple[str, str], tuple]:
    """`_structure` of a new database the migrations bring to schema `version`."""
    import sqlite_utils  # only for a backup checked: the window's start does not pay for it

    from db.schema import MIGRATIONS

    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        for migration in MIGRATIONS[:version]:
            migration(db)
        return _structure(conn)
    finally:
        conn.close()


_KINDS = {"table": ("bảng", "the table", "table"), "index": ("chỉ mục", "the index", "index")}


def differences(conn: sqlite3.Connection, version: int) -> list[Words]:
    """What in the file's tables and indexes is not the program's own at schema `version`, one phrase each."""
    from desktop_app.core.quoting import quoted

    have, want = _structure(conn), programs(version)
    found = []
    for key in sorted(have.keys() | want.keys(), key=lambda k: (k[0] != "table", k[1])):
        if key in have and key in want and _same(have[key], want[key]):
            continue
        kind, name = key
        vi, en, bare = _KINDS[kind]
        name = quoted(name)
        if key not in want:
            found.append(Words(f'có {vi} "{name}" chương trình không tạo', f'holds {bare} "{name}" the program never makes'))
        elif key not in have:
            found.append(Words(f'thiếu {vi} "{name}" của chương trình', f'lacks the program\'s {bare} "{name}"'))
        else:
            found.append(Words(f'có {vi} "{name}" khác cấu trúc của chương trình',
                               f'holds {en} "{name}" unlike the program\'s own'))
    return found
