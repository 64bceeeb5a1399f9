"""The backup folder's files: where the backups of a database are, how their names say when each was
taken, in what order and why (automatic or not), and how the history's check is given them.

Apart from desktop_app/backups.py (taking, rotating, restoring), which imports the province's reading
of files and through it the workspace: the workspace's history check compares every backup kept
(db/backup_chain.py) and imports this alone.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.vietnam_time import shown

AUTO_PREFIX = "tudong"
NAME = re.compile(r"^chitieu-(?:(\d{6})-)?(\d{8}-\d{6})-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str
    number: int = 0  # the order it was taken in; 0 for a backup of a version that did not number them

    @property
    def automatic(self) -> bool:
        return self.reason.startswith(AUTO_PREFIX)

    @property
    def compared(self) -> tuple[Path, str, bool]:
        """The file, when it was taken and whether automatic, as the history's check names it (db/backup_chain.py)."""
        return self.path, shown(self.taken_at), self.automatic  # in Vietnam time


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def list_backups(db_path: Path) -> list[BackupFile]:
    """The app's backups of this database, newest (last taken) first."""
    found = []
    folder = backup_dir(db_path)
    if folder.is_dir():
        for p in folder.iterdir():
            m = NAME.match(p.name)
            if m:
                found.append(BackupFile(p, dt.datetime.strptime(m.group(2), "%Y%m%d-%H%M%S"), m.group(3),
                                        int(m.group(1) or 0)))
    return sorted(found, key=lambda b: (b.number, b.taken_at, b.path.name), reverse=True)


def kept_backups(db_path: str | Path) -> list[tuple[Path, str, bool]]:
    """Every backup kept of the database at `db_path`, automatic or not, as the history's check compares them
    (`BackupFile.compared`); an in-memory database has none."""
    if str(db_path) == ":memory:":
        return []
    return [b.compared for b in list_backups(Path(db_path))]
