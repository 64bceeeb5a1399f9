"""Red-team R12 F3 on 56c13bc: an approved office took its automatic backup B1 and restored it honestly; then, with
sqlite3 only, the 2026 approval rows were cut, the `anchor` and `restored` keys stripped from the restore's row (read
as an older version's row, which explains the backups as it did), the chain rehashed, and the backup the restore kept
holding its row ("sau-khoi-phuc") deleted, or overwritten with a copy of the cut data: `audit verify` exit 0 "Nhật ký
thay đổi nguyên vẹn", 2026 back at Hoàn thành, automatic backups taken, the next one under the deleted backup's number
(no gap). B1 and the restore's copy of the data it replaced ("truoc-khoi-phuc") still held the rows cut.

Now the history says which version wrote a backup: a row written before this version's first backup, or an anchored
restore row (db/anchoring_mark.py; a stamp in the header, 269f084, was cleared with sqlite3: red-team R13 F1). A restore
row without its anchor explains only backups holding neither, which an older version wrote, and nothing after such a
row in the data; a restore explains a backup of this version only while a kept backup holds its row as it stands, or
the backup it put back is kept (db/restore_kept.py: the anchor moved down to the cut with the rows renumbered, the
"sau-khoi-phuc" backup deleted, is neither; that backup deleted by hand, nothing cut, is no finding: R13 F2). A
backup's number is never taken again."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from db import anchoring_mark
from db.integrity import AUDIT_COLUMNS, row_hash
from desktop_app import backups
from desktop_app.backup_files import list_backups
from desktop_app.cli import run
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 - office is a fixture
from tests.reliability.test_chain_tail_cut import SAID
from tests.reliability.test_restore_anchored_to_its_data import (
    _approved,
    _recut,
    _restored,
)

LATER = dt.datetime.now() + dt.timedelta(days=2)


def _moved_down(database: Path) -> None:
    """The recut with the restore's row kept anchored: the rows from the approval on deleted, the restore's row moved
    down to the id after the cut (its anchor rewritten to name the cut row), the chain rehashed."""
    db = sqlite3.connect(database)
    try:
        head = db.execute("SELECT chain_head FROM approvals WHERE period = '2026'").fetchone()[0]
        cut, cut_hash = db.execute("SELECT id, hash FROM audit WHERE hash = ?", (head,)).fetchone()
        restore = db.execute("SELECT max(id) FROM audit WHERE action = 'restore'").fetchone()[0]
        db.executescript(
            f"DELETE FROM audit WHERE id > {cut} AND id < {restore}; DELETE FROM approvals WHERE period = '2026';"
            "DELETE FROM period_history WHERE period = '2026' AND id > (SELECT min(id) FROM period_history"
            " WHERE period = '2026' AND to_state = 'Hoàn thành');"
            "UPDATE period_states SET state = 'Hoàn thành', fingerprint = NULL, approved_at = NULL,"
            " approved_by = NULL, sent_at = NULL, approval_id = NULL WHERE period = '2026';"
            f"UPDATE audit SET id = {cut + 1} WHERE id = {restore};")
        old = json.loads(db.execute("SELECT old FROM audit WHERE id = ?", (cut + 1,)).fetchone()[0])
        old["anchor"] = [cut, cut_hash]
        db.execute("UPDATE audit SET old = ? WHERE id = ?", (json.dumps(old, ensure_ascii=False, sort_keys=True),
                                                            cut + 1))
        previous = cut_hash
        for row in db.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE id > ? ORDER BY id",
                              (cut,)).fetchall():
            previous = row_hash(previous, tuple(row))
            db.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, row[0]))
        db.commit()
    finally:
        db.close()


def _copied_over(database: Path, backup: Path) -> None:
    """The backup file overwritten with a copy of the database (SK=copy: `VACUUM INTO`, then moved over it)."""
    backup.unlink()
    db = sqlite3.connect(database)
    try:
        db.execute("VACUUM INTO ?", (str(backup),))
    finally:
        db.close()


@pytest.mark.parametrize("cut,kept", [("strip", "delete"), ("strip", "copy"), ("move", "delete")],
                         ids=["anchor-stripped-deleted", "anchor-stripped-copied-over", "anchor-moved-deleted"])
def test_the_backup_kept_after_a_restore_gone_leaves_the_rows_cut_found(office, cut, kept, monkeypatch, capsys):  # noqa: F811
    _approved(office)
    b1 = backups.auto_backup(office, "mo")
    ws = _restored(office, b1)
    database = Path(ws.store.path)
    try:
        (before,) = b1.parent.glob("*-truoc-khoi-phuc.db")
        (after,) = b1.parent.glob("*-sau-khoi-phuc.db")
        ws.close()
        _recut(database, strip=True) if cut == "strip" else _moved_down(database)
        after.unlink() if kept == "delete" else _copied_over(database, after)
        ws = as_(Workspace.open(database.parent), "admin")
        assert ws.period_state("2026") == State.COMPLETE
        found = [t.message for t in ws.verify_history()]  # was []: "Nhật ký thay đổi nguyên vẹn"
        # B1 and the copy of the data the restore replaced hold the same rows cut: one named, the other counted
        assert [any(m.startswith(f"{kind} {b.name} ") for kind, b in (("Bản sao lưu", before),
                                                                       ("Bản sao lưu tự động", b1)))
                and "từ dòng số " in m and SAID in m
                and "1 bản sao lưu khác cũng có dòng nhật ký mà dữ liệu đang dùng không còn giữ nguyên" in m
                for m in found] == [True], found
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động"):  # was taken
            backups.auto_backup(ws, "mo", now=LATER)
    finally:
        ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    capsys.readouterr()
    assert run(["--data-dir", str(database.parent), "--user", "admin", "audit", "verify"]) == 1  # was 0
    assert before.name in capsys.readouterr().err


def test_a_deleted_backups_number_is_not_taken_again(office):  # noqa: F811
    _approved(office)
    b1 = backups.auto_backup(office, "mo")
    ws = _restored(office, b1)
    try:
        assert [b.number for b in list_backups(Path(ws.store.path))] == [3, 2, 1]
        (after,) = b1.parent.glob("*-sau-khoi-phuc.db")
        after.unlink()  # nothing cut: the data hold every row the other backups hold
        assert [t.message for t in ws.verify_history()] == []
        taken = backups.auto_backup(ws, "mo", now=LATER)
        assert taken.name.startswith("chitieu-000004-")  # was 000003, the deleted backup's, leaving no gap
    finally:
        ws.close()


def test_the_backup_kept_after_a_restore_deleted_by_hand_is_no_finding(office, monkeypatch, capsys):  # noqa: F811
    """Red-team R13 F2 (honest_skdel): B1, work, B1 restored (the work discarded, kept in the "truoc-khoi-phuc" copy),
    then the person deletes the restore's "sau-khoi-phuc" backup, nothing cut: the copy of the work was a finding
    ('Phát hiện thay đổi ngoài chương trình: Bản sao lưu …-truoc-khoi-phuc.db … từ dòng số 60 …'), automatic backup
    refused. B1, whose newest row is the restore's anchor as the data hold it, stands in for the backup deleted."""
    _approved(office)
    b1 = backups.auto_backup(office, "mo")
    as_(office, "lanhdao").reopen("2026", "sửa")
    as_(office, "canbo").set_entry("2026", "ket_nap_dang_vien", value="13")
    ws = _restored(office, b1)
    database = Path(ws.store.path)
    try:
        (after,) = b1.parent.glob("*-sau-khoi-phuc.db")
        after.unlink()
        assert [t.message for t in ws.verify_history()] == []
        assert backups.auto_backup(ws, "mo", now=LATER) is not None  # was refused
        assert ws.period_state("2026") == State.APPROVED
    finally:
        ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    capsys.readouterr()
    assert run(["--data-dir", str(database.parent), "--user", "admin", "audit", "verify"]) == 0  # was 1


def test_restores_of_the_backups_restores_keep_stay_silent(office):  # noqa: F811
    """R12's honest_sk: B1, work, B2; restore B1, its "sau-khoi-phuc" backup, that one's, the oldest "truoc-khoi-phuc"
    copy, B2, the first "sau-khoi-phuc" again; work and approve; automatic backups rotating."""
    _approved(office)
    b1 = backups.auto_backup(office, "mo")
    as_(office, "lanhdao").reopen("2026", "sửa")
    as_(office, "canbo").set_entry("2026", "ket_nap_dang_vien", value="13")
    b2 = backups.auto_backup(office, "mo", now=dt.datetime.now() + dt.timedelta(days=1))
    folder, ws = b1.parent, office

    def kept(kind: str, which: int) -> Path:
        return sorted(folder.glob(f"*-{kind}.db"))[which]

    for chosen in (lambda: b1, lambda: kept("sau-khoi-phuc", 0), lambda: kept("sau-khoi-phuc", 1),
                   lambda: kept("truoc-khoi-phuc", 0), lambda: b2, lambda: kept("sau-khoi-phuc", 0)):
        ws = _restored(ws, chosen())
        assert [t.message for t in ws.verify_history()] == []
    as_(ws, "lanhdao").reopen("2026", "sửa")
    as_(ws, "canbo").set_entry("2026", "ket_nap_dang_vien", value="14")
    ws.complete("2026")
    as_(ws, "lanhdao").approve("2026")
    try:
        for day in range(2, 12):
            assert backups.auto_backup(ws, "mo", now=dt.datetime.now() + dt.timedelta(days=day)) is not None
        assert [t.message for t in ws.verify_history()] == []
        assert ws.period_state("2026") == State.APPROVED
    finally:
        ws.close()


def _cut_with_anchor_stripped(office) -> tuple[Path, Path]:
    """R12 F3's cut: the year approved, backed up (B1) and restored from it, then the rows from the approval on
    cut, the restore row's anchor stripped and the chain rehashed, the workspace closed: (B1, the database)."""
    _approved(office)
    b1 = backups.auto_backup(office, "mo")
    ws = _restored(office, b1)
    database = Path(ws.store.path)
    ws.close()
    _recut(database, strip=True)
    return b1, database


def test_the_header_cleared_on_every_backup_leaves_the_rows_cut_found(office):  # noqa: F811
    """Red-team R13 F1 (recut_stamp STAMP=clear): R12 F3's cut, the "sau-khoi-phuc" backup deleted, and
    `PRAGMA application_id = 0` on each backup left (the stamp 269f084 wrote there, read as an older version's
    backups): the check was clean. The history says which version wrote them: B1 holds the row written before the
    first backup of this version, and so do the data, before the restore's row stripped of its anchor."""
    b1, database = _cut_with_anchor_stripped(office)
    ws = None
    try:
        for path in b1.parent.glob("*.db"):
            if path.name.endswith("-sau-khoi-phuc.db"):
                path.unlink()
                continue
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA application_id = 0")
            conn.close()
        ws = as_(Workspace.open(database.parent), "admin")
        found = [t.message for t in ws.verify_history()]  # was []
        assert [f"Bản sao lưu tự động {b1.name} " in m or "-truoc-khoi-phuc.db " in m for m in found] == [True], found
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động"):  # was taken
            backups.auto_backup(ws, "mo", now=LATER)
    finally:
        if ws is not None:
            ws.close()


def test_an_older_versions_backups_read_as_before(office, monkeypatch):  # noqa: F811
    """Backups an older version wrote (its history holds no row saying this version's, db/anchoring_mark.py) are
    explained by a restore row without the anchor, as before: the same cut, with B1 and the copy of the data replaced
    as that version left them, and no "sau-khoi-phuc" backup."""
    monkeypatch.setattr(anchoring_mark, "mark", lambda store: None)  # as the older version took them
    b1, database = _cut_with_anchor_stripped(office)
    ws = None
    try:
        (after,) = b1.parent.glob("*-sau-khoi-phuc.db")
        after.unlink()
        ws = as_(Workspace.open(database.parent), "admin")
        assert [t.message for t in ws.verify_history()] == []
    finally:
        if ws is not None:
            ws.close()
