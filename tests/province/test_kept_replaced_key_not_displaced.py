"""A version signed by a key the province once compared with the paper and confirmed, replaced since
by another confirmed key and never revoked ("Đã thay"), is not displaced by a file signed with a key
nobody compared, the sibling of red-team 19 F1 (an accepted unsigned version). The unit's key K1 was
confirmed; later its new laptop's key K2 was confirmed (K1 replaced); then K2 was revoked (the laptop
stolen). Anyone may then make a fresh key K3: the unit has no key in use, so K3's file registers
("Chờ xác nhận") and is received and listed, but not counted over the report K1 signed, whatever
times it states, until the province compares K3 with the paper and confirms it."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from desktop_app.core.keys import KeyState
from desktop_app.core.signing import new_private_key
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with

FIGURE = "thu_ngan_sach"


def _version(sub, minutes: int, figure: str, private_key: str):
    """`sub` with another figure, made and approved `minutes` after it, signed by `private_key`."""
    at = (dt.datetime.fromisoformat(sub.generated_at) + dt.timedelta(minutes=minutes)).isoformat(timespec="seconds")
    items = tuple(replace(i, value=figure, input_value=figure) if i.code == FIGURE else i for i in sub.items)
    return sign_with(replace(sub, items=items, generated_at=at, approved_at=at, stated_fingerprint=None), private_key)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    root = tmp_path_factory.mktemp("replaced-key-kept")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db")
    ws.close()
    [sub] = subs.values()
    return {"k1": _version(sub, 0, "51494", KEYS[sub.public_key]),  # the unit's report, K1 (confirmed)
            "k2": _version(sub, 60, "52000", new_private_key()),  # the new laptop's, K2 (confirmed, then stolen)
            "k3": _version(sub, 180, "999999", new_private_key()),  # a fresh key, approved later by its own say
            "k3_before": _version(sub, -30, "999999", new_private_key())}  # the same, stating earlier times


def _read(office, folder, sub, name="bao-cao.xlsx"):
    folder.mkdir(parents=True)
    delivered(write_submission(sub, folder / name), ON_TIME)
    [result] = office.intake(folder, PERIOD).results
    return result


def _k1_kept_k2_revoked(office, tmp_path, reports):
    k1, k2 = reports["k1"], reports["k2"]
    unit = k1.unit_code
    assert _read(office, tmp_path / "1", k1).class_ == FileClass.HOP_LE
    office.confirm_key(unit, k1.key_code)
    assert _read(office, tmp_path / "2", k2).class_ == FileClass.CHU_KY_KHONG_KHOP  # K2 waits for the paper
    office.confirm_key(unit, k2.key_code)
    assert _read(office, tmp_path / "3", k2).kept
    office.revoke_key(unit, k2.key_code)  # the laptop stolen
    states = {k.key_code: k.state for k in office.keys(unit)}
    assert (states[k1.key_code], states[k2.key_code]) == (KeyState.DA_THAY.value, KeyState.THU_HOI.value)
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "51494"  # K1's report counts again


@pytest.mark.parametrize("which", ["k3", "k3_before"], ids=["approved-later", "approved-earlier"])
def test_a_file_signed_by_a_pending_key_is_received_not_counted_over_the_replaced_keys_version(
        office, reports, tmp_path, which):
    k1, k3 = reports["k1"], reports[which]
    unit = k1.unit_code
    _k1_kept_k2_revoked(office, tmp_path, reports)
    result = _read(office, tmp_path / "4", k3, "gia.xlsx")

    assert result.new and not result.kept and result.class_ == FileClass.TRUNG  # received, listed, not kept
    assert result.key_state == KeyState.CHO.value and result.key_code == k3.key_code
    assert (f"Giữ bản ký bằng khóa mã {k1.key_code}, khóa tỉnh đã xác nhận trước đây sau khi đối chiếu với báo cáo "
            "giấy có chữ ký của đơn vị, đã được thay bằng khóa khác và không bị thu hồi (bản kia ký bằng khóa mã "
            f"{k3.key_code}, đang chờ xác nhận)") in result.reason
    assert (f"Khóa ký mã {k3.key_code} của đơn vị chưa được xác nhận, và bản đơn vị gửi cho kỳ này ký bằng khóa mã "
            f"{k1.key_code}, khóa tỉnh đã xác nhận trước đây (đã được thay, không bị thu hồi): tệp này được nhận và "
            f"lưu, CHƯA tính vào tổng hợp thay bản đó. Cần xác nhận khóa trước: đối chiếu mã {k3.key_code} với mã in "
            f"trên báo cáo giấy có chữ ký của đơn vị rồi xác nhận, gõ mã in trên giấy (chitieu keys confirm {unit} "
            "MÃ_TRÊN_GIẤY)") in result.reason
    assert "chấp nhận" not in result.reason and "số liệu được tính" not in result.reason

    con = office.consolidation(PERIOD)
    assert con.item(unit, FIGURE).value == "51494"
    status = next(u for u in con.completeness.units if u.code == unit)
    assert (status.key_code, status.fingerprint) == (k1.key_code, k1.fingerprint)
    assert {k.key_code: k.state for k in office.keys(unit)}[k3.key_code] == KeyState.CHO.value


def test_once_the_new_key_is_confirmed_its_report_counts(office, reports, tmp_path, capsys):
    k1, k3 = reports["k1"], reports["k3"]
    unit = k1.unit_code
    _k1_kept_k2_revoked(office, tmp_path, reports)
    assert not _read(office, tmp_path / "4", k3).kept
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "confirm", unit, k3.key_code]) == 0
    assert (f"nay giữ bản đã duyệt, mã xác thực {k3.fingerprint[:16]}, ký bằng khóa mã {k3.key_code} (trước đó giữ "
            f"bản đã duyệt, mã xác thực {k1.fingerprint[:16]}, ký bằng khóa mã {k1.key_code})") in capsys.readouterr().out
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "999999"


def test_a_database_where_the_pending_key_displaced_the_replaced_keys_version_is_put_right_once_opened(
        office, reports, tmp_path):
    """A province database of the version before this rule, where the pending key's file displaced
    the version the replaced key signed: opened by this version, the kept versions are chosen again
    once (`kept_again.KEPT_RULE_NOW`), and K1's version counts again."""
    from desktop_app.kept_again import KEPT_RULE
    from desktop_app.province import ProvinceOffice

    unit = reports["k1"].unit_code
    _k1_kept_k2_revoked(office, tmp_path, reports)
    forged = _read(office, tmp_path / "4", reports["k3"], "gia.xlsx")
    store = office.store
    with store.transaction():  # as the earlier version left it
        store.set_kept_version(unit, PERIOD, forged.received_id)
        store.put_setting(KEPT_RULE, 5)
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "999999"
    path = store.path
    office.close()
    again = ProvinceOffice.open(Path(path).parent)
    try:
        assert again.consolidation(PERIOD).item(unit, FIGURE).value == "51494"
    finally:
        again.close()
