"""One unit's key signing another unit's report: Tân Cương's laptop key signs a copy of Đại
Phúc's report. Whatever file is read first, the key is marked shared for both units, counts
for neither until the province compares the paper, confirming it for the second unit needs
saying so, and Đại Phúc's real file, refused, tells the way out."""
from __future__ import annotations

import json

import pytest

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import FileClass
from desktop_app.core.keys import KeyState, SharedKey
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import delivered, forged_by_a_neighbour, ON_TIME
from exports.submission_xlsx import write_submission

TAN_CUONG, DAI_PHUC = "Xã Tân Cương", "Xã Đại Phúc"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Each unit's report from its own laptop (its own key), and Đại Phúc's report signed by
    Tân Cương's key."""
    return forged_by_a_neighbour(tmp_path_factory.mktemp("shared-keys"), *pick_units(2, 0))


def _inbox(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), ON_TIME)
    return folder


def _by_code(office):
    return {u.code: u for u in office.checked_completeness(PERIOD).units}


@pytest.mark.parametrize("forged_first", [True, False], ids=["forged-read-first", "honest-read-first"])
def test_a_key_signing_for_two_units_is_marked_for_both_and_counts_for_neither(office, reports, tmp_path,
                                                                               forged_first, capsys):
    t, d, forged = reports["t"], reports["d"], reports["forged"]
    names = ("1.xlsx", "2.xlsx") if forged_first else ("2.xlsx", "1.xlsx")
    folder = _inbox(tmp_path / "in1", {names[0]: forged, names[1]: t})
    got = {r.unit_code: r for r in office.intake(folder, PERIOD).results}
    assert {r.class_ for r in got.values()} == {FileClass.HOP_LE}
    later = got[t.unit_code] if forged_first else got[d.unit_code]
    other = DAI_PHUC if forged_first else TAN_CUONG
    assert f"Khóa này cũng ký tệp của {other} (mã " in later.reason and "Chưa tính vào tổng hợp" in later.reason
    assert "số liệu được tính" not in later.reason

    # neither unit's figures count, whatever came first; both are marked, each naming the other
    assert office.submissions(PERIOD) == {}
    units = _by_code(office)
    for code, names_other in ((t.unit_code, f"{DAI_PHUC} (mã {d.unit_code}, chờ xác nhận)"),
                              (d.unit_code, f"{TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)")):
        u = units[code]
        assert not u.received and u.status == ReportStatus.CHO_DOI_CHIEU and u.key_state == KeyState.CHO
        assert f"Khóa này cũng ký tệp của {names_other}." in u.reason
        assert f"chitieu keys confirm {code} MÃ_TRÊN_GIẤY" in u.reason
    keys = {(k.unit_code, k.key_code): k for k in office.keys()}
    assert keys[(t.unit_code, t.key_code)].shared == f"Khóa này cũng ký tệp của {DAI_PHUC} (mã {d.unit_code}, chờ xác nhận)."
    assert keys[(d.unit_code, t.key_code)].shared == f"Khóa này cũng ký tệp của {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)."
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "keys", "list"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if t.key_code in line]
    assert len(lines) == 2 and all("DÙNG CHUNG: Khóa này cũng ký tệp của" in line for line in lines)
    assert run(["--data-dir", data, "keys", "list", "--json"]) == 0
    assert all(k["shared"] for k in json.loads(capsys.readouterr().out))


def test_confirming_a_key_registered_for_another_unit_is_refused_unless_said_shared(office, reports, tmp_path,
                                                                                   capsys):
    t, forged = reports["t"], reports["forged"]
    d_code = forged.unit_code
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": forged, "2.xlsx": t}), PERIOD)
    with pytest.raises(SharedKey) as refused:
        office.confirm_key(d_code, t.key_code)
    message = refused.value.message
    assert f"cũng ký tệp của {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)" in message
    assert f"chitieu keys revoke {t.unit_code} --code {t.key_code}" in message and "--shared" in message
    assert {k.unit_code: k.state for k in office.keys()} == {t.unit_code: KeyState.CHO, d_code: KeyState.CHO}
    office.close()
    data = str(tmp_path / "tinh")
    # the command line alike; then said shared on purpose: confirmed, counted for the unit, said
    assert run(["--data-dir", data, "keys", "confirm", d_code, t.key_code]) == 2
    assert f"Chưa xác nhận: khóa mã {t.key_code} cũng ký tệp của {TAN_CUONG}" in capsys.readouterr().err
    assert run(["--data-dir", data, "keys", "confirm", d_code, t.key_code, "--shared"]) == 0
    out = capsys.readouterr().out
    assert f"Đã xác nhận khóa {t.key_code}" in out and f"Khóa dùng chung: Khóa này cũng ký tệp của {TAN_CUONG}" in out
    from desktop_app.province import ProvinceOffice

    again = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert set(again.submissions(PERIOD)) == {d_code}  # Tân Cương's entry is still pending and shared
        again.confirm_key(t.unit_code, t.key_code, shared=True)
        assert set(again.submissions(PERIOD)) == {d_code, t.unit_code}
        assert all(k.shared for k in again.keys())  # confirmed for both, still marked
    finally:
        again.close()


def test_the_squatted_unit_has_a_way_out(office, reports, tmp_path, capsys):
    """Đại Phúc's real file, after the forged one registered Tân Cương's key as Đại Phúc's:
    refused, naming both codes and the other unit, saying to compare with the paper and confirm
    the right one; confirming it revokes the squatting key for Đại Phúc and says so, Tân Cương's
    file counts again, and Đại Phúc's real file read again is received."""
    t, d, forged = reports["t"], reports["d"], reports["forged"]
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": forged, "2.xlsx": t}), PERIOD)
    real = _inbox(tmp_path / "in2", {"dai-phuc.xlsx": d})
    [r] = office.intake(real, PERIOD).results
    assert r.class_ == FileClass.CHU_KY_KHONG_KHOP
    assert f"được ký bằng khóa mã {d.key_code}, khác khóa đang chờ xác nhận của đơn vị mã {t.key_code}" in r.reason
    assert f"Khóa mã {t.key_code} cũng ký tệp của {TAN_CUONG} (mã {t.unit_code}" in r.reason
    assert f"Đối chiếu hai mã {t.key_code} và {d.key_code} với mã in trên báo cáo giấy có chữ ký của {DAI_PHUC}" in r.reason
    assert f"chitieu keys confirm {d.unit_code} MÃ_TRÊN_GIẤY" in r.reason
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "keys", "confirm", d.unit_code, d.key_code]) == 0
    out = capsys.readouterr().out
    assert f"Đồng thời khóa mã {t.key_code} bị thu hồi" in out
    from desktop_app.province import ProvinceOffice

    again = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        keys = {(k.unit_code, k.key_code): k for k in again.keys()}
        assert keys[(d.unit_code, t.key_code)].state == KeyState.THU_HOI
        assert keys[(t.unit_code, t.key_code)].state == KeyState.CHO and not keys[(t.unit_code, t.key_code)].shared
        assert set(again.submissions(PERIOD)) == {t.unit_code}  # Tân Cương counts again, pending
        [r2] = again.intake(real, PERIOD).results
        assert r2.class_ == FileClass.HOP_LE and r2.kept
        subs = again.submissions(PERIOD)
        assert subs[d.unit_code].fingerprint == d.fingerprint and subs[t.unit_code].fingerprint == t.fingerprint
        assert again.store.verify_integrity() == []
    finally:
        again.close()


def test_a_confirmed_key_signing_for_another_unit_stays_counted_for_its_own_and_marked(office, reports, tmp_path):
    t, forged = reports["t"], reports["forged"]
    office.intake(_inbox(tmp_path / "in1", {"t.xlsx": t}), PERIOD)
    office.confirm_key(t.unit_code, t.key_code)
    [r] = office.intake(_inbox(tmp_path / "in2", {"d.xlsx": forged}), PERIOD).results
    assert r.class_ == FileClass.HOP_LE and "Chưa tính vào tổng hợp" in r.reason
    assert f"Khóa này cũng ký tệp của {TAN_CUONG} (mã {t.unit_code}, đã xác nhận)" in r.reason
    assert set(office.submissions(PERIOD)) == {t.unit_code}
    units = _by_code(office)
    assert units[t.unit_code].received
    assert units[t.unit_code].reason == f"Khóa này cũng ký tệp của {DAI_PHUC} (mã {forged.unit_code}, chờ xác nhận)."
