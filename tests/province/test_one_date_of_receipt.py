"""Walk 12, finding 6: a file saved with a modification date (15/06) earlier than the day it was
made (18/06) is received on 18/06 in "Tình hình gửi báo cáo" (never before the file existed),
but "Khóa ký" said "Nhận lần đầu 15/06/2026" and "Tệp chưa ký" "Ngày nhận 15/06/2026": one
file, one date of receipt, in every tab."""
from __future__ import annotations

import datetime as dt

from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions

EARLIER = ON_TIME - dt.timedelta(days=3)  # the modification date a copy on a USB stick can have


def test_a_file_dated_before_it_was_made_has_the_day_made_in_every_tab(office, tmp_path):
    signed_ws, signed = make_submissions(tmp_path / "ky", pick_units(1, 0), PERIOD, data_dir=tmp_path / "a")
    signed_ws.close()
    unsigned_ws, unsigned = make_submissions(tmp_path / "khong", pick_units(0, 1), PERIOD,
                                             data_dir=tmp_path / "b", sign=False)
    unsigned_ws.close()
    inbox = tmp_path / "in"
    inbox.mkdir()
    for sub in (*signed.values(), *unsigned.values()):
        delivered(write_submission(sub, inbox / f"{sub.unit_code}.xlsx"), EARLIER)
    office.intake(inbox, PERIOD)
    made = ON_TIME.date()
    status = {u.code: u for u in office.checked_completeness(PERIOD).units}
    one, two = next(iter(signed.values())), next(iter(unsigned.values()))
    assert status[one.unit_code].received_on == made.isoformat()
    key = next(k for k in office.keys() if k.unit_code == one.unit_code)
    assert key.first_received == made.isoformat()  # "Nhận lần đầu" in Khóa ký
    row = next(r for r in office.unsigned(PERIOD) if r.unit_code == two.unit_code)
    assert row.received_day == made  # "Ngày nhận" in Tệp chưa ký
