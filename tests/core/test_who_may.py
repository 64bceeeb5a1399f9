"""A refusal for a role names the office's accounts that may (walk h8): a few by name and the others
counted, one locked for a while after wrong passwords too (the login says until when), none locked
by an administrator."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Role
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)


def refusal(call, *args) -> str:
    with pytest.raises(NotPermitted) as refused:
        call(*args)
    return refused.value.message


def test_a_few_leaders_are_named_the_others_counted(office):  # noqa: F811
    as_(office, "admin")
    for k, name in enumerate(("Lê Văn Ba", "Phạm Thị Tư", "Vũ Văn Năm", "Đỗ Thị Sáu"), 2):
        office.add_user(f"lanhdao{k}", name, Role.LEADER, PW["lanhdao"])
    office.lock_account("lanhdao5")
    as_(office, "canbo")
    assert refusal(office.approve, "2026").endswith(
        "Việc này do Lãnh đạo làm: Trần Thị Bình (lanhdao), Lê Văn Ba (lanhdao2), Phạm Thị Tư (lanhdao3) và 1 tài "
        "khoản khác — đăng nhập bằng một trong các tài khoản đó (Tệp › Đăng nhập tài khoản khác…).")


def test_a_leader_locked_for_a_while_is_named_still(office):  # noqa: F811
    office.logout()
    for _ in range(5):
        with pytest.raises(NotPermitted):
            office.login("lanhdao", "sai-mat-khau")
    with pytest.raises(NotPermitted, match="tạm khóa"):
        office.login("lanhdao", PW["lanhdao"])
    as_(office, "canbo")
    assert "Việc này do Lãnh đạo làm: Trần Thị Bình (lanhdao) — đăng nhập bằng tài khoản đó" in refusal(
        office.approve, "2026")


def test_an_account_added_or_changed_with_sqlite3_is_never_named(office):  # noqa: F811
    """Red-team h12 #3, #4: a leader inserted with sqlite3 (the chain never recorded it) was named as the one
    to log in with, and a leader's name edited to hold a direction mark, a line break and a terminal's escape
    was printed as stored (the command line's stderr cleared the screen)."""
    conn = sqlite3.connect(office.store.path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(users)")]
    row = dict(zip(columns, conn.execute("SELECT * FROM users WHERE username = 'lanhdao'").fetchone()))
    row.update(username="ke-gia", full_name="Kẻ Giả Mạo")
    conn.execute(f"INSERT INTO users ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    conn.commit()
    as_(office, "canbo")
    said = refusal(office.approve, "2026")
    assert "Kẻ Giả Mạo" not in said and "ke-gia" not in said
    assert "Việc này do Lãnh đạo làm: Trần Thị Bình (lanhdao) — đăng nhập bằng tài khoản đó" in said

    conn.execute("UPDATE users SET full_name = ? WHERE username = 'lanhdao'", ("Trần\u202eThị\nBình\x1b[2J",))
    conn.commit()
    conn.close()
    said = refusal(office.approve, "2026")
    assert "\u202e" not in said and "\n" not in said and "\x1b" not in said and "Bình" not in said
