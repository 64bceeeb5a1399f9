"""A new password that anyone at the laptop would guess in a few tries is refused, saying why
(red-team 19, F6: `12345678`, `aaaaaaaa` and the administrator's own user name with a digit were
accepted, and a leader's password guards the approvals)."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput

GOOD = "hoa-sen-bon-mua-26"


@pytest.mark.parametrize("weak, why", [
    ("12345678", "một dãy liên tiếp"),
    ("87654321", "một dãy liên tiếp"),
    ("abcdefgh", "một dãy liên tiếp"),
    ("aaaaaaaa", "chỉ một ký tự lặp lại"),
    ("matkhau2026", "một mật khẩu hay gặp"),
    ("Mật-khẩu-123", "một mật khẩu hay gặp"),
    ("password1", "một mật khẩu hay gặp"),
    ("canbo-xa-01", "chứa tên đăng nhập"),
    ("ThiThuLe99!", None),
])
def test_a_guessable_password_is_refused_naming_why(blank_workspace, weak, why):
    ws = blank_workspace
    ws.add_user("quantri", "Quản Trị", "Quản trị", GOOD)
    ws.login("quantri", GOOD)
    if why is None:
        ws.add_user("canbo", "Lê Thị Thu", "Cán bộ nhập liệu", weak)
        return
    with pytest.raises(InvalidInput) as refused:
        ws.add_user("canbo", "Lê Thị Thu", "Cán bộ nhập liệu", weak)
    assert refused.value.message.startswith(f"Mật khẩu quá dễ đoán: {why}")
    assert refused.value.field == "Mật khẩu" and refused.value.en.startswith("The password is too easy to guess")
    assert [u.username for u in ws.store.users()] == ["quantri"]  # nothing half-made


def test_the_full_name_and_a_new_password_are_checked_too(blank_workspace):
    ws = blank_workspace
    with pytest.raises(InvalidInput, match="chứa họ và tên"):
        ws.add_first_accounts("quantri", "Nguyễn Văn An", "nguyenvanan-26")
    with pytest.raises(InvalidInput, match="chứa tên đăng nhập"):  # the officer account's name
        ws.add_first_accounts("quantri", "Nguyễn Văn An", "quantri.nhaplieu-26", officer_username="nhaplieu")
    ws.add_first_accounts("quantri", "Nguyễn Văn An", GOOD)
    ws.login("quantri", GOOD)
    with pytest.raises(InvalidInput, match="một ký tự lặp lại"):
        ws.set_password("quantri", "99999999", old_password=GOOD)
    ws.login("quantri", GOOD)  # unchanged

