"""The settings kept in the database, one JSON value per key: whether it is a commune's or the
province's, the commune's code, its signing key, the province key it trusts, a catalogue draft …

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from db.chain_format import literal
from desktop_app.core.errors import DatabaseDamaged

_UNREADABLE = object()  # a value the program never writes: no JSON text (binary data, 'abc', NULL put with sqlite3)


def _read(value):
    """A setting's value as the program wrote it (a JSON text), `_UNREADABLE` for anything else."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except (ValueError, RecursionError):  # not JSON; JSON nested deeper than Python reads
            pass
    return _UNREADABLE


def mode_on_disk(path: Path) -> str | None:
    """The "mode" setting of the database at `path`, read without opening it as a `Store`: "province",
    "" when it has none (a commune's database: only the province's says it), None when it cannot be
    read so (locked, damaged): the caller then opens the Store, which says why. `chitieu verify` asks
    only whether a key register is there, and opening a Store loads the whole database layer, a sixth
    of the command's time on a commune's laptop."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'mode'").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    if row is None:
        return ""
    value = _read(row[0])
    return value if isinstance(value, str) else None


class Settings:
    """The settings' part of `Store`: uses its connection and `_upsert` (a setting is a
    protected record, db/integrity.py)."""

    conn: sqlite3.Connection

    def get_setting(self, key: str, default=None):
        """The setting `key` (`default`: none). One changed outside the program into a value that is
        no JSON text is refused, named: what asks for one setting by its key (the mode, the signing
        key, the province key, the catalogue versions set aside) would otherwise take it as never set
        and act on that (make a new signing key over it, trust another province key)."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        value = _read(row[0])
        if value is _UNREADABLE:
            raise _unreadable(key, row[0])
        return value

    def has_setting(self, key: str) -> bool:
        """Whether the setting `key` is there, whatever it holds (one that does not read, too)."""
        return self.conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is not None

    def settings(self) -> dict:
        """Every setting that reads; one changed outside the program into a value that is no JSON
        text is left out, read as not set (its default: a name or title printed on the report, the
        period rules), so that the administrator can still see and acknowledge the change
        (`audit verify` names it) and set it again."""
        found = ((k, _read(v)) for k, v in self.conn.execute("SELECT key, value FROM settings"))
        return {k: v for k, v in found if v is not _UNREADABLE}

    def put_setting(self, key: str, value) -> None:
        self._upsert("settings", ("key",), key=key, value=json.dumps(value, ensure_ascii=False))


class Unreadable(DatabaseDamaged, ValueError):
    """A setting or a catalogue (db/catalogs.py) whose stored text does not read: a damaged database to
    the program's messages, and a value that does not read (ValueError, as JSON's own error) to what
    reads another database file (db/backup.py: a backup's setting or catalogue, not read)."""


def _unreadable(key: str, value) -> Unreadable:
    return Unreadable(
        f"Cài đặt {key} trong cơ sở dữ liệu không đọc được (đã bị sửa ngoài chương trình): nó giữ {literal(value)}, "
        "không phải giá trị chương trình ghi. Quản trị viên xem thay đổi bằng chitieu audit verify; hãy khôi phục "
        "bản sao lưu còn tốt gần nhất.", field="Cài đặt",
        en=f"The setting {key} in the database cannot be read (changed outside the program): it holds "
           f"{literal(value)}, not a value the program writes. The administrator sees the change with chitieu audit "
           "verify; restore the latest good backup.")
