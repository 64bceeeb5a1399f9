"""A restore and another window or command at the same moment (red-team 17, F2). The restore checked that
nobody had the database open, then copied the backup and renamed it in, holding nothing meanwhile: a command
opening the database during the copy wrote into the old file, was told "Đã lưu", and its figure was in neither
the restored database nor the "truoc-khoi-phuc" copy. Now the restore holds the database from its check to
its end and takes that copy under the same hold: the other's work is in the copy, in the restored database
(after the restore), or refused with a message; never lost after "Đã lưu"."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import db.backup
import db.store
from desktop_app.backups import restore, take_backup
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

ROOT = Path(__file__).resolve().parents[2]


def _set(data_dir: Path, value: str) -> subprocess.CompletedProcess:
    """`chitieu set` of the officer in a process of its own, as a second window or a script would."""
    env = {**os.environ, "CHITIEU_PASSWORD": PW["canbo"], "PYTHONIOENCODING": "utf-8"}
    env.pop("CHITIEU_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--user", "canbo", "set",
                           "--period", "2026", "--indicator", "thu_ngan_sach", "--value", value],
                          cwd=ROOT, env=env, check=False, capture_output=True, text=True, encoding="utf-8", timeout=120)


def _value(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT value FROM entries WHERE period = '2026' AND indicator = 'thu_ngan_sach'")]
    finally:
        conn.close()


def _restore_ready(office, data_dir):
    """A backup holding 50.000, then 11.111 saved after it (what the restore takes away and keeps)."""
    as_(office, "canbo")
    fill_year(office)
    as_(office, "admin")
    backup = take_backup(office, "thu-cong")
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="11.111")
    as_(office, "admin")
    return backup


def test_a_command_started_during_the_restore_s_copy_is_kept_or_refused_never_lost(office, data_dir, monkeypatch):
    backup = _restore_ready(office, data_dir)
    copying = db.backup.backup_file
    during = []

    def copy_then_a_command(source, target):
        done = copying(source, target)
        if Path(target).name.endswith(".restore"):  # the end of the copy of the backup: a command starts
            during.append(_set(data_dir, "22.222"))
        return done

    monkeypatch.setattr(db.backup, "backup_file", copy_then_a_command)
    saved = restore(office, backup)

    assert len(during) == 1
    said = during[0].stdout + during[0].stderr
    restored, kept = _value(data_dir / "chitieu.db"), _value(saved)
    assert kept == ["11111"] and restored in (["50000"], ["22222"])
    if during[0].returncode == 0:  # told "Đã lưu": its figure is somewhere the restore left
        assert "Đã lưu" in said and "22222" in restored + kept, said
    else:  # held by the restore: told so in the officer's words, and nothing of it saved
        assert "Cơ sở dữ liệu đang được một cửa sổ hoặc lệnh khác của chương trình ghi" in said, said
        assert "số liệu đã lưu không mất" in said and "Đã lưu" not in said and restored == ["50000"]
    back = Workspace.open(data_dir)
    assert back.store.verify_integrity() == []
    assert back.store.audit_rows()[-1].action == "restore"
    back.close()


def test_work_saved_after_the_window_s_question_is_in_the_copy_the_restore_keeps(office, data_dir, monkeypatch):
    """A command saves between the window's checks and the restore itself: the copy of the data before the
    restore ("truoc-khoi-phuc") is taken while the restore holds the database, so it holds that save."""
    backup = _restore_ready(office, data_dir)
    replacing = db.backup.restore_into
    during = []

    def a_command_first(*args, **kwargs):
        during.append(_set(data_dir, "33.333"))
        return replacing(*args, **kwargs)

    monkeypatch.setattr(db.backup, "restore_into", a_command_first)
    saved = restore(office, backup)

    assert during[0].returncode == 0 and "Đã lưu" in during[0].stdout, during[0].stderr
    assert _value(saved) == ["33333"]  # what it replaced, kept
    assert _value(data_dir / "chitieu.db") == ["50000"]


def test_a_database_renamed_over_while_it_is_opened_is_worked_in_not_the_file_it_replaced(office, data_dir,
                                                                                         monkeypatch):
    """The file is replaced between a window's connecting and its reading (a restore by an older version, a
    copy moved over it by hand): the window works in the file that is the database, not in the one gone."""
    as_(office, "canbo")
    fill_year(office)
    as_(office, "admin")
    moved = take_backup(office, "thu-cong", target_dir=data_dir.parent / "usb")  # 50.000
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="11.111")  # in the file that is replaced
    office.close()
    db_path = data_dir / "chitieu.db"
    connect = sqlite3.connect
    moves = []

    def connect_then_moved_over(database, *args, **kwargs):
        conn = connect(database, *args, **kwargs)
        if not moves and str(database) == str(db_path):
            moves.append(database)
            os.replace(moved, db_path)
        return conn

    monkeypatch.setattr(db.store.sqlite3, "connect", connect_then_moved_over)
    ws = Workspace.open(data_dir)
    monkeypatch.setattr(db.store.sqlite3, "connect", connect)
    ws.login("canbo", PW["canbo"])
    assert ws.row("2026", "thu_ngan_sach").entry.value == Decimal("50000")  # what the database holds now
    ws.set_entry("2026", "thu_ngan_sach", value="44.444")
    ws.close()

    assert moves
    assert _value(db_path) == ["44444"]
    fresh = Workspace.open(data_dir)
    assert fresh.row("2026", "thu_ngan_sach").entry.value == Decimal("44444")
    assert fresh.store.verify_integrity() == []
    fresh.close()
