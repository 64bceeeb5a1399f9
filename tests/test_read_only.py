"""Commands that only look (`chitieu show`, `status`, `audit verify`, `verify FILE` …) open the
database read-only: they work on a write-protected USB stick, a CD or a folder without write
permission, never migrate or change the file, and a database an older version made is left as
it is with a line saying what to do. Commands that write say, in one line, that the folder
cannot be written.

A folder that cannot be written is made with chmod (folder 0o555, files 0o444). Root ignores
permissions: run as root, the same files are put on a small disk mounted read-only (a tmpfs, as
a write-protected stick is), and the test is skipped, saying so, where root cannot mount one."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from db.schema import MIGRATIONS, SCHEMA_VERSION
from db.store import Store
from desktop_app.core.errors import DataFolderReadOnly
from desktop_app.data_folder import DB_NAME
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace, export_period
from tests.core.test_cli import chitieu  # noqa: F401 - a fixture
from tests.core.test_workflow import fill_year

pytestmark = pytest.mark.skipif(os.name != "posix", reason="folder permissions and mounts as on Linux")


def _sh(command: str) -> bool:
    return subprocess.run(command, shell=True, capture_output=True).returncode == 0


@pytest.fixture
def read_only(tmp_path):
    """read_only(folder) -> a folder holding the same files that nobody can write into."""
    undo = []

    def make(folder: Path) -> Path:
        if os.geteuid() != 0:
            for f in folder.iterdir():
                f.chmod(0o444)
            folder.chmod(0o555)
            undo.append(lambda: folder.chmod(0o755))
            return folder
        stick = tmp_path / f"stick{len(undo)}"
        stick.mkdir()
        if not shutil.which("mount") or not _sh(f"mount -t tmpfs -o size=20m tmpfs '{stick}'"):
            pytest.skip("run as root, which ignores permissions: a read-only folder needs a read-only disk, and "
                        "this machine does not let root mount one")
        undo.append(lambda: _sh(f"umount -l '{stick}'"))
        shutil.copytree(folder, stick / folder.name)  # times kept
        assert _sh(f"mount -o remount,ro '{stick}'")
        return stick / folder.name

    yield make
    for step in reversed(undo):
        step()


def _snapshot(folder: Path) -> dict:
    """Every file of the folder: its bytes and modification time."""
    return {f.name: (f.read_bytes(), f.stat().st_mtime_ns) for f in sorted(folder.iterdir())}


def _database(folder: Path) -> tuple[bytes, int]:
    """The database file's bytes and modification time (in a folder that can be written, SQLite
    keeps its -shm and -wal files beside it while reading, as while the window is open)."""
    return _snapshot(folder)[DB_NAME]


def _commune(folder: Path) -> None:
    ws = Workspace.open(folder)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    ws.close()


def _one_line(done, *needles: str) -> str:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and lines[0].startswith("Lỗi: "), done.stderr
    assert "Traceback" not in done.stderr and all(n in lines[0] for n in needles), lines[0]
    return lines[0]


def test_looking_at_a_database_in_a_folder_nobody_can_write_works_and_changes_nothing(tmp_path, read_only, chitieu):
    _commune(tmp_path / "d")
    data = read_only(tmp_path / "d")
    before = _snapshot(data)

    shown = chitieu(data, "show", "--period", "2026")
    assert shown.returncode == 0, shown.stderr
    assert "Xã Tân Cương — Năm 2026" in shown.stdout and "9.500" in shown.stdout
    status = chitieu(data, "status")
    assert status.returncode == 0 and "2026-Q1" in status.stdout, status.stderr
    audit = chitieu(data, "audit", "verify")
    assert audit.returncode == 0 and "Nhật ký thay đổi nguyên vẹn" in audit.stdout, audit.stderr
    assert chitieu(data, "user", "list").returncode == 0
    assert chitieu(data, "catalog").stdout.startswith("Bộ chỉ tiêu phiên bản")
    assert _snapshot(data) == before  # no byte, no time, no -wal or -shm file beside it


def test_a_command_that_writes_on_a_read_only_folder_says_so_in_one_line(tmp_path, read_only, chitieu):
    _commune(tmp_path / "d")
    data = read_only(tmp_path / "d")
    before = _snapshot(data)
    done = chitieu(data, "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "9.000")
    line = _one_line(done, f"Không ghi được vào thư mục dữ liệu {data}", "Số liệu không bị hỏng")
    assert "--data-dir" in line
    _one_line(chitieu(data, "audit", "acknowledge", "--yes", "AAAA-BBBB-CCCC-DDDD"), f"Không ghi được vào thư mục dữ liệu {data}")
    assert _snapshot(data) == before


def test_verify_reads_the_province_register_on_a_read_only_disk(tmp_path, read_only, chitieu):
    """`chitieu verify FILE` beside a province database on a write-protected stick: the file is
    checked and the register's word on its key said, the database untouched."""
    ws = Workspace.open(tmp_path / "xa")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    export_period(ws, "2026", tmp_path / "hop-thu", pdf=False)
    ws.close()
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(tmp_path / "hop-thu", "2026")
    office.close()
    data = read_only(tmp_path / "tinh")
    before = _snapshot(data)

    done = chitieu(data, "verify", str(tmp_path / "hop-thu" / "2026_05503_xa-tan-cuong.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "nguyên vẹn" in done.stdout and "CHỜ XÁC NHẬN" in done.stdout
    keys = chitieu(data, "keys", "list")
    assert keys.returncode == 0 and "05503" in keys.stdout and "Chờ xác nhận" in keys.stdout, keys.stderr
    assert _snapshot(data) == before


def _older_database(folder: Path, *, province: bool = False) -> Path:
    """A database as the version before this one left it (WAL mode, schema one step older)."""
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    for migrate in MIGRATIONS[:-1]:
        migrate(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    if province:
        conn.execute("INSERT INTO settings (key, value) VALUES ('mode', '\"province\"')")
    conn.close()
    return folder


def _schema(folder: Path) -> int:
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_a_database_an_older_version_made_is_not_upgraded_by_looking(tmp_path, chitieu):
    data = _older_database(tmp_path / "d")
    before = _database(data)
    line = _one_line(chitieu(data, "show", "--period", "2026"), "được tạo bởi phiên bản cũ hơn",
                     str(data / DB_NAME), "Hãy mở chương trình một lần (hoặc chạy một lệnh ghi")
    assert f"lược đồ {SCHEMA_VERSION - 1}" in line
    _one_line(chitieu(data, "status"), "phiên bản cũ hơn")
    assert _database(data) == before and _schema(data) == SCHEMA_VERSION - 1

    # a command that writes upgrades it, as the window does; looking works from then on
    done = chitieu(data, "setup", "--commune", "tan cuong", "--preparer", "Nguyễn Văn An", "--signer", "Trần Thị Bình")
    assert done.returncode == 0, done.stderr
    assert _schema(data) == SCHEMA_VERSION
    assert chitieu(data, "show", "--period", "2026").returncode == 0


def test_verify_does_not_upgrade_an_older_province_database(tmp_path, chitieu):
    ws = Workspace.open(tmp_path / "xa")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    export_period(ws, "2026", tmp_path / "out", pdf=False)
    ws.close()
    data = _older_database(tmp_path / "tinh", province=True)
    before = _database(data)
    done = chitieu(data, "verify", str(tmp_path / "out" / "2026_05503_xa-tan-cuong.xlsx"))
    assert done.returncode == 0 and "nguyên vẹn" in done.stdout, done.stderr
    assert "Không đọc được sổ đăng ký khóa của tỉnh" in done.stdout and "phiên bản cũ hơn" in done.stdout
    assert _database(data) == before and _schema(data) == SCHEMA_VERSION - 1


def _stopped_abruptly(folder: Path, copy: Path, *, shm: bool) -> None:
    """`copy`: the data folder as a power cut leaves it: the last save only in the -wal file."""
    ws = Workspace.open(folder)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    fill_year(ws)
    ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    ws.set_entry("2026", "bhyt", numerator="9.800")
    copy.mkdir()
    for suffix in ("", "-wal") + (("-shm",) if shm else ()):
        shutil.copy2(folder / (DB_NAME + suffix), copy / (DB_NAME + suffix))
    ws.close()


def test_a_database_left_with_unwritten_changes_on_a_read_only_folder_is_not_read_without_them(
        tmp_path, read_only, chitieu):
    """With its shared-memory file the last save is read; without it, the program says why it cannot
    read (reading the file alone would show figures older than the ones saved)."""
    _stopped_abruptly(tmp_path / "d", tmp_path / "with-shm", shm=True)
    data = read_only(tmp_path / "with-shm")
    shown = chitieu(data, "show", "--period", "2026")
    assert shown.returncode == 0 and "9.800" in shown.stdout, shown.stderr

    shutil.rmtree(tmp_path / "d")
    _stopped_abruptly(tmp_path / "d", tmp_path / "no-shm", shm=False)
    data = read_only(tmp_path / "no-shm")
    before = _snapshot(data)
    _one_line(chitieu(data, "show", "--period", "2026"), f"Cơ sở dữ liệu {data / DB_NAME}",
              "chitieu.db-wal", "chép cả thư mục sang nơi ghi được")
    assert _snapshot(data) == before


def test_a_wrong_password_given_to_a_command_that_only_looks_still_counts(tmp_path, chitieu):
    """The lock-out counts wrong passwords of every command; where the folder cannot be written,
    a wrong password is refused all the same and the right one lets the officer look."""
    ws = Workspace.open(tmp_path / "d")
    ws.add_user("quantri", "Nguyễn Văn An", "Quản trị", "mat-khau-dai-1")
    ws.login("quantri", "mat-khau-dai-1")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.close()
    data = tmp_path / "d"
    wrong = chitieu(data, "show", "--period", "2026", env={"CHITIEU_USER": "quantri", "CHITIEU_PASSWORD": "sai"})
    _one_line(wrong, "Sai tên đăng nhập hoặc mật khẩu. Còn 4 lần thử")
    store = Store(data / DB_NAME, read_only=True)
    assert store.user("quantri").failed_logins == 1
    with pytest.raises(DataFolderReadOnly, match="Lệnh này chỉ xem"):
        with store.transaction():
            pass
    store.close()
    right = chitieu(data, "status", env={"CHITIEU_USER": "quantri", "CHITIEU_PASSWORD": "mat-khau-dai-1"})
    assert right.returncode == 0, right.stderr
    assert Workspace.open(data).store.user("quantri").failed_logins == 0


def test_logging_in_to_look_at_a_read_only_disk_checks_the_password_and_records_nothing(
        tmp_path, read_only, chitieu):
    ws = Workspace.open(tmp_path / "d")
    ws.add_user("quantri", "Nguyễn Văn An", "Quản trị", "mat-khau-dai-1")
    ws.login("quantri", "mat-khau-dai-1")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.close()
    data = read_only(tmp_path / "d")
    before = _snapshot(data)
    wrong = chitieu(data, "status", env={"CHITIEU_USER": "quantri", "CHITIEU_PASSWORD": "sai"})
    assert _one_line(wrong, "Sai tên đăng nhập hoặc mật khẩu.") == "Lỗi: Sai tên đăng nhập hoặc mật khẩu. Kiểm tra bộ gõ (Unikey) và phím Caps Lock."
    right = chitieu(data, "status", env={"CHITIEU_USER": "quantri", "CHITIEU_PASSWORD": "mat-khau-dai-1"})
    assert right.returncode == 0 and "2026-Q1" in right.stdout, right.stderr
    assert _snapshot(data) == before


@pytest.fixture
def read_only_file():
    """read_only_file(path): a database file nobody can write, in a folder that can be written
    (copied from a CD on Windows): chmod 0o444, or, as root, the immutable attribute."""
    undo = []

    def make(path: Path) -> Path:
        if os.geteuid() != 0:
            path.chmod(0o444)
            undo.append(lambda: path.chmod(0o644))
        elif not (shutil.which("chattr") and _sh(f"chattr +i '{path}'")):
            pytest.skip("run as root, which ignores permissions, on a disk without the immutable attribute")
        else:
            undo.append(lambda: _sh(f"chattr -i '{path}'"))
        return path

    yield make
    for step in reversed(undo):
        step()


def test_logging_in_to_look_at_a_read_only_database_file_checks_the_password(tmp_path, read_only_file, chitieu):
    """A writable folder holding a read-only database file: a wrong password is "wrong" (not "the
    disk cannot be written"), and the right one lets the officer look, even after a wrong one."""
    ws = Workspace.open(tmp_path / "d")
    ws.add_user("quantri", "Nguyễn Văn An", "Quản trị", "mat-khau-dai-1")
    ws.login("quantri", "mat-khau-dai-1")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.close()
    data = tmp_path / "d"
    read_only_file(data / DB_NAME)
    before = _database(data)
    wrong = chitieu(data, "status", env={"CHITIEU_USER": "quantri", "CHITIEU_PASSWORD": "sai"})
    assert _one_line(wrong, "Sai tên đăng nhập hoặc mật khẩu.") == "Lỗi: Sai tên đăng nhập hoặc mật khẩu. Kiểm tra bộ gõ (Unikey) và phím Caps Lock."
    right = chitieu(data, "status", env={"CHITIEU_USER": "quantri", "CHITIEU_PASSWORD": "mat-khau-dai-1"})
    assert right.returncode == 0 and "2026-Q1" in right.stdout, right.stderr
    assert _database(data) == before
