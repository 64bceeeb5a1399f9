"""Walk W2: Phường Quyết Thắng's signed report renamed and relabelled as Phường Trung Thành's was
refused ("Đã bị sửa") under Trung Thành, showing Quyết Thắng's key code with nothing saying whose it
is: the reviewer would ask Trung Thành to send again. Its line now says the province's register
holds that key for Quyết Thắng, and to call both units; a file signed by it (Chữ ký không khớp) says
it was made on the computer holding that key. A file refused before its unit was read (a giant
exponent) named no unit in its reason: it now says whom its name says, as the name's claim."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.intake import FileClass
from desktop_app.resources import default_catalog
from exports.intake_results_sheet import SHEET_INTAKE
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, tamper
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with

QT, TT, PDP = "05455", "05899", "05443"  # Phường Quyết Thắng, Phường Trung Thành, Phường Phan Đình Phùng


def _as(sub, code):
    """`sub`'s contents stated as the unit `code`'s, its signature left as it was."""
    unit = default_catalog().commune_by_code(code)
    return replace(sub, unit_code=unit.code, unit_name=unit.name, unit_kind=unit.kind)


@pytest.fixture
def mail(tmp_path):
    ws, subs = make_submissions(tmp_path / "gui", [QT, TT], PERIOD, data_dir=tmp_path / "xa")
    ws.close()
    return subs


def _inbox(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True)
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), ON_TIME)
    return folder


def test_a_relabelled_report_names_the_unit_whose_key_it_carries(office, mail, tmp_path):
    """Quyết Thắng's file, then its report relabelled as Trung Thành's under Trung Thành's file name,
    and a copy with a giant exponent named as Phan Đình Phùng's: the relabelled line names Quyết Thắng
    as the key's unit, the giant one the unit its name says; so does "Kết quả nhận tệp"."""
    qt = mail[QT]
    folder = _inbox(tmp_path / "hop-thu", {f"{qt.file_stem}.xlsx": qt,
                                           f"{PERIOD}_{TT}_phuong-trung-thanh.xlsx": _as(qt, TT)})
    giant = folder / f"{PERIOD}_{PDP}_phuong-phan-dinh-phung.xlsx"
    tamper(folder / f"{qt.file_stem}.xlsx", giant, column="numerator", new="1E+300000000")
    delivered(giant, ON_TIME)
    got = {r.file_name: r for r in office.intake(folder, PERIOD).results}

    relabelled = got[f"{PERIOD}_{TT}_phuong-trung-thanh.xlsx"]
    assert relabelled.class_ == FileClass.DA_BI_SUA and relabelled.key_code == qt.key_code
    owner = (f" Mã khóa ghi trong tệp, {qt.key_code}, là khóa của Phường Quyết Thắng (mã {QT}, đang chờ xác "
             "nhận) trong danh sách khóa của tỉnh: tệp có thể là báo cáo của đơn vị đó bị sửa, hoặc tệp của người "
             "khác ghi mã khóa công khai của đơn vị đó (mã này in trên báo cáo và ghi trong mọi tệp đơn vị gửi); "
             "liên hệ cả hai đơn vị.")
    assert relabelled.reason.endswith("hãy xin đơn vị gửi lại tệp do phần mềm xuất." + owner)
    named = (" Tên tệp ghi là của Phường Phan Đình Phùng (mã 05443), nhưng tỉnh không đọc được đơn vị trong "
             "tệp: chưa biết chắc tệp do đơn vị nào gửi.")
    assert got[giant.name].class_ == FileClass.DA_BI_SUA and not got[giant.name].unit_code
    assert got[giant.name].reason.endswith("hãy xin đơn vị gửi lại tệp do phần mềm xuất." + named)
    assert "Mã khóa ghi" not in got[f"{qt.file_stem}.xlsx"].reason  # its own unit's key: nothing to say

    sheet = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"))[SHEET_INTAKE]
    reasons = {r[2].value: r[4].value for r in sheet.iter_rows(min_row=6)}
    assert reasons[relabelled.file_name].endswith(owner) and reasons[giant.name].endswith(named)


def test_a_report_signed_by_another_unit_s_key_names_that_unit(office, mail, tmp_path):
    """Trung Thành's key confirmed; a report in Trung Thành's name signed by Quyết Thắng's key, which
    the register holds for Quyết Thắng (confirmed too): refused as "Chữ ký không khớp", its line says
    the file was made on the computer holding Quyết Thắng's key."""
    qt, tt = mail[QT], mail[TT]
    office.intake(_inbox(tmp_path / "1", {"qt.xlsx": qt, "tt.xlsx": tt}), PERIOD)
    office.confirm_key(QT, qt.key_code)
    office.confirm_key(TT, tt.key_code)
    made_at_qt = sign_with(_as(replace(tt, generated_at=(dt.datetime.fromisoformat(tt.generated_at)
                                                         + dt.timedelta(hours=1)).isoformat()), TT),
                           KEYS[qt.public_key])
    [r] = office.intake(_inbox(tmp_path / "2", {"tt-ban-moi.xlsx": made_at_qt}), PERIOD).results
    assert r.class_ == FileClass.CHU_KY_KHONG_KHOP and r.key_code == qt.key_code
    assert (f" Khóa ký tệp, mã {qt.key_code}, là khóa của Phường Quyết Thắng (mã {QT}, đã xác nhận) trong danh "
            "sách khóa của tỉnh: tệp được lập trên máy giữ khóa của đơn vị đó; liên hệ cả hai đơn vị.") in r.reason


def test_a_relabelled_report_read_before_the_one_it_was_made_from_says_so_too(office, mail, tmp_path):
    """Trung Thành's report relabelled as Quyết Thắng's, named so, is read before Trung Thành's own
    file registers the key: at the end of the run its line names Trung Thành all the same, in the
    run's results and in the log the workbook prints."""
    tt = mail[TT]
    relabelled = f"{PERIOD}_{QT}_phuong-quyet-thang.xlsx"
    run = office.intake(_inbox(tmp_path / "hop-thu", {relabelled: _as(tt, QT), f"{tt.file_stem}.xlsx": tt}), PERIOD)
    assert [r.file_name for r in run.results] == [relabelled, f"{tt.file_stem}.xlsx"]  # the relabelled first
    owner = (f" Mã khóa ghi trong tệp, {tt.key_code}, là khóa của Phường Trung Thành (mã {TT}, đang chờ xác "
             "nhận) trong danh sách khóa của tỉnh: tệp có thể là báo cáo của đơn vị đó bị sửa, hoặc tệp của người "
             "khác ghi mã khóa công khai của đơn vị đó (mã này in trên báo cáo và ghi trong mọi tệp đơn vị gửi); "
             "liên hệ cả hai đơn vị.")
    assert run.results[0].class_ == FileClass.DA_BI_SUA and run.results[0].reason.endswith(owner)
    sheet = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"))[SHEET_INTAKE]
    reasons = {r[2].value: r[4].value for r in sheet.iter_rows(min_row=6)}
    assert reasons[relabelled].endswith(owner) and reasons[relabelled].count("Mã khóa ghi") == 1
