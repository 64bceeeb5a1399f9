"""A restore does not bring back in force the catalogue versions a forgetting set aside (red-team R7 F3): a backup
taken after a forged 2026.2 was imported (Tân Cương's BHYT target lowered) and before the administrator forgot its
key with --withdraw held 2026.2 in force; restored, the key stayed unpinned (a0a7fea) but 2026.2 was the catalogue
in use again, the commune's periods judged against the forged targets. Now the versions signed by that key are set
aside again as the forgetting did, said in the question before the restore and in its result, with a row of the
forgetting's kind; a version of the same number signed by the province's key stays in force."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from db.catalogs import WITHDRAWN
from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.backups import restore, restore_warning, take_backup
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.forgotten_keys import set_aside_again
from desktop_app.restore_losses import set_aside_by_restore
from desktop_app.services import Workspace
from tests.province.test_forget_province_key import ADMIN, commune  # noqa: F401 - commune is a fixture
from tests.province.test_forgotten_key_not_taken_again import _update
from tests.province.test_withdrawn_number_way_out import _bhyt_target, province  # noqa: F401 - a fixture


def test_a_restore_sets_aside_again_the_versions_a_forged_key_signed(commune, tmp_path):  # noqa: F811
    key = new_private_key()
    code = key_code(public_key(key))
    genuine = _bhyt_target(commune, "2026-6M").value
    cu.import_update(commune, _update(tmp_path, key, "2026.1", "2026.2", "80"), code)  # the forged letter's code
    assert _bhyt_target(commune, "2026-6M").value == Decimal("80") != genuine
    commune.login(*ADMIN)
    backup = take_backup(commune, "thu-cong")  # 2026.2 in force, its key pinned
    reset.forget_province_key(commune, code, withdraw=True)  # the province says it never issued 2026.2
    db = Path(commune.store.path)
    asked = str(restore_warning(db, backup))
    assert (f"Phiên bản bộ chỉ tiêu 2026.2 (ký bằng khóa mã {code} đã bỏ vì không phải khóa của tỉnh) sẽ được gỡ lại "
            "sau khi khôi phục: bộ chỉ tiêu dùng phiên bản 2026.1.") in asked, asked
    assert "trở lại phiên bản 2026.2" not in asked

    saved = restore(commune, backup, confirmed=restore_warning(db, backup))
    assert set_aside_by_restore(saved, backup) == (
        f"Đã gỡ lại phiên bản bộ chỉ tiêu 2026.2 (ký bằng khóa mã {code} đã bỏ vì không phải khóa của tỉnh): bộ chỉ "
        "tiêu đang dùng là phiên bản 2026.1.")
    ws = Workspace.open(db.parent)
    try:
        ws.login(*ADMIN)
        assert ws.catalog.version == "2026.1"  # was the forged 2026.2
        assert _bhyt_target(ws, "2026-6M").value == genuine  # was the forged ≥ 80
        assert ws.store.get_setting(WITHDRAWN) == ["2026.2"]
        row = next(r for r in reversed(ws.store.audit_rows()) if r.action == reset.AUDIT_ACTION)
        assert (row.user, row.old, row.new) == (
            ADMIN[0], code, "khôi phục bản sao lưu: vẫn bỏ khóa; thôi dùng bộ chỉ tiêu 2026.2")
    finally:
        ws.close()


def test_a_version_of_the_same_number_signed_by_the_provinces_key_stays(commune, province, tmp_path):  # noqa: F811
    """The forged 2026.2 set aside, an older backup restored (the forgetting carried), the province's own 2026.2
    imported under its key: a restore of a backup holding that one keeps it in force."""
    real2, _, real_code = province
    key = new_private_key()
    code = key_code(public_key(key))
    commune.login(*ADMIN)
    before = take_backup(commune, "thu-cong")  # 2026.1, no key pinned
    cu.import_update(commune, _update(tmp_path, key, "2026.1", "2026.2", "80"), code)
    reset.forget_province_key(commune, code, withdraw=True)
    db = Path(commune.store.path)
    restore(commune, before, confirmed=restore_warning(db, before))
    ws = Workspace.open(db.parent)
    try:
        ws.login(*ADMIN)
        cu.import_update(ws, real2, real_code)  # the province's 2026.2, its key pinned
        genuine = take_backup(ws, "thu-cong")
        restore(ws, genuine, confirmed=restore_warning(db, genuine))
    finally:
        ws.close()
    ws = Workspace.open(db.parent)
    try:
        ws.login(*ADMIN)
        assert ws.catalog.version == "2026.2" and _bhyt_target(ws, "2026-6M").value == Decimal("96")
        assert cu.province_key(ws)["key_code"] == real_code and not ws.store.get_setting(WITHDRAWN)
    finally:
        ws.close()


def test_the_versions_set_aside_again_are_those_the_forgotten_key_signed():
    """Its first version and every later one, not those set aside already; none while the key stays pinned (pinned
    again after the forgetting, the office having said it is the province's), nor when no other would be left."""
    forgotten = [{"public_key": "K", "key_code": "AAAA", "forgotten_at": "2026-12-02T10:00:00+07:00",
                  "forgotten_by": "quantri", "withdrawn": ["2026.2"]}]
    pinned = {"public_key": "K", "key_code": "AAAA", "catalog_version": "2026.2",
              "pinned_at": "2026-12-01T09:00:00+07:00"}
    versions = ["2026.1", "2026.2", "2026.3", "2026.10"]
    forged, under = set_aside_again(pinned, versions, ["2026.3"], forgotten, None)
    assert forged.key_code == "AAAA" and under == ["2026.2", "2026.10"]
    again = {**pinned, "pinned_at": "2026-12-03T09:00:00+07:00"}
    assert set_aside_again(again, versions, [], forgotten, None) == (None, [])
    assert set_aside_again(pinned, versions, [], forgotten, again) == (None, [])
    assert set_aside_again({**pinned, "public_key": "P"}, versions, [], forgotten, None) == (None, [])
    assert set_aside_again(pinned, ["2026.2"], [], forgotten, None)[1] == []
