"""Red-team R4 F1 on d4260ce: an administrator with sqlite3 cut the approval of 2026 off the history (`audit verify`
found it), restored the automatic backup holding those rows, then the "truoc-khoi-phuc" copy that restore made of
the cut data: `audit verify` clean, 2026 back at Hoàn thành with no reopen and no reason, though no backup of that
state ever existed. The question before the first restore blamed a reinstall. Now the restore's row records what
the data it replaced had lost (the check's finding then), which stays a finding after the rows come back and is
explained by no later restore until an administrator acknowledges it; the question names the loss plainly."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from db import backup as sqlite_backup
from desktop_app import backups
from desktop_app.backup_files import backup_dir, list_backups
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture
from tests.edited_outside import edit_with_sqlite3
from tests.reliability.test_chain_tail_cut import (
    SAID,
    _approved_and_sent,
    _cut_the_tail,
)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
LATER = dt.datetime.now() + dt.timedelta(days=2)


def _restored(ws, backup: Path) -> tuple[Workspace, Path]:
    """Khôi phục… by the administrator, the question read and answered; the program opened again, and the copy the
    restore kept of the data it replaced."""
    db = Path(ws.store.path)
    kept = backups.restore(as_(ws, "admin"), backup, confirmed=backups.restore_warning(db, backup))
    return as_(Workspace.open(db.parent), "admin"), kept


def _found(ws) -> list[str]:
    return [t.message for t in ws.verify_history()]


def test_the_cut_stays_a_finding_through_the_restore_of_its_backup_and_of_the_cut_copy(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    _cut_the_tail(office)
    as_(office, "admin")
    asked = str(backups.restore_warning(Path(office.store.path), kept))
    assert asked.startswith(f"Dữ liệu đang dùng đã mất 5 dòng nhật ký thay đổi mà bản sao lưu {kept.name} còn giữ "
                            "(có thể đã bị sửa ngoài chương trình"), asked
    assert "máy đã được cài lại" not in asked  # was the reason given
    assert "Bản sao lưu chọn có lại các dòng đó, nhưng việc chúng đã bị mất được ghi vào nhật ký" in asked

    ws, cut = _restored(office, kept)  # the way back: not refused
    try:
        assert ws.period_state("2026") == State.SENT and ws.issued("2026").doc_number == "07"
        recorded = json.loads(ws.store.conn.execute("SELECT old FROM audit WHERE action = 'restore'").fetchone()[0])
        assert recorded["lost_rows"]["backup"] == kept.name and len(recorded["lost"]) == 1
        found = _found(ws)  # was []
        assert [f"dữ liệu khi đó đã mất 5 dòng nhật ký thay đổi mà bản sao lưu {kept.name} còn giữ" in m
                and "nay đã có lại trong dữ liệu đang dùng" in m for m in found] == [True], found
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động: Lần khôi phục lúc"):
            backups.auto_backup(ws, "mo", now=LATER)

        asked = str(backups.restore_warning(Path(ws.store.path), cut))
        assert "Sau khi khôi phục, phát hiện này vẫn còn" in asked, asked
        ws, _ = _restored(ws, cut)  # the copy of the cut data, which no backup of that state ever was
        assert ws.period_state("2026") == State.COMPLETE
        found = _found(ws)  # was [] ("Nhật ký thay đổi nguyên vẹn"), 2026 back at Hoàn thành unsaid
        assert [f"Bản sao lưu tự động {kept.name} (lấy lúc " in m and SAID in m for m in found] == [True], found

        kept.unlink()  # the backup holding the rows gone: the history itself still says the cut
        found = _found(ws)
        assert ["dữ liệu khi đó đã mất 5 dòng nhật ký thay đổi" in m and "Dữ liệu đang dùng không có các dòng đó" in m
                for m in found] == [True], found
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động"):
            backups.auto_backup(ws, "mo", now=LATER)

        ws.acknowledge_changes(ws.verify_history())  # the administrator has looked
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER) is not None
    finally:
        ws.close()


def test_an_honest_office_restoring_a_backup_then_the_copy_it_made_finds_nothing(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    first = backups.auto_backup(office, "mo")
    as_(office, "lanhdao")
    office.reopen("2026", "Sửa số liệu thu ngân sách")
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="160.000")
    second = backups.auto_backup(office, "dong", now=LATER)

    ws, before = _restored(office, first)
    try:
        assert ws.verify_history() == []
        for backup in (before, second, first):  # the copy the restore kept, the newer backup, the older again
            asked = str(backups.restore_warning(Path(ws.store.path), backup) or "")
            assert "dòng nhật ký thay đổi mà bản sao lưu" not in asked and "phát hiện" not in asked, asked
            ws, _ = _restored(ws, backup)
            assert ws.verify_history() == []
        rows = [old for (old,) in ws.store.conn.execute("SELECT old FROM audit WHERE action = 'restore'")]
        assert rows and not any('"lost' in old for old in rows)  # written as the versions before wrote it
        assert len(_after_restore(ws)) == 4  # one backup kept after each restore, holding its row
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=2)) is not None
    finally:
        ws.close()


def _after_restore(ws) -> list[Path]:
    return sorted(backup_dir(Path(ws.store.path)).glob("*-sau-khoi-phuc.db"))


def test_the_restore_row_recording_the_cut_cut_in_turn_is_a_loss_against_the_backup_kept_after(office, tmp_path):  # noqa: F811
    """Red-team R6 F1: the restore's row was the one trace of the cut, and no file held it (the "truoc-khoi-phuc"
    copy is taken before it is written; no automatic backup while the finding stands): cut off the end with sqlite3,
    'audit verify' was clean and automatic backups resumed. Now that restore keeps a backup of the data it puts in."""
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    _cut_the_tail(office)
    ws, _ = _restored(as_(office, "admin"), kept)
    try:
        (after,) = _after_restore(ws)  # was none
        assert list_backups(Path(ws.store.path))[0].path == after  # the newest kept, named as the others are
        assert not list_backups(Path(ws.store.path))[0].automatic
        row = ws.store.conn.execute("SELECT max(id) FROM audit WHERE action = 'restore'").fetchone()[0]
        assert sqlite_backup.last_audit_id(after) == row  # it holds the restore's row
        assert [m for m in _found(ws) if "Lần khôi phục lúc" in m]  # the loss recorded, said as before
    finally:
        ws.close()

    edit_with_sqlite3(Path(office.store.path).parent, f"DELETE FROM audit WHERE id >= {row}")
    ws = as_(Workspace.open(Path(office.store.path).parent), "admin")
    try:
        found = _found(ws)  # was [] ("Nhật ký thay đổi nguyên vẹn")
        assert [f"Bản sao lưu {after.name} (lấy lúc " in m and f"từ dòng số {row} (" in m
                and "admin, thao tác restore)" in m and SAID in m for m in found] == [True], found
        with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: .*{after.name}"):
            backups.auto_backup(ws, "mo", now=LATER)  # was taken
    finally:
        ws.close()


def test_the_backup_kept_after_stays_through_rotation_and_a_failed_restore_leaves_none(office, tmp_path,  # noqa: F811
                                                                                    monkeypatch):
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    _cut_the_tail(office)
    as_(office, "admin")
    put_in = sqlite_backup.backup_file

    def failing(source, target):
        if Path(target).name.endswith(".restore"):  # the copy put in, once the restore's row is written
            raise OSError(28, "No space left on device")
        return put_in(source, target)

    monkeypatch.setattr(sqlite_backup, "backup_file", failing)
    with pytest.raises(OSError):
        backups.restore(office, kept, confirmed=backups.restore_warning(Path(office.store.path), kept))
    assert _after_restore(office) == []  # nothing put in: no copy of data that never were the database's
    monkeypatch.undo()

    ws, _ = _restored(as_(office, "admin"), kept)
    try:
        (after,) = _after_restore(ws)
        ws.acknowledge_changes(ws.verify_history())
        for day in range(backups.KEEP_DAYS + 2):  # automatic backups rotate: the one kept after the restore stays
            assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=day)) is not None
        assert _after_restore(ws) == [after]
        assert len([b for b in list_backups(Path(ws.store.path)) if b.automatic]) == backups.KEEP_DAYS  # one a day
        assert ws.verify_history() == []
    finally:
        ws.close()
