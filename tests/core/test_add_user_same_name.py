"""A second account with the full name of another active one is refused, naming it (red-team R17 F5): `user add
lanh.dao --full-name "Lanhdao" --role "Lãnh đạo"` beside the leader lanhdao "Lanhdao" made two leaders named alike on
approvals and papers. NFC, case and spacing ignored; an account no longer active does not hold its name."""
from __future__ import annotations

import unicodedata

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.users import Role
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture


def test_a_full_name_another_active_account_bears_is_refused(office):  # noqa: F811
    as_(office, "admin")
    look_alike = unicodedata.normalize("NFD", "  trần  THỊ bình ")
    with pytest.raises(InvalidInput) as refused:
        office.add_user("lanh.dao", look_alike, Role.LEADER, "Hoasen#2027")
    assert refused.value.message.startswith("Đã có tài khoản lanhdao mang họ tên “Trần Thị Bình”: "), refused.value
    assert refused.value.field == "Họ và tên"
    assert refused.value.en.startswith("The account lanhdao bears the full name “Trần Thị Bình” already: ")
    assert office.store.user("lanh.dao") is None
    with pytest.raises(InvalidInput, match="Đã có tài khoản canbo mang họ tên “Nguyễn Văn An”"):
        office.add_user("canbo2", "Nguyễn Văn  An", Role.OFFICER, "Hoasen#2027")

    office.set_user_active("canbo", False)  # an account no longer active: its name may be another's
    office.add_user("canbo2", "Nguyễn Văn An", Role.OFFICER, "Hoasen#2027")
    assert office.store.user("canbo2").full_name == "Nguyễn Văn An"


def test_one_persons_accounts_of_other_roles_share_the_name(office):  # noqa: F811
    """A commune's administrator who enters figures too gets an officer account under their own name, as the
    first run gives one (`add_first_accounts`); only two accounts of one role named alike are refused."""
    as_(office, "admin")
    office.add_user("quan.nhaplieu", "Hoàng Văn Quản", Role.OFFICER, "Hoasen#2027")
    assert office.store.user("quan.nhaplieu").full_name == "Hoàng Văn Quản"
    with pytest.raises(InvalidInput, match="Đã có tài khoản quan.nhaplieu mang họ tên “Hoàng Văn Quản”"):
        office.add_user("quan.nhaplieu2", "Hoàng Văn Quản", Role.OFFICER, "Hoasen#2027")


def test_a_leaders_name_is_held_whatever_the_role_and_at_unlock(office):  # noqa: F811
    """R18 F3: an administrator account "Trần Thị Bình" beside the leader reset her password in her own name;
    F1: the leader locked, a look-alike leader added, the leader unlocked: two leaders named alike; F2: letters of
    another script ("В" Cyrillic) or the Latin Ð for Đ made a second leader look the same."""
    as_(office, "admin")
    for role in (Role.ADMIN, Role.OFFICER, Role.LEADER):
        with pytest.raises(InvalidInput, match="Đã có tài khoản lanhdao mang họ tên"):
            office.add_user("ld.khac", "Trần Thị Bình", role, "Hoasen#2027")
    with pytest.raises(InvalidInput, match="có chữ “В” không phải chữ cái tiếng Việt"):
        office.add_user("ld.khac", "Trần Thị Вình", Role.LEADER, "Hoasen#2027")
    office.add_user("dinh", "Đinh Văn Cường", Role.LEADER, "Hoasen#2027")
    with pytest.raises(InvalidInput, match="Đã có tài khoản dinh mang họ tên"):
        office.add_user("dinh2", "Ðinh Văn Cường", Role.LEADER, "Hoasen#2027")  # U+00D0, not Đ

    office.set_user_active("lanhdao", False, last_leader=True)
    office.add_user("ld.moi", "Trần Thị Bình", Role.LEADER, "Hoasen#2027")  # her name is free while she is locked
    with pytest.raises(InvalidInput, match="Đã có tài khoản ld.moi mang họ tên “Trần Thị Bình”"):
        office.set_user_active("lanhdao", True)
    assert not office.store.user("lanhdao").active  # still locked: no two leaders named alike
