"""The question before a restore says first when a kept backup cannot be read (S3 item 2): locked by another program
(`BEGIN EXCLUSIVE` from a second sqlite3 connection) or a folder put in its place (db/unread_backup.py), the restore
stops on it, nothing replaced (red-team R2 F1, R4 F7), but the question never said so: the person answered yes to
what it said the restore would do, and only then read the refusal."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app import backups
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture

LATER = dt.datetime.now() + dt.timedelta(days=2)


def _two_backups_and_an_edit(ws) -> tuple[Path, Path]:
    as_(ws, "canbo")
    ws.set_entry("2026-6M", "thu_ngan_sach", value="45.000")
    first = backups.auto_backup(ws, "mo")
    ws.set_entry("2026-6M", "thu_ngan_sach", value="46.000")
    second = backups.auto_backup(ws, "dong", now=LATER)
    ws.set_entry("2026-6M", "thu_ngan_sach", value="47.000")
    as_(ws, "admin")
    return first, second


def _figure(ws) -> str:
    return ws.store.conn.execute("SELECT value FROM entries WHERE indicator = 'thu_ngan_sach'").fetchone()[0]


def test_a_locked_backup_is_said_in_the_question_before_the_restore_stops_on_it(office):  # noqa: F811
    first, second = _two_backups_and_an_edit(office)
    db = Path(office.store.path)
    holder = sqlite3.connect(second, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        asked = str(backups.restore_warning(db, first))
        assert asked.startswith(
            f"Lúc này chưa khôi phục được (khôi phục sẽ dừng lại, không có gì bị thay): bản sao lưu {second.name} "
            "đang bị một chương trình khác khóa nên chưa so sánh được với dữ liệu đang dùng. Hãy đóng chương trình "
            "đang mở tệp đó rồi khôi phục lại.\n\nTừ lúc sao lưu"), asked  # then what the restore would do, as before
        with pytest.raises(backups.BackupError, match=f"Chưa khôi phục, chưa có gì bị thay: bản sao lưu {second.name} "
                                                      "đang bị một chương trình khác khóa"):
            backups.restore(office, first, confirmed=asked)  # what the question said
        assert _figure(office) == "47000"  # nothing replaced
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    asked = str(backups.restore_warning(db, first))
    assert "chưa khôi phục được" not in asked and asked.startswith("Từ lúc sao lưu"), asked


def test_a_folder_in_a_backup_s_place_is_said_in_the_question(office, tmp_path):  # noqa: F811
    first, second = _two_backups_and_an_edit(office)
    shutil.move(second, tmp_path / "held.db")
    second.mkdir()
    asked = str(backups.restore_warning(Path(office.store.path), first))
    assert asked.startswith(
        f"Lúc này chưa khôi phục được (khôi phục sẽ dừng lại, không có gì bị thay): không mở được bản sao lưu "
        f"{second.name} (không phải một tệp: thư mục hoặc thiết bị) nên chưa so sánh được với dữ liệu đang dùng. Hãy "
        "đóng chương trình đang giữ tệp đó (ví dụ phần mềm diệt virus hay đồng bộ tệp), hoặc đặt lại đúng tệp sao lưu "
        "vào chỗ đó rồi khôi phục lại."), asked
