"""Whether the database's history still holds what its newest automatic backup holds (red-team h4, F2).

The chain (db/integrity.py) cannot prove its own tail: an approval and the rows recording it cut off
the end with sqlite3, the period put back as the chain last recorded it, leave a shorter chain that
still follows. The newest automatic backup remembers how far the history went when it was taken: the
program never deletes nor changes an audit row, so every row the backup holds is still in the
database, the same. `found` compares the backup's newest row with the database's row of the same id
(`db.backup.continues`' test: one row of each file, the whole cost on a database of years); only when
they differ does it look for where the two histories part, by the rows' chain hashes (a row's hash is
the same in both files only when every row up to it is): a binary search over the backup's row ids, no
walk of either chain (7 to 10 ms on five years of data).

Not a finding:
- the database restored from an older backup through the program: the restore writes its own row,
  chained, into the data it puts back (desktop_app/backups._recorded), after the point where the
  histories part; one inserted with sqlite3 is not chained, and explains nothing;
- a backup taken by an older version, before an upgrade: its rows are the database's, a hash it
  lacks one the upgrade's migration filled in (as `continues` compares them);
- a backup of another database (the computer set up again, a database started anew): they share
  no row;
- no automatic backup, or one SQLite cannot read as ours (damaged, cut short, another kind of file):
  nothing to compare with. Its own check says so when someone restores it.

Like a break of the chain, the finding holds every period back until an administrator acknowledges
it (`integrity.verify`, its `also`), naming it by the backup and its newest row; and no automatic
backup is taken meanwhile (desktop_app/backups.auto_backup): a copy of the shortened history would
become the newest, and the next start would compare with it. Someone who can delete rows with
sqlite3 can delete the backups too; the backups' folder is what remembers, not a proof.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db.backup import open_read_only
from db.chain_format import literal
from db.integrity import AUDIT_COLUMNS, Tampering
from db.province_records import ProvinceRecords
from db.tamper_names import when
from desktop_app.core.words import Words

MARK = "backup"  # a finding's mark: (MARK, the backup's file name, its newest row's id and hash)


def found(conn: sqlite3.Connection, backup: Path, taken: str) -> list[Tampering]:
    """[the finding] when the database of `conn` does not hold every row of the automatic backup at
    `backup` (taken at `taken`, as the program writes a moment), unexplained (module note); else []."""
    if not backup.is_file():  # gone since listed; a pipe, which SQLite would wait on for ever
        return []
    try:
        source = open_read_only(backup)
    except sqlite3.Error:
        return []
    try:
        return _found(conn, source, backup.name, taken)
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):  # not a database of ours
        return []
    finally:
        source.close()


def _found(conn: sqlite3.Connection, source: sqlite3.Connection, name: str, taken: str) -> list[Tampering]:
    columns = _columns(source)
    if not columns:
        return []
    last = _row(source, columns, None)
    if last is None or not isinstance(last["id"], int) or last["id"] < 1:  # none; a page of zeros (row 0)
        return []
    if _same(_row(conn, columns, last["id"]), last):
        return []
    ids = [r[0] for r in source.execute("SELECT id FROM audit WHERE id >= 1 ORDER BY id")]
    low, high = -1, len(ids) - 1  # ids[low]: the last row both hold (-1: none); ids[high] differs
    while high - low > 1:
        middle = (low + high) // 2
        if _same(_row(conn, columns, ids[middle]), _backup_row(source, columns, ids[middle])):
            low = middle
        else:
            high = middle
    if low < 0 or _explained(conn, ids[low]):
        return []
    return [_finding(name, taken, _backup_row(source, columns, ids[high]), last)]


def _columns(source: sqlite3.Connection) -> str:
    """The columns of the backup's audit rows compared (those of the program's it has: a version before
    the chain had no hash), "" when its audit is no table as the program makes one: a view, a virtual
    table, or one with a column computed at each read, which a file made to harm could make take hours
    (db/backup._COMPUTED)."""
    made = source.execute("SELECT type, sql FROM sqlite_master WHERE name = 'audit'").fetchone()
    if made is None or made[0] != "table" or "virtual" in str(made[1]).lower():
        return ""
    present = {}
    for row in source.execute("PRAGMA table_xinfo(audit)"):
        present[row[1]] = row[-1]  # hidden: 2, 3 for a computed column
    if any(hidden in (2, 3) for hidden in present.values()) or "id" not in present:
        return ""
    return ", ".join(c for c in (*AUDIT_COLUMNS, "hash") if c in present)


def _row(conn: sqlite3.Connection, columns: str, row_id: int | None) -> dict | None:
    """The audit row of id `row_id` (the newest: None) by column, as the file holds it; None when there is none."""
    cursor = conn.execute(f"SELECT {columns} FROM audit ORDER BY id DESC LIMIT 1" if row_id is None
                          else f"SELECT {columns} FROM audit WHERE id = ?", () if row_id is None else (row_id,))
    row = cursor.fetchone()
    return None if row is None else dict(zip((d[0] for d in cursor.description), row))


def _backup_row(source: sqlite3.Connection, columns: str, row_id: int) -> dict:
    """The backup's row `row_id`, which its own list of ids named: ValueError (not a database of ours)
    when it cannot be read back, as in a file whose last pages a power cut left as zeros (red-team r1 F1:
    an AttributeError there stopped every check of the history, and every automatic backup after it)."""
    row = _row(source, columns, row_id)
    if row is None:
        raise ValueError(f"audit row {row_id} listed but unreadable")
    return row


def _same(now: dict | None, then: dict) -> bool:
    """Whether the database's row `now` is the backup's row `then` (`db.backup.continues`)."""
    return now is not None and all(now[k] == v for k, v in then.items() if not (k == "hash" and v is None))


class _Rows(ProvinceRecords):
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn


def _explained(conn: sqlite3.Connection, shared: int) -> bool:
    """Whether the database records a restore, in a row the program chained, after row `shared`, the
    last its history shares with the backup's: the data put back by it part from the backup there."""
    return any(r.id > shared for r in _Rows(conn).chained_audit_rows("restore"))


def _finding(name: str, taken: str, first: dict, last: dict) -> Tampering:
    """The finding: the backup's rows from `first` to `last` that the database no longer holds as they were."""
    at, at_last, action = _said(first.get("at"), when), _said(last.get("at"), when), _said(first.get("action"))
    user = _said(first.get("user"))
    more = last["id"] != first["id"]
    rows = (f"dòng số {first['id']} ({at}, {user or 'hệ thống'}, thao tác {action})"
            + (f" đến dòng số {last['id']} ({at_last})" if more else ""))
    rows_en = (f"row {first['id']} ({at}, {user or 'system'}, action {action})"
               + (f" to row {last['id']} ({at_last})" if more else ""))
    words = Words(
        f"Bản sao lưu tự động {name} (lấy lúc {taken}) có các dòng nhật ký thay đổi từ {rows}, nhưng dữ liệu đang "
        "dùng không còn giữ nguyên các dòng đó (đã bị xóa hoặc khác đi): dữ liệu có thể đã bị sửa ngoài chương trình "
        "(ví dụ bằng sqlite3, cắt bỏ những việc đã làm như một lần duyệt hay xuất gửi tỉnh), hoặc tệp cơ sở dữ liệu "
        "đã bị chép đè bằng một bản cũ hơn không qua chức năng khôi phục. So sánh với bản sao lưu đó trước khi "
        "xác nhận; cho đến khi Quản trị viên xác nhận đã kiểm tra, chương trình không sao lưu tự động.",
        f"The automatic backup {name} (taken at {taken}) holds the change log's {rows_en}, but the data in use no "
        "longer hold those rows as they were (deleted or different): the data may have been changed outside the "
        "program (for example with sqlite3, cutting off work done such as an approval or an export for the "
        "province), or the database file copied over with an older one without the program's restore. Compare "
        "with that backup before acknowledging; until an administrator acknowledges the check, the program takes "
        "no automatic backup.")
    return Tampering(str(words), mark=(MARK, name, last["id"], _said(last.get("hash"))), en=words.en)


def _said(value, as_text=str) -> str:
    """A value of a backup's row a message quotes: a short text as it reads (`as_text`), anything else
    (binary data, a number, a text of megabytes: a file made to harm) as SQLite writes it, cut short."""
    if isinstance(value, str) and len(value) <= 64:
        return as_text(value)
    return "" if value is None else literal(value)
