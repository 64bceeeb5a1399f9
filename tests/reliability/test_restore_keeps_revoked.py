"""Walk U10 F2: something revoked stays revoked. A restore at the province of a backup taken before a key was
revoked (by a person, or automatically when another pending key was confirmed) carries the revocation into the
restored data, each with its own history row, and what the key signed does not count; the question says the key
stays revoked instead of asking the person to revoke it again. Before, the key came back "Chờ xác nhận" and its
report counted again, through the service as from any window. A key confirmed since goes back to awaiting
confirmation, said after the restore too (`backups.taken_back`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core.keys import KeyState
from desktop_app.province import ProvinceOffice
from tests.province.helpers import make_submissions

PERIOD = "2026-6M"
TAN_CUONG = "05503"


@pytest.fixture
def office(tmp_path):
    o = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    o.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    yield o
    o.close()


def _inbox(tmp_path: Path, name: str, units: list[str], **kw):
    folder = tmp_path / name
    folder.mkdir()
    ws, subs = make_submissions(folder, units, PERIOD, data_dir=tmp_path / f"{name}-db", **kw)
    ws.close()
    return folder, subs


def _reopened(db: Path) -> ProvinceOffice:
    return ProvinceOffice.open(db.parent, user="van-thu")


def test_a_key_revoked_after_the_backup_stays_revoked_through_the_service(office, tmp_path):
    folder, subs = _inbox(tmp_path, "inbox", [TAN_CUONG])
    office.intake(folder, PERIOD)
    code = subs[TAN_CUONG].key_code
    backup = backups.take_backup(office, "tudong")
    office.revoke_key(TAN_CUONG)  # a forged report
    db = Path(office.store.path)
    office.close()

    warning = backups.restore_warning(db, backup)
    assert f"Khóa {code} của Xã Tân Cương đã thu hồi sau lúc sao lưu" in warning
    assert "sau khi khôi phục, khóa vẫn ở trạng thái Thu hồi" in warning
    assert "các bản báo cáo ký bằng khóa này vẫn không được tính" in warning
    assert "hãy thu hồi lại khóa này" not in warning
    assert "the key stays revoked" in warning.en and "revoke it again" not in warning.en

    backups.restore(db, backup, confirmed=warning)
    again = _reopened(db)
    try:
        key = next(k for k in again.store.unit_keys(TAN_CUONG) if k.key_code == code)
        assert key.state == KeyState.THU_HOI.value and key.revoked_by == "van-thu"
        assert (TAN_CUONG, "bhyt") not in again.consolidation(PERIOD).items
        rows = [r for r in again.store.audit_rows(commune=TAN_CUONG) if r.action == "key"]
        assert len(rows) == 1 and rows[0].old == code
        assert rows[0].new.startswith(f"Thu hồi lại sau khi khôi phục bản sao lưu {backup.name}")
        assert "bởi van-thu" in rows[0].new
        assert again.ws.verify_history() == []  # the rows are the program's own, chained
    finally:
        again.close()


def test_a_key_first_read_and_revoked_after_the_backup_is_registered_revoked(office, tmp_path):
    backup = backups.take_backup(office, "tudong")
    folder, subs = _inbox(tmp_path, "inbox", [TAN_CUONG])
    office.intake(folder, PERIOD)
    office.revoke_key(TAN_CUONG)
    db = Path(office.store.path)
    office.close()

    warning = backups.restore_warning(db, backup)
    assert "sau khi khôi phục, sổ khóa ghi lại khóa này, đã thu hồi" in warning

    backups.restore(db, backup, confirmed=warning)
    again = _reopened(db)
    try:
        keys = again.store.unit_keys(TAN_CUONG)
        assert [(k.key_code, k.state) for k in keys] == [(subs[TAN_CUONG].key_code, KeyState.THU_HOI.value)]
        again.intake(folder, PERIOD)  # the forged report read again: refused, not counted
        assert (TAN_CUONG, "bhyt") not in again.consolidation(PERIOD).items
    finally:
        again.close()


def test_a_key_confirmed_after_the_backup_is_pending_again_and_said_after_the_restore(office, tmp_path):
    folder, subs = _inbox(tmp_path, "inbox", [TAN_CUONG])
    office.intake(folder, PERIOD)
    code = subs[TAN_CUONG].key_code
    backup = backups.take_backup(office, "tudong")
    office.confirm_key(TAN_CUONG, code)
    db = Path(office.store.path)
    office.close()

    saved = backups.restore(db, backup, confirmed=backups.restore_warning(db, backup))
    again = _reopened(db)
    try:
        assert [k.state for k in again.store.unit_keys(TAN_CUONG)] == [KeyState.CHO.value]
        assert not [r for r in again.store.audit_rows() if r.action == "key"]
    finally:
        again.close()
    note = backups.taken_back(saved, backup)
    assert f"Khóa {code} của Xã Tân Cương đã được xác nhận (đối chiếu với báo cáo giấy) sau lúc sao lưu" in note
    assert "khóa lại ở trạng thái Chờ xác nhận như trong bản sao lưu" in note
    assert "confirm it again" in note.en


def test_a_row_of_another_key_changed_outside_does_not_bring_a_revoked_key_back(office, tmp_path):
    """Red team R19 F2: one sqlite3 edit to Phường Phan Đình Phùng's key row made the restore leave every
    revocation behind: Tân Cương's revoked key came back "Chờ xác nhận" and its report counted. Only the
    row changed outside the program is not vouched for; the others' revocations are carried as before."""
    import sqlite3

    folder, subs = _inbox(tmp_path, "inbox", [TAN_CUONG, "05443"])
    office.intake(folder, PERIOD)
    backup = backups.take_backup(office, "tudong")
    office.revoke_key(TAN_CUONG)
    db = Path(office.store.path)
    office.close()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE unit_keys SET confirmed_by = 'x' WHERE unit_code = '05443'")
    con.close()

    warning = backups.restore_warning(db, backup)
    assert "sau khi khôi phục, khóa vẫn ở trạng thái Thu hồi" in warning
    backups.restore(db, backup, confirmed=warning)
    again = _reopened(db)
    try:
        key = next(k for k in again.store.unit_keys(TAN_CUONG) if k.key_code == subs[TAN_CUONG].key_code)
        assert key.state == KeyState.THU_HOI.value
        assert (TAN_CUONG, "bhyt") not in again.consolidation(PERIOD).items
    finally:
        again.close()
