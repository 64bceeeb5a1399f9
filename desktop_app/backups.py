"""Backups of the commune's database: automatic ones kept in rotation, copies to a
chosen folder or USB stick, and restoring with the current state kept first.

Nothing is ever deleted silently: rotation removes only the app's own automatic
backups beyond the newest `KEEP`, and a restore first backs up what it replaces.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from db import backup as sqlite_backup
from db.store import Store
from desktop_app.core.errors import ChiTieuError, DatabaseDamaged
from desktop_app.core.users import Permission

KEEP = 30
AUTO_PREFIX = "tudong"
_NAME = re.compile(r"^chitieu-(\d{8}-\d{6})-([a-z-]+)\.db$")


class BackupError(ChiTieuError):
    """A backup that cannot be made, read or restored."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason.startswith(AUTO_PREFIX)


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _name(reason: str, when: dt.datetime) -> str:
    return f"chitieu-{when:%Y%m%d-%H%M%S}-{reason}.db"


def list_backups(db_path: Path) -> list[BackupFile]:
    """The app's backups of this database, newest first."""
    found = []
    folder = backup_dir(db_path)
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                found.append(BackupFile(p, dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def take_backup(workspace, reason: str = f"{AUTO_PREFIX}", target_dir: Path | None = None,
                now: dt.datetime | None = None) -> Path:
    """Back up the open database with SQLite's online backup and check the copy."""
    now = now or dt.datetime.now()
    db_path = Path(workspace.store.path)
    folder = Path(target_dir) if target_dir else backup_dir(db_path)
    target = folder / _name(reason, now)
    n = 1
    while target.exists():  # two backups in the same second
        target = folder / _name(f"{reason}-{n}", now)
        n += 1
    try:
        sqlite_backup.backup_to(workspace.store.conn, target)
        sqlite_backup.check(target)
    except (OSError, DatabaseDamaged) as err:
        raise BackupError(f"Không sao lưu được vào {folder}: {err}", field="Sao lưu") from err
    if target_dir is None:
        rotate(db_path)
    return target


def auto_backup(workspace, moment: str, now: dt.datetime | None = None) -> Path | None:
    """The automatic backup at start, at close, or from the daily timer.

    Skipped when the newest automatic backup is less than a day old and nothing
    has been written since, so an app opened ten times a day keeps meaningful copies.
    """
    now = now or dt.datetime.now()
    autos = [b for b in list_backups(Path(workspace.store.path)) if b.automatic]
    if autos and now - autos[0].taken_at < dt.timedelta(days=1):
        # Every write adds an audit row: same last row id, same data.
        if sqlite_backup.last_audit_id(autos[0].path) == workspace.store.last_audit_id():
            return None
    return take_backup(workspace, f"{AUTO_PREFIX}-{moment}", now=now)


def rotate(db_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove automatic backups beyond the newest `keep`; manual ones stay."""
    autos = [b for b in list_backups(db_path) if b.automatic]
    removed = []
    for b in autos[keep:]:
        b.path.unlink()
        removed.append(b.path)
    return removed


def verify_backup(path: Path) -> None:
    """Raise BackupError unless `path` is a whole, readable database of this app."""
    try:
        sqlite_backup.check(path, full=True)
    except DatabaseDamaged as err:
        raise BackupError(str(err), field="Bản sao lưu") from err


def newest_good_backup(db_path: Path) -> BackupFile | None:
    for b in list_backups(db_path):
        try:
            sqlite_backup.check(b.path, full=True)
        except DatabaseDamaged:
            continue
        return b
    return None


def check_database(db_path: Path) -> str | None:
    """None if the database opens and passes `quick_check`; otherwise why not."""
    if not Path(db_path).exists():
        return None  # first run: it will be created
    try:
        sqlite_backup.check(db_path)
    except DatabaseDamaged as err:
        return str(err)
    return None


def restore(workspace_or_path, source: Path) -> Path | None:
    """Replace the database with `source` after checking it; the current file is
    backed up first (if it can be read at all). The caller reopens the workspace.

    Given an open Workspace, the administrator's permission is required and the
    workspace is closed; given a path (a damaged database at start-up, before any
    login is possible), the file is replaced directly.
    """
    verify_backup(Path(source))
    if hasattr(workspace_or_path, "store"):
        ws = workspace_or_path
        ws.require(Permission.RESTORE)
        db_path = Path(ws.store.path)
        saved = take_backup(ws, "truoc-khoi-phuc")
        user = ws.user
        ws.close()
    else:
        db_path = Path(workspace_or_path)
        saved = _save_damaged(db_path)
        user = "khoi-dong"
    sqlite_backup.restore_into(source, db_path)
    # Recorded in the restored database, which is the one that lives on.
    store = Store(db_path)
    try:
        with store.transaction():
            store.audit(user, "restore", field="backup", old=saved.name if saved else None,
                        new=Path(source).name)
    finally:
        store.close()
    return saved


def _save_damaged(db_path: Path) -> Path | None:
    """Keep a damaged database beside the backups instead of overwriting it."""
    if not db_path.exists():
        return None
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"chitieu-hong-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    target.write_bytes(db_path.read_bytes())
    return target
