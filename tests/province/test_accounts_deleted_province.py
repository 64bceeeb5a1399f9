"""Red-team 18, F1 at the province: `users` emptied with sqlite3 for a moment, an administrator made with no
login ("sep"), the rows put back; sep added a leader who confirmed a unit's key, and `audit verify` said
intact. Now the account creation and the key decision are refused while `users` is empty, and a creation
made so by an earlier version is named by `verify`."""
from __future__ import annotations

import pytest

from db.store import Store
from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.keys import KeyState
from desktop_app.province import ProvinceOffice
from tests.db.test_accounts_deleted_outside import DELETED, _audit_row, _put_back, _saved_users
from tests.edited_outside import edit_with_sqlite3
from tests.province.test_role_flip_province import PW, _as, _found, province, signed  # noqa: F401 (fixtures)


def test_no_administrator_nor_key_decision_while_users_is_emptied(province, signed, monkeypatch, capsys):  # noqa: F811
    sub = signed[1]
    saved = _saved_users(province)
    edit_with_sqlite3(province, "DELETE FROM users")
    monkeypatch.delenv("CHITIEU_USER", raising=False)
    monkeypatch.setenv("CHITIEU_NEW_PASSWORD", "Hoasen#2027")
    rc = main(["--data-dir", str(province), "user", "add", "sep", "--full-name", "Sếp Mới", "--role", "Quản trị"])
    assert rc == 2 and DELETED in capsys.readouterr().err
    rc = main(["--data-dir", str(province), "keys", "confirm", sub.unit_code, sub.key_code])
    assert rc == 2 and DELETED in capsys.readouterr().err
    _put_back(province, saved)
    office = _as(province, "lanhdao")
    assert office.key_state(sub.unit_code).state == KeyState.CHO
    assert "sep" not in [a.username for a in office.ws.users()]
    office.close()
    assert _found(province) == []


def test_an_administrator_made_so_before_is_named_by_verify(province, signed, monkeypatch):  # noqa: F811
    sub = signed[1]
    saved = _saved_users(province)
    edit_with_sqlite3(province, "DELETE FROM users")
    with monkeypatch.context() as m:
        m.setattr(Store, "ever_had_accounts", lambda self: False)
        office = ProvinceOffice.open(province)
        office.ws.add_user("sep", "Sếp Mới", "admin", "Hoasen#2027")
        who = office.ws.user
        office.close()
    _put_back(province, saved)
    office = ProvinceOffice.open(province)
    office.ws.login("sep", "Hoasen#2027")
    office.ws.add_user("ldtinh", "Lãnh Đạo Tỉnh", "leader", "Hoasen#2027")
    office.close()
    (found,) = _found(province)
    row = _audit_row(province, "sep (Quản trị)")
    assert found.message.startswith(f"{who} đã thêm tài khoản sep (Quản trị) lúc ")
    assert f"(dòng số {row} của nhật ký thay đổi), nhưng nhật ký không ghi tài khoản nào tên {who}" in found.message
    office = ProvinceOffice.open(province)
    office.ws.login("ldtinh", "Hoasen#2027")
    try:
        with pytest.raises(ChangedOutside, match=r"sep \(Quản trị\)"):  # decided once an administrator has looked
            office.confirm_key(sub.unit_code, sub.key_code)
    finally:
        office.close()
