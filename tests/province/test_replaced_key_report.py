"""A unit's laptop reinstalled, and a copy of its old database in other hands (red-team 15,
finding 2). The province confirmed the unit's key K1; the new laptop's report, signed by its new
key K2, is refused until K2 is compared with the paper; meanwhile the copy approves other figures
later, signed by K1, and its file is received. The province compares K2 with the new paper and
confirms it: the confirmation names the version now kept (the report K1 signed before K2
appeared, not the copy's), and once K2's file is read again the consolidation counts the figures
the confirmed paper shows; the copy's file stays in the history, saying why it is not kept."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

import desktop_app.intake as intake_module
from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from desktop_app.core.signing import new_private_key
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with

FIGURE = "thu_ngan_sach"
DAY = "2026-06-18T"


def _version(sub, approved_at: str, figure: str, private_key: str):
    items = tuple(replace(i, value=figure, input_value=figure) if i.code == FIGURE else i for i in sub.items)
    out = replace(sub, items=items, approved_at=f"{DAY}{approved_at}:00+07:00",
                  generated_at=f"{DAY}{approved_at}:30+07:00", stated_fingerprint=None)
    return sign_with(out, private_key)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    root = tmp_path_factory.mktemp("replaced-key")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db")
    ws.close()
    [sub] = subs.values()
    k1 = KEYS[sub.public_key]
    return {"k1": _version(sub, "10:00", "51494", k1),  # the laptop's report, K1
            "k2": _version(sub, "10:30", "52000", new_private_key()),  # the reinstalled laptop's, K2
            "copy": _version(sub, "10:40", "999999", k1)}  # the copy of the old database, K1, approved later


@pytest.fixture
def clock(monkeypatch):
    """The province's clock as intake reads it, a minute further at each file: the order of the
    readings, not the speed of the test, says what came after K2 first appeared."""
    times = (dt.datetime(2026, 6, 19, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))) + dt.timedelta(minutes=n)
             for n in range(1000))
    monkeypatch.setattr(intake_module, "now", lambda: next(times).isoformat())


def _read(office, folder, sub):
    folder.mkdir(parents=True)
    delivered(write_submission(sub, folder / "bao-cao.xlsx"), ON_TIME)
    [result] = office.intake(folder, PERIOD).results
    return result


def test_the_new_keys_report_counts_once_confirmed_not_the_old_keys_later_approval(
        office, reports, tmp_path, clock, capsys):
    k1, k2, copy = reports["k1"], reports["k2"], reports["copy"]
    unit = k1.unit_code
    assert _read(office, tmp_path / "1", k1).class_ == FileClass.HOP_LE
    office.confirm_key(unit, k1.key_code)
    assert _read(office, tmp_path / "2", k2).class_ == FileClass.CHU_KY_KHONG_KHOP  # K2 waits for the paper
    assert _read(office, tmp_path / "3", copy).kept  # K1 is still the unit's key: received and kept
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "999999"
    capsys.readouterr()

    # the province compares K2 with the new paper and confirms it, on the command line
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "confirm", unit, k2.key_code]) == 0
    said = capsys.readouterr().out
    assert (f"Bản được giữ của {k1.unit_name} đã thay đổi: 6 tháng đầu năm 2026 ({PERIOD}): nay giữ bản đã duyệt, "
            f"mã xác thực {k1.fingerprint[:16]}, ký bằng khóa mã {k1.key_code} (trước đó giữ bản đã duyệt, mã xác "
            f"thực {copy.fingerprint[:16]}, ký bằng khóa mã {k1.key_code}); chưa có bản nào ký bằng khóa "
            f"{k2.key_code} được nhận cho kỳ này: đọc lại tệp của đơn vị để nhận.") in said
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "51494"  # not the copy's

    # K2's file read again: kept, and the figures of the paper compared are counted
    again = _read(office, tmp_path / "4", k2)
    assert again.class_ == FileClass.HOP_LE and again.kept
    assert f"Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {k2.key_code}" in again.reason
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "52000"
    # the copy's file read again: in the history, not kept
    assert not _read(office, tmp_path / "5", copy).kept
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "52000"


def test_confirming_in_the_office_says_the_version_kept_in_both_languages(office, reports, tmp_path, clock):
    k1, k2, copy = reports["k1"], reports["k2"], reports["copy"]
    unit = k1.unit_code
    _read(office, tmp_path / "1", k1)
    office.confirm_key(unit, k1.key_code)
    _read(office, tmp_path / "2", k2)
    _read(office, tmp_path / "3", copy)
    confirmed = office.confirm_key(unit, k2.key_code)
    assert confirmed.kept.en.startswith(
        f"The version kept for {k1.unit_name} changed: first 6 months of 2026 ({PERIOD}): now kept, the approved "
        f"version, fingerprint {k1.fingerprint[:16]}, signed by key {k1.key_code} (before, the approved version, "
        f"fingerprint {copy.fingerprint[:16]}, signed by key {k1.key_code}); no version signed by key {k2.key_code}")


def test_a_database_of_the_previous_version_keeps_the_new_keys_report_once_opened(office, reports, tmp_path, clock):
    """The previous version left the copy's report kept after K2 was confirmed and its file read
    (rule 3 recorded): opened by this version, K2's report is kept, once, and the change log says so."""
    from desktop_app.kept_again import KEPT_RULE
    from desktop_app.province import ProvinceOffice

    k1, k2, copy = reports["k1"], reports["k2"], reports["copy"]
    unit = k1.unit_code
    _read(office, tmp_path / "1", k1)
    office.confirm_key(unit, k1.key_code)
    _read(office, tmp_path / "2", k2)
    copied = _read(office, tmp_path / "3", copy)
    office.confirm_key(unit, k2.key_code)
    _read(office, tmp_path / "4", k2)
    store = office.store
    with store.transaction():  # as the previous version left it
        store.set_kept_version(unit, PERIOD, copied.received_id)
        store.put_setting(KEPT_RULE, 3)
    assert office.consolidation(PERIOD).item(unit, FIGURE).value == "999999"
    office.close()
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert office.consolidation(PERIOD).item(unit, FIGURE).value == "52000"
        [change] = [r for r in office.store.audit_rows() if r.field == KEPT_RULE]
        assert f"{unit} kỳ {PERIOD}: giữ bản đã duyệt (tệp bao-cao.xlsx, lập lúc 10:30 18/06/2026)" in change.new
    finally:
        office.close()
