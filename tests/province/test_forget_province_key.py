"""Red-team 16 F3: a forged first catalogue update (2026.9, signed by someone's own key, its forged
cover letter printing that key's code) pinned the forger's key for good; the province's real
2026.2 was then refused, and the province's intake blamed the commune for a late update.

Now an administrator forgets the key recorded (the code typed back), in one transaction with an
audit row, setting the forged versions aside; the province's update then imports, recording its
key from its letter; the period approved under the forged catalogue keeps it. The province's
intake line names a version it never published as such."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.core.errors import ChiTieuError, NotPermitted
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import delivered, fill_unit, sign_with

TAN_CUONG = "05503"
ADMIN, OFFICER, LEADER = ("quantri", "cay-tre-2026"), ("canbo", "nhaplieu-2026"), ("lanhdao", "duyet-so-2026")


@pytest.fixture
def genuine(office, tmp_path):
    """The province's real 2026.2 (from 2026.1), with its key code."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all")
    update = cu.publish(office.ws, "2026.2", tmp_path / "that-2026.2.chitieu-catalog.json")
    return update["path"], update["key_code"]


@pytest.fixture
def forged(tmp_path):
    """Someone's own 2026.9 lowering Tân Cương's BHYT target to ≥ 90, with its own key's code."""
    from desktop_app.resources import default_catalog

    key = new_private_key()
    doc = cu.set_target(default_catalog().document, "bhyt", ">=", "90", unit=TAN_CUONG)
    path = cu.write_update(cu.build_update(doc, "2026.1", "2026.9", issuer="UBND tỉnh Thái Nguyên", private_key=key),
                           tmp_path / "gia-2026.9.chitieu-catalog.json")
    return path, key_code(public_key(key))


@pytest.fixture
def commune(tmp_path):
    """Xã Tân Cương with an administrator, an officer and a leader."""
    ws = Workspace.open(tmp_path / "xa")
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", Role.ADMIN, ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.add_user(OFFICER[0], "Nguyễn Văn An", Role.OFFICER, OFFICER[1])
    ws.add_user(LEADER[0], "Trần Thị Bình", Role.LEADER, LEADER[1])
    yield ws
    ws.close()


def _approve(ws, period: str, seed: int = 1) -> None:
    ws.login(*OFFICER)
    fill_unit(ws, period, seed=seed)
    ws.complete(period)
    ws.login(*LEADER)
    ws.approve(period)


def test_a_forged_first_key_is_forgotten_by_the_administrator_and_the_provinces_update_imports(
        commune, forged, genuine):
    (fake, fake_code), (real, real_code) = forged, genuine
    cu.import_update(commune, fake, fake_code)  # the officer typed the forged letter's code
    _approve(commune, "2026-Q1")  # approved under the forged catalogue
    commune.login(*ADMIN)
    # the key first, whatever the versions (walk U18 F2): "not newer than 2026.9" would say nothing of the way out
    with pytest.raises(ChiTieuError, match="khác khóa của tỉnh mã .* Bỏ khóa của tỉnh đã ghi nhận"):
        cu.import_update(commune, real, real_code)
    rows = len(commune.store.audit_rows())

    commune.login(*OFFICER)
    with pytest.raises(NotPermitted) as err:
        reset.forget_province_key(commune, fake_code, withdraw=True)
    assert "không được bỏ khóa của tỉnh đã ghi nhận" in err.value.message and "Quản trị" in err.value.message
    commune.login(*LEADER)
    with pytest.raises(NotPermitted):
        reset.forget_province_key(commune, fake_code, withdraw=True)
    commune.login(*ADMIN)
    with pytest.raises(ChiTieuError) as err:
        reset.forget_province_key(commune, real_code, withdraw=True)  # the code of another key: not the recorded one
    assert err.value.message == (f"Mã đã gõ {real_code} không phải mã khóa của tỉnh mà máy này đang ghi nhận "
                                 f"({fake_code}). Chưa bỏ khóa. Gõ lại đúng mã khóa đang ghi nhận để xác nhận bỏ "
                                 "khóa này.")
    with pytest.raises(ChiTieuError) as err:
        reset.forget_province_key(commune, fake_code[:4], withdraw=True)  # a code of the wrong length: said so
    assert err.value.message == ("Mã khóa: cần đúng 16 chữ cái và chữ số (4 nhóm 4 ký tự, ví dụ "
                                 "K7QX-3M2P-ABCD-EFGH); đã gõ 4.")
    assert cu.province_key(commune)["key_code"] == fake_code and commune.catalog.version == "2026.9"
    assert len(commune.store.audit_rows()) == rows  # refusals change nothing

    done = reset.forget_province_key(commune, fake_code.lower().replace("-", " "), withdraw=True)
    assert done == reset.Forgotten(fake_code, ("2026.9",), "2026.1", ("Quý I năm 2026",))
    assert cu.province_key(commune) is None and commune.catalog.version == "2026.1"
    last = commune.store.audit_rows()[-1]
    assert (last.user, last.action, last.old, last.new) == (
        ADMIN[0], "province_key_forget", fake_code, "bỏ khóa; thôi dùng bộ chỉ tiêu 2026.9")
    lines = reset.done_lines(done)
    assert lines[0].startswith(f"Đã bỏ khóa của tỉnh mã {fake_code} mà máy này đã ghi nhận.")
    assert "bộ chỉ tiêu đang dùng nay là phiên bản 2026.1" in lines[1] and "Quý I năm 2026" in lines[2]
    assert lines[1].endswith("Số phiên bản đó vẫn thuộc bộ chỉ tiêu đã thôi dùng, nên bản cập nhật của tỉnh mang số "
                             "đó không nhập được; bản cập nhật tiếp theo của tỉnh, số phiên bản lớn hơn 2026.9, nhập "
                             "được như thường.")
    # the approved quarter keeps the catalogue it was approved with
    assert commune.submission("2026-Q1").catalog_version == "2026.9"
    bhyt = next(r for r in commune.period_view("2026-Q1").rows if r.indicator.code == "bhyt")
    assert bhyt.province_target.value == 90

    # the first import again: the code from the province's letter, its key recorded
    old, new, changes = cu.import_update(commune, real, real_code)
    assert (old, new) == ("2026.1", "2026.2") and f"mã {real_code}" in str(changes[0])
    assert cu.province_key(commune)["key_code"] == real_code
    bhyt = next(r for r in commune.period_view("2026-6M").rows if r.indicator.code == "bhyt")
    assert bhyt.province_target.value == 96
    assert commune.store.verify_integrity() == []


def _forged_as(tmp_path, version: str):
    """Someone's own update numbered `version` (from 2026.1), and its key's code."""
    from desktop_app.resources import default_catalog

    key = new_private_key()
    doc = cu.set_target(default_catalog().document, "bhyt", ">=", "1", unit="all")
    path = cu.write_update(cu.build_update(doc, "2026.1", version, private_key=key),
                           tmp_path / f"gia-{version}.chitieu-catalog.json")
    return path, key_code(public_key(key))


def test_without_withdraw_the_catalogue_in_force_stays(commune, tmp_path):
    """The province changed its key: forgetting alone keeps the catalogue in force."""
    path, code = _forged_as(tmp_path, "2026.2")
    cu.import_update(commune, path, code)
    assert "--withdraw" in reset.described(commune)[-1]
    done = reset.forget_province_key(commune, code)
    assert done.withdrawn == () and commune.catalog.version == "2026.2" and cu.province_key(commune) is None
    assert commune.store.audit_rows()[-1].new == "bỏ khóa"
    with pytest.raises(ChiTieuError, match="không có khóa để bỏ"):
        reset.forget_province_key(commune, code)


def test_a_version_number_set_aside_is_not_reused(commune, genuine, tmp_path):
    """A forged update numbered as the province's next one, set aside, keeps its number (a
    period may have been approved under it): the province's update of that number is refused,
    saying that the province's next update, numbered above it, imports (the province cannot
    publish its 2026.2 under another number: tests/province/test_withdrawn_number_way_out.py);
    the forged file imported again is refused, its key forgotten as not the province's (red-team R4 F2), and in
    force again only when the administrator confirms the office said it is the province's."""
    real, real_code = genuine
    path, code = _forged_as(tmp_path, "2026.2")
    cu.import_update(commune, path, code)
    reset.forget_province_key(commune, code, withdraw=True)
    assert commune.catalog.version == "2026.1"
    with pytest.raises(ChiTieuError, match="hai bộ chỉ tiêu không được cùng số phiên bản. Bộ chỉ tiêu đang dùng "
                       "vẫn là phiên bản 2026.1.\n\nBản cập nhật tiếp theo của tỉnh \\(số phiên bản lớn hơn 2026.2\\)"):
        cu.import_update(commune, real, real_code)
    assert cu.province_key(commune) is None and commune.catalog.version == "2026.1"
    with pytest.raises(ChiTieuError, match=f"nhưng khóa mã {code} là khóa quản trị viên quantri đã bỏ lúc "):
        cu.import_update(commune, path, code)
    cu.import_update(commune, path, code, forgotten_key_confirmed=True)
    assert commune.catalog.version == "2026.2" and commune.store.get_setting("catalogs_withdrawn") == []


def test_the_province_names_a_version_it_never_published(office, commune, forged, tmp_path):
    """A report made under the forged 2026.9: the province (at 2026.1) does not blame the unit
    for a late update but says it never issued that version."""
    fake, fake_code = forged
    cu.import_update(commune, fake, fake_code)
    _approve(commune, "2026-6M")
    sub = sign_with(commune.submission("2026-6M", approved=True, generated_at=dt.datetime(2026, 7, 3, 9, 0)),
                    commune.signing_key())
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), dt.datetime(2026, 7, 4, 9, 0))
    run = office.intake(inbox, "2026-6M")
    reason = next(r.reason for r in run.results if r.unit_code == TAN_CUONG)
    assert ("Lập theo bộ chỉ tiêu 2026.9, phiên bản tỉnh chưa phát hành (tỉnh đang dùng 2026.1): đơn vị có thể đã "
            "nhập bản cập nhật giả; liên hệ đơn vị.") in reason
    assert "chưa nhập bản cập nhật" not in reason


def test_an_older_version_still_says_the_unit_has_not_imported_the_update():
    from desktop_app.intake_notes import catalog_note

    assert catalog_note("2026.1", "2026.2") == (" Lập theo bộ chỉ tiêu 2026.1 (tỉnh đang dùng 2026.2): đơn vị chưa "
                                                "nhập bản cập nhật bộ chỉ tiêu.")
    assert "tỉnh chưa phát hành" in catalog_note("2026.10", "2026.9")
