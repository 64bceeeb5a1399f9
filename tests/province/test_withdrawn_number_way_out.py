"""Red-team r33 F2: a forger published 2026.2, the province's next number; the commune imported
it (its forged letter's code typed), approved a period under it, and the administrator forgot the
forger's key setting 2026.2 aside. The province's real 2026.2 was then refused (the number is
taken: the approved period names its catalogue by it) with a request the province cannot meet
("publish the update under another number than 2026.2": its drafts are built from its 2026.2),
and its next update, 2026.3, made from 2026.2, was refused as made from a version not in use. The
commune's only way out was the forged file.

Now the real 2026.2's refusal says what the commune can do, and an update made from a version set
aside here, newer than the one in use, imports from the one in use (it carries the whole
catalogue); the approved period keeps the forged catalogue it was approved with."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.resources import default_catalog
from tests.province.test_forget_province_key import (  # noqa: F401
    ADMIN,
    LEADER,
    TAN_CUONG,
    _approve,
    commune,
)

APPROVED_AT = dt.datetime(2026, 4, 3, 9, 0)


@pytest.fixture
def province(office, tmp_path):
    """The province's real 2026.2 (BHYT ≥ 96 for every unit), then its 2026.3 made from it
    (Tân Cương's BHYT ≥ 98): the two files and the province key's code."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all")
    real2 = cu.publish(office.ws, "2026.2", tmp_path / "tinh-2026.2.chitieu-catalog.json")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", unit=TAN_CUONG)
    real3 = cu.publish(office.ws, "2026.3", tmp_path / "tinh-2026.3.chitieu-catalog.json")
    return real2["path"], real3["path"], real2["key_code"]


@pytest.fixture
def forged(tmp_path):
    """Someone's own 2026.2 (from 2026.1) lowering Tân Cương's BHYT target to ≥ 90, and its key's code."""
    key = new_private_key()
    doc = cu.set_target(default_catalog().document, "bhyt", ">=", "90", unit=TAN_CUONG)
    path = cu.write_update(cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=key),
                           tmp_path / "gia-2026.2.chitieu-catalog.json")
    return path, key_code(public_key(key))


def _bhyt_target(ws, period: str):
    return next(r for r in ws.period_view(period).rows if r.indicator.code == "bhyt").province_target


def _withdrawn_forgery(commune, forged):  # noqa: F811
    """The forged 2026.2 imported, Quý I approved under it, its key forgotten with --withdraw."""
    fake, fake_code = forged
    cu.import_update(commune, fake, fake_code)
    _approve(commune, "2026-Q1")
    commune.login(*ADMIN)
    reset.forget_province_key(commune, fake_code, withdraw=True)
    assert commune.catalog.version == "2026.1"


def test_the_provinces_next_update_imports_after_a_forged_number_was_set_aside(commune, forged, province):  # noqa: F811
    real2, real3, real_code = province
    _withdrawn_forgery(commune, forged)
    approved = commune.submission("2026-Q1", generated_at=APPROVED_AT)
    assert approved.catalog_version == "2026.2" and _bhyt_target(commune, "2026-Q1").value == 90

    with pytest.raises(ChiTieuError) as err:
        cu.import_update(commune, real2, real_code)
    assert err.value.message == (
        "Tệp tinh-2026.2.chitieu-catalog.json: máy này đã có bộ chỉ tiêu phiên bản 2026.2 khác (bản cập nhật giả, "
        "đã thôi dùng khi bỏ khóa của tỉnh đã ghi nhận), mà các kỳ đã duyệt theo nó vẫn ghi số phiên bản này. Không "
        "nhập: hai bộ chỉ tiêu không được cùng số phiên bản. Bộ chỉ tiêu đang dùng vẫn là phiên bản 2026.1.\n\n"
        "Bản cập nhật tiếp theo của tỉnh (số phiên bản lớn hơn 2026.2) nhập được như thường: hãy nhập bản đó khi tỉnh "
        "gửi. Nếu cần sớm hơn, hãy xin Văn phòng UBND tỉnh phát hành một bản cập nhật số phiên bản lớn hơn 2026.2; "
        "tỉnh phát hành được cả khi không có thay đổi nào, bằng lệnh chitieu catalog-update export (cửa sổ của tỉnh "
        "chỉ phát hành bản nháp có thay đổi).")
    assert cu.province_key(commune) is None and commune.catalog.version == "2026.1"

    old, new, changes = cu.import_update(commune, real3, real_code)  # made from the real 2026.2
    assert (old, new) == ("2026.1", "2026.3") and commune.catalog.version == "2026.3"
    assert cu.province_key(commune)["key_code"] == real_code
    # what it changes is read against the catalogue in use here, 2026.1: the real 2026.2's change too (≥ 96
    # for every other unit, counted in one line since a commune's list names its own targets, walk U18 F7)
    assert any("≥ 98" in str(c) for c in changes) and not any("≥ 96" in str(c) for c in changes)
    assert any("đơn vị khác" in str(c) for c in changes), changes
    assert _bhyt_target(commune, "2026-6M").value == 98
    # the period approved under the forged 2026.2 keeps it
    assert commune.submission("2026-Q1", generated_at=APPROVED_AT) == approved
    assert _bhyt_target(commune, "2026-Q1").value == 90
    assert commune.store.get_setting("catalogs_withdrawn") == ["2026.2"]
    assert commune.verify_history() == []
    commune.login(*LEADER)
    assert commune.verify_history() == []

    commune.login(*ADMIN)  # neither 2026.2 imports any more: the real one is not newer than 2026.3, the forged
    for path, code, said in ((real2, real_code, "không mới hơn phiên bản đang dùng 2026.3"),  # one is not the
                             (*forged, "khác khóa của tỉnh mã")):                           # province's (U18 F2)
        with pytest.raises(ChiTieuError, match=said):
            cu.import_update(commune, path, code)


def test_the_province_can_publish_a_new_number_without_any_change(office, commune, forged, tmp_path):  # noqa: F811
    """What the refusal tells the province: its command line publishes an update changing nothing."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all")
    real2 = cu.publish(office.ws, "2026.2", tmp_path / "tinh-2026.2.chitieu-catalog.json")
    assert cu.describe_changes(office.ws.catalog.document, cu.draft(office.ws)) == []
    real3 = cu.publish(office.ws, "2026.3", tmp_path / "tinh-2026.3.chitieu-catalog.json")
    assert real3["changes"] == [] and real3["base_version"] == "2026.2"
    _withdrawn_forgery(commune, forged)
    with pytest.raises(ChiTieuError, match="số phiên bản lớn hơn 2026.2"):
        cu.import_update(commune, real2["path"], real2["key_code"])
    assert cu.import_update(commune, real3["path"], real2["key_code"])[:2] == ("2026.1", "2026.3")
    assert _bhyt_target(commune, "2026-6M").value == 96


def test_an_update_made_from_a_version_neither_in_use_nor_set_aside_is_refused_as_before(
        office, commune, forged, province, tmp_path):  # noqa: F811
    _real2, real3, real_code = province
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "99", unit=TAN_CUONG)
    real4 = cu.publish(office.ws, "2026.4", tmp_path / "tinh-2026.4.chitieu-catalog.json")["path"]
    _withdrawn_forgery(commune, forged)
    with pytest.raises(ChiTieuError) as err:
        cu.import_update(commune, real4, real_code)
    assert err.value.message == (
        "Tệp tinh-2026.4.chitieu-catalog.json: bản cập nhật lập từ phiên bản 2026.3, nhưng máy đang dùng phiên bản "
        "2026.1. Hãy nhập lần lượt các bản cập nhật trước (đến phiên bản 2026.3) rồi nhập lại tệp này.")
    assert commune.catalog.version == "2026.1" and cu.province_key(commune) is None

    cu.import_update(commune, real3, real_code)
    # 2026.2 set aside is older than the version now in use: an update made from it would skip 2026.3
    doc = cu.set_target(cu.read_update(real3)["catalog"], "bhyt", ">=", "95", unit=TAN_CUONG)
    skipping = cu.write_update(cu.build_update(doc, "2026.2", "2026.5", private_key=office.ws.signing_key()),
                               tmp_path / "tinh-2026.5.chitieu-catalog.json")
    with pytest.raises(ChiTieuError, match="lập từ phiên bản 2026.2, nhưng máy đang dùng phiên bản 2026.3"):
        cu.import_update(commune, skipping, real_code)
    assert commune.catalog.version == "2026.3"


def test_without_a_version_set_aside_an_update_from_an_unknown_base_is_refused(commune, province):  # noqa: F811
    """The province's 2026.3 at a commune that never had 2026.2: import 2026.2 first, as before."""
    real2, real3, real_code = province
    with pytest.raises(ChiTieuError, match="lập từ phiên bản 2026.2, nhưng máy đang dùng phiên bản 2026.1"):
        cu.import_update(commune, real3, real_code)
    assert cu.import_update(commune, real2, real_code)[:2] == ("2026.1", "2026.2")
    assert cu.import_update(commune, real3)[:2] == ("2026.2", "2026.3")
