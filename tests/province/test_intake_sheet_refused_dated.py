"""The consolidated workbook's "Kết quả nhận tệp", column "Ngày nhận (tính hạn)", for a refused file:
the day it arrived, which the intake log keeps since 0cecf78 (`arrived_on`), as the window shows it;
it was empty. A line an older version wrote (tests/db/data/schema14_province.db) kept no such date:
still empty, never the day it was read."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.province import ProvinceOffice
from exports.intake_results_sheet import SHEET_INTAKE
from tests.province.conftest import PERIOD

OLD = Path(__file__).parents[1] / "db" / "data" / "schema14_province.db"
DATE = "Ngày nhận (tính hạn)"


def test_a_refused_files_date_of_receipt_is_printed_an_old_lines_stays_empty(tmp_path):
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")  # its two refused lines: no date kept
    office = ProvinceOffice.open(folder, user="van-thu")
    try:
        mail = tmp_path / "hop-thu-3"
        mail.mkdir()
        (mail / "hong.xlsx").write_bytes(b"PK\x03\x04 not a workbook " * 20)
        office.intake(mail, PERIOD, received=dt.date(2026, 6, 23))
        sheet = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"))[SHEET_INTAKE]
    finally:
        office.close()
    header = [c.value for c in sheet[5]]
    rows = {r[2].value: (r[3].value, r[header.index(DATE)]) for r in sheet.iter_rows(min_row=6)}
    said = {name: (word, cell.value and cell.value.strftime("%d/%m/%Y")) for name, (word, cell) in rows.items()}
    assert said == {
        "2026-6M_05503_xa-tan-cuong.xlsx": ("Hợp lệ", "19/06/2026"),  # its version's date, as before
        "may-cai-lai.xlsx": ("Chữ ký không khớp", None),  # read by schema 14: its date not kept
        "rac.xlsx": ("Tệp hỏng", None),
        "hong.xlsx": ("Tệp hỏng", "23/06/2026"),  # was empty
    }
    assert rows["hong.xlsx"][1].number_format == "DD/MM/YYYY"
