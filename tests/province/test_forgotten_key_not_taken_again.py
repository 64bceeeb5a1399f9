"""Red-team R4 F2: a province key the administrator forgot as not the province's (forget-key --withdraw, the forged
2026.2 set aside) was recorded again from a second forged letter printing the same code: its 2026.3 imported, Tân
Cương's BHYT target lowered to ≥ 80, with no word that this key had been declared forged. Now refused, naming when and
by whom it was forgotten, unless the administrator confirms the office said it is the province's after all; a key
forgotten without --withdraw (the province changed its key) comes back without a question."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.cli import run
from desktop_app.forgotten_keys import ForgottenKeyRefused, forgotten_key
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.resources import default_catalog
from tests.province.test_forget_province_key import ADMIN, TAN_CUONG, commune  # noqa: F401
from tests.province.test_withdrawn_number_way_out import _bhyt_target, _withdrawn_forgery


def _update(tmp_path, key, base: str, number: str, target: str):
    doc = cu.set_target(default_catalog().document, "bhyt", ">=", target, unit=TAN_CUONG)
    return cu.write_update(cu.build_update(doc, base, number, issuer="UBND tỉnh Thái Nguyên", private_key=key),
                           tmp_path / f"gia-{number}-{target}.chitieu-catalog.json")


@pytest.fixture
def forger(commune, tmp_path):  # noqa: F811
    """The forged 2026.2 (≥ 90) imported, a period approved under it, its key forgotten with --withdraw."""
    key = new_private_key()
    code = key_code(public_key(key))
    _withdrawn_forgery(commune, (_update(tmp_path, key, "2026.1", "2026.2", "90"), code))
    return key, code


@pytest.mark.parametrize("base", ["2026.2", "2026.1"])  # from the version set aside, or from the one in use
def test_the_forged_key_is_refused_again_with_its_code_typed(commune, forger, tmp_path, base):  # noqa: F811
    key, code = forger
    again = _update(tmp_path, key, base, "2026.3", "80")
    with pytest.raises(ForgottenKeyRefused) as refused:
        cu.import_update(commune, again, code)
    said = refused.value.message
    assert said.startswith(f"Tệp {again.name} được ký bằng khóa mã {code}, nhưng khóa mã {code} là khóa quản trị "
                           f"viên {ADMIN[0]} đã bỏ lúc "), said
    assert "vì không phải khóa của tỉnh (thôi dùng bộ chỉ tiêu 2026.2 nhập theo khóa đó). Không nhập" in said
    assert refused.value.field == "Mã khóa"
    assert commune.catalog.version == "2026.1" and reset.recorded_key(commune) is None  # nothing recorded
    assert _bhyt_target(commune, "2026-6M").value != 80


def test_confirmed_by_the_office_it_is_recorded_again(commune, forger, tmp_path):  # noqa: F811
    key, code = forger
    again = _update(tmp_path, key, "2026.1", "2026.3", "80")
    assert forgotten_key(commune, cu.read_update(again)).key_code == code  # what the window asks about
    cu.import_update(commune, again, code, forgotten_key_confirmed=True)
    assert commune.catalog.version == "2026.3" and reset.recorded_key(commune)["key_code"] == code


def test_the_command_refuses_it_and_takes_the_confirmation(commune, forger, tmp_path, capsys, monkeypatch):  # noqa: F811
    key, code = forger
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    again = _update(tmp_path, key, "2026.1", "2026.3", "80")
    folder = str(Path(commune.store.path).parent)
    commune.close()
    login = ["--data-dir", folder, "--user", ADMIN[0]]
    assert run([*login, "catalog-update", "import", str(again), "--code", code]) != 0
    assert "thêm --forgotten-key-confirmed vào lệnh" in capsys.readouterr().err
    assert run([*login, "catalog-update", "import", str(again), "--code", code, "--forgotten-key-confirmed"]) == 0


def test_a_key_forgotten_as_changed_comes_back_without_a_question(commune, tmp_path):  # noqa: F811
    key = new_private_key()
    code = key_code(public_key(key))
    cu.import_update(commune, _update(tmp_path, key, "2026.1", "2026.2", "96"), code)
    commune.login(*ADMIN)
    reset.forget_province_key(commune, code)  # the province changed its key: nothing set aside
    again = _update(tmp_path, key, "2026.2", "2026.3", "97")
    assert forgotten_key(commune, cu.read_update(again)) is None
    cu.import_update(commune, again, code)
    assert commune.catalog.version == "2026.3"


def test_a_restore_keeps_the_keys_forgotten(commune, tmp_path):  # noqa: F811
    """Red-team R5 F9: a backup taken before the forged import knows nothing of the forgetting; restored, the next
    forged letter was taken unasked. The restore now keeps the list of keys forgotten."""
    from desktop_app.backups import restore, restore_warning, take_backup
    from desktop_app.services import Workspace

    commune.login(*ADMIN)
    before = take_backup(commune, "truoc")
    key = new_private_key()
    code = key_code(public_key(key))
    _withdrawn_forgery(commune, (_update(tmp_path, key, "2026.1", "2026.2", "90"), code))
    restore(commune, before, confirmed=restore_warning(Path(commune.store.path), before))
    ws = Workspace.open(Path(commune.store.path).parent)
    try:
        ws.login(*ADMIN)
        with pytest.raises(ForgottenKeyRefused):
            cu.import_update(ws, _update(tmp_path, key, "2026.1", "2026.3", "80"), code)
        assert ws.catalog.version == "2026.1" and reset.recorded_key(ws) is None
    finally:
        ws.close()
