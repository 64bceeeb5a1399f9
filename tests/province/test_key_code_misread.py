"""A key code read off the paper with the digit 0 for the letter O, or 1 for I (walk 11, finding 2):
the codes are base32 (A-Z, 2-7) and never hold a 0 or a 1, and in the letter's Times bold O and 0
look alike. Such a code is the code printed, not a sign of a forged file: the catalogue update's
first import, chitieu keys confirm (the Khóa ký tab's confirm goes to the same service) and
chitieu verify --code take it."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app import approval
from desktop_app.cli import run
from desktop_app.core.keys import KeyState
from desktop_app.core.signing import key_code, new_private_key, normalise_code, public_key
from desktop_app.services import Workspace
from desktop_app.province import ProvinceOffice
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions

TAN_CUONG = "05503"


def _key_with_o_and_i() -> str:
    """A private key whose code holds the letters O and I (about one key in six)."""
    while True:
        key = new_private_key()
        code = key_code(public_key(key))
        if "O" in code and "I" in code:
            return key


def _misread(code: str) -> str:
    """The code as an officer types it reading O as 0 and I as 1, in lower case with spaces."""
    return code.replace("O", "0").replace("I", "1").replace("-", " ").lower()


@pytest.fixture
def o_and_i_key(monkeypatch):
    """Installations made in the test get a key whose code has an O and an I."""
    key = _key_with_o_and_i()
    monkeypatch.setattr(approval, "new_private_key", lambda: key)
    return key_code(public_key(key))


def test_the_alphabet_has_no_0_or_1_and_both_are_read_as_letters():
    codes = {key_code(public_key(new_private_key())) for _ in range(200)}
    assert not any(set("01") & set(c) for c in codes)
    assert normalise_code("rifd nfe3 3u36 05qg") == "RIFD-NFE3-3U36-O5QG"
    assert normalise_code("1ABC-DEFG") == "IABC-DEFG"


def test_a_cover_letter_code_typed_with_0_for_o_imports(o_and_i_key, tmp_path):
    """The province publishes (its key's code has an O and an I); the commune types the code
    with 0 and 1: imported, the province's key pinned."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    assert office.ws.key_code == o_and_i_key
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    update = cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    office.close()
    commune = Workspace.open(tmp_path / "xa", user="can-bo")
    try:
        commune.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        typed = _misread(o_and_i_key)
        assert "0" in typed and "1" in typed
        old, new, changes = cu.import_update(commune, update["path"], typed)
        assert (old, new) == ("2026.1", "2026.2")
        assert changes[0].startswith(f"Ghi nhận khóa ký của tỉnh: mã {o_and_i_key}, khớp mã in trên công văn")
        assert cu.province_key(commune)["key_code"] == o_and_i_key
    finally:
        commune.close()


def test_keys_confirm_and_verify_take_0_for_o(o_and_i_key, office, tmp_path, capsys):
    """chitieu keys confirm with the paper's code typed with 0 and 1: the unit's key confirmed;
    chitieu verify --code says the code matches."""
    root = tmp_path / "xa"
    root.mkdir()
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=tmp_path / "xa-db")
    ws.close()
    [sub] = subs.values()
    assert sub.key_code == o_and_i_key
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    path = delivered(write_submission(sub, inbox / "a.xlsx"), ON_TIME)
    office.intake(inbox, PERIOD)
    office.close()
    data = str(tmp_path / "tinh")
    typed = _misread(sub.key_code)
    assert run(["--data-dir", data, "keys", "confirm", sub.unit_code, *typed.split()]) == 0
    assert f"Đã xác nhận khóa {sub.key_code}" in capsys.readouterr().out
    assert run(["--data-dir", data, "verify", str(path), "--code", typed]) == 0
    said = capsys.readouterr().out
    assert "khóa ĐÃ XÁC NHẬN" in said and "KHỚP với mã khóa" in said
    reopened = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert [k.state for k in reopened.keys(sub.unit_code)] == [KeyState.XAC_NHAN]
    finally:
        reopened.close()
