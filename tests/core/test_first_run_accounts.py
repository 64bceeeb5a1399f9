"""The first run's accounts: the administrator alone, or with an officer account of the same
person ("Tôi cũng làm việc của cán bộ nhập liệu"), made in one step by the service."""
import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.users import Permission, Role, officer_username_for

PASSWORD = "hoa-sen-2026"


def test_the_officer_user_name_is_derived_from_the_administrator_s():
    assert officer_username_for("quantri") == "quantri.nhaplieu"
    assert officer_username_for("  An.Nguyen ") == "an.nguyen.nhaplieu"
    assert len(officer_username_for("a" * 32)) == 32
    assert officer_username_for("") == ""


def test_one_person_gets_an_administrator_and_an_officer_account_in_one_step(blank_workspace):
    """Both accounts, same name and password, each with its role and its audit row; the officer
    enters figures, the administrator manages."""
    ws = blank_workspace
    made = ws.add_first_accounts("thao", "Nguyễn Thị Phương Thảo", PASSWORD, officer_username="thao.nhaplieu")
    assert [(a.username, a.role) for a in made] == [("thao", Role.ADMIN), ("thao.nhaplieu", Role.OFFICER)]
    assert {a.full_name for a in made} == {"Nguyễn Thị Phương Thảo"}
    added = [r.new for r in ws.store.audit_rows() if r.action == "user_add"]
    assert sorted(added) == ["thao (Quản trị)", "thao.nhaplieu (Cán bộ nhập liệu)"]
    hashes = {ws.store.user(a.username).password_hash for a in made}
    assert len(hashes) == 2  # each its own salt
    assert ws.login("thao.nhaplieu", PASSWORD).can(Permission.ENTER)
    assert ws.login("thao", PASSWORD).can(Permission.MANAGE_USERS)


def test_without_the_officer_only_the_administrator_is_made(blank_workspace):
    made = blank_workspace.add_first_accounts("quantri", "Hoàng Văn Quản", PASSWORD)
    assert [a.role for a in made] == [Role.ADMIN]
    assert [u.username for u in blank_workspace.users()] == ["quantri"]


@pytest.mark.parametrize("officer, message", [("quantri", "khác tài khoản Quản trị"),
                                              ("x", "Tài khoản nhập số liệu — Tên đăng nhập: 3 đến 32")])
def test_a_wrong_officer_user_name_makes_neither_account(blank_workspace, officer, message):
    with pytest.raises(InvalidInput, match=message) as refused:
        blank_workspace.add_first_accounts("quantri", "Hoàng Văn Quản", PASSWORD, officer_username=officer)
    assert refused.value.en and "data-entry account" in refused.value.en
    assert not blank_workspace.has_accounts


def test_the_first_accounts_are_made_once(blank_workspace):
    """Once there are accounts, the administrator makes the others (Quản trị › Tài khoản…)."""
    blank_workspace.add_first_accounts("quantri", "Hoàng Văn Quản", PASSWORD)
    with pytest.raises(InvalidInput, match="đã có tài khoản"):
        blank_workspace.add_first_accounts("khac", "Người Khác", PASSWORD, officer_username="khac.nhaplieu")
    assert len(blank_workspace.users()) == 1
