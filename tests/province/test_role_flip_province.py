"""Red-team 16, F1 at the province: the intake officer gives himself the leader's role with sqlite3,
confirms a unit's pending key (a leader's decision) and puts the role back; `audit verify` said intact.
Now the confirmation is refused while his account is not as the history recorded it, one confirmed
that way (by an earlier version) is named by `verify`, and no key decision is taken while the
database holds a change made outside the program that no administrator has acknowledged."""
from __future__ import annotations

import pytest

from db.store import Store
from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.keys import KeyState
from desktop_app.province import ProvinceOffice
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions

PW = "Hoasen#2026"


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """One unit's approved report, signed by its laptop's key (pending at the province)."""
    root = tmp_path_factory.mktemp("flip")
    folder = root / "hop-thu"
    folder.mkdir()
    ws, subs = make_submissions(folder, pick_units(1, 0), PERIOD, data_dir=root / "xa")
    ws.close()
    return folder, next(iter(subs.values()))


@pytest.fixture
def province(tmp_path, signed):
    """The province database with quantri, vanthu (Cán bộ nhập liệu) and lanhdao (Lãnh đạo); the
    unit's file read by vanthu: its key waits for a leader's confirmation."""
    office = ProvinceOffice.open(tmp_path / "tinh")
    office.ws.add_user("quantri", "Quản Trị", "admin", PW)
    office.ws.login("quantri", PW)
    office.ws.add_user("vanthu", "Lê Thị Thu", "officer", PW)
    office.ws.add_user("lanhdao", "Phó Chủ tịch", "leader", PW)
    office.setup("Lê Thị Thu", "Hoàng Văn Ký", "Phó Chủ tịch")
    office.ws.login("vanthu", PW)
    office.intake(signed[0], PERIOD)
    office.close()
    return tmp_path / "tinh"


def _as(folder, username: str) -> ProvinceOffice:
    office = ProvinceOffice.open(folder)
    office.ws.login(username, PW)
    return office


def _found(folder) -> list:
    office = ProvinceOffice.open(folder)
    try:
        return office.store.verify_integrity()
    finally:
        office.close()


def _role(folder, username: str, role: str) -> None:
    edit_with_sqlite3(folder, f"UPDATE users SET role = '{role}' WHERE username = '{username}'")


def test_an_intake_officer_made_leader_with_sqlite3_confirms_no_key(province, signed, monkeypatch, capsys):
    """rt16's prov_flip.sh: `chitieu --user vanthu keys confirm` is refused as the officer (rc 2), and
    now still refused with his role edited to Lãnh đạo (it confirmed the key, rc 0); the key waits."""
    sub = signed[1]
    monkeypatch.setenv("CHITIEU_PASSWORD", PW)
    command = ["--data-dir", str(province), "--user", "vanthu", "keys", "confirm", sub.unit_code, sub.key_code]
    assert main(command) == 2
    assert "Tài khoản vanthu (Cán bộ nhập liệu) không được xác nhận hoặc thu hồi khóa ký" in capsys.readouterr().err
    _role(province, "vanthu", "Lãnh đạo")
    assert main(command) == 2
    err = capsys.readouterr().err
    assert "Tài khoản vanthu đã bị sửa ngoài chương trình (bằng công cụ khác, không qua chương trình)" in err
    assert "chưa được xác nhận hoặc thu hồi khóa ký, chấp nhận tệp chưa ký" in err
    _role(province, "vanthu", "Cán bộ nhập liệu")
    office = _as(province, "lanhdao")
    assert office.key_state(sub.unit_code).state == KeyState.CHO
    office.close()
    assert _found(province) == []


def test_a_key_confirmed_under_a_flipped_role_is_named_by_verify(province, signed, monkeypatch):
    """What an earlier version let through (the checks of the account and of the changes outside left
    out): confirmed by vanthu, whom the history holds as an officer."""
    sub = signed[1]
    _role(province, "vanthu", "Lãnh đạo")
    with monkeypatch.context() as m:
        m.setattr(Store, "account_unrecorded", lambda self, row: None, raising=False)
        m.setattr(ProvinceOffice, "refuse_decision_while_changed", lambda self, doing: None, raising=False)
        office = _as(province, "vanthu")
        office.confirm_key(sub.unit_code, sub.key_code)
        office.close()
    _role(province, "vanthu", "Cán bộ nhập liệu")
    (found,) = _found(province)
    assert found.message.startswith(f"Tài khoản vanthu (Cán bộ nhập liệu) đã xác nhận khóa ký mã {sub.key_code} của "
                                    f"đơn vị mã {sub.unit_code} lúc ")
    assert "vai trò Cán bộ nhập liệu không được duyệt kỳ báo cáo, việc này dành cho Lãnh đạo." in found.message
    assert found.en.startswith(f"The account vanthu (Data-entry officer) confirmed the signing key {sub.key_code} "
                               f"of unit {sub.unit_code} at ")


def test_key_decisions_wait_for_a_change_outside_to_be_acknowledged(province, signed):
    """A setting edited with sqlite3: the leader's confirmation, revocation and acceptance are refused,
    naming the change, until the administrator acknowledges it; then the key is confirmed."""
    sub = signed[1]
    edit_with_sqlite3(province, """UPDATE settings SET value = '"Người Khác"' WHERE key = 'signer'""")
    office = _as(province, "lanhdao")
    for decide, doing in ((lambda: office.confirm_key(sub.unit_code, sub.key_code), "xác nhận khóa ký"),
                          (lambda: office.revoke_key(sub.unit_code), "thu hồi khóa ký"),
                          (lambda: office.accept_unsigned(sub.unit_code, PERIOD), "chấp nhận bản chưa ký")):
        with pytest.raises(ChangedOutside) as refused:
            decide()
        assert refused.value.message.startswith(
            f"Chưa {doing} được: lịch sử số liệu cho thấy cơ sở dữ liệu bị sửa ngoài chương trình (bằng công cụ khác, "
            "không qua chương trình): Cài đặt signer đã bị sửa ngoài chương trình. Việc này quyết định những bản báo "
            "cáo nào được tính")
        assert refused.value.en.startswith(f"Cannot {refused.value.en.split('Cannot ')[1].split(' yet')[0]} yet")
    with pytest.raises(ChangedOutside, match="^Chưa quyết định về khóa ký và tệp chưa ký được"):
        office.require_key_decisions()  # what the window asks before a code is typed
    assert office.key_state(sub.unit_code).state == KeyState.CHO
    office.close()
    admin = _as(province, "quantri")
    admin.ws.acknowledge_changes(_found(province))
    admin.close()
    office = _as(province, "lanhdao")
    assert office.confirm_key(sub.unit_code, sub.key_code).state == KeyState.XAC_NHAN
    office.close()
    assert _found(province) == []
