"""The workbook's "Kết quả nhận tệp" as a reviewer checks lateness on it (walk 8, finding 8): each
file's date of receipt, which lateness is judged by, in a column added after the others (its
"Thời điểm" is when the program read the file, months after a deadline); and a refused file that
named no unit in what could be read is listed under the unit its name carries, as the window
lists it "(theo tên tệp)" (its "Mã ĐVHC" was empty)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from openpyxl import load_workbook

from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.province import ProvinceOffice
from exports.intake_results_sheet import INTAKE_HEADERS, SHEET_INTAKE
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions

RECEIVED = dt.date(2026, 6, 19)  # typed for the folder; the deadline is 20/06/2026
DATE = "Ngày nhận (tính hạn)"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    """Two units' files, a copy of the first (Trùng) and a file that is no workbook named as a
    third unit's report, read on RECEIVED; the workbook written then. Returns the units and the
    sheet's header and rows by file name (with their cells, for the look)."""
    root = tmp_path_factory.mktemp("receipt-sheet")
    a, b, broken = pick_units(3, 0)
    ws, subs = make_submissions(root / "in", [a, b], PERIOD, data_dir=root / "db")
    ws.close()
    shutil.copy2(root / "in" / f"{subs[a].file_stem}.xlsx", root / "in" / "ban-sao.xlsx")
    (root / "in" / f"{PERIOD}_{broken}_bao-cao.xlsx").write_bytes(b"PK\x03\x04 not a workbook " * 20)
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    # The days the files may have been read on, in Vietnam: the module's tests run seconds or
    # minutes after the reading, on the next day when the clock passed midnight (17:00 UTC) meanwhile.
    read_on = {f"{dt.datetime.now(VIETNAM_TIME):%d/%m/%Y}"}
    office.intake(root / "in", PERIOD, received=RECEIVED)
    read_on.add(f"{dt.datetime.now(VIETNAM_TIME):%d/%m/%Y}")
    path = office.export_xlsx(PERIOD, root / "tong-hop.xlsx")
    office.close()
    ws = load_workbook(path)[SHEET_INTAKE]
    header = [c.value for c in ws[5]]
    rows = {r[2].value: dict(zip(header, r)) for r in ws.iter_rows(min_row=6)}
    return {"subs": subs, "broken": broken, "header": header, "rows": rows, "read_on": read_on}


def test_the_date_of_receipt_is_a_column_after_the_others(sheet):
    """Added last, the nine columns others read by place as they were."""
    assert sheet["header"] == list(INTAKE_HEADERS)
    assert INTAKE_HEADERS[:9] == ("Lượt nhận", "Thời điểm", "Tệp", "Kết quả", "Lý do", "Mã ĐVHC", "Kỳ",
                                  "Mã xác thực", "Khóa ký, khi lập bảng") and INTAKE_HEADERS[-1] == DATE


def test_each_received_file_shows_the_date_it_was_received(sheet):
    """19/06/2026, a date cell printed dd/mm/yyyy, for each file received and for the copy found
    again (its version's date); "Thời điểm" still says when it was read."""
    rows = sheet["rows"]
    for name in [f"{s.file_stem}.xlsx" for s in sheet["subs"].values()] + ["ban-sao.xlsx"]:
        cell = rows[name][DATE]
        assert cell.value.date() == RECEIVED and cell.number_format == "DD/MM/YYYY", name
        # read today in Vietnam time, as every time the province shows (`when_text`)
        assert rows[name]["Thời điểm"].value[-10:] in sheet["read_on"], name
    assert rows["ban-sao.xlsx"]["Kết quả"].value == "Trùng"


def test_a_refused_file_is_listed_under_the_unit_its_name_carries(sheet):
    """In italics (read from the name, not the contents); dated the day it arrived (the date typed)."""
    row = sheet["rows"][f"{PERIOD}_{sheet['broken']}_bao-cao.xlsx"]
    assert row["Kết quả"].value == "Tệp hỏng"
    assert row["Mã ĐVHC"].value == sheet["broken"] and row["Mã ĐVHC"].font.i
    assert row[DATE].value.date() == RECEIVED
    received = sheet["rows"][f"{next(iter(sheet['subs'].values())).file_stem}.xlsx"]["Mã ĐVHC"]
    assert not received.font.i
