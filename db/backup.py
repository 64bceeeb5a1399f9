"""Copying and checking database files with SQLite's own tools.

A live database is never copied as a file: the online backup API copies a
consistent snapshot even while the app is writing, and the WAL is included.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from db import backup_structure, foreign_schema, integrity
from db.catalogs import Catalogs
from db.province_records import ProvinceRecords
from db.rows import AuditRow, HistoryRow, ReceivedRow
from db.schema import SCHEMA_VERSION
from db.settings import Settings
from desktop_app.core.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    NewerDatabase,
    sqlite_error_texts,
)
from desktop_app.core.words import Words

T = TypeVar("T")


def backup_to(conn: sqlite3.Connection, target: str | Path) -> Path:
    """Write a consistent copy of `conn`'s database to `target` (via a temporary name)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:  # a full disk, a USB stick pulled out: no half-written copy stays
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            if leftover.exists():
                leftover.unlink()
        raise
    return target


def backup_file(source: str | Path, target: str | Path) -> Path:
    """Back up a database file that may be open elsewhere."""
    conn = open_read_only(source)
    try:
        return backup_to(conn, target)
    finally:
        conn.close()


# A kept backup is written under a temporary name and renamed once whole (`backup_to`), so a lock on one is never
# the program's own, to be waited out: another program holds it (a DB browser, a sqlite3 session), for as long as it
# likes. SQLite's default five seconds cost five seconds a locked backup at every check of the history against the
# backups (the window's start, on the UI thread; chitieu audit verify; a restore) and changed nothing said.
BACKUP_BUSY_SECONDS = 0.25


def open_read_only(path: str | Path, *, busy_seconds: float = 5.0) -> sqlite3.Connection:
    """A connection that only reads the database file at `path`, waiting up to `busy_seconds` for a lock another
    connection holds (SQLite's default wait; a kept backup: `open_backup`). Its URI is percent-encoded: a
    folder may be named "Báo cáo #2" or "100%", which a URI would otherwise cut or decode."""
    posix = Path(path).as_posix()
    # A network path //server/share keeps an empty authority before it (file:////server/share).
    return sqlite3.connect(f"file:{'//' * posix.startswith('//')}{quote(posix, safe='/:')}?mode=ro", uri=True,
                           timeout=busy_seconds)


def open_backup(path: str | Path) -> sqlite3.Connection:
    """`open_read_only` for a backup file, which waits only BACKUP_BUSY_SECONDS for a lock (see there)."""
    return open_read_only(path, busy_seconds=BACKUP_BUSY_SECONDS)


def restore_into(source: str | Path, target: str | Path,
                 keep: Callable[[sqlite3.Connection | None], T] | None = None,
                 then: Callable[[T | None], None] | None = None) -> T | None:
    """Replace the database at `target` with a copy of `source`; `keep(conn)` first saves what it
    holds (the restore's "truoc-khoi-phuc" copy), and what it returns is returned. `then(kept)`, the
    database still held, writes into `source` (a private copy) what the restore records from what
    `keep` saved (the number and date carried, the restore's own row): it enters the database with the
    rest of the copy, in the same transaction. Written after the database was let go, a window or
    command acting on the restored data in between (exporting the period under another number) won,
    and the restore found its work done there and carried nothing, without a word.

    The database is held for the whole restore (`hold`): refused (DatabaseBusy) while another window
    or command has it open, then taken by one connection for itself until the end. `keep` copies it
    through that connection, and SQLite's backup writes the copy of `source` into it through the same
    connection, in one transaction of the same file: a failure or a power cut halfway leaves the old
    data (its journal undoes the rest). A window or command that opens the database meanwhile waits
    for it (Store's BUSY_SECONDS) and then works in the restored data, or is told the database is busy:
    its work lands before the restore (in what `keep` saved), after it, or nowhere with a message, never
    in a file the restore drops. The file is not renamed: on Windows a file another process has open
    cannot be replaced, and elsewhere a process left on the replaced file would write into it unseen.

    A file SQLite cannot read (damaged, not a database) or none: nothing can be working in it, so the
    copy is made beside it and renamed over it (`keep(None)` first); on Windows the rename is refused
    while a program has the file open, and nothing is replaced. Stale WAL files are removed before,
    or SQLite would replay them onto the restored pages.
    """
    target = Path(target)
    conn = hold(target)
    try:
        kept = keep(conn) if keep is not None else None
        if then is not None:
            then(kept)
        tmp = backup_file(source, target.with_name(target.name + ".restore"))
        try:
            for suffix in ("-wal", "-shm"):
                stale = target.with_name(target.name + suffix)
                if stale.exists():
                    stale.unlink()
            if conn is None:
                os.replace(tmp, target)
            else:
                copy = sqlite3.connect(tmp)
                try:
                    copy.backup(conn)
                finally:
                    copy.close()
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        if conn is not None:
            conn.close()  # the database is let go only now
    return kept


def hold(path: Path) -> sqlite3.Connection | None:
    """A connection that has the database at `path` to itself until it is closed (SQLite's exclusive
    lock, kept by `locking_mode = EXCLUSIVE`): no other connection can read or write it meanwhile,
    they wait. Raise DatabaseBusy when another connection (another window, a command, a worker) has
    it open: SQLite lets a database leave WAL mode only on its one connection, on every system, and
    the database is taken out of WAL mode first (its log is written into the file, and a lock in
    another mode does not keep readers out). None when there is no file or SQLite cannot read it:
    no one's to wait for."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")  # taken, and kept after the (empty) transaction ends
        conn.execute("COMMIT")
        # someone who opened it between the two (a few microseconds) and put it back in WAL mode: busy
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
            raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as err:
        conn.close()
        if "locked" not in str(err) and "busy" not in str(err):
            return None
        raise DatabaseBusy(
            "Cơ sở dữ liệu đang được mở ở một cửa sổ hoặc lệnh khác của chương trình: đóng chúng rồi khôi phục "
            "lại. Chưa có gì bị thay.", field="Cơ sở dữ liệu",
            en="The database is open in another window or command of the program: close them, then restore "
               "again. Nothing was replaced.") from None
    except sqlite3.DatabaseError:
        conn.close()
        return None
    except BaseException:
        conn.close()
        raise
    return conn


def check(path: str | Path, *, full: bool = False) -> None:
    """Raise DatabaseDamaged unless `path` opens, passes SQLite's check and is ours, its schema number
    as its history last recorded it."""
    path = Path(path)
    if not path.exists():
        raise DatabaseDamaged(f"Không có tệp {path.name}.", en=f"There is no file {path.name}.")
    try:
        conn = open_read_only(path)
        try:
            if full:  # before SQLite's check, which would compute them row by row
                _refuse_computed(conn, path.name)
                # a file of ours whose tables are not the program's own (db/backup_structure.py); a newer
                # version's or another program's is refused as such, after the check as before
                refusal = _not_ours(conn, path.name)
                if not refusal and (unlike := _unlike_programs(conn, path.name)):
                    raise unlike
            pragma = "integrity_check" if full else "quick_check"
            result = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            if result != ["ok"]:
                raise DatabaseDamaged(f"Tệp {path.name} bị hỏng: " + "; ".join(result[:3]),
                                      en=f"The file {path.name} is damaged: " + "; ".join(result[:3]))
            if not full:
                refusal = _not_ours(conn, path.name)
            if refusal:
                raise refusal
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        why, why_en = sqlite_error_texts(err)  # the officer's words, not SQLite's ("file is not a database")
        raise DatabaseDamaged(f"Tệp {path.name} không đọc được ({why}).",
                              en=f"The file {path.name} cannot be read ({why_en}).") from err


def _not_ours(conn: sqlite3.Connection, name: str) -> NewerDatabase | DatabaseDamaged | None:
    """The refusal of a file of a newer version, of another program, or whose schema number was set back; None
    when it is ours at a schema number this version reads. From the schema and the history alone."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version > SCHEMA_VERSION:
        return NewerDatabase(f"Tệp {name} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {version}, "
                             f"phần mềm này đọc được đến {SCHEMA_VERSION}). Hãy cập nhật phần mềm; tệp không "
                             "bị hỏng và không bị thay.", field="Cơ sở dữ liệu",
                             en=f"The file {name} was made by a newer version of the program (schema {version}; "
                                f"this one reads up to {SCHEMA_VERSION}). Update the program; the file is not "
                                "damaged and was not replaced.")
    if version <= 0 or not {"entries", "catalogs", "audit"} <= tables:  # below 0: no version writes one
        return DatabaseDamaged(f"Tệp {name} không phải cơ sở dữ liệu Chỉ tiêu xã.",
                               en=f"The file {name} is not a database of this program (Chỉ tiêu xã).")
    # a schema number set back outside the program (db/integrity.schema_lowered): damage, a restore its cure
    return integrity.schema_lowered(conn, version, f"Tệp {name}", f"The file {name}")


def _unlike_programs(conn: sqlite3.Connection, name: str) -> DatabaseDamaged | None:
    """The refusal of a file whose tables or indexes are not the program's own at its schema number
    (db/backup_structure.py); None when they are."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    found = backup_structure.differences(conn, version)
    if not found:
        return None
    what = Words.joined(found[:3], ", ")
    more, more_en = (" và những chỗ khác", " and more") if len(found) > 3 else ("", "")
    return DatabaseDamaged(
        f"Tệp {name} {what}{more} (lược đồ {version}): tệp đã bị sửa ngoài chương trình (ví dụ bằng sqlite3). "
        "Nếu khôi phục tệp này, mỗi lần lưu về sau có thể chậm hàng giây, không lưu được hoặc làm đổi số liệu; "
        "chưa có gì bị thay.",
        en=f"The file {name} {what.en}{more_en} (schema {version}): it was changed outside the program (for example "
           "with sqlite3). Restored, every later save could take seconds, fail or change the figures; nothing was "
           "replaced.")


# What the program never makes and SQLite computes while it reads or checks a file: an index on an
# expression or with a WHERE (`PRAGMA integrity_check` works it out for every row: an index on
# length(hex(zeroblob(50000000 + a))) in a 3 MB backup of 150.000 rows took 0,2 s a row, eight hours
# for the check, and 2,4 GB for one row of 490 MB), a generated column (computed at each read of its
# row), a virtual table (another module's code on the file's bytes). Found from the schema alone,
# nothing of the rows read.
_COMPUTED = (
    "SELECT 'index', i.name FROM sqlite_master AS t, pragma_index_list(t.name) AS i"
    " WHERE t.type = 'table' AND i.partial"
    " UNION SELECT 'index', x.name FROM sqlite_master AS x, pragma_index_xinfo(x.name) AS c"
    " WHERE x.type = 'index' AND c.cid = -2"
    " UNION SELECT 'column', t.name || '.' || c.name FROM sqlite_master AS t, pragma_table_xinfo(t.name) AS c"
    " WHERE t.type = 'table' AND c.hidden IN (2, 3)"
    # (no pages of its own, or its SQL names it so; PRAGMA table_list is from SQLite 3.37 only)
    " UNION SELECT 'table', name FROM sqlite_master WHERE type = 'table'"
    " AND (rootpage = 0 OR sql LIKE 'create%virtual%table%')"
    " ORDER BY 1, 2 LIMIT 4")
_COMPUTED_NAMES = {"index": ("chỉ mục tính bằng biểu thức", "an index computed from an expression"),
                   "column": ("cột tính bằng biểu thức", "a column computed from an expression"),
                   "table": ("bảng ảo (virtual table)", "a virtual table")}


def _refuse_computed(conn: sqlite3.Connection, name: str) -> None:
    """DatabaseDamaged naming the file when it holds something of `_COMPUTED`."""
    found = conn.execute(_COMPUTED).fetchall()
    if not found:
        return
    from desktop_app.core.quoting import quoted

    what = ", ".join(f'{_COMPUTED_NAMES[kind][0]} "{quoted(str(n))}"' for kind, n in found[:3])
    what_en = ", ".join(f'{_COMPUTED_NAMES[kind][1]} "{quoted(str(n))}"' for kind, n in found[:3])
    more, more_en = (" và những thứ khác", " and more") if len(found) > 3 else ("", "")
    raise DatabaseDamaged(
        f"Tệp {name} có {what}{more} do người ngoài chương trình thêm vào (chương trình không tạo những thứ "
        "này): kiểm tra hay đọc tệp, SQLite sẽ tính chúng lại cho từng dòng hoặc chạy mã khác trên dữ liệu của tệp, "
        "có thể mất hàng giờ.",
        en=f"The file {name} holds {what_en}{more_en} added outside the program (the program makes none): "
           "checking or reading the file, SQLite would compute them again for every row or run other code on the "
           "file's data, which can take hours.")


def _reading(path: str | Path, read, errors: tuple = (sqlite3.DatabaseError,)):
    """`read(conn)` on a database file opened read-only (nothing written, not even a WAL), or
    None when the file cannot be read so. A value nested deeper than Python's JSON reader goes
    (RecursionError: a setting of 100.000 "[") is a value the program cannot read either."""
    try:
        conn = open_read_only(path)
        try:
            return read(conn)
        finally:
            conn.close()
    except (*errors, RecursionError):
        return None


def foreign_objects(path: str | Path) -> list[tuple[str, str, str]] | None:
    """The triggers and views of a database file, none of them the program's (`db.foreign_schema`)."""
    return _reading(path, foreign_schema.found)


def accounts(path: str | Path) -> list[tuple[str, str, str, int]] | None:
    """(username, role, password hash, active) of every account of a database file."""
    return _reading(path, lambda conn: list(conn.execute(
        "SELECT username, role, password_hash, active FROM users ORDER BY username")))


def account_names(path: str | Path) -> dict[str, str] | None:
    """username -> full name of every account of a database file."""
    return _reading(path, lambda conn: dict(conn.execute("SELECT username, full_name FROM users")))


def period_states(path: str | Path) -> dict[tuple[str, str], tuple[str, int | None]] | None:
    """(commune, period) -> (state, approval id) of a database file."""
    return _reading(path, lambda conn: {(c, p): (s, a) for c, p, s, a in conn.execute(
        "SELECT commune, period, state, approval_id FROM period_states")})


def unit(path: str | Path) -> tuple[str | None, str | None] | None:
    """(mode, commune code) as the settings of a database file record them: "province", "commune"
    or None (not chosen yet), and the commune's code or None; None when the file cannot be read."""
    def read(conn):
        values = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('mode', 'commune_code')"))
        return tuple(json.loads(values[k]) if values.get(k) else None for k in ("mode", "commune_code"))

    return _reading(path, read, (sqlite3.DatabaseError, ValueError))


def continues(current: str | Path, source: str | Path) -> bool | None:
    """Whether the database `current` carries on the history of the file `source` (a backup of it,
    or of a database it was restored from): the newest row of `source`'s history is in `current`,
    the same row (time, user, action, what it changed and its chain hash; a hash `source` lacks is
    one a later version's migration filled in). Then both files' rows are the same rows up to it,
    and what `current` has after it was done after `source` was taken; otherwise their row ids
    name unrelated rows. None when a file cannot be read."""
    def newest(conn, row_id=None):
        cursor = conn.execute("SELECT * FROM audit ORDER BY id DESC LIMIT 1" if row_id is None
                              else "SELECT * FROM audit WHERE id = ?", () if row_id is None else (row_id,))
        row = cursor.fetchone()
        return {} if row is None else dict(zip((d[0] for d in cursor.description), row))

    then = _reading(source, newest)
    if then is None:
        return None
    if not then:
        return True  # nothing recorded in the backup: all of `current` came after it
    now = _reading(current, lambda conn: newest(conn, then["id"]))
    if now is None:
        return None
    return bool(now) and all(now[k] == v for k, v in then.items()
                             if k in now and not (k == "hash" and v is None))


class _Records(Settings, Catalogs, ProvinceRecords):
    """`Store`'s own reading methods on a connection opened read-only (`open_read_only`): a backup file,
    or a database Store will not open (a schema number set back), read as Store reads them, never written."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn


def setting_in(path: str | Path, key: str):
    """The setting `key` of a database file (`Store.get_setting`); None when unset or the file cannot be read."""
    return _reading(path, lambda conn: _Records(conn).get_setting(key), (sqlite3.DatabaseError, ValueError))


def unit_keys(path: str | Path) -> list | None:
    """The province's register of the units' signing keys in a database file (`Store.unit_keys`);
    None when it cannot be read (a commune's file has an empty register)."""
    return _reading(path, lambda conn: _Records(conn).unit_keys())


def received_versions(path: str | Path) -> list[ReceivedRow] | None:
    """Every version of the units' reports the province stored in a database file, kept or not
    (`Store.received`), without their documents."""
    return _reading(path, lambda conn: _Records(conn).received(current_only=False))


def catalog_in_force(path: str | Path, aside=()) -> dict | None:
    """The catalogue document in force in a database file (`Store.current_catalog`: the newest
    version not set aside, nor one of `aside`); None when it has none or cannot be read."""
    return _reading(path, lambda conn: _Records(conn).current_catalog(aside), (sqlite3.DatabaseError, ValueError))


def catalog_versions(path: str | Path) -> list[str] | None:
    """Every catalogue version a database file stores, set aside or not, oldest first (`Store.catalog_versions`)."""
    return _reading(path, lambda conn: _Records(conn).catalog_versions())


def setting(path: str | Path, key: str) -> tuple[bool, object]:
    """(read, value) of one setting of a database file (`Store.get_setting`; None when it is not set
    or was cleared); read False when the file cannot be read."""
    found = _reading(path, lambda conn: (_Records(conn).get_setting(key),), (sqlite3.DatabaseError, ValueError))
    return (False, None) if found is None else (True, found[0])


def tampering(path: str | Path) -> list[str] | None:
    """What the audit chain of a database file shows changed outside the program (`integrity.verify`)."""
    return _reading(path, lambda conn: [t.message for t in integrity.verify(conn)],
                    (sqlite3.DatabaseError, ValueError, KeyError, TypeError))


# What a restore puts back, table by table: the columns naming a row, and its figures (the
# protected records of db/integrity.py that are figures).
FIGURE_TABLES = {t: integrity.PROTECTED[t] for t in ("entries", "baselines", "own_targets", "narratives")}


def figures(path: str | Path, table: str) -> dict[tuple, tuple] | None:
    """The rows of one of FIGURE_TABLES in a database file, (its key) -> (its figures)."""
    keys, values = FIGURE_TABLES[table]

    def read(conn):
        rows = conn.execute(f"SELECT {', '.join(keys + values)} FROM {table}")  # fixed names, never the file's
        return {tuple(row[:len(keys)]): tuple(row[len(keys):]) for row in rows}

    return _reading(path, read)


def last_change_at(path: str | Path) -> str | None:
    """When a database file last recorded anything (its newest audit row's time, ISO); None
    when it has none."""
    def read(conn):
        row = conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    return _reading(path, read)


def last_audit_id(path: str | Path) -> int | None:
    """The newest audit row of a backup file, to tell whether it is current; None when its audit is no
    table of ours: a view counting for ever, or a table with what SQLite computes at each read
    (`_COMPUTED`), in a file put among the backups, hung every automatic backup after it (red-team r1)."""
    def read(conn):
        made = conn.execute("SELECT type FROM sqlite_master WHERE name = 'audit'").fetchone()
        if made is None or made[0] != "table" or conn.execute(_COMPUTED).fetchone():
            return None
        return conn.execute("SELECT max(id) FROM audit").fetchone()[0]
    return _reading(path, read)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def approval_states(path: Path) -> dict[tuple[str, str], dict] | None:
    """(commune, period) -> its state, approval id, approval code and time, and when it was
    marked Đã gửi, of a database file (read only); None when it cannot be read. A file of a version
    before the audit chain (schema 4) kept no approvals: its approved periods stand on none (None),
    as they come back from a restore."""
    def read(conn):
        columns = {row[1] for row in conn.execute("PRAGMA table_info(period_states)")}
        approval = "approval_id" if "approval_id" in columns else "NULL"
        return {(c, p): {"state": st, "approval": a, "fingerprint": fp or "", "approved_at": at or "",
                         "sent_at": sent or "", "approved_by": by or ""}
                for c, p, st, a, fp, at, sent, by in conn.execute(
                    f"SELECT commune, period, state, {approval}, fingerprint, approved_at, sent_at, approved_by "
                    "FROM period_states")}

    return _reading(path, read)


def signings_after(path: Path, last_id: int) -> dict[tuple[str, str], str] | None:
    """(commune, period) -> when its report was last signed digitally (a `pdf_sign` row of the
    history after row `last_id`), of a database file."""
    return _reading(path, lambda conn: {(c, p): at for c, p, at in conn.execute(
        "SELECT commune, period, MAX(at) FROM audit WHERE action = 'pdf_sign' AND id > ? GROUP BY commune, period",
        (last_id,))})


def entered_by_after(path: Path, last_id: int) -> dict[tuple[str, str], list[str]] | None:
    """(commune, period) -> the user names who entered or changed its figures (`entry` rows of the history after row
    `last_id`), each once, in the order first met, of a database file."""
    def read(conn):
        found: dict[tuple[str, str], list[str]] = {}
        for c, p, user in conn.execute("SELECT commune, period, user FROM audit WHERE action = 'entry' AND id > ? "
                                       "ORDER BY id", (last_id,)):
            if user not in found.setdefault((c, p), []):
                found[(c, p)].append(user)
        return found
    return _reading(path, read)


def reopenings_after(path: Path, last_id: int, voided: str) -> dict[tuple[str, str], tuple[str, str, str]] | None:
    """(commune, period) -> (event, when, reason) of what last took its approval away after row
    `last_id` of the period's history, of a database file: a leader's reopening (`reopen`) or the
    voiding of the approval by an administrator's acknowledgement (event `voided`)."""
    return _reading(path, lambda conn: {
        (c, p): (event, at, reason or "") for c, p, event, at, reason in conn.execute(
            "SELECT commune, period, event, at, reason FROM period_history "
            "WHERE event IN ('reopen', ?) AND id > ? ORDER BY id", (voided, last_id))})


def last_history_id(path: Path) -> int | None:
    """The id of the last row of the periods' history in a database file."""
    return _reading(path, lambda conn: conn.execute("SELECT max(id) FROM period_history").fetchone()[0])


def schema_of(path: str | Path) -> int | None:
    """The schema number of a database file (PRAGMA user_version)."""
    return _reading(path, lambda conn: conn.execute("PRAGMA user_version").fetchone()[0])


def histories(path: str | Path) -> dict[tuple[str, str], list[HistoryRow]] | None:
    """(commune, period) -> the steps of the period's history, oldest first, of a database file."""
    def read(conn):
        found: dict[tuple[str, str], list[HistoryRow]] = {}
        for row in conn.execute("SELECT * FROM period_history ORDER BY id"):
            step = HistoryRow(*row)
            found.setdefault((step.commune, step.period), []).append(step)
        return found

    return _reading(path, read, (sqlite3.DatabaseError, TypeError))


def approval_snapshots(path: str | Path) -> dict[tuple[str, str, str], str | None] | None:
    """(commune, period, code) -> the snapshot of the latest approval of that code (`fingerprint`), of a
    database file: the settings its report printed."""
    return _reading(path, lambda conn: {(c, p, fp): snapshot for c, p, fp, snapshot in conn.execute(
        "SELECT commune, period, fingerprint, snapshot FROM approvals a WHERE id = (SELECT max(id) FROM approvals"
        " WHERE commune = a.commune AND period = a.period AND fingerprint = a.fingerprint)")})


def restore_rows(path: str | Path, *, chained: bool = True) -> list[AuditRow] | None:
    """The restores a database file's change log records, oldest first: only the rows the program itself
    chained (`ProvinceRecords.chained_audit_rows`), never one added or edited with sqlite3; every row that
    says so when not `chained`."""
    if chained:
        return _reading(path, lambda conn: _Records(conn).chained_audit_rows("restore"))
    return _reading(path, lambda conn: [AuditRow(*row) for row in conn.execute(
        f"SELECT {', '.join(integrity.AUDIT_COLUMNS)}, hash FROM audit WHERE action = 'restore' ORDER BY id")])
