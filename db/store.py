"""The store: opening the database, migrating it, its one connection and its transactions.
`Store` owns the connection; the queries of each kind of record are a mixin it inherits, so
callers keep calling them on the store (`ws.store.entries(...)`) and they run inside its
transactions:

- db/commune_records.py: a commune's figures, start-of-term figures, own targets, narratives;
- db/period_records.py: the periods' states, the approvals, each period's history;
- db/audit_log.py: the audit rows and their chain (what was changed outside the program);
- db/users.py: the accounts;
- db/settings.py: the settings;
- db/catalogs.py: the catalogues;
- db/province_records.py: the province's records (submissions, keys, intake), never the commune's.

These and db/backup.py, db/integrity.py, db/schema.py are the only modules with SQL.

Writes go through `transaction()`, which holds one `BEGIN IMMEDIATE … COMMIT`, so a
change and its audit rows land together or not at all; a mixin writes a protected record
through `_upsert`, `_delete` or `_touch` here, so that it enters the audit chain
(db/integrity.py). Raw SQL is used inside transactions because sqlite-utils' bulk helpers
commit on their own. The rows it hands out are db/rows.py's.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Iterator

from db import foreign_schema, integrity
from db.audit_log import AuditLog
from db.catalogs import Catalogs
from db.commune_records import CommuneRecords
from db.period_records import PeriodRecords
from db.province_records import ProvinceRecords
from db.rows import now
from db.settings import Settings
from db.users import Users
from db.schema import MIGRATIONS, SCHEMA_VERSION
from desktop_app.core.errors import (
    ChangedOutside,
    ChiTieuError,
    DatabaseBusy,
    DatabaseReplaced,
    DatabaseDamaged,
    DataFolderReadOnly,
    NewerDatabase,
    StorageFailed,
    os_error_text,
    os_error_text_en,
)

# The schema version whose migration starts the audit chain (db/integrity.py).
CHAIN_SCHEMA = 5
# Protected tables a later migration creates and fills, or protects from then on
# (integrity.SINCE): their rows enter the chain with it.
FILLED_BY_MIGRATION = {6: ("unit_keys",), 10: ("received",), 11: ("intake_runs", "intake_log"), 12: ("pdf_checks",),
                       14: ("period_history",)}
# The schema whose migration binds the acceptances of unsigned versions written in the old words
# (file and figures only) to the whole versions they accepted, where intact (db/acceptances.py).
ACCEPTANCES_BOUND = 13

# How long a write waits for another writer (another window, the command line) to finish.
BUSY_SECONDS = 5
# SQLite's primary result codes of a file that cannot be written (sqlite3.h)
SQLITE_BUSY, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = 5, 8, 10, 13, 14
# Free space below which a disk I/O error of SQLite is a full disk (its shared memory file takes 32 KiB).
FULL_BELOW = 1 << 20


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        "Cơ sở dữ liệu đang được một cửa sổ hoặc lệnh khác của chương trình ghi và chưa xong "
        f"sau {BUSY_SECONDS} giây. Chờ một lát rồi thử lại; số liệu đã lưu không mất.",
        field="Cơ sở dữ liệu",
        en="Another window or command of the program is writing to the database and has not "
           f"finished after {BUSY_SECONDS} seconds. Wait a moment and try again; the figures saved "
           "are not lost.")


def _not_ours(path) -> DatabaseDamaged:
    """Schema 0 with tables in it: a database another program made, or ours with its number set to 0
    and no history saying so (the history refuses the rest: `integrity.schema_lowered`)."""
    return DatabaseDamaged(f"Tệp {path} không phải cơ sở dữ liệu Chỉ tiêu xã.", field="Cơ sở dữ liệu",
                           en=f"The file {path} is not a database of this program (Chỉ tiêu xã).")


def _not_upgraded(path, schema: int) -> DatabaseDamaged:
    """A migration met data no version of the program writes (a document that is no JSON object, a
    value of another type): a file edited outside it. A traceback would stop every start."""
    return DatabaseDamaged(
        f"Cơ sở dữ liệu {path} không nâng cấp được lên lược đồ {schema}: có dữ liệu không đúng dạng chương trình "
        "ghi (đã bị sửa ngoài chương trình). Chưa có gì bị thay.", field="Cơ sở dữ liệu",
        en=f"The database {path} cannot be upgraded to schema {schema}: it holds data not in the form the program "
           "writes (edited outside the program). Nothing was changed.")


class OlderDatabase(ChiTieuError):
    """A command that only looks met a database an older version made: it is not migrated by looking."""


class Store(CommuneRecords, PeriodRecords, AuditLog, Users, Settings, Catalogs, ProvinceRecords):
    def __init__(self, path: str | Path, *, read_only: bool = False):
        """`read_only`: for a command that only looks (`chitieu show`, `status`, `verify` …): the file is
        opened by SQLite read-only (`mode=ro`), never migrated, never written; `transaction()` refuses.
        The file must exist. See `_open_read_only` for a folder that cannot be written."""
        # absolute: the replaced-file check stats this path at every write, whatever the working folder is then
        self.path = ":memory:" if str(path) == ":memory:" else os.path.abspath(path)
        self.read_only = read_only
        # protected records this transaction writes -> the state each was found in (db/integrity.py)
        self._touched: dict[tuple[str, tuple], str | None] = {}
        self._written: list[int] = []  # the audit rows this transaction added, by id (db/integrity.seal)
        # what sealing this transaction does with audit rows after the chain's head it did not add
        self._others = integrity.REFUSE
        self._reading = False  # inside `reading()`: a write is a bug
        self.conn = None
        self._schema_seen = None  # PRAGMA schema_version once opened: a change is looked into at each write
        if read_only:
            self._open_read_only()
            return
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            # The file this connection writes into: the one at the path before connecting and still there once
            # it is read (a file renamed over it meanwhile: connected again); one renamed over it later makes
            # every write refused (`transaction`), never written into a file no longer the database.
            for attempt in range(3):
                self._identity = self._file_identity()
                # Autocommit mode: transactions are opened explicitly in `transaction()`.
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                self.conn.execute("PRAGMA foreign_keys = ON")
                # a function with side effects is never run from the schema (db/foreign_schema.py removes the rest)
                self.conn.execute("PRAGMA trusted_schema = OFF")
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
                if self.path != ":memory:":
                    self._use_wal()
                if self._file_identity() == self._identity or attempt == 2:
                    break
                self.conn.close()
                self.conn = None
            # WAL with synchronous=FULL syncs the log at every commit: an edit the app
            # reported as saved survives a power cut (NORMAL could lose the last ones).
            self.conn.execute("PRAGMA synchronous = FULL")
            removed = self._remove_foreign()  # before the migrations: their writes would run it too
            self._migrate()
            if removed:
                with self.transaction():
                    self.audit("", foreign_schema.REMOVED_ACTION, field="schema", new=foreign_schema.recorded(removed))
            self._schema_seen = self._schema_cookie()
        except (OSError, sqlite3.OperationalError) as err:
            if self.conn is not None:
                self.conn.close()
            refusal = self._refusal(err, opening=True)
            if refusal is None:
                raise
            raise refusal from err
        except ChiTieuError:  # a newer database, a schema number set back: not opened
            self.conn.close()
            raise

    def _remove_foreign(self) -> list[tuple[str, str, str]]:
        """Drops the triggers and views the program did not make (`db.foreign_schema`); what it dropped."""
        objects = foreign_schema.found(self.conn)
        if objects:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                foreign_schema.remove(self.conn, objects)
                self.conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise
        return objects

    def _schema_cookie(self) -> int:
        """SQLite's count of schema changes: another program adding a trigger changes it."""
        return self.conn.execute("PRAGMA schema_version").fetchone()[0]

    def _refuse_foreign_since_opened(self) -> None:
        """Inside a write transaction: refused when a trigger or view was added since opening (it would
        run inside this write); checked only when the schema changed, one PRAGMA per write."""
        cookie = self._schema_cookie()
        if cookie == self._schema_seen:
            return
        objects = foreign_schema.found(self.conn)
        if objects:
            what = foreign_schema.named(objects)
            raise ChangedOutside(
                f"Cơ sở dữ liệu {self.path} vừa bị thêm {what} ngoài chương trình, nó sẽ chạy cùng việc vừa làm và có "
                "thể sửa số liệu: việc vừa làm chưa được lưu. Hãy đóng chương trình rồi mở lại: chương trình gỡ bỏ nó "
                "khi mở và ghi lại việc đó vào nhật ký để Quản trị viên kiểm tra.",
                field="Cơ sở dữ liệu",
                en=f"{what.en} was just added to the database {self.path} outside the program; it would run with "
                   "this action and could change figures: nothing of this action was saved. Close the program and "
                   "open it again: opening removes it and records that in the history for the administrator to "
                   "check.")
        self._schema_seen = cookie

    def _use_wal(self) -> None:
        """Switches a new file to WAL. The switch takes the file for itself after reading it, and SQLite
        answers "locked" at once instead of waiting when another process holds it then (two programs
        opening one new data folder at the same moment: a command and the window): waiting would let
        the two wait for each other. So the switch is tried again, as a write waits, up to
        BUSY_SECONDS; a file already in WAL answers at once."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as err:
                busy = ((getattr(err, "sqlite_errorcode", None) or 0) & 0xFF) == SQLITE_BUSY
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _open_read_only(self) -> None:
        """SQLite's `mode=ro`. A WAL database (every one this program made) needs its shared-memory
        file (-shm): SQLite makes it where the folder can be written, or uses the one there. In a
        folder that cannot be written (a write-protected USB stick, a CD, no write permission) with
        none, the file is opened `immutable=1` (no lock, the file read alone): safe where nothing
        writes into the folder (only another user allowed to write there could, during this look),
        unless a -wal file holds changes not yet in the file (immutable would not see them): then
        the officer is told to open it once where it can be written."""
        folder, path = Path(self.path).parent, Path(self.path)
        if not path.is_file():
            raise DatabaseDamaged(f"Không có cơ sở dữ liệu {path}.", field="Cơ sở dữ liệu",
                                  en=f"There is no database {path}.")
        uri = path.as_uri()
        try:
            self.conn = self._connect(uri + "?mode=ro")
        except sqlite3.OperationalError as err:
            code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
            wal = Path(self.path + "-wal")
            # tried by writing (os.access ignores a Windows folder's permissions), as a write's refusal is
            if code not in (SQLITE_READONLY, SQLITE_CANTOPEN) or read_only_problem(folder, path) is None:
                refusal = self._refusal(err, opening=True)
                if refusal is None:
                    raise
                raise refusal from err
            if wal.exists() and wal.stat().st_size > 0:
                raise DataFolderReadOnly(
                    f"Cơ sở dữ liệu {path} còn những thay đổi chưa ghi hết vào tệp (tệp {wal.name} bên cạnh: chương "
                    "trình đã bị tắt đột ngột), mà thư mục dữ liệu không ghi được nên không đọc chúng được. Số liệu "
                    "không bị hỏng: hãy chép cả thư mục sang nơi ghi được (hoặc tháo chế độ chống ghi của USB) rồi "
                    "mở chương trình một lần.", field="Thư mục dữ liệu",
                    en=f"The database {path} holds changes not yet written into the file (the file {wal.name} beside "
                       "it: the program was stopped abruptly), and the data folder cannot be written, so they cannot "
                       "be read. The data are not damaged: copy the whole folder where it can be written (or remove "
                       "the USB stick's write protection), then open the program once.") from err
            self.conn = self._connect(uri + "?mode=ro&immutable=1")
        self._identity = self._file_identity()
        version = self.schema_version
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise _newer(version)
        if version < SCHEMA_VERSION:
            lowered = integrity.schema_lowered(self.conn, version, f"Cơ sở dữ liệu {path}", f"The database {path}")
            foreign = version == 0 and self._has_tables()
            self.conn.close()
            if lowered:
                raise lowered
            if foreign:
                raise _not_ours(path)
            raise OlderDatabase(
                f"Cơ sở dữ liệu {path} được tạo bởi phiên bản cũ hơn của chương trình (lược đồ {version}, phiên bản "
                f"này dùng lược đồ {SCHEMA_VERSION}) và cần được nâng cấp; lệnh chỉ xem không thay đổi gì nên không "
                "nâng cấp. Hãy mở chương trình một lần (hoặc chạy một lệnh ghi, ví dụ chitieu set) với thư mục dữ "
                "liệu này để nâng cấp rồi xem lại; thư mục chỉ đọc (USB chống ghi, đĩa CD) thì chép sang nơi ghi "
                "được trước.", field="Cơ sở dữ liệu",
                en=f"The database {path} was made by an older version of the program (schema {version}; this one "
                   f"uses schema {SCHEMA_VERSION}) and must be upgraded; a command that only looks changes nothing, so "
                   "it does not upgrade it. Open the program once (or run a command that writes, e.g. chitieu set) "
                   "with this data folder to upgrade it, then look again; a read-only folder (a write-protected USB "
                   "stick, a CD) must first be copied where it can be written.")

    def _connect(self, uri: str) -> sqlite3.Connection:
        """A read-only connection, read once (a WAL file SQLite cannot use shows at the first read)."""
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def _file_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the file now at the database's path; None in memory or when no file is there."""
        if self.path == ":memory:":
            return None
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return st.st_dev, st.st_ino

    def _refusal(self, err: Exception, *, opening: bool = False) -> ChiTieuError | None:
        """What the officer reads for a database that cannot be opened or written: a folder or file
        that cannot be written, a full or failing disk. None for another error (a bug: shown as such)."""
        folder = Path(self.path).parent
        if isinstance(err, OSError):  # the data folder cannot be made
            if not folder.is_dir():  # said as such: "no such folder" read as if it had been lost
                gone = err.errno == errno.ENOENT  # its drive or a folder above it is not there
                why = "ổ đĩa hoặc thư mục chứa nó không có" if gone else os_error_text(err)
                why_en = "its drive or a folder above it is not there" if gone else os_error_text_en(err)
                return DataFolderReadOnly.of(folder, f"không tạo được thư mục này: {why}",
                                             f"this folder cannot be created: {why_en}", unsaved=not opening)
            return DataFolderReadOnly.of(folder, os_error_text(err), os_error_text_en(err), unsaved=not opening)
        # SQLite's own result code, not its message's words ("no such column: full_name" is no full disk)
        code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (SQLITE_READONLY, SQLITE_CANTOPEN):
            problem = read_only_problem(folder, Path(self.path), unsaved=not opening)
            if problem or code == SQLITE_READONLY:
                return problem or DataFolderReadOnly.of(folder, unsaved=not opening)
        if code == SQLITE_BUSY:  # another program held the file past BUSY_SECONDS (opening: `_use_wal`)
            return _busy()
        if code == SQLITE_FULL:
            return StorageFailed.of(folder, full=True)
        if code == SQLITE_IOERR:  # SQLite says a full disk so when its shared memory file cannot grow
            with contextlib.suppress(OSError):
                return StorageFailed.of(folder, full=shutil.disk_usage(folder).free < FULL_BELOW)
            return StorageFailed.of(folder, full=False)
        return None

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Many small transactions in a row (a province intake): commits are not each synced
        to the disk (synchronous=NORMAL in WAL mode: a power cut may lose the last ones, never
        corrupt the file); one checkpoint at the end makes them all durable."""
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            # A checkpoint that fails (the disk full) loses nothing: the commits are in the WAL,
            # which SQLite checkpoints later. Raised, its English error hid the run's own refusal,
            # "ổ đĩa đã đầy" (red-team R25 F2), or called a run whose files were all stored failed.
            self.conn.execute("PRAGMA synchronous = FULL")
            if self.path != ":memory:":
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # --- schema -------------------------------------------------------------------
    def _has_tables(self) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def data_version(self) -> int:
        """A number that changes when another connection (another window, a command, a worker
        thread) has committed a change to the file since this one last asked: SQLite's
        PRAGMA data_version, which this connection's own commits do not change."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise _newer(version)
        if version == SCHEMA_VERSION:
            return
        if version < 0:  # set outside the program: no version of it ever wrote one
            raise _not_ours(self.path)
        # sqlite-utils creates the tables; an up-to-date database (every start but the first
        # after an update) does not pay for importing it (a fifth of `chitieu show`).
        import sqlite_utils

        # No sqlite-utils plugins: whatever another package installed on the machine registers
        # has no business on our connection, and looking for them read every installed package's
        # metadata (24 ms here, a third of setting up a new database).
        db = sqlite_utils.Database(self.conn, execute_plugins=False)
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                # Read again under the write lock: another copy started on the same new folder at the
                # same moment (two commands) may have done this step since.
                if self.schema_version > number:
                    continue
                if lowered := integrity.schema_lowered(
                        self.conn, number, f"Cơ sở dữ liệu {self.path}", f"The database {self.path}"):
                    raise lowered
                if number == 0 and self._has_tables():  # not a new file: another program's, or ours set to 0
                    raise _not_ours(self.path)
                try:
                    MIGRATIONS[number](db)
                except (ChiTieuError, ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
                    raise _not_upgraded(self.path, number + 1) from None  # rolled back: as it was
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                # rows added outside the program stay named, not hashed, and do not stop the upgrade
                # (refused, the program could not open the database to have them acknowledged)
                self._others = integrity.LEAVE
                if number + 1 == CHAIN_SCHEMA:  # the chain begins: every record as it is now
                    self._others = integrity.ADOPT  # the rows earlier versions wrote, unchained
                    self._touched = dict.fromkeys(integrity.all_states(self.conn), integrity.UNCHECKED)
                elif number + 1 in FILLED_BY_MIGRATION:  # only a table the chain never held (integrity.adoptable)
                    adopted = integrity.adoptable(self.conn, FILLED_BY_MIGRATION[number + 1])
                    self._touched = {k: integrity.UNCHECKED for k in integrity.all_states(self.conn)
                                     if k[0] in adopted}
                if number + 1 == ACCEPTANCES_BOUND:
                    from db.acceptances import bind_legacy_acceptances  # core.submission: only when upgrading

                    try:
                        bind_legacy_acceptances(self)
                    except (ChiTieuError, ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
                        raise _not_upgraded(self.path, number + 1) from None
                if number + 1 >= CHAIN_SCHEMA:  # the schema reached, in the chain: never reached again
                    self.audit("", integrity.SCHEMA_ACTION, field="schema", new=number + 1)

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Several reads as one snapshot of the database (a read transaction: what another window
        or program commits meanwhile is not seen, and it is not held up, the file being in WAL
        mode), e.g. a check and the reading of what it allowed. Nothing is written inside it."""
        if self.conn.in_transaction:  # inside a transaction already: its snapshot
            yield self.conn
            return
        self.conn.execute("BEGIN")
        self._reading = True
        try:
            yield self.conn
        finally:
            self._reading = False
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("COMMIT")

    def leave_rows_added_outside(self) -> None:
        """Inside a transaction: audit rows added outside the program stay as they are (unhashed,
        named by `verify` until acknowledged) and this write is chained after them instead of
        refused. Only for the program's own bookkeeping that nothing counted is built on: a failed
        login counted, an account locked. Refused, one mistyped password would keep even the
        administrator, who has to acknowledge those rows, from ever logging in again."""
        self._others = integrity.LEAVE

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.conn.in_transaction:  # nested: join the outer transaction
            if self._reading:  # a bug: a write would not be sealed (db/integrity.py)
                raise RuntimeError("a write inside Store.reading()")
            yield self.conn
            return
        if self.read_only:  # a command that only looks: a bug if it writes, said as a refusal
            raise DataFolderReadOnly(
                f"Lệnh này chỉ xem, không ghi vào cơ sở dữ liệu {self.path}: việc vừa làm chưa được lưu.",
                field="Cơ sở dữ liệu",
                en=f"This command only looks and does not write into the database {self.path}: nothing of "
                   "this action was saved.")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                refusal = self._refusal(err)
                if refusal is None:
                    raise
                raise refusal from err
            raise _busy() from None
        try:
            present = self._file_identity() if self._identity is not None else None
            if self._identity is not None and present is None:  # not a restore: the file is no longer there
                raise DatabaseReplaced(
                    f"Tệp cơ sở dữ liệu không còn ở {self.path}: thư mục dữ liệu đã bị di chuyển, đổi tên hoặc xóa "
                    "(hay ổ USB chứa nó đã bị rút) trong lúc chương trình đang mở. Việc vừa làm chưa được lưu. Hãy "
                    "đưa thư mục về chỗ cũ (hoặc cắm lại ổ USB), rồi đóng chương trình và mở lại.",
                    field="Cơ sở dữ liệu",
                    en=f"The database file is no longer at {self.path}: the data folder was moved, renamed or "
                       "deleted (or the USB stick holding it was pulled out) while the program was open. Nothing of "
                       "this action was saved. Put the folder back where it was (or plug the USB stick in again), "
                       "then close the program and open it again.")
            if self._identity is not None and present != self._identity:
                raise DatabaseReplaced(
                    "Cơ sở dữ liệu đã bị thay bằng tệp khác (khôi phục từ bản sao lưu) ở một cửa sổ hoặc lệnh khác "
                    "của chương trình: việc vừa làm chưa được lưu. Hãy đóng chương trình rồi mở lại.",
                    field="Cơ sở dữ liệu",
                    en="The database was replaced by another file (restored from a backup) in another window or "
                       "command of the program: nothing of this action was saved. Close the program and open it "
                       "again.")
            if self._schema_seen is not None:
                self._refuse_foreign_since_opened()
            yield self.conn
            if self._touched or self._written:
                try:
                    integrity.seal(self.conn, self._touched, now(), self._written, self._others)
                except integrity.Unsealed as unsealed:  # rows added with sqlite3: nothing built on them
                    raise unsealed.refusal(self.path) from None
            self.conn.execute("COMMIT")
        except BaseException as err:
            if self.conn.in_transaction:  # a COMMIT that failed (a full disk) may have ended it already
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            refusal = self._refusal(err) if isinstance(err, sqlite3.OperationalError) else None
            if refusal is None:
                raise
            raise refusal from err
        finally:
            self._touched, self._written, self._others = {}, [], integrity.REFUSE

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[sqlite3.Connection]:
        """Inside a transaction: a part of it undone alone when it fails (SQLite's SAVEPOINT), the
        records it touched and the audit rows it added forgotten with it, so that the transaction's
        seal (db/integrity.py) records only what stays. The exception goes on to the caller (the
        database failing said as `transaction` says it), whose transaction keeps what was written
        before."""
        if not self.conn.in_transaction or self._reading:
            raise RuntimeError("a savepoint outside a write transaction")
        touched, written, others = dict(self._touched), list(self._written), self._others
        self.conn.execute("SAVEPOINT part")
        try:
            yield self.conn
        except BaseException as err:
            if self.conn.in_transaction:  # SQLite may have ended the whole transaction (a full disk)
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK TO part")
                    self.conn.execute("RELEASE part")
            self._touched, self._written, self._others = touched, written, others
            refusal = self._refusal(err) if isinstance(err, sqlite3.OperationalError) else None
            if refusal is None:
                raise
            raise refusal from err
        self.conn.execute("RELEASE part")

    def _touch(self, table: str, *key, new: bool = False) -> None:
        """Before writing a protected record: keep the state it is found in (`new`: a row with a
        fresh id, which cannot have one), once per transaction."""
        if (table, key) not in self._touched:
            self._touched[table, key] = None if new else integrity.record_state(self.conn, table, key)

    def _upsert(self, table: str, unique: tuple[str, ...], **values) -> None:
        """Insert the row, or update the one whose `unique` columns match."""
        if table in integrity.PROTECTED:
            self._touch(table, *(values[k] for k in unique))
        columns = ", ".join(values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in values if c not in unique)
        self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})"
            f" ON CONFLICT({', '.join(unique)}) DO UPDATE SET {updates}", tuple(values.values()))

    def _delete(self, table: str, **where) -> None:
        if table in integrity.PROTECTED:
            self._touch(table, *where.values())
        self.conn.execute(f"DELETE FROM {table} WHERE " + " AND ".join(f"{c} = ?" for c in where),
                          tuple(where.values()))


def read_only_problem(folder: Path, db_path: Path, *, unsaved: bool = False) -> DataFolderReadOnly | None:
    """Why the data folder, or the database file in it, cannot be written; None when both can (or
    the folder does not exist yet). `unsaved`: said of an action refused, not of opening."""
    if not folder.exists():
        return None
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
        if db_path.exists() and not os.access(db_path, os.W_OK):
            raise PermissionError
    except OSError as err:
        if not err.errno:  # the folder can be written, the file not
            return DataFolderReadOnly.of(folder, f"tệp {db_path.name} chỉ cho phép đọc",
                                         f"the file {db_path.name} is read-only", unsaved=unsaved)
        return DataFolderReadOnly.of(folder, os_error_text(err), os_error_text_en(err), unsaved=unsaved)
    return None


def _newer(version: int) -> NewerDatabase:
    return NewerDatabase(
        f"Cơ sở dữ liệu được tạo bởi phiên bản mới hơn (lược đồ {version}, "
        f"phần mềm này đọc được đến {SCHEMA_VERSION}). Hãy cập nhật phần mềm.",
        en=f"The database was made by a newer version of the program (schema {version}; this one "
           f"reads up to {SCHEMA_VERSION}). Update the program.",
    )
