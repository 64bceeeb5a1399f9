"""A backup another program holds locked is said by the history's check until it can be compared, and an
acknowledgement does not clear it (nothing to acknowledge: db/backup_chain.py). Acknowledging the changes found
with it, the administrator was told 'Đã ghi nhận đã kiểm tra 2 thay đổi … những thay đổi dưới đây không còn chặn
duyệt …' naming the locked backup among them, and then `chitieu audit verify` said 'Phát hiện thay đổi ngoài chương
trình' over it, as if the acknowledgement had failed; a leader's approval was refused telling him to have the
administrator acknowledge. Now what an acknowledgement leaves is said apart, as such, everywhere."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app import backups
from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside, NotFound
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3

ADMIN, OFFICER = ("admin", "cay-tre-2026"), ("canbo", "nhaplieu-2026")
LOCKED = "đang bị một chương trình khác khóa"
LEFT = ("Việc xác nhận đã kiểm tra không xóa được điều sau: không có gì ở đó để xác nhận, nó vẫn được báo cho đến khi "
        "xử lý xong như lời báo nói.")


@pytest.fixture
def locked(data_dir):
    """A figure changed with sqlite3, and the automatic backup held by another program (BEGIN EXCLUSIVE)."""
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", "Quản trị", ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user(OFFICER[0], "Nguyễn Văn An", Role.OFFICER, OFFICER[1])
    ws.login(*OFFICER)
    ws.set_entry("2026-6M", "thu_ngan_sach", value="45.000")
    kept = backups.auto_backup(ws, "mo")
    ws.close()
    edit_with_sqlite3(data_dir, "UPDATE entries SET value = '60000' WHERE indicator = 'thu_ngan_sach'")
    holder = sqlite3.connect(kept, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield kept
    holder.execute("ROLLBACK")
    holder.close()


def test_the_command_says_what_the_acknowledgement_leaves_as_such(data_dir, locked, monkeypatch, capsys):
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    who = ("--data-dir", str(data_dir), "--user", ADMIN[0])
    code = listed_code(*who)
    assert main([*who, "audit", "acknowledge", "--yes", code]) == 0
    out = capsys.readouterr().out
    # was "Đã ghi nhận đã kiểm tra 2 thay đổi", the locked backup among those "không còn chặn duyệt"
    assert out.startswith("Đã ghi nhận đã kiểm tra 1 thay đổi ngoài chương trình"), out
    done, left = out.split(LEFT)
    assert LOCKED not in done and locked.name in left and "Tổng thu ngân sách" in done, out

    assert main([*who, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    # was "Phát hiện thay đổi ngoài chương trình:", then LEFT over it: the lock alone, in its own words only
    assert err.startswith(f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {locked.name}"), err
    assert "Phát hiện thay đổi ngoài chương trình" not in err and LEFT not in err

    assert main([*who, "audit", "acknowledge"]) == 1  # nothing left to acknowledge: no code to type
    err = capsys.readouterr().err
    assert "Không có thay đổi ngoài chương trình nào để xác nhận; chưa ghi nhận gì." in err and "Mã danh sách" not in err


def test_acknowledging_only_a_locked_backup_records_nothing_and_the_refusal_of_an_approval_names_it(data_dir, locked):
    ws = Workspace.open(data_dir)
    try:
        ws.login(*ADMIN)
        ws.acknowledge_changes(ws.verify_history())
        rows = len(ws.store.audit_rows())
        with pytest.raises(NotFound) as refused:  # was a row acknowledging nothing, the finding still there
            ws.acknowledge_changes(ws.verify_history())
        assert str(refused.value.message).startswith(
            "Chưa ghi nhận gì: không có thay đổi ngoài chương trình nào để xác nhận. Chưa so sánh được nhật ký thay "
            f"đổi với bản sao lưu {locked.name}")
        assert locked.name in refused.value.message and len(ws.store.audit_rows()) == rows
        # what holds a period back is the lock, said as such, not "… rồi xác nhận đã kiểm tra"
        with pytest.raises(ChangedOutside) as held:
            ws.refuse_if_changed_outside("2026-6M", ("duyệt", "approved"))
        said = held.value.message
        assert said.startswith(f"Kỳ 6 tháng đầu năm 2026 chưa duyệt được: Chưa so sánh được nhật ký thay đổi với bản "
                               f"sao lưu {locked.name}: tệp {LOCKED}"), said
        assert "xác nhận đã kiểm tra" not in said and "không duyệt, xuất, ký số, gửi báo cáo kỳ nào" in said
    finally:
        ws.close()
