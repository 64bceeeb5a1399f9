"""Which automatic backups stay in the backup folder: the newest thirty, and each of the last sixty
days' last one. Taking a backup rotates the folder; two copies of the program may rotate it at once."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.backup_files import list_backups

KEEP = 30
KEEP_DAYS = 60  # and each day's last: 30 backups (one at every start and close) were a few days (walk U9, F5)


def rotate(db_path: Path, keep: int = KEEP, taken: Path | None = None, days: int = KEEP_DAYS) -> list[Path]:
    """Remove automatic backups beyond the newest `keep` (by the order they were taken, not
    the clock) but the last one of each of the newest `days` days (by the day each was taken:
    a clock set wrong keeps fewer days, never fewer than `keep`); manual ones, and the one just
    `taken`, stay."""
    autos = [b for b in list_backups(db_path) if b.automatic]
    daily: dict[dt.date, Path] = {}
    for b in autos:  # newest first: the first of a day met is the last taken that day
        if len(daily) < days:
            daily.setdefault(b.taken_at.date(), b.path)
    removed = []
    for b in autos[keep:]:
        if b.path != taken and b.path not in daily.values():
            try:  # another copy of the program rotating the folder at the same moment removed it first: gone
                b.path.unlink(missing_ok=True)
            except OSError:  # held open elsewhere (Windows): left for the next rotation; the backup taken stands
                continue
            removed.append(b.path)
    return removed
