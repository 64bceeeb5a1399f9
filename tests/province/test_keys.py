"""The province relies on signatures by keys it confirmed: forged, relabelled and re-signed
files, a second key, unsigned files, lateness by the date of receipt, the choice among a
unit's versions, and the files an inbox holds that are nobody's report."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import FileClass, vietnam_today
from desktop_app.core.keys import KeyState
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from exports.submission_format import SHEET_INFO
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import KEYS, LATE, ON_TIME, delivered, later, make_submissions, sign_with

VN = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Three units of one commune installation (one key), approved and signed; and the same
    units as drafts from another installation (another key)."""
    root = tmp_path_factory.mktemp("keys")
    codes = pick_units(3, 0)
    ws, subs = make_submissions(root, codes, PERIOD, data_dir=root / "db")
    ws.close()
    return {"codes": codes, "subs": subs, "root": root}


def _inbox(tmp_path, files: dict, when=ON_TIME):
    """A folder holding `files` (name -> Submission), each saved on the day `when`."""
    folder = tmp_path / "hop-thu"
    folder.mkdir(parents=True, exist_ok=True)
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), when)
    return folder


def _info(path, **values):
    """Edit cells of "Thông tin" with openpyxl, as a person editing the file would."""
    wb = load_workbook(path)
    for row in wb[SHEET_INFO].iter_rows(min_row=2):
        if row[0].value in values:
            row[2].value = values[row[0].value]
    wb.save(path)
    return path


def _by_name(run_):
    return {r.file_name: r for r in run_.results}


def _with_figure(sub, value="77777"):
    items = tuple(replace(i, value=value, input_value=value) if i.code == "thu_ngan_sach" else i for i in sub.items)
    return replace(sub, items=items)


def test_a_figure_changed_and_written_again_by_the_app_is_refused(office, units, tmp_path):
    """A figure changed and the file written again with the app's own writer (fingerprint
    recomputed): the signature no longer matches and the file is refused; without its
    signature it arrives unsigned and is not counted."""
    sub = units["subs"][units["codes"][0]]
    forged = _with_figure(sub)
    assert forged.fingerprint != sub.fingerprint and forged.signature == sub.signature
    unsigned = replace(forged, public_key="", signature="")
    folder = _inbox(tmp_path, {"sua-so.xlsx": forged, "bo-chu-ky.xlsx": unsigned})
    got = _by_name(office.intake(folder, PERIOD))
    assert got["sua-so.xlsx"].class_ == FileClass.DA_BI_SUA
    assert "Chữ ký trong tệp sua-so.xlsx" in got["sua-so.xlsx"].reason
    assert "không khớp với nội dung" in got["sua-so.xlsx"].reason
    assert got["bo-chu-ky.xlsx"].class_ == FileClass.HOP_LE and "Tệp CHƯA KÝ" in got["bo-chu-ky.xlsx"].reason
    status = {u.code: u for u in office.checked_completeness(PERIOD).units}[sub.unit_code]
    assert status.status == ReportStatus.CHUA_KY and not status.received and not status.missing
    assert sub.unit_code not in office.submissions(PERIOD)


def test_a_draft_relabelled_approved_is_refused(office, tmp_path):
    """approved 0 -> 1 in "Thông tin" of a signed draft: refused, the signature covers it."""
    root = tmp_path / "du-thao"
    root.mkdir()
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, approve=False, data_dir=tmp_path / "db")
    ws.close()
    sub = next(iter(subs.values()))
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    shutil.copy2(root / f"{sub.file_stem}.xlsx", folder / "da-duyet.xlsx")
    _info(folder / "da-duyet.xlsx", approved="1")
    [r] = office.intake(folder, PERIOD).results
    assert r.class_ == FileClass.DA_BI_SUA and "trạng thái duyệt" in r.reason


def test_a_file_relabelled_as_another_unit(office, units, tmp_path):
    """Relabelled as another unit: refused with the unit's signature; re-signed with another
    key, it lands as "Chờ xác nhận" for a unit whose key is not known yet, and is refused as
    "Chữ ký không khớp", naming both codes, for a unit whose key is confirmed."""
    a, b, c = (units["subs"][code] for code in units["codes"])
    relabelled = replace(a, unit_code=b.unit_code, unit_name=b.unit_name)
    forger = new_private_key()
    as_new = signed(replace(a, unit_code=c.unit_code, unit_name=c.unit_name), forger)
    as_known = signed(relabelled, forger)
    folder = _inbox(tmp_path, {"1-b.xlsx": b, "2-nhan-lai.xlsx": relabelled, "3-ky-lai-c.xlsx": as_new})
    got = _by_name(office.intake(folder, PERIOD))
    assert got["1-b.xlsx"].class_ == FileClass.HOP_LE and got["1-b.xlsx"].key_state == KeyState.CHO
    assert got["2-nhan-lai.xlsx"].class_ == FileClass.DA_BI_SUA  # the signature names the real unit
    assert got["3-ky-lai-c.xlsx"].class_ == FileClass.HOP_LE and got["3-ky-lai-c.xlsx"].key_state == KeyState.CHO
    assert "chưa được xác nhận" in got["3-ky-lai-c.xlsx"].reason
    assert {u.code: u for u in office.checked_completeness(PERIOD).units}[c.unit_code].pending
    office.confirm_key(b.unit_code, b.key_code)
    folder2 = _inbox(tmp_path / "2", {"ky-lai-b.xlsx": as_known})
    [r] = office.intake(folder2, PERIOD).results
    assert r.class_ == FileClass.CHU_KY_KHONG_KHOP
    assert as_known.key_code in r.reason and b.key_code in r.reason and "khác khóa đã xác nhận" in r.reason
    assert office.submissions(PERIOD)[b.unit_code].fingerprint == b.fingerprint


def test_a_key_that_already_signs_for_another_unit_is_said_so(office, units, tmp_path):
    """A unit's key signing a file in another unit's name (a laptop reporting for two units, or
    a unit's officer writing another's report) registers as that unit's pending key, and the
    reason names the other unit, for the reviewer to compare the paper with care."""
    a, b = (units["subs"][code] for code in units["codes"][:2])
    b = sign_with(b, KEYS[a.public_key])  # one installation: one key
    office.intake(_inbox(tmp_path, {"a.xlsx": a}), PERIOD)
    office.confirm_key(a.unit_code, a.key_code)
    [r] = office.intake(_inbox(tmp_path / "2", {"b.xlsx": b}), PERIOD).results
    assert r.class_ == FileClass.HOP_LE and r.key_state == KeyState.CHO
    name_a = office.catalog.commune_by_code(a.unit_code).name
    assert f"Khóa này cũng ký tệp của {name_a} (mã {a.unit_code}, đã xác nhận)" in r.reason


def test_a_second_key_for_a_confirmed_unit_is_refused_until_confirmed(office, units, tmp_path):
    """A reinstalled laptop's new key: its file is refused, naming both codes, until the
    province confirms the new key; the old key stays in history as "Đã thay"."""
    sub = units["subs"][units["codes"][0]]
    inbox_of_first = _inbox(tmp_path, {"dau.xlsx": sub})
    office.intake(inbox_of_first, PERIOD)
    office.confirm_key(sub.unit_code, sub.key_code)
    reinstalled = new_private_key()
    newer = later(sub, 90)
    newer = signed(newer, reinstalled)
    folder = _inbox(tmp_path / "moi", {"may-moi.xlsx": newer})
    [r] = office.intake(folder, PERIOD).results
    assert r.class_ == FileClass.CHU_KY_KHONG_KHOP
    assert f"khóa mã {newer.key_code}" in r.reason and sub.key_code in r.reason
    assert f"gõ mã in trên giấy (chitieu keys confirm {sub.unit_code} MÃ_TRÊN_GIẤY)" in r.reason
    assert office.submissions(PERIOD)[sub.unit_code].fingerprint == sub.fingerprint
    states = {k.key_code: k.state for k in office.keys(sub.unit_code)}
    assert states == {sub.key_code: KeyState.XAC_NHAN, newer.key_code: KeyState.CHO}
    # the province compares the code on the new paper and confirms it
    office.confirm_key(sub.unit_code, newer.key_code.lower().replace("-", " "))
    keys = {k.key_code: k for k in office.keys(sub.unit_code)}
    assert keys[sub.key_code].state == KeyState.DA_THAY and keys[sub.key_code].revoked_by == "van-thu"
    assert keys[newer.key_code].state == KeyState.XAC_NHAN and keys[newer.key_code].confirmed_by == "van-thu"
    [again] = office.intake(folder, PERIOD).results
    assert again.class_ == FileClass.HOP_LE and again.kept
    assert (f"Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {newer.key_code}; bản kia ký bằng khóa mã "
            f"{sub.key_code}, không phải khóa đã xác nhận): tệp này") in again.reason
    # a file the old laptop signs now is refused
    old = later(sub, 120)
    [r_old] = office.intake(_inbox(tmp_path / "cu", {"may-cu.xlsx": old}), PERIOD).results
    assert r_old.class_ == FileClass.CHU_KY_KHONG_KHOP and "khóa cũ của đơn vị, đã được thay" in r_old.reason
    assert "keys confirm" not in r_old.reason  # bringing the old key back would refuse the new one
    assert f"trên máy có khóa mã {newer.key_code}" in r_old.reason
    # the first file, signed by the old key and received before, read again: already received
    [first_again] = office.intake(inbox_of_first, PERIOD).results
    assert first_again.class_ == FileClass.TRUNG and "Đã nhận trước đó" in first_again.reason
    assert "Chữ ký không khớp" not in first_again.reason
    # every change of the register is in the audit chain
    actions = [a.action for a in office.store.audit_rows(commune=sub.unit_code)]
    assert actions.count("key_register") == 2 and actions.count("key_confirm") == 2
    assert office.store.verify_integrity() == []


def test_confirming_with_a_wrong_code_is_refused(office, units, tmp_path, capsys):
    """keys confirm with a code that is not the unit's key: refused, nothing changes, and the
    refusal does not name the keys received (copied from it, the paper would not be compared)."""
    sub = units["subs"][units["codes"][0]]
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    with pytest.raises(InvalidInput, match="không khớp khóa nào") as refused:
        office.confirm_key(sub.unit_code, "AAAA-BBBB-CCCC-DDDD")
    assert sub.key_code not in refused.value.message and "mã in trên báo cáo giấy" in refused.value.message
    # the English window says it in English (walk U8 F1: "The program says (in Vietnamese): …")
    assert refused.value.en.startswith("The key code AAAA-BBBB-CCCC-DDDD matches no key the province has received")
    assert sub.key_code not in refused.value.en and refused.value.en.endswith("Not confirmed.")
    assert [k.state for k in office.keys(sub.unit_code)] == [KeyState.CHO]
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "keys", "confirm", sub.unit_code, "AAAA", "BBBB", "CCCC", "DDDD"]) == 2
    assert "Mã khóa AAAA BBBB CCCC DDDD không khớp khóa nào" in capsys.readouterr().err
    assert run(["--data-dir", data, "keys", "confirm", sub.unit_code, sub.key_code]) == 0
    assert f"Đã xác nhận khóa {sub.key_code}" in capsys.readouterr().out
    assert run(["--data-dir", data, "keys", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["unit_code"], listed["key_code"], listed["state"]) == (sub.unit_code, sub.key_code, "Đã xác nhận")


def test_a_revoked_key_signs_nothing(office, units, tmp_path, capsys):
    """Revoked (keys revoke): the versions it signed no longer count, and its new files are refused."""
    sub = units["subs"][units["codes"][1]]
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "revoke", sub.unit_code, "--yes"]) == 0
    assert f"Đã thu hồi khóa {sub.key_code}" in capsys.readouterr().out
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "list", sub.unit_code]) == 0
    listed = capsys.readouterr().out
    assert sub.key_code in listed and "Thu hồi" in listed and "thu hồi" in listed
    assert sub.unit_code not in office.submissions(PERIOD)
    status = {u.code: u for u in office.checked_completeness(PERIOD).units}[sub.unit_code]
    assert status.status == ReportStatus.BI_TU_CHOI and "thu hồi" in status.reason
    [r] = office.intake(_inbox(tmp_path / "2", {"b.xlsx": later(sub, 5)}), PERIOD).results
    assert r.class_ == FileClass.KHOA_THU_HOI and "đã bị tỉnh thu hồi" in r.reason


def test_unsigned_files_count_only_once_accepted(office, tmp_path, capsys):
    """An unsigned file is received as "Chưa ký", not counted until the province accepts it
    (service and command line), and the committed format-1 sample is received so too."""
    from tests.exports.test_exports_xlsx import SAMPLE_V1

    root = tmp_path / "xa"
    root.mkdir()
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, sign=False, data_dir=tmp_path / "db")
    ws.close()
    sub = next(iter(subs.values()))
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    shutil.copy2(root / f"{sub.file_stem}.xlsx", folder)
    [r] = office.intake(folder, PERIOD).results
    assert r.class_ == FileClass.HOP_LE and r.key_state == "Chưa ký" and not r.signed
    assert f"chitieu unsigned accept {sub.unit_code} --period {PERIOD}" in r.reason
    c = office.checked_completeness(PERIOD)
    assert c.counts["unsigned"] == 1 and c.counts["received"] == 0 and "chưa ký chờ chấp nhận 1" in c.text
    con = office.consolidation(PERIOD)
    assert next(u for u in con.units if u.commune.code == sub.unit_code).submission is None
    row = office.accept_unsigned(sub.unit_code, PERIOD)
    assert row.current and row.accepted_by == "van-thu"
    assert office.submissions(PERIOD)[sub.unit_code].fingerprint == sub.fingerprint
    status = {u.code: u for u in office.checked_completeness(PERIOD).units}[sub.unit_code]
    assert status.received and status.key_state == "Chưa ký, đã chấp nhận"
    # the committed format-1 sample (year 2026): received unsigned, accepted from the command line
    year = tmp_path / "nam"
    year.mkdir()
    shutil.copy2(SAMPLE_V1, year)
    [old] = office.intake(year, "2026").results
    assert old.class_ == FileClass.HOP_LE and "Tệp CHƯA KÝ (định dạng 1)" in old.reason
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "unsigned", "list", "--period", "2026"]) == 0
    assert "chờ chấp nhận" in capsys.readouterr().out
    assert run(["--data-dir", data, "unsigned", "accept", "tan cuong", "--period", "2026"]) == 0
    assert "Đã chấp nhận bản chưa ký của Xã Tân Cương" in capsys.readouterr().out
    assert run(["--data-dir", data, "unsigned", "accept", "tan cuong", "--period", "2026"]) == 2
    assert "không có bản chưa ký nào" in capsys.readouterr().err


def test_an_unsigned_file_of_a_unit_whose_key_is_confirmed_is_refused(office, units, tmp_path):
    """Anyone can make an unsigned file: once a unit's key is confirmed, one arriving in its
    name (a forged copy with a later time) is refused as "Chữ ký không khớp", and the province
    cannot accept it by hand either; the confirmed version stays the one counted."""
    sub = units["subs"][units["codes"][0]]
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    office.confirm_key(sub.unit_code, sub.key_code)
    unsigned = replace(later(_with_figure(sub), 3), public_key="", signature="")
    [r] = office.intake(_inbox(tmp_path / "2", {"chua-ky.xlsx": unsigned}), PERIOD).results
    assert r.class_ == FileClass.CHU_KY_KHONG_KHOP and "CHƯA KÝ" in r.reason and sub.key_code in r.reason
    assert f"chitieu keys revoke {sub.unit_code}" in r.reason
    with pytest.raises(InvalidInput, match="Không chấp nhận bản chưa ký"):
        office.accept_unsigned(sub.unit_code, PERIOD)
    assert office.submissions(PERIOD)[sub.unit_code].fingerprint == sub.fingerprint


def test_a_key_or_signature_written_another_way_is_refused(office, units, tmp_path):
    """Base64 has other spellings of the same bytes (the unused low bits of its last character).
    Accepted, a revoked key written so was a new key of the unit, and one signature written so
    made a second version of one file: both are refused as not written the standard way."""
    import base64

    from desktop_app.core.signing import verifies, well_formed
    from desktop_app.core.submission import signed_payload

    def respelled(text):  # the same bytes: the last character before "=" differs in unused bits
        raw = base64.b64decode(text)
        i = text.rstrip("=")
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        other = next(i[:-1] + c + text[len(i):] for c in alphabet
                     if c != i[-1] and base64.b64decode(i[:-1] + c + text[len(i):]) == raw)
        return other

    sub = units["subs"][units["codes"][1]]
    key, sig = respelled(sub.public_key), respelled(sub.signature)
    assert base64.b64decode(key) == base64.b64decode(sub.public_key) and key != sub.public_key
    assert not well_formed(key, sub.signature) and not well_formed(sub.public_key, sig)
    assert not verifies(sub.public_key, signed_payload(sub), sig)
    office.intake(_inbox(tmp_path, {"a.xlsx": sub}), PERIOD)
    office.revoke_key(sub.unit_code)
    folder = _inbox(tmp_path / "2", {"khoa-viet-khac.xlsx": replace(sub, public_key=key),
                                    "chu-ky-viet-khac.xlsx": replace(sub, signature=sig)})
    for r in office.intake(folder, PERIOD).results:
        assert r.class_ == FileClass.DA_BI_SUA and "không đúng dạng" in r.reason, r.reason
    assert [k.state for k in office.keys(sub.unit_code)] == [KeyState.THU_HOI]


def test_a_period_code_not_written_as_the_program_writes_it_is_refused(office, units, tmp_path):
    """"2026-6m" reads as the period 2026-6M, but a version stored under it was counted nowhere
    (a "Hợp lệ" file the unit's status never showed): refused, saying why."""
    sub = units["subs"][units["codes"][0]]
    odd = signed(replace(sub, period="2026-6m"), new_private_key())
    [r] = office.intake(_inbox(tmp_path, {"ky-viet-thuong.xlsx": odd}), PERIOD).results
    assert r.class_ == FileClass.SAI_KY and 'ghi mã kỳ "2026-6m"' in r.reason and "(2026-6M)" in r.reason
    assert office.store.received(current_only=False) == []


def test_a_line_break_in_a_file_name_cannot_print_a_line_of_its_own(office, units, tmp_path, capsys):
    """Where the file system allows one, a line break in a file's name is shown as "?": the
    command line's results cannot be given a fake line."""
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    (folder / "rac\n  Hợp lệ  Đã nhận Xã Thành Công.xlsx").write_bytes(b"not a workbook")
    [r] = office.intake(folder, PERIOD).results
    assert r.file_name == "rac?  Hợp lệ  Đã nhận Xã Thành Công.xlsx" and "\n" not in r.reason
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(folder), "--period", PERIOD]) in (0, 1)
    printed = capsys.readouterr().out
    assert not any(line.lstrip().startswith("Hợp lệ") for line in printed.splitlines())


def test_lateness_follows_the_date_of_receipt_not_the_files_clock(office, units, tmp_path, capsys):
    """A file generated on time but received after the deadline is late; one whose clock says
    late but received on time is not: --received sets the batch's date, and a date typed by
    the province stands whatever the file's clock says (a modification date does not:
    tests/province/test_approved_kept.py)."""
    a, b = (units["subs"][code] for code in units["codes"][:2])
    b_late_clock = later(b, int((LATE - ON_TIME).total_seconds() // 60))
    folder = _inbox(tmp_path, {"a.xlsx": a, "b.xlsx": b_late_clock}, when=LATE)
    got = _by_name(office.intake(folder, PERIOD))
    assert got["a.xlsx"].late and "Trễ hạn: nhận ngày 25/06/2026, hạn 20/06/2026" in got["a.xlsx"].reason
    assert got["a.xlsx"].received_on == "2026-06-25"
    data = str(tmp_path / "tinh-2")
    assert run(["--data-dir", data, "consolidate", str(folder), "--period", PERIOD, "--received", "2026-06-19",
                "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["received"] == "2026-06-19"
    assert all(not f["late"] and f["received_on"] == "2026-06-19" for f in result["files"])
    assert result["completeness"]["late"] == 0  # the status tab and the consolidated workbook agree
    # typed as people write dates, as the commune's export --date takes them
    assert run(["--data-dir", str(tmp_path / "tinh-3"), "consolidate", str(folder), "--period", PERIOD,
                "--received", "19/06/2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["received"] == "2026-06-19"
    assert run(["--data-dir", data, "consolidate", str(folder), "--period", PERIOD, "--received", "31/06/2026"]) == 2
    assert "Ngày nhận 31/06/2026 không có: tháng 6/2026 có 30 ngày" in capsys.readouterr().err


def test_a_date_of_receipt_outside_the_term_or_after_today_is_refused(office, units, tmp_path, capsys):
    """Before the term every late file would be on time, in the future every file late: the
    service refuses such a batch date, naming it, and the command line says so (status 2)."""
    folder = _inbox(tmp_path, {"a.xlsx": units["subs"][units["codes"][0]]})
    for day, said in ((dt.date(1900, 1, 1), "trước nhiệm kỳ"), (vietnam_today() + dt.timedelta(days=1), "sau hôm nay")):
        with pytest.raises(InvalidInput, match=said):
            office.intake(folder, PERIOD, received=day)
    assert office.store.received(current_only=False) == []
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(folder), "--period", PERIOD,
                "--received", "2099-12-31"]) == 2
    assert "Ngày nhận 31/12/2099 sau hôm nay" in capsys.readouterr().err


def test_lateness_in_the_completeness_is_the_kept_versions_receipt(office, units, tmp_path):
    """The completeness marks late the unit whose kept version was received late."""
    a, b = (units["subs"][code] for code in units["codes"][:2])
    office.intake(_inbox(tmp_path, {"a.xlsx": a}, when=LATE), PERIOD, received=dt.date(2026, 6, 19))
    office.intake(_inbox(tmp_path / "2", {"b.xlsx": b}, when=ON_TIME), PERIOD, received=dt.date(2026, 6, 22))
    status = {u.code: u for u in office.checked_completeness(PERIOD).units}
    assert not status[a.unit_code].late and status[b.unit_code].late
    assert status[b.unit_code].status == ReportStatus.TRE_HAN


def test_the_same_report_sent_again_from_a_reinstalled_laptop_is_not_late(office, units, tmp_path):
    """On time with the old laptop, again after the deadline with the reinstalled one (the
    same figures, newly signed): the unit reported on time. A file read again in a later
    batch is judged by the day it first arrived, not by the batch's date."""
    sub = units["subs"][units["codes"][0]]
    first = _inbox(tmp_path, {"dau.xlsx": sub}, when=ON_TIME)
    office.intake(first, PERIOD)
    office.confirm_key(sub.unit_code, sub.key_code)
    again = signed(later(sub, 24 * 60), new_private_key())
    assert again.fingerprint == sub.fingerprint
    resent = _inbox(tmp_path / "gui-lai", {"gui-lai.xlsx": again}, when=LATE)
    office.intake(resent, PERIOD)  # refused until the new key is confirmed
    office.confirm_key(sub.unit_code, again.key_code)
    [r] = office.intake(resent, PERIOD).results
    assert r.class_ == FileClass.HOP_LE and r.kept and r.late  # this file did arrive late
    assert "cùng số liệu đã nhận đúng hạn ngày 18/06/2026: đơn vị không bị tính trễ hạn" in r.reason
    status = {u.code: u for u in office.checked_completeness(PERIOD).units}[sub.unit_code]
    assert status.status == ReportStatus.DA_NHAN and not status.late
    assert status.received_on == ON_TIME.date().isoformat()

    [r] = office.intake(first, PERIOD, received=LATE.date() + dt.timedelta(days=5)).results
    assert r.class_ == FileClass.TRUNG and not r.late and r.received_on == ON_TIME.date().isoformat()
    assert "nhận ngày 18/06/2026" in r.reason


def test_the_same_figures_approved_after_a_draft_upgrade_the_unit(office, tmp_path):
    """A draft, then the same figures approved: the approved version is kept and the unit
    shows as approved (it used to stay "Trùng … không nhập lại" for ever)."""
    root = tmp_path / "xa"
    root.mkdir()
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, approve=False, data_dir=tmp_path / "db")
    draft = next(iter(subs.values()))
    ws.complete(PERIOD)
    ws.approve(PERIOD)
    approved = sign_with(ws.submission(PERIOD, generated_at=ON_TIME + dt.timedelta(hours=2)), ws.signing_key())
    ws.close()
    assert approved.fingerprint == draft.fingerprint and approved.approved and not draft.approved
    office.intake(_inbox(tmp_path, {"du-thao.xlsx": draft}), PERIOD)
    assert {u.code: u for u in office.checked_completeness(PERIOD).units}[draft.unit_code].status == ReportStatus.DU_THAO
    [r] = office.intake(_inbox(tmp_path / "2", {"da-duyet.xlsx": approved}), PERIOD).results
    assert r.class_ == FileClass.HOP_LE and r.kept and r.new
    assert "nay đã được duyệt: đơn vị chuyển sang bản ĐÃ DUYỆT" in r.reason
    assert {u.code: u for u in office.checked_completeness(PERIOD).units}[draft.unit_code].status == ReportStatus.DA_NHAN
    # the same approved file read again changes nothing
    [again] = office.intake(tmp_path / "2" / "hop-thu", PERIOD).results
    assert again.class_ == FileClass.TRUNG and not again.new and "Không nhập lại" in again.reason


@pytest.mark.parametrize("names", [("a.xlsx", "b.xlsx"), ("b.xlsx", "a.xlsx")])
def test_ties_are_broken_the_same_way_whatever_the_file_names(tmp_path, units, names):
    """Two versions generated at the same second: the same one is kept whichever file name
    each has and whichever is read first, and the reason says the rule."""
    from desktop_app.province import ProvinceOffice

    sub = units["subs"][units["codes"][2]]
    one, two = sub, later(_with_figure(sub), 0)
    assert one.generated_at == two.generated_at and one.fingerprint != two.fingerprint
    kept = set()
    for order in (0, 1):
        o = ProvinceOffice.open(tmp_path / f"tinh-{order}", user="van-thu")
        o.setup()
        first, second = (one, two) if order == 0 else (two, one)
        o.intake(_inbox(tmp_path / f"{order}-1", {names[0]: first}), PERIOD)
        [r] = o.intake(_inbox(tmp_path / f"{order}-2", {names[1]: second}), PERIOD).results
        assert "không theo tên tệp" in r.reason
        kept.add(o.submissions(PERIOD)[sub.unit_code].fingerprint)
        o.close()
    assert len(kept) == 1


def test_a_generation_time_after_the_receipt_is_flagged_and_not_preferred(office, units, tmp_path):
    """A file that says it was made in 2030 does not win over a correction received later."""
    sub = units["subs"][units["codes"][0]]
    future = later(_with_figure(sub, "55555"), 60 * 24 * 365 * 4)
    correction = later(sub, 60)
    [f] = office.intake(_inbox(tmp_path, {"tuong-lai.xlsx": future}), PERIOD).results
    assert f.class_ == FileClass.HOP_LE and "Ngày sửa đổi của tệp (18/06/2026) sớm hơn ngày lập (" in f.reason
    [r] = office.intake(_inbox(tmp_path / "2", {"sua.xlsx": correction}), PERIOD).results
    assert r.kept and "Giữ bản có thời điểm lập trước ngày nhận" in r.reason
    assert office.submissions(PERIOD)[sub.unit_code].fingerprint == correction.fingerprint


def test_lock_temporary_and_hidden_files_are_listed_apart(office, units, tmp_path, capsys):
    """Excel's ~$ owner file, a ~WRL….tmp save, a LibreOffice lock and a hidden file are not
    read, not counted as broken files, and are named apart."""
    sub = units["subs"][units["codes"][0]]
    folder = _inbox(tmp_path, {f"{sub.file_stem}.xlsx": sub})
    (folder / f"~${sub.file_stem}.xlsx").write_bytes(b"\x0bNguyen Van An" + b"\x00" * 150)
    (folder / "~WRL0001.tmp").write_bytes(b"x")
    (folder / f".~lock.{sub.file_stem}.xlsx#").write_text("An,can-bo,2026")
    (folder / ".an.xlsx").write_bytes(b"PK")
    result = office.intake(folder, PERIOD)
    assert [r.file_name for r in result.results] == [f"{sub.file_stem}.xlsx"]
    assert sorted(result.skipped) == sorted([f"~${sub.file_stem}.xlsx", "~WRL0001.tmp",
                                             f".~lock.{sub.file_stem}.xlsx#", ".an.xlsx"])
    assert result.counts[FileClass.TEP_HONG] == 0
    assert "Bỏ qua 4 tệp tạm, tệp khóa hoặc tệp ẩn" in result.summary_text
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(folder), "--period", PERIOD]) == 0
    assert f"~${sub.file_stem}.xlsx" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_a_link_that_loops_is_listed_apart_and_the_folder_is_read(office, units, tmp_path):
    """A link pointing at itself made the whole intake stop on "Too many levels of symbolic
    links": it is listed apart, and the folder's report is read."""
    sub = units["subs"][units["codes"][0]]
    folder = _inbox(tmp_path, {f"{sub.file_stem}.xlsx": sub})
    (folder / "vong.xlsx").symlink_to(folder / "vong.xlsx")
    result = office.intake(folder, PERIOD)
    assert [r.class_ for r in result.results] == [FileClass.HOP_LE] and result.unread == [("vong.xlsx", "link")]


def test_report_pdfs_beside_their_excel_file_are_not_read_as_reports(office, units, tmp_path):
    """The PDF (and the digitally signed PDF) e-mailed with a submission file are its company,
    not 92 more "Không phải tệp báo cáo"; a PDF that came alone is still named as no report."""
    sub = units["subs"][units["codes"][0]]
    folder = _inbox(tmp_path, {f"{sub.file_stem}.xlsx": sub})
    (folder / f"{sub.file_stem}.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / f"{sub.file_stem}_ky-so.PDF").write_bytes(b"%PDF-1.4\n")
    (folder / "bao-cao-rieng.pdf").write_bytes(b"%PDF-1.4\n")
    result = office.intake(folder, PERIOD)
    assert sorted(r.file_name for r in result.results) == sorted(["bao-cao-rieng.pdf", f"{sub.file_stem}.xlsx"])
    assert result.companions == [f"{sub.file_stem}.pdf", f"{sub.file_stem}_ky-so.PDF"]
    assert "2 báo cáo PDF gửi kèm tệp Excel cùng tên" in result.summary_text
    lone = next(r for r in result.results if r.file_name == "bao-cao-rieng.pdf")
    assert lone.class_ == FileClass.KHONG_PHAI


def test_verify_on_a_province_database_says_whether_the_key_is_confirmed(office, units, tmp_path, capsys):
    """chitieu verify run on the province's database names the register's word on the key."""
    sub = units["subs"][units["codes"][0]]
    folder = _inbox(tmp_path, {"a.xlsx": sub})
    path = str(folder / "a.xlsx")
    office.intake(folder, PERIOD)
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "verify", path]) == 0
    assert "đang CHỜ XÁC NHẬN" in capsys.readouterr().out
    office.confirm_key(sub.unit_code, sub.key_code)
    assert run(["--data-dir", data, "verify", path, "--code", sub.key_code]) == 0
    said = capsys.readouterr().out
    assert "khóa ĐÃ XÁC NHẬN" in said and "KHỚP với mã khóa" in said
    other = signed(sub, new_private_key())
    write_submission(other, folder / "b.xlsx")
    assert run(["--data-dir", data, "verify", str(folder / "b.xlsx")]) == 0
    assert f"KHÔNG phải khóa của {sub.unit_name}" in capsys.readouterr().out


def test_the_committed_format_2_sample_is_received_signed(office, tmp_path):
    """Old-to-new: the committed format-2 sample is received with its key waiting for
    confirmation, and its key confirmed by the code its paper printed."""
    from tests.exports.test_exports_xlsx import SAMPLE_V2, SAMPLE_V2_KEY_CODE

    folder = tmp_path / "nam"
    folder.mkdir()
    shutil.copy2(SAMPLE_V2, folder)
    [r] = office.intake(folder, "2026", received=dt.date(2026, 12, 1)).results  # the day it was made
    assert r.class_ == FileClass.HOP_LE and r.key_code == SAMPLE_V2_KEY_CODE and r.key_state == KeyState.CHO
    assert r.approved and not r.late
    office.confirm_key("05503", SAMPLE_V2_KEY_CODE)
    status = {u.code: u for u in office.checked_completeness("2026").units}["05503"]
    assert status.received and status.key_state == KeyState.XAC_NHAN and not status.pending
