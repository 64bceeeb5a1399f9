"""Red-team R7 F4 on a0a7fea (honest use, a false alarm): an administrator cut 2026's approval with sqlite3, restored
the automatic backup holding those rows (its row records the loss, and keeps a "sau-khoi-phuc" backup), and
acknowledged the finding. The office then worked honestly, took a backup, restored it, then restored the backup
listed as "tạo sau khi khôi phục": the finding came back as "… chưa được giải thích hay xác nhận" and automatic
backups were refused until it was acknowledged again, though the question before the restore said nothing. The
acknowledgement lived in a row of the data that restore replaced. Now a restore carries the acknowledgements of rows
lost that the data it replaces had made (as it carries the keys forgotten): the same rows stay acknowledged whichever
backup is restored, and rows lost afterwards are a finding as before."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.backup_files import backup_dir
from desktop_app.core.restore_record import in_log
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture
from tests.edited_outside import edit_with_sqlite3
from tests.reliability.test_chain_tail_cut import _approved_and_sent, _cut_the_tail
from tests.reliability.test_restore_keeps_a_cut_said import LATER, _found, _restored

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
RECORDED = "chưa được giải thích hay xác nhận"


def _acknowledged_cut(office, tmp_path):  # noqa: F811
    """The cut, the restore of the backup holding the rows, the administrator's acknowledgement: the window reopened
    on those data, and the backup that restore kept after it ("tạo sau khi khôi phục")."""
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    _cut_the_tail(office)
    ws, _ = _restored(as_(office, "admin"), kept)
    (after,) = sorted(backup_dir(Path(ws.store.path)).glob("*-sau-khoi-phuc.db"))
    assert [RECORDED in m for m in _found(ws)] == [True]
    ws.acknowledge_changes(ws.verify_history())
    assert ws.verify_history() == []
    return ws, after


def test_restoring_the_backup_kept_after_a_restore_keeps_its_acknowledgement(office, tmp_path):  # noqa: F811
    ws, after = _acknowledged_cut(office, tmp_path)
    try:
        as_(ws, "lanhdao")
        ws.reopen("2026", "Sửa số liệu thu ngân sách")
        as_(ws, "canbo")
        ws.set_entry("2026", "thu_ngan_sach", value="160.000")
        newest = backups.auto_backup(ws, "mo", now=LATER)
        ws, _ = _restored(as_(ws, "admin"), newest)
        assert ws.verify_history() == []

        asked = str(backups.restore_warning(Path(ws.store.path), after) or "")
        assert "dòng nhật ký thay đổi mà bản sao lưu" not in asked and "phát hiện" not in asked, asked
        ws, _ = _restored(ws, after)
        assert _found(ws) == []  # was 'Lần khôi phục lúc … đã mất 4 dòng … chưa được giải thích hay xác nhận …'
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=1)) is not None  # was refused
        (row,) = ws.store.conn.execute("SELECT old FROM audit WHERE action = 'restore' ORDER BY id DESC LIMIT 1")
        assert json.loads(row[0])["acknowledged"]  # what it carried is in its row, chained
        assert "giữ xác nhận đã kiểm tra của Quản trị viên" in in_log(row[0]), in_log(row[0])  # the change log
    finally:
        ws.close()


def test_rows_lost_after_an_acknowledgement_carried_are_still_a_finding(office, tmp_path):  # noqa: F811
    """The red-team's bypasses stay closed: the acknowledgement carried names the rows acknowledged, no others."""
    ws, after = _acknowledged_cut(office, tmp_path)
    try:
        ws, _ = _restored(ws, after)  # the acknowledgement now carried by this restore's row
        assert ws.verify_history() == []
        newest = ws.store.conn.execute("SELECT max(id) FROM audit").fetchone()[0]
        ws.add_user("ketoan", "Lê Văn Toán", "Cán bộ nhập liệu", "hoa-sen-2026")
        holding = backups.auto_backup(ws, "mo", now=LATER)
        db = Path(ws.store.path)
        ws.close()
        edit_with_sqlite3(db, f"DELETE FROM audit WHERE id > {newest}",
                          "DELETE FROM users WHERE username = 'ketoan'")  # cut again, after the acknowledgement
        ws = as_(Workspace.open(db.parent), "admin")
        assert [f"Bản sao lưu tự động {holding.name} (lấy lúc " in m for m in _found(ws)] == [True]
        ws, _ = _restored(ws, holding)
        found = _found(ws)
        assert [f"mà bản sao lưu {holding.name} còn giữ" in m and RECORDED in m for m in found] == [True], found
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động"):
            backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=1))
    finally:
        ws.close()
