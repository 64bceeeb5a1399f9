"""Two copies of the program rotate the backup folder at the same moment (red-team R20, F3): the one
that finds a backup already removed by the other goes on; its own backup, taken and checked, is not
reported as failed, and the folder ends as one rotation would leave it."""
from __future__ import annotations

import datetime as dt

from desktop_app import backup_rotation
from desktop_app.backup_files import list_backups
from desktop_app.backups import take_backup

T0 = dt.datetime(2026, 11, 24, 8, 0, 0)


def test_a_backup_removed_by_the_other_copy_meanwhile_stops_nothing(workspace, monkeypatch):
    for i in range(30):
        take_backup(workspace, "tudong-mo", now=T0 + dt.timedelta(minutes=i))

    def listed_then_pruned_elsewhere(db_path):  # the other copy removes the oldest once this one listed it
        listed = list_backups(db_path)
        listed[-1].path.unlink()
        return listed

    monkeypatch.setattr(backup_rotation, "list_backups", listed_then_pruned_elsewhere)
    path = take_backup(workspace, "tudong-mo", now=T0 + dt.timedelta(minutes=30))
    monkeypatch.undo()
    assert path.is_file()
    autos = [b for b in list_backups(workspace.store.path) if b.automatic]
    assert len(autos) == 30 and autos[0].path == path  # the newest 30, as one rotation leaves them
