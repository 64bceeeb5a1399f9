"""Whether the database's history still holds what every kept backup of it holds (red-team h4 F2, r1 F2).

The chain (db/integrity.py) cannot prove its own tail: an approval and the rows recording it cut off
the end with sqlite3, the period put back as the chain last recorded it, leave a shorter chain that
still follows. The backups remember how far the history went when each was taken: the program never
deletes nor changes an audit row, so every row a backup of this database holds is still in it, the
same. `lost` compares each backup in the backup folder, automatic or taken by hand (a restore's
"truoc-khoi-phuc" copy, one saved there with Tệp › Sao lưu ra…), with the database: the backup's
newest row against the database's row of the same id (`db.backup.continues`' test: one row of each
file, about 0,25 ms a backup, the whole cost on a database of years). Only when they differ does it
look further, a few rows more (whether an acknowledgement named the rows lost, whether the two share
a first row, whether a restore came after where they part), and for a gap it names, where the two
histories part, by the rows' chain hashes (a row's hash is the same in both files only when every row
up to it is): a binary search over the backup's row ids, no walk of either chain. Comparing every
backup, not only the newest automatic one, is what keeps the rows found when the one compared with is
forged: a copy of the cut database put among the backups as the newest automatic one, the newest one
emptied or cut short (then no database of ours, skipped), or renamed to a name not automatic.

Not a finding:
- the database restored through the program (desktop_app/backups.restore): the restore writes its
  own row, chained, into the data it puts back (desktop_app/backups._recorded), which explains every
  backup that does not hold that row (each taken before the restore, or of the data it replaced,
  from the newest to the oldest, through any number of restores); a restore row inserted with sqlite3
  is not chained, and explains nothing. A restore explains only what it discarded itself: its row
  records the rows of kept backups the data it replaced had lost already, unexplained and not
  acknowledged (`lost_in`, read under the restore's hold), and explains none of those (red-team r33
  F1: the tail cut with sqlite3, then a copy of the cut database restored through the program, left
  every backup explained and the history "intact"). The finding stands through that restore and any
  after it (each records it again) until acknowledged, or until a restore brings the rows back (the
  data then hold them). Refusing such a restore instead would block the way back: restoring the
  backup that holds the rows, with nothing acknowledged yet. The question before the restore says
  so, naming that backup (`restore_line`). An honest office's restores record nothing, and read as
  before. Not closed: a restore over a database SQLite cannot read records nothing of it, nor one run
  while the backups holding the rows were moved out of the folder (as deleting them, below);
- a backup taken by an older version, before an upgrade: its rows are the database's, a hash it
  lacks one the upgrade's migration filled in (as `continues` compares them);
- a backup of another database (the computer set up again, a database started anew): they share
  no first row;
- a backup SQLite cannot read as ours (damaged, cut short, half written, another kind of file):
  nothing to compare with. Its own check says so when someone restores it;
- the clock set back: nothing compared depends on the time or on the names' order.

What every backup lost is said once (`found`): one finding naming the backup that holds the furthest
row lost and how many others hold rows lost, held back as a break of the chain is until an
administrator acknowledges it (`integrity.verify`, its `also`). Its mark names, for each backup, its
newest row lost (id and chain hash), the same whatever backups are added or rotated out: the
acknowledgement clears those rows at every later start, in any backup, and a backup holding a row lost
that none named (a new cut, later) makes a new finding. No automatic backup is taken while a finding
stands (desktop_app/backups.auto_backup): thirty of them would rotate out the automatic backups that
hold the rows lost.

Not closable from inside the data folder: someone who can delete rows with sqlite3 can delete the
backups that hold them too (the whole backup folder, or each one holding them); the backups' folder is
what remembers, not a proof. A copy kept outside (Tệp › Sao lưu ra…) is compared only once put back in
the backup folder.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from db.backup import open_read_only
from db.chain_format import ACK_ACTION, cleared, literal
from db.integrity import AUDIT_COLUMNS, Tampering, row_hash
from db.province_records import ProvinceRecords
from db.tamper_names import when
from desktop_app.core import restore_record
from desktop_app.core.words import Words

MARK = "backup"  # a finding's mark: (MARK, then for each backup its newest row lost: the row's id, its hash)


@dataclass(frozen=True)
class Lost:
    """A kept backup holding rows the database no longer holds as they were: its file name, when it was taken
    (as the program writes a moment), whether automatic, and the first and last of those rows, as it holds them."""

    name: str
    taken: str
    automatic: bool
    first: dict
    last: dict

    @property
    def row(self) -> tuple[int, str]:
        """The newest row lost, as a mark names it (`_named`)."""
        return _named(self.last)


def found(conn: sqlite3.Connection, backups: Iterable[tuple[Path, str, bool]]) -> list[Tampering]:
    """[the one finding] when the database of `conn` no longer holds rows that kept backups of it hold (`lost`);
    else []."""
    gaps = lost(conn, backups)
    return [_finding(gaps)] if gaps else []


def lost(conn: sqlite3.Connection, backups: Iterable[tuple[Path, str, bool]]) -> list[Lost]:
    """The `backups` (each its file, when it was taken, whether automatic: `BackupFile.compared`) holding rows
    the database of `conn` no longer holds as they were, neither explained nor acknowledged (module note),
    the one holding the furthest row first."""
    history = _History(conn)
    gaps = [gap for path, taken, automatic in backups if (gap := _compared(history, path, taken, automatic))]
    return sorted(gaps, key=lambda gap: -gap.last["id"])


def lost_in(database: Path, backups: Iterable[tuple[Path, str, bool]]) -> list[tuple[int, str]]:
    """Each of the `backups`' newest row (`Lost.row`) the database file `database` has lost, unexplained and not
    acknowledged (`lost`): what a restore replacing it records (module note)."""
    return [gap.row for gap in _lost_in(database, backups)]


def restore_line(database: Path, chosen: Path, backups: Iterable[tuple[Path, str, bool]]) -> Words | None:
    """What the warning before a restore of the backup `chosen` over the database file `database` says of the rows
    of kept `backups` that database has lost (`lost_in`): restored, they stay a finding, unless `chosen` holds
    them (the way back, which the line names); None when there are none, or `chosen` holds them all."""
    gaps = _lost_in(database, backups)
    if gaps:
        try:
            source = open_read_only(chosen)
            try:
                gaps = [g for g in gaps if not _same(_row(source, ", ".join(g.last), g.last["id"]), g.last)]
            finally:
                source.close()
        except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):  # not ours: it holds none of them
            pass
    if not gaps:
        return None
    return Words(
        f"Dữ liệu đang dùng không còn giữ nguyên các dòng nhật ký thay đổi mà bản sao lưu {gaps[0].name} có (lệnh "
        "chitieu audit verify nói rõ) và Quản trị viên chưa xác nhận đã kiểm tra. Bản sao lưu chọn không có các dòng "
        "đó: sau khi khôi phục, phát hiện này vẫn còn, và chương trình vẫn không sao lưu tự động cho đến khi Quản trị "
        f"viên xác nhận đã kiểm tra. Khôi phục bản sao lưu {gaps[0].name} sẽ lấy lại các dòng đó.",
        f"The data in use no longer hold, as they were, change log rows that the backup {gaps[0].name} holds (the "
        "command chitieu audit verify says which), and no administrator has acknowledged checking it. The backup "
        "chosen does not hold those rows: after the restore this finding stays, and the program still takes no "
        f"automatic backup until an administrator acknowledges the check. Restoring the backup {gaps[0].name} brings "
        "those rows back.")


def _lost_in(database: Path, backups: Iterable[tuple[Path, str, bool]]) -> list[Lost]:
    """`lost` of the database file `database`; [] when SQLite cannot read it (a damaged database: a restore
    records nothing of it, as it carries nothing from it)."""
    try:
        conn = open_read_only(database)
    except sqlite3.Error:
        return []
    try:
        return lost(conn, backups)
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):
        return []
    finally:
        conn.close()


def _compared(history: _History, backup: Path, taken: str, automatic: bool) -> Lost | None:
    if not backup.is_file():  # gone since listed; a pipe, which SQLite would wait on for ever
        return None
    try:
        source = open_read_only(backup)
    except sqlite3.Error:
        return None
    try:
        rows = _parted(history, source)
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):  # not a database of ours
        return None
    finally:
        source.close()
    return None if rows is None else Lost(backup.name, taken, automatic, *rows)


def _parted(history: _History, source: sqlite3.Connection) -> tuple[dict, dict] | None:
    """The first and the last of the rows of the backup `source` the database lacks, None when it lacks none
    or may lack them (module note)."""
    conn, columns = history.conn, _columns(source)
    if not columns:
        return None
    last = _row(source, columns, None)
    if last is None or not isinstance(last["id"], int) or last["id"] < 1:  # none; a page of zeros (row 0)
        return None
    if _same(_row(conn, columns, last["id"]), last):
        return None
    if _named(last) in history.acknowledged():
        return None
    start = source.execute("SELECT id FROM audit WHERE id >= 1 ORDER BY id LIMIT 1").fetchone()[0]
    if not _same(_row(conn, columns, start), _backup_row(source, columns, start)):
        return None  # another database's: no row in common
    # a restore the program recorded after the point where they part: the backup does not hold its row, and the
    # data it replaced had not lost this backup's rows already (module note)
    if any(r >= start and _named(last) not in before and not _same(_row(conn, columns, r), _row(source, columns, r))
           for r, before in history.restores()):
        return None
    ids = [r[0] for r in source.execute("SELECT id FROM audit WHERE id >= 1 ORDER BY id")]
    low, high = 0, len(ids) - 1  # ids[low]: a row both hold; ids[high] differs
    while high - low > 1:
        middle = (low + high) // 2
        if _same(_row(conn, columns, ids[middle]), _backup_row(source, columns, ids[middle])):
            low = middle
        else:
            high = middle
    return _backup_row(source, columns, ids[high]), last


def _named(row: dict) -> tuple[int, str]:
    """A backup's row as a mark names it: its id and chain hash (a row of a version before the chain: the
    hash its values would have at the chain's start, which tells one row from another as well)."""
    return row["id"], _said(row.get("hash")) or row_hash("", tuple(row.values()))


class _History(ProvinceRecords):
    """The database's side of the comparisons, what the history chained read once for every backup: the
    restores, each with the rows lost it recorded the data it replaced had lost (`_parted`, `lost_in`), and the
    rows lost that acknowledgements named (their marks, `Lost.row`)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._restores: list[tuple[int, frozenset]] | None = None
        self._acknowledged: set[tuple] | None = None

    def restores(self) -> list[tuple[int, frozenset]]:
        if self._restores is None:
            self._restores = [(r.id, frozenset(record.lost if (record := restore_record.read(r.old)) else ()))
                              for r in self.chained_audit_rows("restore")]
        return self._restores

    def acknowledged(self) -> set[tuple]:
        if self._acknowledged is None:
            self._acknowledged = set()
            for row in self.chained_audit_rows(ACK_ACTION):
                try:
                    marks = cleared(row.old) or set()
                except (ValueError, TypeError):  # not the program's: integrity.verify names it a break
                    continue
                for mark in marks:
                    if mark[:1] == (MARK,):
                        self._acknowledged |= set(_rows_named(mark))
        return self._acknowledged


def _rows_named(mark: tuple) -> list[tuple]:
    """The rows lost a finding's mark names (`Lost.row`); one of 7138e5b named the newest automatic backup
    compared, by file name, then its newest row's id and hash."""
    if len(mark) == 4 and isinstance(mark[1], str):
        return [tuple(mark[2:])]
    return [tuple(mark[i:i + 2]) for i in range(1, len(mark) - 1, 2)]


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


def _same(now: dict | None, then: dict | None) -> bool:
    """Whether the database's row `now` is the backup's row `then` (`db.backup.continues`)."""
    return (now is not None and then is not None
            and all(now[k] == v for k, v in then.items() if not (k == "hash" and v is None)))


def _finding(gaps: list[Lost]) -> Tampering:
    """The finding: the rows that the backup holding the furthest, `gaps[0]`, holds from its first to its last
    lost, and how many other backups hold rows lost; marked by every backup's newest row lost."""
    gap = gaps[0]
    first, last = gap.first, gap.last
    at, at_last, action = _said(first.get("at"), when), _said(last.get("at"), when), _said(first.get("action"))
    user = _said(first.get("user"))
    more = last["id"] != first["id"]
    rows = (f"dòng số {first['id']} ({at}, {user or 'hệ thống'}, thao tác {action})"
            + (f" đến dòng số {last['id']} ({at_last})" if more else ""))
    rows_en = (f"row {first['id']} ({at}, {user or 'system'}, action {action})"
               + (f" to row {last['id']} ({at_last})" if more else ""))
    kind, kind_en = ("Bản sao lưu tự động", "The automatic backup") if gap.automatic else ("Bản sao lưu", "The backup")
    others = len(gaps) - 1
    words = Words(
        f"{kind} {gap.name} (lấy lúc {gap.taken}) có các dòng nhật ký thay đổi từ {rows}, nhưng dữ liệu đang "
        "dùng không còn giữ nguyên các dòng đó (đã bị xóa hoặc khác đi)"
        + (f"; {others} bản sao lưu khác cũng có dòng nhật ký mà dữ liệu đang dùng không còn giữ nguyên" if others
           else "")
        + ": dữ liệu có thể đã bị sửa ngoài chương trình (ví dụ bằng sqlite3, cắt bỏ những việc đã làm như một lần "
        "duyệt hay xuất gửi tỉnh), hoặc tệp cơ sở dữ liệu đã bị chép đè bằng một bản cũ hơn không qua chức năng khôi "
        "phục. So sánh với bản sao lưu đó trước khi xác nhận; cho đến khi Quản trị viên xác nhận đã kiểm tra, chương "
        "trình không sao lưu tự động.",
        f"{kind_en} {gap.name} (taken at {gap.taken}) holds the change log's {rows_en}, but the data in use no "
        "longer hold those rows as they were (deleted or different)"
        + (f"; {others} other backup{'s' if others > 1 else ''} also hold{'' if others > 1 else 's'} change log rows "
           "the data in use no longer hold as they were" if others else "")
        + ": the data may have been changed outside the program (for example with sqlite3, cutting off work done "
        "such as an approval or an export for the province), or the database file copied over with an older one "
        "without the program's restore. Compare with that backup before acknowledging; until an administrator "
        "acknowledges the check, the program takes no automatic backup.")
    named = sorted({g.row for g in gaps}, key=repr)
    return Tampering(str(words), mark=(MARK, *(part for row in named for part in row)), en=words.en)


def _said(value, as_text=str) -> str:
    """A value of a backup's row a message quotes: a short text as it reads (`as_text`), anything else
    (binary data, a number, a text of megabytes: a file made to harm) as SQLite writes it, cut short."""
    if isinstance(value, str) and len(value) <= 64:
        return as_text(value)
    return "" if value is None else literal(value)
