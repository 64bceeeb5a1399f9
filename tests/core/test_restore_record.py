"""A restore records in its row of the history every number the data it replaced knew issued, and a later
restore carries from there (red-team 30 on 14092cb). The carry had read the copy of the data an earlier
restore replaced ("truoc-khoi-phuc"), a file in the backup folder found by the name that restore's row gave
it: a genuine fork of the right backup, opened with the program and exported as 99 of 16/12/2026 (any officer
may export), put there under the copy's name, or named by one restore row added with sqlite3, made the
restore carry a number never issued, the period Đã gửi 99 while the province holds 15 (HIGH); the copy moved
away, the number was lost without a word (MEDIUM). Now only the backup and the database replaced are read,
the record in the chain of the latter, which the program protects."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.cli import run
from desktop_app.core.doc_number import Issued
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.edited_outside import edit_with_sqlite3

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY, FORK_DAY = dt.date(2026, 12, 15), dt.date(2026, 12, 16)
UNKNOWN = ("Cơ sở dữ liệu đang dùng có việc duyệt hoặc lịch sử bị sửa ngoài chương trình, nên không biết được số và "
           "ngày báo cáo đã phát hành trong đó: khôi phục không mang sang số nào từ đó")


def _approved(ws) -> None:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    as_(ws, "admin")


def _export(ws, out: Path, number: str = "15", day: dt.date = DAY):
    as_(ws, "canbo")
    try:
        return export_period(ws, "2026", out, doc_number=number, report_date=day).submission
    finally:
        as_(ws, "admin")


def _restored(ws, backup: Path) -> Workspace:
    """The restore from the menu: the program opens again on the restored data, the administrator logs in."""
    as_(ws, "admin")
    backups.restore(ws, backup)
    return as_(Workspace.open(Path(ws.store.path).parent), "admin")


def _warning(db: Path, backup: Path) -> str:
    return str(backups.restore_warning(db, backup) or "")


def _fork(backup: Path, tmp_path: Path) -> Path:
    """The right backup copied elsewhere by an officer, opened with the program and exported as 99 of 16/12."""
    folder = tmp_path / "fork"
    folder.mkdir()
    shutil.copy(backup, folder / "chitieu.db")
    fork = Workspace.open(folder)
    _export(fork, tmp_path / "gui-fork", "99", FORK_DAY)
    fork.close()
    return folder / "chitieu.db"


def _wrong_then_right(office, tmp_path):  # noqa: F811
    """The province holds 15 of 15/12/2026; the backup taken before the approval restored by mistake."""
    before = backups.take_backup(office, "truoc")
    _approved(office)
    right = backups.take_backup(office, "dung")
    _export(office, tmp_path / "gui-1")
    ws = _restored(office, before)
    copy = next(p for p in backups.backup_dir(Path(ws.store.path)).iterdir() if "truoc-khoi-phuc" in p.name)
    return ws, before, right, copy


def test_a_fork_planted_under_the_name_of_the_kept_copy_carries_nothing_false(office, tmp_path):  # noqa: F811
    ws, _, right, copy = _wrong_then_right(office, tmp_path)
    shutil.copy(_fork(right, tmp_path), copy)

    warning = _warning(Path(ws.store.path), right)
    assert "99/BC-UBND" not in warning and "16/12/2026" not in warning, warning
    assert "đã phát hành số 15/BC-UBND ngày 15/12/2026 sau khi sao lưu" in warning, warning
    ws = _restored(ws, right)
    try:
        # was Đã gửi 99 of 16/12/2026, a number never issued for the report the province holds as 15
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
        # the fork holds rows neither data ever held: the restore explains only backups they held (red-team R2 F1)
        assert [copy.name in t.message for t in ws.verify_history()] == [True]
    finally:
        ws.close()


def test_a_restore_row_added_with_sqlite3_makes_the_database_untrusted_and_carries_nothing(office, tmp_path):  # noqa: F811
    """No earlier restore: the database in use, which issued the genuine 15, gets one 'restore' row naming a
    fork planted in the backup folder. The start-up check names it, the administrator restores the newest
    backup, as one does then: the row was followed and the fork's 99 carried."""
    _approved(office)
    right = backups.take_backup(office, "dung")
    _export(office, tmp_path / "gui-1")
    planted = "chitieu-000009-20261214-080000-truoc-khoi-phuc.db"
    shutil.copy(_fork(right, tmp_path), backups.backup_dir(Path(office.store.path)) / planted)
    db = Path(office.store.path)
    office.close()
    record = {"copy": planted, "history": 0, "issued": [
        {"unit": "05503", "period": "2026", "fingerprint": "x", "number": "99", "date": "2026-12-16",
         "symbol": "BC-UBND", "sent_at": "2026-12-16T08:00:00+07:00"}]}
    for old in (json.dumps(record), planted):  # as this version writes it, and as an older one did
        edit_with_sqlite3(db, "INSERT INTO audit (at, user, action, field, old, new) VALUES "
                              f"('2026-12-14T08:00:00+07:00', 'admin', 'restore', 'backup', '{old}', 'x.db')")
    assert any("thao tác restore" in found for found in backups.sqlite_backup.tampering(db))  # the row named

    warning = _warning(db, right)
    assert UNKNOWN in warning, warning
    assert "99/BC-UBND" not in warning and "15/BC-UBND" not in warning, warning
    backups.restore(db, right, administrator=("admin", PW["admin"]))
    ws = as_(Workspace.open(db.parent), "admin")
    try:
        assert ws.issued("2026") is None and ws.period_state("2026") == State.APPROVED  # nothing from it
        # the fork holds rows the data replaced did not: a finding the restore does not explain (red-team r33 F1)
        assert [planted in t.message for t in ws.verify_history()] == [True]
    finally:
        ws.close()


def test_three_restores_in_a_row_wrong_wrong_right_keep_the_number(office, tmp_path):  # noqa: F811
    ws, before, right, _ = _wrong_then_right(office, tmp_path)
    ws = _restored(ws, before)  # the wrong one again: it replaced only the first restore's result
    assert "đã phát hành số 15/BC-UBND ngày 15/12/2026 sau khi sao lưu" in _warning(Path(ws.store.path), right)
    ws = _restored(ws, right)
    try:
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_the_copy_moved_out_of_the_backup_folder_still_carries_the_number(office, tmp_path):  # noqa: F811
    ws, _, right, copy = _wrong_then_right(office, tmp_path)
    copy.rename(tmp_path / copy.name)  # the backup folder tidied, the copy moved to a USB stick

    assert "đã phát hành số 15/BC-UBND ngày 15/12/2026 sau khi sao lưu" in _warning(Path(ws.store.path), right)
    ws = _restored(ws, right)  # was Đã duyệt with no number, and 16 taken for the code the province holds as 15
    try:
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()


def test_the_number_recorded_edited_with_sqlite3_is_caught_and_not_carried(office, tmp_path, monkeypatch):  # noqa: F811
    ws, _, right, _ = _wrong_then_right(office, tmp_path)
    db = Path(ws.store.path)
    row_id, old = sqlite3.connect(db).execute("SELECT id, old FROM audit WHERE action = 'restore'").fetchone()
    assert '"number": "15"' in old  # the row records it, chained: no file is read for it
    ws.close()
    forged = old.replace('"number": "15"', '"number": "99"')
    edit_with_sqlite3(db, f"UPDATE audit SET old = '{forged}' WHERE id = {row_id}")

    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    assert run(["--data-dir", str(db.parent), "--user", "admin", "audit", "verify"]) != 0
    warning = _warning(db, right)
    assert UNKNOWN in warning and "99/BC-UBND" not in warning and "15/BC-UBND" not in warning, warning
    ws = as_(Workspace.open(db.parent), "admin")
    ws = _restored(ws, right)
    try:
        assert ws.issued("2026") is None and ws.period_state("2026") == State.APPROVED
    finally:
        ws.close()


def test_a_restore_row_of_an_older_version_records_nothing_and_its_copy_is_not_read(office, tmp_path,  # noqa: F811
                                                                                      monkeypatch):
    """A row an older version wrote names the copy alone: nothing is carried from it, as before the record,
    though the copy it names, genuine and holding the 15, is in the backup folder."""
    before = backups.take_backup(office, "truoc")
    _approved(office)
    right = backups.take_backup(office, "dung")
    _export(office, tmp_path / "gui-1")
    with monkeypatch.context() as older:
        older.setattr(backups, "recorded_row", lambda store, copy, known, lost: copy.name)
        ws = _restored(office, before)
    db = Path(ws.store.path)
    assert [p for p in backups.backup_dir(db).iterdir() if "truoc-khoi-phuc" in p.name]
    assert "phát hành" not in _warning(db, right)
    ws = _restored(ws, right)
    try:
        assert ws.issued("2026") is None and ws.period_state("2026") == State.APPROVED
    finally:
        ws.close()


def test_the_change_log_shows_the_copy_kept(office, tmp_path):  # noqa: F811
    ws, _, right, copy = _wrong_then_right(office, tmp_path)
    try:
        line = [line for line in ws.audit_trail() if line.action_code == "restore"][-1]
        code = next(iter(backups.sqlite_backup.approval_states(right).values()))["fingerprint"][:16]
        assert (line.action, line.field, line.old) == (
            "Khôi phục bản sao lưu", "Bản sao lưu",
            f"{copy.name}; số và ngày báo cáo ghi lại: kỳ 2026, mã {code}: số 15/BC-UBND ngày 15/12/2026")
    finally:
        ws.close()


def test_a_restore_row_explains_the_backups_it_names_and_rows_of_earlier_versions_read_as_they_did():
    """Red-team R2 F1: a row names the backups it explains (each one's newest row, id and chain hash), even none;
    a row of 190ca08 named the rows lost and explains every other backup; one of an older version, every one."""
    from desktop_app.core.restore_record import RestoreRecord, read, written

    named = read(written(RestoreRecord("c.db", 3, (), explained=((5, "h5"),))))
    assert named.explains((5, "h5")) and not named.explains((6, "h6"))
    none = written(RestoreRecord(None, 0, (), explained=()))
    assert '"explained": []' in none and not read(none).explains((5, "h5"))
    of_190ca08 = read(json.dumps({"copy": "c.db", "history": 3, "issued": [], "lost": [[6, "h6"]]}))
    assert of_190ca08.explains((5, "h5")) and not of_190ca08.explains((6, "h6"))
    older = read(json.dumps({"copy": "c.db", "history": 3, "issued": []}))
    assert older.explains((5, "h5")) and older.explains((6, "h6"))
