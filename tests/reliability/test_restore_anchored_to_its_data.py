"""Red-team R9 F3 on 75e2aea: an approved office took its automatic backup B1 and restored it honestly; then, with
sqlite3 only, the 2026 approval rows were cut off the history again, the restore's row kept after them and the
chain's hashes recomputed (an unkeyed sha256 chain): `audit verify` said the change log intact, 2026 back at Hoàn
thành, and automatic backups went on, rotating out those holding the rows, since the restore's row explained every
divergence from the backups before it, a cut made after it included. Now the restore's row records the last row of
the data it put back (id and chain hash) and the backup's name and SHA-256, and explains nothing once that row is
no longer there, unchanged, right before it (the restore's own rows aside).

Red-team R11 F2 on 91c7d78: the same cut, the `anchor` and `restored` keys stripped from the restore's row (read as an
older version's row, which explains as it did) and the chain rehashed: clean again, automatic backups taken. Now
every restore keeps a backup of the data it put in, its row as written their newest ("sau-khoi-phuc"): the row
rewritten, or the rows before it cut, is a loss against that backup."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from db.integrity import AUDIT_COLUMNS, row_hash
from desktop_app import backups
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.reliability.test_chain_tail_cut import SAID

LATER = dt.datetime.now() + dt.timedelta(days=2)


def _approved(ws) -> None:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")


def _restored(ws, backup: Path) -> Workspace:
    """Khôi phục… by the administrator, the question read and answered; the program opened again."""
    db = Path(ws.store.path)
    backups.restore(as_(ws, "admin"), backup, confirmed=backups.restore_warning(db, backup))
    return as_(Workspace.open(db.parent), "admin")


def _recut(database: Path, strip: bool = False) -> None:
    """recut.py of the red-team: with sqlite3 only, the 2026 approval and the rows after it cut off, but the
    restore's row (and what follows it) kept, their chain hashes recomputed; 2026 back at Hoàn thành. `strip`:
    recut_anchor.py MODE=drop (R11), the row's `anchor` and `restored` removed too, before the rehash."""
    db = sqlite3.connect(database)
    try:
        head = db.execute("SELECT chain_head FROM approvals WHERE period = '2026'").fetchone()[0]
        cut = db.execute("SELECT id FROM audit WHERE hash = ?", (head,)).fetchone()[0]
        restore = db.execute("SELECT max(id) FROM audit WHERE action = 'restore'").fetchone()[0]
        db.executescript(
            f"DELETE FROM audit WHERE id > {cut} AND id < {restore}; DELETE FROM approvals WHERE period = '2026';"
            "DELETE FROM period_history WHERE period = '2026' AND id > (SELECT min(id) FROM period_history"
            " WHERE period = '2026' AND to_state = 'Hoàn thành');"
            "UPDATE period_states SET state = 'Hoàn thành', fingerprint = NULL, approved_at = NULL,"
            " approved_by = NULL, sent_at = NULL, approval_id = NULL WHERE period = '2026';")
        if strip:
            old = json.loads(db.execute("SELECT old FROM audit WHERE id = ?", (restore,)).fetchone()[0])
            old.pop("anchor"), old.pop("restored")
            db.execute("UPDATE audit SET old = ? WHERE id = ?",
                       (json.dumps(old, ensure_ascii=False, sort_keys=True), restore))
        previous = db.execute("SELECT hash FROM audit WHERE id = ?", (cut,)).fetchone()[0]
        for row in db.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE id >= ? ORDER BY id",
                              (restore,)).fetchall():
            previous = row_hash(previous, tuple(row))
            db.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, row[0]))
        db.commit()
    finally:
        db.close()


def test_an_honest_restore_records_what_it_put_back_and_stays_silent(office):  # noqa: F811
    _approved(office)
    kept = backups.auto_backup(office, "mo")
    digest = hashlib.sha256(kept.read_bytes()).hexdigest()
    ws = _restored(office, kept)
    try:
        rows = ws.store.conn.execute("SELECT id, hash, action, old FROM audit ORDER BY id").fetchall()
        restore = next(i for i, r in enumerate(rows) if r[2] == "restore")
        recorded = json.loads(rows[restore][3])
        assert recorded["anchor"] == [rows[restore - 1][0], rows[restore - 1][1]]
        assert recorded["restored"] == {"name": kept.name, "sha256": digest}
        assert [t.message for t in ws.verify_history()] == []
        assert backups.auto_backup(ws, "mo", now=LATER) is not None
    finally:
        ws.close()


@pytest.mark.parametrize("strip", [False, True], ids=["anchor-kept", "anchor-stripped"])
def test_a_cut_made_after_the_restore_of_the_rows_before_it_is_a_finding(office, strip):  # noqa: F811
    _approved(office)
    kept = backups.auto_backup(office, "mo")
    ws = _restored(office, kept)
    try:
        assert [t.message for t in ws.verify_history()] == []
        (after,) = sorted(kept.parent.glob("*-sau-khoi-phuc.db"))  # the honest restore kept one, holding its row
        ws.close()
        _recut(Path(ws.store.path), strip)
        ws = as_(Workspace.open(Path(ws.store.path).parent), "admin")
        assert ws.period_state("2026") == State.COMPLETE
        found = [t.message for t in ws.verify_history()]  # was []: "Nhật ký thay đổi nguyên vẹn"
        # named: the backup kept after the restore (its row as written, the furthest). B1 and the restore's copy of
        # the data it replaced (the same rows) are not explained either: stripped, the row reads as an older
        # version's, which explains only the backups an older version wrote (R12 F3: test_restore_kept_backup_gone)
        others = "; 2 bản sao lưu khác cũng có dòng nhật ký mà dữ liệu đang dùng không còn giữ nguyên"
        assert [m.startswith(f"Bản sao lưu {after.name} ") and SAID in m and others in m
                for m in found] == [True], found
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động"):  # was taken, rotating B1 out
            backups.auto_backup(ws, "mo", now=LATER)
    finally:
        ws.close()
