"""A data folder that cannot be written (a write-protected USB stick, a read-only file) or a disk
that is full: the officer reads one line saying so, in the window and on the command line (exit
2, no traceback), and nothing saved is lost or half-written.

The tests on a real read-only or full disk mount a small tmpfs, as root does on Linux; they are
skipped, saying why, elsewhere."""
from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.errors import DataFolderReadOnly, StorageFailed
from desktop_app.services import Workspace
from tests.core.test_cli import chitieu  # noqa: F401 - a fixture
from tests.core.test_workflow import fill_year

SECTION = "ket_qua"


def _sh(command: str) -> bool:
    return subprocess.run(command, shell=True, capture_output=True).returncode == 0


@pytest.fixture
def disk(tmp_path):
    """mount(size) -> a folder on a tmpfs of that size, unmounted after the test."""
    mounted = []

    def mount(size: str) -> Path:
        if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("mounting a small disk needs root on Linux")
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        if not _sh(f"mount -t tmpfs -o size={size} tmpfs '{folder}'"):
            pytest.skip("this machine does not let root mount a tmpfs (a container without the right)")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        _sh(f"mount -o remount,rw '{folder}'")
        _sh(f"umount -l '{folder}'")  # lazily: a connection a failed test left open keeps it busy


def _commune(data: Path) -> None:
    ws = Workspace.open(data)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    ws.close()


def _one_line(done, needle: str) -> str:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and lines[0].startswith("Lỗi: "), done.stderr
    assert needle in lines[0] and "Traceback" not in done.stderr
    return lines[0]


def test_a_full_database_refuses_the_save_saves_none_of_it_and_goes_on_once_there_is_room(workspace):
    """SQLite's own "database or disk is full" (the file may grow no more): the narrative is refused
    with the disk's message, nothing of it or of its history is written, and once there is room again
    the same open window saves."""
    fill_year(workspace)
    conn = workspace.store.conn
    audit_before = len(workspace.store.audit_rows())
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StorageFailed, match="ổ đĩa đã đầy.*việc vừa làm chưa được lưu") as refused:
        workspace.set_narrative("2026", SECTION, "Kết quả nổi bật. " * 1000)
    assert "the disk is full" in refused.value.en
    assert not conn.in_transaction
    assert workspace.store.narratives(workspace.commune.code, "2026").get(SECTION, "") == ""
    assert len(workspace.store.audit_rows()) == audit_before

    conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    workspace.set_narrative("2026", SECTION, "Kết quả nổi bật. " * 1000)
    assert workspace.store.narratives(workspace.commune.code, "2026")[SECTION].startswith("Kết quả nổi bật.")
    assert workspace.store.verify_integrity() == []


def test_a_data_folder_on_a_read_only_disk_is_one_line_for_every_command_that_writes(disk, chitieu):
    """A write-protected USB stick: each command that writes says the folder cannot be written, and
    why; one that only looks works (tests/test_read_only.py)."""
    stick = disk("20m")
    _commune(stick / "d")
    assert _sh(f"mount -o remount,ro '{stick}'")
    for command in (["set", "--period", "2026", "--indicator", "bhyt", "--numerator", "9.000"],
                    ["audit", "acknowledge", "--yes", "AAAA-BBBB-CCCC-DDDD"]):
        line = _one_line(chitieu(stick / "d", *command), "Không ghi được vào thư mục dữ liệu")
        assert "ổ đĩa chỉ cho phép đọc" in line and "Số liệu không bị hỏng" in line
    assert chitieu(stick / "d", "show", "--period", "2026").returncode == 0
    assert _sh(f"mount -o remount,rw '{stick}'")
    ws = Workspace.open(stick / "d")
    assert ws.row("2026", "bhyt").entry.numerator == Decimal("9500")
    ws.close()


def test_a_read_only_database_file_refuses_the_save_with_one_line(tmp_path, disk, chitieu):
    """Only the database file is read-only (its folder is not): looking works, a save says it was not saved."""
    disk("1m")  # root on Linux: a read-only bind mount of the file
    data = tmp_path / "d"
    _commune(data)
    db = data / "chitieu.db"
    assert _sh(f"mount --bind '{db}' '{db}' && mount -o remount,ro,bind '{db}'")
    try:
        assert chitieu(data, "show", "--period", "2026").returncode == 0
        line = _one_line(chitieu(data, "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "9.000"),
                         "Không ghi được vào thư mục dữ liệu")
        assert "Việc vừa làm chưa được lưu" in line
    finally:
        _sh(f"umount -l '{db}'")
    ws = Workspace.open(data)
    assert ws.row("2026", "bhyt").entry.numerator == Decimal("9500")
    assert ws.store.verify_integrity() == []
    ws.close()


def test_a_full_disk_is_one_line_and_everything_saved_is_there_once_space_is_freed(disk, chitieu):
    """The data folder's disk fills up: opening and saving say the disk is full (not "disk I/O
    error"), and once a file is deleted the figures saved before are all there, the history whole."""
    small = disk("4m")
    _commune(small / "d")
    filler = small / "filler"
    _sh(f"dd if=/dev/zero of='{filler}' bs=4k")  # until the disk is full
    line = _one_line(chitieu(small / "d", "set", "--period", "2026", "--indicator", "thu_ngan_sach",
                             "--value", "60.000"), "ổ đĩa đã đầy")
    assert "số liệu đã lưu trước đó không mất" in line
    filler.unlink()
    ws = Workspace.open(small / "d")
    assert ws.row("2026", "thu_ngan_sach").entry.value == Decimal("50000")
    assert ws.store.verify_integrity() == []

    _sh(f"dd if=/dev/zero of='{filler}' bs=4k")  # full again, with the window open
    with pytest.raises(StorageFailed, match="ổ đĩa đã đầy"):
        for n in range(40):
            ws.set_narrative("2026", SECTION, f"{n} " + "Kết quả nổi bật. " * 200)
    filler.unlink()
    ws.set_entry("2026", "thu_ngan_sach", value="61.000")
    ws.close()
    ws = Workspace.open(small / "d")
    assert ws.row("2026", "thu_ngan_sach").entry.value == Decimal("61000")
    assert ws.store.verify_integrity() == []
    ws.close()



def test_an_error_that_only_mentions_full_is_not_called_a_full_disk(tmp_path):
    """A column renamed with another tool ("no such column: full_name") is a damaged database to
    look into, not a full disk to clear: the failure is judged by SQLite's code, not its words."""
    import sqlite3

    ws = Workspace.open(tmp_path / "xa")
    ws.store.conn.execute("ALTER TABLE users RENAME COLUMN full_name TO ten")
    with pytest.raises(sqlite3.OperationalError, match="full_name"):
        ws.add_user("admin", "Quản Trị", "Quản trị", "cay-tre-2026")
    ws.close()


def test_a_database_opened_by_a_relative_path_is_still_written_after_a_change_of_folder(tmp_path, monkeypatch):
    """The replaced-file check looks at the file the program opened, wherever the working folder
    goes afterwards (a file dialog may change it)."""
    monkeypatch.chdir(tmp_path)
    ws = Workspace.open(Path("du-lieu"), user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    monkeypatch.chdir(tmp_path.parent)
    ws.set_entry("2026-Q1", "thu_ngan_sach", value="1.000")
    assert ws.row("2026-Q1", "thu_ngan_sach").entry.value == Decimal(1000)
    ws.close()
