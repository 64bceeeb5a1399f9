"""A refusal for a role names the office's accounts that may (walk h8): a few by name and the others
counted, one locked for a while after wrong passwords too (the login says until when), none locked
by an administrator."""
from __future__ import annotations

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
        "khoản khác — đăng nhập bằng một trong các tài khoản đó (Quản trị › Đăng nhập tài khoản khác…).")


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
