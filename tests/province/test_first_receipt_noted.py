"""Walk W2 #4: a unit's laptop reinstalled (a new key) sent the same report again after the
deadline; once the new key was confirmed, its file was kept and the consolidated workbook's
"Tình hình gửi báo cáo" showed it made at 09:00 19/06/2026 and received (tính hạn) on 18/06/2026,
the day the same figures first arrived, with an empty Ghi chú: a file that reads as received
before it was made. The note now says whose date it is and why, from what the province knows."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from exports.consolidated_xlsx import COMPLETENESS_HEADERS, SHEET_COMPLETENESS
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import LATE, ON_TIME, delivered, later, make_submissions


def _unit_row(path, code) -> dict:
    sheet = load_workbook(path)[SHEET_COMPLETENESS]  # its units from row 6, below the title and headers
    row = next(r for r in sheet.iter_rows(min_row=6, values_only=True) if r[1] == code)
    return dict(zip(COMPLETENESS_HEADERS, row))


def test_the_kept_file_received_before_it_was_made_says_why(office, tmp_path):
    (a,) = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path / "may-cu", [a], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    old = subs[a]
    (tmp_path / "dau").mkdir()
    delivered(write_submission(old, tmp_path / "dau" / "dau.xlsx"), ON_TIME)  # 18/06, made 09:00 18/06
    office.intake(tmp_path / "dau", PERIOD)
    office.confirm_key(a, old.key_code)
    new = signed(later(old, 24 * 60), new_private_key())  # the same figures, made a day later, another key
    (tmp_path / "lai").mkdir()
    delivered(write_submission(new, tmp_path / "lai" / "gui-lai.xlsx"), LATE)  # 25/06
    office.intake(tmp_path / "lai", PERIOD)
    office.export_xlsx(PERIOD, tmp_path / "truoc.xlsx")
    assert _unit_row(tmp_path / "truoc.xlsx", a)["Tệp"] == "dau.xlsx"  # its own date: nothing of this
    assert "Ngày nhận (tính hạn)" not in (_unit_row(tmp_path / "truoc.xlsx", a)["Ghi chú"] or "")

    office.confirm_key(a, new.key_code)
    office.intake(tmp_path / "lai", PERIOD)
    office.export_xlsx(PERIOD, tmp_path / "sau.xlsx")
    row = _unit_row(tmp_path / "sau.xlsx", a)
    assert (row["Tệp"], row["Thời điểm lập tệp"], row["Ngày nhận (tính hạn)"].date().isoformat()) == (
        "gui-lai.xlsx", "09:00 19/06/2026", "2026-06-18")
    assert row["Ghi chú"] == (
        f"Ngày nhận (tính hạn) 18/06/2026 là ngày nhận tệp dau.xlsx (lập lúc 09:00 18/06/2026, ký bằng khóa mã "
        f"{old.key_code}), cùng số liệu (cùng mã xác thực) với tệp đang tính gui-lai.xlsx (lập lúc 09:00 19/06/2026, "
        f"nhận ngày 25/06/2026, ký bằng khóa mã {new.key_code}): hạn gửi tính theo lần đầu tỉnh nhận số liệu này, "
        "nên ngày nhận (tính hạn) sớm hơn thời điểm lập tệp đang tính.")
    status = next(u for u in office.checked_completeness(PERIOD).units if u.code == a)
    assert status.reason == row["Ghi chú"]  # the window's "Tình hình gửi" says the same


def test_a_unit_whose_date_is_its_own_file_s_is_not_told_so(received):
    office, _ = received
    assert not any("Ngày nhận (tính hạn)" in u.reason for u in office.checked_completeness(PERIOD).units)


def test_a_line_of_the_same_figures_sent_again_on_time_names_the_first_receipt(office, tmp_path):
    """Its line in "Kết quả nhận tệp" prints the unit's date, 18/06, beside a file made on 19/06."""
    (a,) = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path / "may-cu", [a], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    (tmp_path / "dau").mkdir()
    delivered(write_submission(subs[a], tmp_path / "dau" / "dau.xlsx"), ON_TIME)
    office.intake(tmp_path / "dau", PERIOD)
    office.confirm_key(a, subs[a].key_code)
    new = signed(later(subs[a], 24 * 60), new_private_key())
    (tmp_path / "lai").mkdir()
    delivered(write_submission(new, tmp_path / "lai" / "gui-lai.xlsx"), ON_TIME)
    office.intake(tmp_path / "lai", PERIOD, received=dt.date(2026, 6, 19))
    office.confirm_key(a, new.key_code)
    [line] = office.intake(tmp_path / "lai", PERIOD, received=dt.date(2026, 6, 19)).results
    assert line.kept and not line.late
    assert line.reason.endswith("Cùng số liệu đã nhận ngày 18/06/2026: hạn gửi tính theo ngày đó.")
    status = next(u for u in office.checked_completeness(PERIOD).units if u.code == a)
    assert status.received_on == "2026-06-18"
    assert "(lập lúc 09:00 19/06/2026, nhận ngày 19/06/2026, ký bằng khóa mã" in status.reason
