"""A key code typed with the wrong number of letters and digits (walk 20, #6 and #9): "ABCD" was
told it matched none of the unit's keys, in the window's Xác nhận khóa and on the command line,
as if a whole code had been compared. A code is 16 letters and digits (4 groups of 4): the
refusal says so and how many were typed, wherever a key's code is typed (confirm, revoke, the
catalogue update's code; verify --code, which takes the fingerprint's digits too). And
`keys revoke UNIT CODE` says the code goes after --code."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.core.keys import KeyState
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    one_report_delivered,
)
from tests.province.test_catalog_update_malformed import _doc, _self_signed, commune  # noqa: F401


@pytest.fixture(scope="module")
def received(tmp_path_factory):
    root = tmp_path_factory.mktemp("do-dai-ma")
    sub, path = one_report_delivered(root, pick_units(1, 0)[0], PERIOD)
    office = ProvinceOffice.open(root / "tinh")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(path.parent, PERIOD)
    office.close()
    return sub, root / "tinh", path


def _pending(data_dir, unit):
    office = ProvinceOffice.open(data_dir)
    try:
        [key] = office.keys(unit)
    finally:
        office.close()
    return key


@pytest.mark.parametrize("typed, n", [("ABCD", 4), ("q7lj ckzz hwyx", 12), ("Q7LJ-CKZZ-HWYX-3QCM-AB", 18)])
def test_confirming_a_code_of_the_wrong_length_says_a_code_has_16(received, typed, n):
    sub, data_dir, _ = received
    office = ProvinceOffice.open(data_dir)
    try:
        with pytest.raises(InvalidInput) as err:
            office.confirm_key(sub.unit_code, typed)
        with pytest.raises(InvalidInput) as revoking:
            office.revoke_key(sub.unit_code, typed)
    finally:
        office.close()
    # "Mã khóa" said once (it read "Mã khóa: mã khóa có 16…", walk U1 F7)
    assert err.value.message == ("Mã khóa: cần đúng 16 chữ cái và chữ số (4 nhóm 4 ký tự, ví dụ K7QX-3M2P-ABCD-EFGH); "
                                 f"đã gõ {n}.")
    assert err.value.en.endswith(f"{n} were typed.") and "không khớp" not in err.value.message
    assert revoking.value.message == err.value.message
    assert _pending(data_dir, sub.unit_code).state == KeyState.CHO


def test_the_command_line_says_it_too(received, capsys):
    sub, data_dir, _ = received
    assert run(["--data-dir", str(data_dir), "keys", "confirm", sub.unit_code, "abcd"]) == 2
    assert "Lỗi: Mã khóa: cần đúng 16 chữ cái và chữ số" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "keys", "revoke", sub.unit_code, "--code", "abcd"]) == 2
    assert "Mã khóa (--code): cần đúng 16 chữ cái và chữ số (4 nhóm 4 ký tự, ví dụ K7QX-3M2P-ABCD-EFGH); đã gõ 4." \
        in capsys.readouterr().err
    assert _pending(data_dir, sub.unit_code).state == KeyState.CHO


def test_verify_with_a_short_code_says_how_long_a_code_is(received, capsys):
    sub, _, path = received
    assert run(["verify", str(path), "--code", "ABCD"]) == 2
    err = capsys.readouterr().err
    assert ("Mã in trên báo cáo giấy (--code): mã khóa có 16 chữ cái và chữ số (4 nhóm 4 ký tự, ví dụ "
            "K7QX-3M2P-ABCD-EFGH; hoặc mã xác thực, từ 16 chữ số đầu); đã gõ 4.") in err
    assert run(["verify", str(path), "--code", sub.fingerprint]) == 0  # the whole fingerprint: 64 digits
    assert run(["verify", str(path), "--code", sub.key_code]) == 0


def test_the_catalogue_updates_code_says_it_too(commune, tmp_path):  # noqa: F811
    path = _self_signed(_doc(lambda d: None), tmp_path / "u.chitieu-catalog.json")
    with pytest.raises(InvalidInput) as err:
        cu.import_update(commune, path, "AAAA-BBBB")
    assert err.value.message.endswith("; đã gõ 8.")
    assert commune.catalog.version == "2026.1"


def test_revoke_with_the_code_not_after_code_says_where_it_goes(received, capsys):
    sub, data_dir, _ = received
    with pytest.raises(SystemExit) as done:
        run(["--data-dir", str(data_dir), "keys", "revoke", "linh son", "OPXJ-2DVQ-JZ5J-LGAK"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err == ("chitieu: lỗi tham số: mã khóa đặt sau --code: chitieu keys revoke 'linh son' --code "
                   "OPXJ-2DVQ-JZ5J-LGAK\n")
    assert _pending(data_dir, sub.unit_code).state == KeyState.CHO
