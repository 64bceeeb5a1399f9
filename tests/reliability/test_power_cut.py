"""Killing the app at any moment loses no acknowledged edit and never damages the database."""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.backups import check_database, newest_good_backup, restore, take_backup
from desktop_app.core.errors import DatabaseDamaged
from desktop_app.services import Workspace

WRITER = Path(__file__).with_name("writer.py")
KILLS = 100


@pytest.mark.slow
def test_sigkill_at_random_moments_keeps_every_acknowledged_edit(tmp_path):
    """100 times: a writer is killed with SIGKILL mid-work; every ACKed edit is there, integrity ok."""
    ws = Workspace.open(tmp_path)
    ws.setup("tan cuong", "A", "B")
    ws.close()
    rng = random.Random(2026)
    acked: set[int] = set()
    next_n = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(tmp_path), str(next_n)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().split() == ["PRAGMAS", "wal", "2"]  # 2: synchronous = FULL
        wanted = rng.randrange(0, 25)
        got = 0
        while got < wanted:
            line = proc.stdout.readline()
            if not line:
                break
            acked.add(int(line.split()[1]))
            got += 1
        time.sleep(rng.random() * 0.01)  # land anywhere inside the next transaction
        os.kill(proc.pid, signal.SIGKILL)
        for line in proc.stdout:  # lines written before the kill were acknowledged too
            if line.startswith("ACK"):
                acked.add(int(line.split()[1]))
        proc.wait()
        next_n = max(acked, default=next_n) + 1000  # values never repeat across runs

        conn = sqlite3.connect(tmp_path / "chitieu.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    conn = sqlite3.connect(tmp_path / "chitieu.db")
    stored = {int(v) for (v,) in conn.execute(
        "SELECT new FROM audit WHERE indicator = 'thu_ngan_sach' AND field = 'value'")}
    conn.close()
    assert len(acked) > 200
    assert acked <= stored


def test_each_edit_is_synced_to_disk_before_it_is_acknowledged(tmp_path):
    """SIGKILL cannot show what a power cut would lose: watch the writer's system calls
    instead. Before every "ACK n", the log the edit went to was synced (fsync or fdatasync
    of chitieu.db-wal after its last write)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    ws = Workspace.open(tmp_path)
    ws.setup("tan cuong", "A", "B")
    ws.close()
    trace = tmp_path / "trace.txt"
    done = subprocess.run([strace, "-f", "-y", "-e", "trace=write,pwrite64,fsync,fdatasync", "-o", str(trace),
                           sys.executable, str(WRITER), str(tmp_path), "0", "40"],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    acks = unsynced = 0
    for line in trace.read_text().splitlines():
        if "chitieu.db-wal>" in line and ("pwrite64(" in line or "write(" in line):
            unsynced += 1
        elif "chitieu.db-wal>" in line and ("fsync(" in line or "fdatasync(" in line):
            unsynced = 0
        elif "ACK " in line and "write(1" in line:
            assert unsynced == 0, f"ACK written with {unsynced} log writes not synced: {line}"
            acks += 1
    assert acks == 40


@pytest.mark.parametrize("damage", ["truncate", "random"])
def test_damaged_database_at_start_is_detected_and_restored_from_backup(tmp_path, damage):
    """A truncated or overwritten file is reported (not a crash) and the newest good backup restores it."""
    ws = Workspace.open(tmp_path)
    ws.setup("tan cuong", "A", "B")
    ws.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    take_backup(ws, "tudong-dong")
    ws.close()
    db = tmp_path / "chitieu.db"
    data = db.read_bytes()
    if damage == "truncate":
        db.write_bytes(data[: len(data) // 3])
    else:
        db.write_bytes(bytes(random.Random(1).randrange(256) for _ in range(len(data))))
    problem = check_database(db)
    assert isinstance(problem, DatabaseDamaged) and "chitieu.db" in problem.message
    good = newest_good_backup(db)
    assert good is not None
    saved = restore(db, good.path)
    assert saved.exists()  # the damaged file is kept, not deleted
    assert check_database(db) is None
    again = Workspace.open(tmp_path)
    assert again.row("2026", "bhyt").value_text == "95"
    assert [r.action for r in again.store.audit_rows()][-1] == "restore"
    again.close()
