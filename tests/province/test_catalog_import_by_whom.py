"""Who imports a catalogue update (red team R33 F3): a province database never does, whatever
the file and the code typed: its catalogue is the one it publishes (an update imported there
became the catalogue it recomputes with and publishes from, a stranger's). And where a commune
sees the province key it recorded (R33 F4): `chitieu catalog-update key`."""
from __future__ import annotations

import json

import pytest

from desktop_app import catalog_update as cu
from desktop_app.cli import run
from desktop_app.core.errors import NotPermitted
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.services import Workspace

STRANGER = new_private_key()
STRANGER_CODE = key_code(public_key(STRANGER))


def _forged(document: dict, folder) -> str:
    """A stranger's update to 2026.2 lowering every unit's BHYT target to 10, with its own key."""
    doc = cu.set_target(document, "bhyt", ">=", "10", unit="all")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=STRANGER)
    return str(cu.write_update(update, folder / f"gia-mao{cu.SUFFIX}"))


def test_a_province_database_refuses_any_update_and_says_how_it_publishes(office, tmp_path):
    """The service refuses (check_import, then import_update itself) with the code typed right for
    the file: the catalogue stays 2026.1, no key is recorded, nothing is audited as imported."""
    path = _forged(office.ws.catalog.document, tmp_path)
    for ask in (lambda: cu.check_import(office.ws), lambda: cu.import_update(office.ws, path, STRANGER_CODE)):
        with pytest.raises(NotPermitted) as err:
            ask()
        said = err.value.message
        assert said.startswith("Đây là cơ sở dữ liệu cấp tỉnh: tỉnh không nhập bản cập nhật bộ chỉ tiêu")
        assert "Tệp › Phát hành cập nhật bộ chỉ tiêu…" in said and "chitieu catalog-update export" in said
        assert "chitieu catalog-update target, assign hoặc add-indicator" in said
        assert "File › Publish an indicator catalogue update…" in err.value.en
    office.ws.reload_catalog()
    assert office.ws.catalog.version == "2026.1" and cu.province_key(office.ws) is None
    actions = {row.action for row in office.ws.store.audit_rows()}
    assert "catalog_update" not in actions and "province_key" not in actions


def test_the_command_line_refuses_it_at_the_province(tmp_path, capsys):
    """R33's steps: province-setup, then `catalog-update import forged --code <stranger>`: refused
    (status 2), the message says how the province edits and publishes; its catalogue is unchanged."""
    prov = str(tmp_path / "tinh")
    assert run(["--data-dir", prov, "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    capsys.readouterr()
    path = _forged(cu.default_catalog().document, tmp_path)
    assert run(["--data-dir", prov, "catalog-update", "import", path, "--code", STRANGER_CODE]) == 2
    said = capsys.readouterr()
    assert "Đây là cơ sở dữ liệu cấp tỉnh" in said.err and "Tệp › Phát hành cập nhật bộ chỉ tiêu…" in said.err
    assert "Đã cập nhật" not in said.out and "Ghi nhận khóa" not in said.out
    assert run(["--data-dir", prov, "catalog-update", "key"]) == 0
    assert capsys.readouterr().out.startswith("Đây là cơ sở dữ liệu cấp tỉnh: máy không ghi nhận khóa của tỉnh")
    from desktop_app.province import ProvinceOffice
    office = ProvinceOffice.open(tmp_path / "tinh")
    try:
        assert office.ws.catalog.version == "2026.1" and cu.province_key(office.ws) is None
    finally:
        office.close()


def test_a_commune_sees_the_key_it_recorded_and_its_day(tmp_path, capsys):
    """`chitieu catalog-update key`: none before the first import (the code is taken from the
    paper letter); after it, the code and the day it was recorded, and the version it came with."""
    prov, xa = str(tmp_path / "tinh"), str(tmp_path / "xa")
    assert run(["--data-dir", prov, "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    assert run(["--data-dir", prov, "catalog-update", "target", "--indicator", "bhyt", "--unit", "05503",
                "--op", ">=", "--value", "97"]) == 0
    out = tmp_path / "cap-nhat.chitieu-catalog.json"
    assert run(["--data-dir", prov, "catalog-update", "export", "--version", "2026.2", "--out", str(out)]) == 0
    code = json.loads(out.read_text(encoding="utf-8"))["key_code"]
    assert run(["--data-dir", xa, "setup", "--commune", "tan cuong", "--preparer", "A B", "--signer", "C D"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", xa, "catalog-update", "key"]) == 0
    assert capsys.readouterr().out == ("Máy này chưa ghi nhận khóa nào của tỉnh. Lần nhập bản cập nhật bộ chỉ tiêu đầu "
                                       "tiên sẽ ghi nhận khóa theo mã in trên công văn giấy của tỉnh (có chữ ký, đóng "
                                       "dấu).\n")
    # the first import without a code: the hint says the paper letter, signed and stamped, or the telephone
    assert run(["--data-dir", xa, "catalog-update", "import", str(out)]) == 2
    err = capsys.readouterr().err
    assert "in trên công văn giấy có chữ ký, đóng dấu của tỉnh" in err and "đọc qua điện thoại" in err
    assert "không dùng mã trên tệp PDF gửi cùng thư với tệp cập nhật" in err and code not in err
    assert run(["--data-dir", xa, "catalog-update", "import", str(out), "--code", code]) == 0
    capsys.readouterr()
    assert run(["--data-dir", xa, "catalog-update", "key"]) == 0
    said = capsys.readouterr().out
    w = Workspace.open(tmp_path / "xa")
    try:
        at = cu.province_key(w)["pinned_at"]  # the day as recorded: the setting's own time, read back
    finally:
        w.close()
    assert said == (f"Khóa của tỉnh đã ghi nhận: mã {code}, ngày {at[8:10]}/{at[5:7]}/{at[:4]} (từ bản cập nhật "
                    "phiên bản 2026.2).\n")


def test_a_database_that_imported_an_update_cannot_become_the_province(tmp_path, capsys):
    """Red team R34 F3, R33 F3 by another door: a stranger's update imported into a new data folder (no mode
    chosen yet), then `province-setup` there: refused, as for a commune's database, so the stranger's
    catalogue never becomes the one the province recomputes with and publishes from."""
    xa = str(tmp_path / "moi")
    path = _forged(cu.default_catalog().document, tmp_path)
    assert run(["--data-dir", xa, "catalog-update", "import", path, "--code", STRANGER_CODE]) == 0
    capsys.readouterr()
    assert run(["--data-dir", xa, "province-setup", "--signer", "Hoàng Thị Ký"]) == 2
    err = capsys.readouterr().err
    assert ("Cơ sở dữ liệu này đang dùng cho một xã, phường (đã có số liệu, đã chọn đơn vị hoặc đã nhập bản cập "
            "nhật bộ chỉ tiêu của tỉnh); chế độ cấp tỉnh dùng cơ sở dữ liệu riêng.") in err
    w = Workspace.open(tmp_path / "moi")
    try:
        assert w.store.get_setting("mode") is None  # nothing of province mode written
    finally:
        w.close()
