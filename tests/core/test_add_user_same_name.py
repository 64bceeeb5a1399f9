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
