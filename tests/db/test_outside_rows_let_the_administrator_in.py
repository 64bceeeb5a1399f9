"""Rows added to the history with sqlite3 stop the program's writes until an administrator has
looked (test_chain_not_rolled_forward), but never the way to that administrator: mistyped
passwords still count and lock the account, the right one logs in, and the province window
still opens, so the rows can be acknowledged."""
from __future__ import annotations

import pytest

from desktop_app.__main__ import main
from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Role
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3

ADMIN = ("admin", "cay-tre-2026")
ADDED = ("INSERT INTO audit (at, user, action, field, new) VALUES "
         "('2026-06-20T08:00:00+07:00', 'admin', 'tamper_ack', 'history', 'Đã kiểm tra')")


def _add_row(db) -> None:
    edit_with_sqlite3(db, ADDED)


def _commune(data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", Role.ADMIN, ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.close()
    _add_row(data_dir / "chitieu.db")


def test_mistyped_passwords_still_lock_the_account(data_dir):
    """The fifth wrong password locks the account (an audit row, chained after the added one):
    it said the database had rows added outside the program, and the next guess was free."""
    _commune(data_dir)
    ws = Workspace.open(data_dir)
    for left in (4, 3, 2, 1):
        with pytest.raises(NotPermitted, match=f"Còn {left} lần thử"):
            ws.login(ADMIN[0], "quantri-2025")
    with pytest.raises(NotPermitted) as locked:
        ws.login(ADMIN[0], "quantri-2025")
    assert "Tài khoản tạm khóa" in locked.value.message and ws.store.user("admin").locked_until
    found = ws.store.verify_integrity()
    ws.close()
    assert "thao tác tamper_ack" in found[0].message  # the added row still named, never hashed


def test_the_administrator_logs_in_and_acknowledges(data_dir, monkeypatch, capsys):
    _commune(data_dir)
    ws = Workspace.open(data_dir)
    with pytest.raises(NotPermitted, match="Còn 4 lần thử"):
        ws.login(ADMIN[0], "quantri-2025")
    assert ws.login(*ADMIN).username == "admin" and ws.store.user("admin").failed_logins == 0
    ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    assert main(["--data-dir", str(data_dir), "--user", "admin", "audit", "verify"]) == 1
    assert "thao tác tamper_ack" in capsys.readouterr().err
    code = listed_code("--data-dir", str(data_dir), "--user", "admin")
    assert main(["--data-dir", str(data_dir), "--user", "admin", "audit", "acknowledge", "--yes", code]) == 0
    assert main(["--data-dir", str(data_dir), "--user", "admin", "audit", "verify"]) == 0


def test_the_province_opens_with_rows_added_outside(tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.close()
    _add_row(tmp_path / "tinh" / "chitieu.db")

    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")  # its first opening as the province's
    try:
        found = office.store.verify_integrity()
        assert [t.message for t in found] and "thao tác tamper_ack" in found[0].message
    finally:
        office.close()
