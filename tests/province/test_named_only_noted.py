"""A unit whose code only a file's name carries stayed "Chưa gửi" with an empty note (walk 29, L4):
A's file copied under B's code, a file whose "Mã đơn vị" was edited to C's. Their notes now say a
file carrying the unit's code was read, which and why it is not the unit's: the name is the file's
claim, never said as the unit having sent it; the units stay "Chưa gửi"."""
from __future__ import annotations

import datetime as dt
import shutil

from openpyxl import load_workbook

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.core.periods import format_date
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions


def test_a_file_named_for_a_unit_not_sent_is_noted_there(office, tmp_path):
    a, b, c, d = pick_units(4, 0)
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    ws, written = make_submissions(folder, [a], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    src = folder / f"{written[a].file_stem}.xlsx"
    shutil.copy2(src, folder / f"{PERIOD}_{b}_doi-ten.xlsx")  # A's report under B's code
    wb = load_workbook(src)
    for row in wb["Thông tin"].iter_rows(min_row=2):
        if row[0].value == "unit_code":
            row[2].value = c
    edited = folder / f"{PERIOD}_{c}_sua-ma.xlsx"
    wb.save(edited)  # its unit code edited to C's
    # Its day of modification in Vietnam, from the file itself: "today" read after the intake is
    # another day when the clock passes midnight in between.
    saved_on = dt.datetime.fromtimestamp(edited.stat().st_mtime, VIETNAM_TIME).date()
    office.intake(folder, PERIOD)
    units = {u.code: u for u in office.checked_completeness(PERIOD).units}
    a_name = units[a].name

    assert units[a].status == ReportStatus.DA_NHAN
    assert units[b].status == units[c].status == units[d].status == ReportStatus.CHUA_GUI
    # each file dated by its date of receipt, its modification date (a copy keeps it; one saved anew
    # is of today), as the log records it
    assert units[b].reason == (f"Một tệp mang mã đơn vị này trong tên tệp ({PERIOD}_{b}_doi-ten.xlsx, nhận "
                               f"18/06/2026) ghi là báo cáo của {a_name} (mã {a}): không tính cho đơn vị này.")
    assert units[c].reason == ("Một tệp mang mã đơn vị này trong tên tệp bị từ chối (Đã bị sửa): "
                               f"{PERIOD}_{c}_sua-ma.xlsx, nhận {format_date(saved_on)}.")
    assert units[d].reason == ""  # nothing carries its code
    assert "đã gửi" not in units[b].reason + units[c].reason

    office.intake(folder, PERIOD)  # read again: each file said once
    again = {u.code: u for u in office.checked_completeness(PERIOD).units}
    assert again[b].reason.count("Một tệp") == again[c].reason.count("Một tệp") == 1
