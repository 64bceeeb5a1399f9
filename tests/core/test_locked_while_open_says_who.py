"""An account locked by the administrator while its window is open is refused its next action with
who may do it instead (`who_may`): it said "Đăng nhập bằng tài khoản khác." where every officer's
account was locked, so there was no other to log in with."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)


def _locked_meanwhile(office, data_dir) -> NotPermitted:  # noqa: F811
    as_(office, "canbo")
    admin = Workspace.open(data_dir)  # the administrator, at another window
    admin.login("admin", PW["admin"])
    admin.lock_account("canbo")
    admin.close()
    with pytest.raises(NotPermitted) as refused:
        office.set_entry("2026-6M", "bhyt", numerator="9.500")
    assert office.account is None
    return refused.value


def test_every_officer_locked_the_refusal_says_the_administrator_unlocks_one(office, data_dir):  # noqa: F811
    said = _locked_meanwhile(office, data_dir)
    assert said.message == (
        "Tài khoản canbo đã bị khóa hoặc xóa trong lúc đang mở; không làm được việc này, không có gì được lưu. Việc "
        "này do Cán bộ nhập liệu "
        "làm, mà tài khoản Cán bộ nhập liệu nào cũng đang bị khóa: đề nghị quản trị viên mở khóa một tài khoản hoặc "
        "tạo tài khoản mới cho bạn (ở Quản trị › Tài khoản…), rồi đăng nhập bằng tài khoản đó (Tệp › Đăng nhập "
        "tài khoản khác…).")


def test_another_officer_that_can_log_in_is_named(office, data_dir):  # noqa: F811
    as_(office, "admin")
    office.add_user("canbo2", "Lê Thị Hai", Role.OFFICER, PW["canbo"])
    said = _locked_meanwhile(office, data_dir)
    assert said.message.endswith("Việc này do Cán bộ nhập liệu làm: Lê Thị Hai (canbo2) — đăng nhập bằng tài khoản "
                                 "đó (Tệp › Đăng nhập tài khoản khác…).")
