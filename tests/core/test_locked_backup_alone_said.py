"""A backup another program holds locked, and nothing else found (S3 item 3): `chitieu audit verify` opened its
message with 'Việc xác nhận đã kiểm tra không xóa được điều sau: …', and the window's Xác nhận đã kiểm tra… said it
after 'Chưa ghi nhận gì', though nothing was acknowledged nor is there anything to acknowledge: the lock is said in
its own words only. Beside changes to acknowledge, or after an acknowledgement, the heading stays
(tests/core/test_locked_backup_acknowledged.py)."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app import backups
from desktop_app.__main__ import main
from desktop_app.core.errors import NotFound
from desktop_app.services import Workspace

ADMIN = ("admin", "cay-tre-2026")
HEADING = "Việc xác nhận đã kiểm tra không xóa được"


@pytest.fixture
def locked(data_dir):
    """A commune set up, its automatic backup held by another program (BEGIN EXCLUSIVE); nothing changed outside."""
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", "Quản trị", ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    kept = backups.auto_backup(ws, "mo")
    ws.close()
    holder = sqlite3.connect(kept, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield kept
    holder.execute("ROLLBACK")
    holder.close()


def _lock_said(kept) -> str:
    return (f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {kept.name}: tệp đang bị một chương trình khác khóa "
            "(cơ sở dữ liệu đang bị khóa). Hãy đóng chương trình đang mở tệp đó rồi kiểm tra lại")


def test_audit_verify_says_the_lock_in_its_own_words(data_dir, locked, monkeypatch, capsys):
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    who = ("--data-dir", str(data_dir), "--user", ADMIN[0])
    assert main([*who, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(_lock_said(locked)), err  # was "Việc xác nhận đã kiểm tra không xóa được điều sau: …"
    assert HEADING not in err and "Phát hiện thay đổi ngoài chương trình" not in err

    assert main([*who, "audit", "acknowledge"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(_lock_said(locked)) and HEADING not in err, err
    assert "Không có thay đổi ngoài chương trình nào để xác nhận; chưa ghi nhận gì." in err


def test_the_acknowledgement_asked_says_nothing_to_acknowledge_then_the_lock(data_dir, locked):
    ws = Workspace.open(data_dir)
    try:
        ws.login(*ADMIN)
        with pytest.raises(NotFound) as refused:  # the window's Xác nhận đã kiểm tra… shows these words
            ws.acknowledge_changes(ws.verify_history())
        said = refused.value.message
        assert said.startswith("Chưa ghi nhận gì: không có thay đổi ngoài chương trình nào để xác nhận. "
                               + _lock_said(locked)), said
        assert HEADING not in said
    finally:
        ws.close()
