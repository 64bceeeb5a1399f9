"""Backups: taken with SQLite's backup API, rotated, verified, restored without losing the present."""
import datetime as dt

import pytest

from desktop_app.backups import (
    BackupError, auto_backup, list_backups, restore, rotate, take_backup, verify_backup,
)
from desktop_app.core.errors import NotPermitted
from desktop_app.services import Workspace

T0 = dt.datetime(2026, 11, 24, 8, 0, 0)


def test_backup_is_a_checked_copy_holding_the_data(workspace, tmp_path):
    """A backup to a USB folder opens on its own and has the values."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    path = take_backup(workspace, "thu-cong", target_dir=tmp_path / "usb")
    verify_backup(path)
    copy = Workspace.open(tmp_path / "copy")
    copy.close()
    from db.backup import restore_into

    restore_into(path, tmp_path / "copy" / "chitieu.db")
    copy = Workspace.open(tmp_path / "copy")
    assert copy.row("2026", "bhyt").value_text == "95"
    copy.close()


def test_rotation_keeps_the_newest_30_automatic_backups_and_every_manual_one(workspace):
    """Old automatic backups go; ones the user made stay."""
    for i in range(33):
        take_backup(workspace, "tudong-mo", now=T0 + dt.timedelta(hours=i))
    take_backup(workspace, "thu-cong", now=T0 - dt.timedelta(days=10))
    backups = list_backups(workspace.store.path)
    autos = [b for b in backups if b.automatic]
    assert len(autos) == 30
    assert autos[-1].taken_at == T0 + dt.timedelta(hours=3)
    assert any(b.reason == "thu-cong" for b in backups)
    assert rotate(workspace.store.path) == []


def test_automatic_backup_is_skipped_when_recent_and_nothing_changed(workspace):
    """Opening the app twice in an hour with no edit makes one automatic backup, an edit makes another."""
    now = dt.datetime.now()
    assert auto_backup(workspace, "mo", now=now) is not None
    assert auto_backup(workspace, "dong", now=now + dt.timedelta(seconds=1)) is None
    workspace.set_entry("2026", "bhyt", numerator="9")
    assert auto_backup(workspace, "dong", now=now + dt.timedelta(minutes=5)) is not None
    assert auto_backup(workspace, "mo", now=now + dt.timedelta(days=2)) is not None


def test_a_damaged_backup_is_refused_before_anything_is_replaced(workspace, tmp_path):
    """Restoring from a broken file says so and leaves the database as it was."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    bad = tmp_path / "chitieu-20261124-080000-thu-cong.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(BackupError):
        restore(workspace, bad)
    assert workspace.row("2026", "bhyt").value_text == "95"


def test_restore_needs_the_administrator_once_accounts_exist(data_dir):
    """Only Quản trị restores; the current state is backed up first and the restore is audited."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Quản Trị", "Quản trị", "quantri-2026")
    ws.login("admin", "quantri-2026")
    ws.setup("tan cuong", "A", "B")
    ws.add_user("canbo", "Cán Bộ", "Cán bộ nhập liệu", "nhaplieu-2026")
    ws.logout()
    ws.login("canbo", "nhaplieu-2026")
    ws.set_entry("2026", "bhyt", numerator="9000", denominator="10000")
    old = take_backup(ws, "thu-cong")
    ws.set_entry("2026", "bhyt", numerator="9900")
    with pytest.raises(NotPermitted):
        restore(ws, old)
    ws.logout()
    ws.login("admin", "quantri-2026")
    saved = restore(ws, old)
    assert "truoc-khoi-phuc" in saved.name
    back = Workspace.open(data_dir)
    assert back.row("2026", "bhyt").value_text == "90"
    assert back.store.audit_rows()[-1].action == "restore"
    back.close()
