"""Red-team 18, F1: an officer with sqlite3 saves the `users` rows, runs `DELETE FROM users`, makes an
administrator with `chitieu user add moi --role "Quản trị"` and no login (the program took the empty
table for "no account yet"), and puts the rows back; `audit verify` said intact. Now an empty `users`
table on a database whose change log records accounts refuses the login, the account creation (the
command and the first-run dialog's) and every action, saying the accounts were deleted outside the
program and to restore a backup; one made that way by an earlier version is named by `verify`. A
database that never had an account is set up as before."""
from __future__ import annotations

import pytest

from db.store import Store
from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside
from desktop_app.services import Workspace
from tests.db.test_role_flip import ADMIN, LEADER, P, PW, _as, _found, commune  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3

DELETED = ("Tài khoản đã bị xóa ngoài chương trình (bằng công cụ khác, không qua chương trình): cơ sở dữ liệu không "
           "còn tài khoản nào, trong khi nhật ký thay đổi ghi nó đã có tài khoản.")


def _saved_users(folder) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(folder / "chitieu.db")
    try:
        return conn.execute("SELECT * FROM users").fetchall()
    finally:
        conn.close()


def _put_back(folder, rows) -> None:
    import sqlite3

    conn = sqlite3.connect(folder / "chitieu.db")
    try:
        conn.executemany(f"INSERT INTO users VALUES ({', '.join('?' * len(rows[0]))})", rows)
        conn.commit()
    finally:
        conn.close()


def _audit_row(folder, new: str) -> int:
    import sqlite3

    conn = sqlite3.connect(folder / "chitieu.db")
    try:
        return conn.execute("SELECT id FROM audit WHERE action = 'user_add' AND new = ?", (new,)).fetchone()[0]
    finally:
        conn.close()


def _users(folder) -> list[str]:
    return sorted(r[0] for r in _saved_users(folder))


def test_no_administrator_is_made_without_login_while_users_is_emptied(commune, monkeypatch, capsys):  # noqa: F811
    """The script's steps 2-3: `user add moi --role "Quản trị"` with no --user is refused (it said "Đã tạo
    tài khoản moi (Quản trị)"), naming what happened and what to do; so are a login and the first run."""
    saved = _saved_users(commune)
    edit_with_sqlite3(commune, "DELETE FROM users")
    monkeypatch.delenv("CHITIEU_USER", raising=False)
    monkeypatch.setenv("CHITIEU_NEW_PASSWORD", "Hoasen#2027")
    rc = main(["--data-dir", str(commune), "user", "add", "moi", "--full-name", "Nguyễn Văn Mới", "--role", ADMIN])
    err = capsys.readouterr().err
    assert rc == 2
    assert DELETED in err
    assert "khôi phục bản sao lưu còn tốt gần nhất" in err
    rc = main(["--data-dir", str(commune), "approve", "--period", P])
    assert rc == 2 and DELETED in capsys.readouterr().err  # not "log in with --user"
    ws = Workspace.open(commune)
    try:
        assert ws.has_accounts  # the window asks for a login, not for the first administrator
        with pytest.raises(ChangedOutside, match="^Tài khoản đã bị xóa ngoài chương trình") as refused:
            ws.add_first_accounts("moi", "Nguyễn Văn Mới", "Hoasen#2027", "moi2")
        assert refused.value.en.startswith("The accounts were deleted outside the program")
        with pytest.raises(ChangedOutside, match="^Tài khoản đã bị xóa"):
            ws.login("moi", "Hoasen#2027")
        with pytest.raises(ChangedOutside, match="^Tài khoản đã bị xóa"):
            ws.approve(P)
    finally:
        ws.close()
    assert _users(commune) == []
    _put_back(commune, saved)
    assert _users(commune) == ["canbo", "lanhdao", "quantri"]
    assert _found(commune) == []


def test_an_administrator_made_so_before_is_named_by_verify(commune, monkeypatch):  # noqa: F811
    """What an earlier version let through: `moi` made by the system user while `users` was empty, the
    rows put back, `moi` adds a leader. `verify` names the creation's row (it said intact)."""
    saved = _saved_users(commune)
    edit_with_sqlite3(commune, "DELETE FROM users")
    with monkeypatch.context() as m:
        m.setattr(Store, "ever_had_accounts", lambda self: False)
        ws = Workspace.open(commune)
        ws.add_user("moi", "Nguyễn Văn Mới", "admin", "Hoasen#2027")
        who = ws.user  # the system login: no account
        ws.close()
    row = _audit_row(commune, "moi (Quản trị)")
    _put_back(commune, saved)
    ws = _as(commune, "moi", "Hoasen#2027")
    ws.add_user("ld2", "Lê Đức Hai", LEADER, "Hoasen#2027")
    ws.close()
    found = _found(commune)
    assert len(found) == 1
    assert found[0].message.startswith(f"{who} đã thêm tài khoản moi (Quản trị) lúc ")
    assert f"(dòng số {row} của nhật ký thay đổi), nhưng nhật ký không ghi tài khoản nào tên {who}" in found[0].message
    assert "Bảng tài khoản có thể đã bị xóa ngoài chương trình" in found[0].message
    assert "but the log records no account named" in found[0].en


def test_a_new_database_is_set_up_as_before(data_dir, monkeypatch, capsys):
    """Never had an account: the first run makes the administrator and its officer with no login, by
    the window's dialog or the command, and `verify` finds nothing in that."""
    ws = Workspace.open(data_dir)
    assert not ws.has_accounts
    ws.add_first_accounts("quantri", "Quản Trị", PW, "canbo")
    ws.login("quantri", PW)
    ws.add_user("lanhdao", "Trần Thị Bình", "leader", PW)
    assert ws.store.verify_integrity() == []
    ws.close()
    other = data_dir.parent / "khac"
    monkeypatch.delenv("CHITIEU_USER", raising=False)
    monkeypatch.setenv("CHITIEU_NEW_PASSWORD", PW)
    assert main(["--data-dir", str(other), "user", "add", "quantri", "--full-name", "Quản Trị", "--role", ADMIN]) == 0
    assert "Đã tạo tài khoản quantri (Quản trị)." in capsys.readouterr().out
    assert _found(other) == []


def test_an_officer_is_refused_before_being_asked_a_password(commune, monkeypatch, capsys):  # noqa: F811
    """Red-team 18, F5: `user add` and `user passwd OTHER` by an officer said "Không có mật khẩu: đặt biến
    CHITIEU_NEW_PASSWORD" (or asked for one) before refusing the role."""
    monkeypatch.setenv("CHITIEU_PASSWORD", PW)
    monkeypatch.delenv("CHITIEU_NEW_PASSWORD", raising=False)
    for command in (["user", "add", "x", "--full-name", "X", "--role", ADMIN], ["user", "passwd", "lanhdao"]):
        rc = main(["--data-dir", str(commune), "--user", "canbo", *command])
        err = capsys.readouterr().err
        assert rc == 2
        assert "không được quản lý tài khoản. Việc này do Quản trị làm: Quản Trị (quantri)" in err
        assert "Không có mật khẩu" not in err
