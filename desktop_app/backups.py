"""Backups of the commune's database: automatic ones kept in rotation, copies to a
chosen folder or USB stick, and restoring with the current state kept first.

Backups keep working whatever the clock says: they are numbered in the order they were
taken (the number leads the file name), rotation keeps the newest by that number, and
the backup just taken is never the one removed. Nothing is deleted silently: rotation
removes only the app's own automatic backups beyond the newest thirty (but each day's last, for
sixty days: desktop_app/backup_rotation.py), a restore first backs up what it replaces (and what it puts in, once its row is
written: `_kept_after`), and a failed backup leaves no partial file and says why.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from db import anchoring_mark, backup_chain, restore_kept
from db import backup as sqlite_backup
from db.foreign_schema import named as named_objects
from db.schema import SCHEMA_VERSION
from db.store import Store, read_only_problem
from desktop_app import forgotten_keys, restored_copy_out
from desktop_app.backup_files import (
    AUTO_PREFIX,
    NAME,
    BackupFile,
    backup_dir,
    list_backups,
)
from desktop_app.backup_rotation import KEEP_DAYS, rotate  # noqa: F401 - KEEP_DAYS: named backups.* by callers
from desktop_app.backup_units import (  # noqa: F401 - the start-up login's checks, named backups.* by callers
    administrators_in_backup,
    backup_unit_line,
    check_administrator,
    other_unit,
    start_restore_needs_login,
    states_apart,
    unit_of,
)
from desktop_app.catalog_update import PROVINCE_KEY
from desktop_app.clock_warning import clock_behind  # noqa: F401 - the window's start-up warning, backups.* before
from desktop_app.core.errors import (
    ChiTieuError,
    DatabaseDamaged,
    DataFolderReadOnly,  # noqa: F401 - what check_database returns, named here by its callers
    InvalidInput,
    NewerDatabase,
    NotPermitted,
    os_error_text,
    os_error_text_en,
    sqlite_error_texts,
)
from desktop_app.core.restore_confirmed import unconfirmed
from desktop_app.core.restore_record import RestoreRecord
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.resources import catalog_of, default_catalog
from desktop_app.restore_carry import (
    Chains,
    carry_issued,
    known_issued,
    recorded_row,
    to_carry,
)
from desktop_app.restore_losses import trust_losses
from desktop_app.restore_question import backup_time, question  # noqa: F401 - backup_time: named backups.* by callers
from desktop_app.restore_revoked import carry_revoked, kept_revoked
from desktop_app.restore_undone import undone_by_restore
from desktop_app.stored_unit import chosen_unit

AFTER_RESTORE = "sau-khoi-phuc"  # the reason of `_kept_after`'s backups


class BackupError(ChiTieuError):
    """A backup that cannot be made, read or restored."""


def take_backup(workspace, reason: str = f"{AUTO_PREFIX}", target_dir: Path | None = None,
                now: dt.datetime | None = None) -> Path:
    """Back up the open database with SQLite's online backup and check the copy; its history first marked as this
    version's, once (db/anchoring_mark.mark)."""
    anchoring_mark.mark(workspace.store)
    return _take(workspace.store.conn, Path(workspace.store.path), reason, target_dir, now)


def _take(conn: sqlite3.Connection, db_path: Path, reason: str, target_dir: Path | None = None,
          now: dt.datetime | None = None, number: int | None = None) -> Path:
    """`take_backup` of the database `db_path` through the connection `conn` (a restore's, holding it), under the
    `number` given or the next (`_next_number`)."""
    now = now or dt.datetime.now()
    folder = Path(target_dir) if target_dir else backup_dir(db_path)
    number = 0 if target_dir is not None else number or _next_number(conn, db_path)
    target = folder / _name(number, reason, now)
    try:
        sqlite_backup.backup_to(conn, target)
        sqlite_backup.check(target)
    except (OSError, sqlite3.Error, DatabaseDamaged) as err:
        if target.exists():
            target.unlink()
        why, why_en = ((os_error_text(err), os_error_text_en(err)) if isinstance(err, OSError)
                       else sqlite_error_texts(err))
        raise BackupError(f"Không sao lưu được vào {folder}: {why}.", field="Sao lưu",
                          en=f"Could not back up into {folder}: {why_en}.") from err
    if target_dir is None:
        rotate(db_path, taken=target)
    return target


def _next_number(conn: sqlite3.Connection, db_path: Path) -> int:
    """The number of the next backup of the database of `conn`: after the highest of the files in the backup folder
    and of those its history names (each restore's "truoc-khoi-phuc" copy, and its "sau-khoi-phuc" backup, the
    next: db/restore_kept.py). A deleted backup's number is not taken again (red-team R12 F3: the "sau-khoi-phuc"
    backup deleted, the next automatic backup took its number and left no gap where it was)."""
    named = [int(m.group(1)) + 1 for name in restore_kept.copies_named(conn) if (m := NAME.match(name)) and m.group(1)]
    return max([b.number for b in list_backups(db_path)] + named, default=0) + 1


def _name(number: int, reason: str, when: dt.datetime) -> str:
    prefix = f"{number:06d}-" if number else ""
    return f"chitieu-{prefix}{when:%Y%m%d-%H%M%S}-{reason}.db"


def auto_backup(workspace, moment: str, now: dt.datetime | None = None) -> Path | None:
    """The automatic backup at start, at close, or from the daily timer.

    None when skipped: before the administrator exists (a copy without accounts would let
    anyone restore a database nobody can log in to), or when the newest automatic backup
    is less than a day old and nothing has been written since. Refused (BackupError) while the
    database no longer holds rows a kept backup holds, not acknowledged (the history's check,
    db/backup_chain.py): copies of the shortened history would rotate out the automatic backups
    holding the rows cut, and those rows would go unsaid from then on.
    """
    if not workspace.store.user_count():  # none yet, or deleted outside: no copy to push good ones out
        return None
    now = now or dt.datetime.now()
    autos = [b for b in list_backups(Path(workspace.store.path)) if b.automatic]
    if autos and now - autos[0].taken_at < dt.timedelta(days=1):
        # Every write adds an audit row: same last row id, same data.
        if sqlite_backup.last_audit_id(autos[0].path) == workspace.store.last_audit_id():
            return None
    _refuse_over_cut_rows(workspace.store)
    return take_backup(workspace, f"{AUTO_PREFIX}-{moment}", now=now)


def _refuse_over_cut_rows(store: Store) -> None:
    """`auto_backup`'s refusal while the database does not hold every row of the kept backups and no
    acknowledgement cleared it (`backup_chain.lost`: a row of each file, more only where they differ)."""
    lost, busy, recorded = backup_chain.compared(store.conn, [b.compared for b in list_backups(Path(store.path))])
    if busy:  # rotated out while unread, what it holds would go unsaid
        refusal = busy[0].refusal(Words("Chưa sao lưu tự động", "No automatic backup taken"), Words("", ""))
        raise BackupError(refusal, field="Sao lưu", en=refusal.en)
    if not lost and not recorded:
        return
    said = Words(f"dữ liệu đang dùng không còn giữ nguyên các dòng nhật ký thay đổi mà bản sao lưu {lost[0].name} có",
                 f"the data in use no longer hold, as they were, change log rows that the backup {lost[0].name} "
                 "holds") if lost else recorded.lead()
    raise BackupError(
        f"Chưa sao lưu tự động: {said} (lệnh chitieu audit verify nói rõ). Các bản sao lưu tự động mới sẽ đẩy những "
        "bản còn giữ các dòng đó ra khỏi thư mục sao lưu, nên chỉ sao lưu tự động lại sau khi Quản trị viên kiểm tra "
        "và xác nhận đã kiểm tra (Quản trị › Xác nhận đã kiểm tra thay đổi ngoài chương trình…). Vẫn sao lưu ra thư "
        "mục khác được (Tệp › Sao lưu ra…).", field="Sao lưu",
        en=f"No automatic backup taken: {said.en} (the command chitieu audit verify says which). New automatic "
           "backups would push the ones still holding those rows out of the backup folder, so automatic backups "
           "resume once an administrator has checked and acknowledged the check (Administration › Acknowledge "
           "changes made outside the program…). Backing up to another folder still works (File › Back up to…).")


_ONLY_OURS = ("Chỉ khôi phục được từ bản sao lưu do chương trình Chỉ tiêu xã tạo ra (tệp .db trong thư mục sao "
              "lưu của chương trình, hoặc tệp đã chép ra bằng Tệp › Sao lưu ra…).")
_ONLY_OURS_EN = ("Only a backup made by this program (Chỉ tiêu xã) can be restored (a .db file in the program's "
                 "backup folder, or one copied out with File › Back up to…).")


def verify_backup(path: Path) -> None:
    """Raise BackupError unless `path` is a whole, readable database of this app: a file that is
    not one (a text file, a spreadsheet, a damaged copy) is refused naming it and saying what
    is accepted. Call it before reading anything else of the file (restore_warning, backup_time):
    those would describe a file that is no backup."""
    if path.exists() and not path.is_file():  # a folder; a pipe or a device, which SQLite would wait on for ever
        raise BackupError(f"{path.name} không phải một tệp (là thư mục hoặc thiết bị). {_ONLY_OURS}",
                          field="Bản sao lưu", en=f"{path.name} is not a file (it is a folder or a device). "
                                                  f"{_ONLY_OURS_EN}")
    try:
        sqlite_backup.check(path, full=True)
        refuse_foreign(path)
    except NewerDatabase as err:
        raise BackupError(err.message, field="Bản sao lưu", en=err.en) from err
    except DatabaseDamaged as err:
        raise BackupError(f"{err.message} {_ONLY_OURS}", field="Bản sao lưu", en=f"{err.en} {_ONLY_OURS_EN}") from err


def refuse_foreign(path: Path) -> None:
    """DatabaseDamaged when the file holds a trigger or view (`db.foreign_schema`): restored, it would run
    inside the program's writes, changing figures the history then records as the program's own."""
    objects = sqlite_backup.foreign_objects(path)
    if objects:
        what = named_objects(objects)
        raise DatabaseDamaged(
            f"Tệp {path.name} có {what} do người ngoài chương trình thêm vào (chương trình không tạo những thứ này): "
            "khôi phục, nó sẽ chạy cùng mỗi lần ghi và có thể sửa số liệu.",
            field="Bản sao lưu",
            en=f"The file {path.name} holds {what.en} added outside the program (the program makes none): restored, "
               "it would run with every write and could change figures.")


def newest_good_backup(db_path: Path) -> BackupFile | None:
    for b in list_backups(db_path):
        try:
            sqlite_backup.check(b.path, full=True)
            refuse_foreign(b.path)
        except (DatabaseDamaged, NewerDatabase):
            continue
        return b
    return None


def check_database(db_path: Path) -> ChiTieuError | None:
    """What stops the database from opening, as its own kind: a data folder that cannot be
    written (DataFolderReadOnly), a database of a newer version (NewerDatabase) — neither
    is damage, and a restore would replace good data — or damage (DatabaseDamaged). None
    when it opens (or does not exist yet: the first run creates it)."""
    db_path = Path(db_path)
    folder = db_path.parent
    problem = read_only_problem(folder, db_path)
    if problem:
        return problem
    if not db_path.exists():
        return None
    try:
        sqlite_backup.check(db_path)
        store = Store(db_path)  # an older one upgraded (once after an update): data edited outside may stop it
        try:
            _unit_reads(store)
        finally:
            store.close()
    except (DatabaseDamaged, NewerDatabase) as err:
        return err
    return None


def _unit_reads(store: Store) -> None:
    """The unit set up, read against the catalogue in force (desktop_app/stored_unit.py): one damaged is
    damage, for which the good backups are offered, rather than the first-run setup of a new database."""
    document = store.current_catalog()
    chosen_unit(store, catalog_of(document) if document else default_catalog())


# --- restoring -----------------------------------------------------------------------------

def refuse_database_in_use(db_path: Path, source: Path) -> None:
    """Raise BackupError when the file chosen is the database in use itself (the file dialog lists it
    when it opens on the data folder): refused at once, before any question, saying what to choose."""
    try:
        same = Path(source).resolve() == Path(db_path).resolve() or Path(source).samefile(db_path)
    except OSError:
        same = False
    if same:
        folder = backup_dir(db_path)
        raise BackupError(
            f"Bản sao lưu chọn chính là cơ sở dữ liệu đang dùng ({Path(source).name}): không khôi phục, chưa có gì "
            f"bị thay. Hãy chọn một bản sao lưu: tệp .db trong thư mục sao lưu {folder} (chương trình tự sao lưu vào "
            "đó) hoặc trên USB (tệp đã chép ra bằng Tệp › Sao lưu ra…).",
            field="Bản sao lưu",
            en=f"The backup chosen is the database in use ({Path(source).name}): it was not restored, nothing was "
               f"replaced. Choose a backup: a .db file in the backup folder {folder} (the program backs up into it) "
               "or on a USB stick (a file copied out with File › Back up to…).")


def refuse_other_unit(db_path: Path, source: Path) -> None:
    """Raise BackupError when the backup is of another unit than the database (or of the province's
    database on a commune's computer, or the reverse): `backup_units.other_unit`. Before the
    administrator's login and the warning, and again by `restore`."""
    refusal = other_unit(Path(db_path), Path(source))
    if refusal is not None:
        raise BackupError(str(refusal), field="Bản sao lưu", en=refusal.en)


def restore_warning(db_path: Path, source: Path) -> Words | None:
    """What a restore would take away or bring back that the user should confirm: which unit the
    backup is of when the database has none chosen yet; what was entered or changed since the
    backup was taken (with its time), accounts the backup does not have or holds otherwise
    (`backup_accounts`: locked since, role or password changed since), approved periods the backup
    has not approved (they go back to being entered), periods reopened (or their approval voided by
    an acknowledgement) since that the backup has approved (`reapproved_by_restore`: they are
    approved again), what the trust in reports rests on (`restore_losses`: the province's key
    decisions, unsigned versions accepted and reports received; a commune's catalogue version and
    pinned province key), and changes made outside the program that the backup's history shows. What
    was done "since" the backup is told only when the database carries on the backup's history
    (`db.backup.continues`); otherwise what differs is told as such (`_apart`). None when nothing.

    A value the program never writes (a period's state "zzz", a period code "q": a file edited outside it,
    past SQLite's check) refuses the backup naming it (BackupError), not an error of the program."""
    return _read_warning(db_path, source, db_path, source)


def _read_warning(db_file: Path, source: Path, db_path: Path, chosen: Path, chains: Chains | None = None) -> Words | None:
    """`restore_warning` read from `db_file` and `source`, the database at `db_path` and the backup `chosen`
    themselves, or the restore's private copies of them (`_refuse_unconfirmed`); `chains`: theirs, when read."""
    try:
        with _as_restored(source) as restored:
            return question(db_file, source, restored, db_path, chosen, chains)
    except (ValueError, KeyError, TypeError, IndexError, InvalidInput) as err:
        raise BackupError(
            f"Tệp {Path(source).name} có dữ liệu không đúng dạng chương trình ghi (đã bị sửa ngoài chương trình): "
            f"không khôi phục, chưa có gì bị thay. {_ONLY_OURS}", field="Bản sao lưu",
            en=f"The file {Path(source).name} holds data not in the form the program writes (edited outside the "
               f"program): it was not restored, nothing was replaced. {_ONLY_OURS_EN}") from err


@contextlib.contextmanager
def _as_restored(source: Path) -> Iterator[Path]:
    """The backup as the restore puts it back, for what the warning reads of its state: `source` itself when
    of this version, else a private copy brought to it (`_checked_copy`). A backup of a version before the audit
    chain has no key register and its reports no identity to compare (schema 6), and those read as nothing:
    the keys confirmed since and the reports received since went unsaid, the reports it holds were said to be
    received since. `source` still when the copy cannot be upgraded: the restore refuses it, saying why."""
    if (sqlite_backup.schema_of(source) or SCHEMA_VERSION) >= SCHEMA_VERSION:
        yield source
        return
    with tempfile.TemporaryDirectory(prefix="chitieu-doc-ban-sao-") as folder:
        try:
            copy = sqlite_backup.backup_file(source, Path(folder) / Path(source).name)
            Store(copy).close()
        except (ChiTieuError, OSError, sqlite3.Error):
            yield source
            return
        yield copy


def taken_back(saved: Path | None, source: Path) -> Words | None:
    """After a restore, what it took back that the trust in the units' reports rests on (`restore_losses.trust_losses`:
    keys confirmed since, pending again; unsigned versions accepted; reports received; keys revoked since, kept
    revoked), read from `saved`, the copy of the data it replaced, and the backup `source` as it put it back: what the
    province window says once it opens again (walk U10 F2). None when nothing, or either file is gone."""
    if saved is None or not Path(saved).is_file() or not Path(source).is_file():
        return None
    try:
        with _as_restored(source) as restored:
            lines = trust_losses(saved, restored, since=bool(sqlite_backup.continues(saved, source)),
                                 kept=kept_revoked(Chains(saved, source), restored))
    except (ValueError, KeyError, TypeError, IndexError, ChiTieuError, sqlite3.Error):
        return None
    if not lines:
        return None
    return Words.joined([Words(f"Sau khi khôi phục bản sao lưu {Path(source).name}, những việc sau, mà độ tin cậy của "
                               "báo cáo các đơn vị dựa vào, đã được lấy lại hoặc giữ lại:",  # revocations kept (R19 F4)
                               f"After restoring the backup {Path(source).name}, the following, on which the trust in "
                               "the units' reports rests, were taken back or kept:"), *lines], "\n\n")


UNASKED = object()  # `restore`'s `confirmed` from a caller that asked nothing (a script, a test of something else)


def restore(workspace_or_path, source: Path, *, administrator: tuple[str, str] | None = None,
            confirmed: Words | str | None | object = UNASKED) -> Path | None:
    """Replace the database with `source` after checking it; the current file is
    backed up first (if it can be read at all). The caller reopens the workspace.

    Given an open Workspace, the administrator's permission is required and the
    workspace is closed; given a path (a damaged database at start-up, before any
    login to it is possible), `administrator` (username, password) must name an
    administrator of it whenever it (or the backup) has accounts.

    What is checked is what is restored: everything reads a private copy of `source`, checked first
    (`_checked_copy`), never the file chosen again (on a USB stick or a shared folder it may change
    between the check and the restore).

    The number and date an approval the backup stands on was issued with after it was taken are kept
    (`restore_carry.carry_issued`): the province holds the report with them, and one approval has one of each.
    They and the restore's row in the history are written into the copy put in, while the restore holds the
    database (`_recorded`): nothing else can act on the restored data before them. A backup of the data put in is
    kept too, holding that row (`_kept_after`).

    `confirmed`: the warning the person answered (`restore_warning`, None when it warned of nothing). Read
    again under the hold, it must say the same, else nothing is replaced (`_refuse_unconfirmed`).
    """
    source = Path(source)
    in_use = workspace_or_path.store.path if hasattr(workspace_or_path, "store") else workspace_or_path
    refuse_database_in_use(Path(in_use), source)
    with tempfile.TemporaryDirectory(prefix="chitieu-khoi-phuc-") as folder:
        copy, as_taken, digest = _checked_copy(source, Path(folder))
        return _restore(workspace_or_path, copy, as_taken, administrator, source, confirmed, (source.name, digest))


def _checked_copy(source: Path, folder: Path) -> tuple[Path, Path, str]:
    """A copy of the backup at `source` in `folder`, under its own name (what refusals name), checked
    (`verify_backup`) and brought to this version's schema: a backup of an older version whose data
    its upgrade cannot read (edited outside the program) is refused here, before anything is replaced,
    not in the restored database at every start after. The file chosen is checked first too: a sparse
    file of gigabytes is refused at once, not copied first. With it, the copy as taken (before the
    upgrade, whose rows would set its history apart: `db.backup.continues`), which the warning read; with the
    chosen file's time, which a backup renamed by hand and recording no change is said to be taken at; and the chosen
    file's SHA-256, once checked, which the restore's row records (core/restore_record.py)."""
    verify_backup(source)
    with source.open("rb") as chosen:
        digest = hashlib.file_digest(chosen, "sha256").hexdigest()
    copy = folder / source.name
    taken = source.stat()
    sqlite_backup.backup_file(source, copy)
    verify_backup(copy)
    as_taken = sqlite_backup.backup_file(copy, folder / "as-taken" / source.name)
    os.utime(as_taken, ns=(taken.st_atime_ns, taken.st_mtime_ns))
    try:
        Store(copy).close()
    except ChiTieuError as err:  # db.store._not_upgraded, or the history refusing the upgrade
        raise BackupError(f"{err.message.replace(str(copy), source.name)} {_ONLY_OURS}", field="Bản sao lưu",
                          en=f"{(err.en or err.message).replace(str(copy), source.name)} {_ONLY_OURS_EN}") from err
    return copy, as_taken, digest


def _restore(workspace_or_path, source: Path, as_taken: Path, administrator: tuple[str, str] | None, chosen: Path,
             confirmed, restored: tuple[str, str]) -> Path | None:
    if hasattr(workspace_or_path, "store"):
        ws = workspace_or_path
        ws.require(Permission.RESTORE)
        db_path = Path(ws.store.path)
        refuse_other_unit(db_path, source)
        user = ws.user
        ws.close()  # the current data are kept by the restore, holding the database (`restore_into`)

        def keep(conn):
            return _take(conn, db_path, "truoc-khoi-phuc") if conn is not None else _save_damaged(None, db_path)
    else:
        db_path = Path(workspace_or_path)
        refuse_other_unit(db_path, source)
        if start_restore_needs_login(db_path, source):
            if administrator is None:
                raise NotPermitted("Khôi phục cơ sở dữ liệu cần đăng nhập bằng tài khoản Quản trị.",
                                   field="Tài khoản",
                                   en="Restoring the database needs a login with an Administrator account.")
            check_administrator(db_path, source, *administrator)
        user = administrator[0] if administrator else "khoi-dong"

        def keep(conn):
            return _save_damaged(conn, db_path)
    # What the restore reads of the data it replaces, copied through the connection holding them into the
    # restore's private folder: the copy `keep` leaves in the backup folder is the person's, and a file put
    # in its place there after it was written was read as the data replaced (red-team h31 A1).
    replaced = source.parent / "replaced" / db_path.name
    chains = Chains(replaced, as_taken)  # decided once under the hold, for the warning read again and the carry
    explained = [backup_chain.NOTHING]  # what the restore records of the data it replaces (`_recorded`)

    def keep_and_read(conn):
        if conn is not None:
            sqlite_backup.backup_to(conn, replaced)
            explained[:] = [_explained(replaced, db_path)]
        if confirmed is not UNASKED:  # before `keep`: refused, the backup folder is as it was
            _refuse_unconfirmed(replaced if conn is not None else db_path, as_taken, db_path, chosen, confirmed,
                                chains if conn is not None else None)
        return keep(conn)

    after = []  # the copy kept of the restored data (`_kept_after`)

    def record(kept):
        number = _numbered(source, db_path)  # before the row names the copy `kept`, whose next number this is
        _recorded(source, user, kept, chains if replaced.exists() else None, replace(explained[0], restored=restored),
                  (chosen, db_path))
        after.append(_kept_after(source, db_path, number))

    try:
        saved = sqlite_backup.restore_into(source, db_path, keep_and_read, record)
    except Exception:
        for kept_after in after:  # nothing replaced: a copy of data never put in would be a finding
            kept_after.unlink(missing_ok=True)
        if hasattr(workspace_or_path, "store"):  # refused or failed, nothing replaced: the workspace goes on
            workspace_or_path.store = Store(db_path)
        raise
    return saved


def _numbered(copy: Path, db_path: Path) -> int:
    """`_next_number` of the `copy` a restore puts in."""
    conn = sqlite3.connect(copy)
    try:
        return _next_number(conn, db_path)
    finally:
        conn.close()


def _kept_after(copy: Path, db_path: Path, number: int) -> Path:
    """A backup ("sau-khoi-phuc", kept as "truoc-khoi-phuc" is, never rotated out) of the `copy` the restore puts in,
    once its row is written (`_recorded`), taken while the restore holds the database, after every restore. The row
    is the one trace of what the restore did, and a row of the data is the insider's to rewrite: when it recorded a
    loss, cutting it off the end with sqlite3 left the history clean (red-team R6 F1); after an honest restore,
    cutting the rows it put back and stripping its `anchor` from it, the chain rehashed, did too (red-team R11 F2).
    Held as written by a kept backup, the row and the rows before it are that backup's: rewriting or cutting them is
    a loss against it (db/backup_chain.py). A backup of the `copy`, not of the database: the same data, taken before
    they are put in, so a backup that cannot be taken stops the restore with nothing replaced. Under the `number`
    after the copy of the data replaced: deleted, its number is not taken again (`_next_number`); and a restore
    explains a backup of this version only while a backup holds its row as it stands (db/restore_kept.py, red-team
    R12 F3: this backup deleted or overwritten with a copy of data cut with sqlite3)."""
    conn = sqlite3.connect(copy)
    try:
        return _take(conn, db_path, AFTER_RESTORE, number=number)
    finally:
        conn.close()


def _refuse_unconfirmed(db_file: Path, as_taken: Path, db_path: Path, chosen: Path, confirmed,
                        chains: Chains | None) -> None:
    """Raise BackupError, while the restore holds the database, when the warning read now of `db_file` (the
    restore's copy of the data it replaces, or the unreadable database itself) and of the backup `as_taken` is
    not the one the person `confirmed` (`core.restore_confirmed`): a leader's approval made from the command line
    while the question was open was undone, unsaid (red-team H4 F1)."""
    refusal = unconfirmed(confirmed, _read_warning(db_file, as_taken, db_path, chosen, chains))
    if refusal is not None:
        raise BackupError(refusal, field="Bản sao lưu", en=refusal.en)


def _explained(replaced: Path, db_path: Path) -> RestoreRecord:
    """`backup_chain.explained_in` of the restore's copy of the data it replaces; refused while a kept backup
    cannot be read, locked by another program or unreadable (red-team R2 F1, R4 F7: not named, it was explained
    once readable)."""
    try:
        return backup_chain.explained_in(replaced, [b.compared for b in list_backups(db_path)])
    except backup_chain.BackupBusy as busy:
        refusal = busy.refusal(Words("Chưa khôi phục, chưa có gì bị thay", "Not restored, nothing was replaced"),
                               Words(" rồi khôi phục lại", ", then restore again"))
        raise BackupError(refusal, field="Bản sao lưu", en=refusal.en) from busy


def _recorded(copy: Path, user: str, saved: Path | None, chains: Chains | None, explained: RestoreRecord,
              chosen: tuple[Path, Path] | None = None) -> None:
    """Into the `copy` of the backup the restore puts in, while it holds the database (`db.backup.restore_into`),
    in one transaction: the number and date issued since the backup was taken (`restore_carry.to_carry`, read
    from the restore's private copy of the data replaced, `replaced`, made under the same hold, and from the
    backup as taken, as the warning read them), then the restore's row of the history, naming `saved` (the copy
    left in the backup folder) and recording every number the data replaced knew issued
    (`restore_carry.known_issued`): what a restore after this one carries; and the backups this restore explains
    and what the data replaced had lost unexplained (`explained`, `_explained`). Whether the two are trusted is
    decided under the hold, once (`restore_carry.Chains`, `chains`: of `replaced` and `as_taken`), not taken
    from the warning: the database and the file chosen may both have changed since."""
    carried, known = (to_carry(chains), known_issued(chains)) if chains else ([], [])
    if chains:  # what it undoes that people did, as the question listed it (walk U7, F3)
        explained = replace(explained, undone=undone_by_restore(chains, carried))
    forgotten, pinned = ((sqlite_backup.setting_in(chains.replaced, forgotten_keys.FORGOTTEN),
                          sqlite_backup.setting_in(chains.replaced, PROVINCE_KEY)) if chains else (None, None))
    store = Store(copy)
    try:
        with store.transaction():
            # the last row of the data put back, before the rows this transaction writes (red-team R9 F3)
            explained = replace(explained, anchor=backup_chain.newest_chained(store.conn))
            if chosen is not None:  # a copy out restored counts as one (`chosen`: the file chosen, the database's)
                restored_copy_out.restored_from(store, user, *chosen)
            carry_issued(store, user, carried)
            if chains:  # a key revoked since stays revoked (walk U10 F2)
                carry_revoked(store, user, chains, explained.restored[0] if explained.restored else copy.name)
            forgotten_keys.carried(store, forgotten, PROVINCE_KEY, pinned, user)  # forged stays so (R5 F9, R7 F3)
            store.audit(user, "restore", field="backup", old=recorded_row(store, saved, known, explained), new=copy.name)
    finally:
        store.close()


def _save_damaged(conn: sqlite3.Connection | None, db_path: Path) -> Path | None:
    """Keep a damaged database beside the backups instead of overwriting it: through the restore's
    connection `conn` holding it when SQLite reads it, else as the file is."""
    if not db_path.exists():
        return None
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"chitieu-hong-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    if conn is not None:
        return sqlite_backup.backup_to(conn, target)
    target.write_bytes(db_path.read_bytes())
    return target
