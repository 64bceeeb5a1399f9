"""A forger's key revoked for the unit it forged (red-team h12 #1): a neighbour's laptop signed a report in
Xã B's name, its key registered for B as waiting; the province, comparing the paper, revoked it. Its next
forgery was "Khóa đã thu hồi" with a reason that read as B's own key revoked: the key was never B's, and it
signs the neighbour's own reports. The reason now says the key was revoked while it waited, never confirmed
as B's, and whose reports it also signs."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import forged_by_a_neighbour, later


def test_a_forgers_revoked_key_is_not_said_to_be_the_units_own(office, tmp_path):
    x, b = pick_units(2, 0)
    made = forged_by_a_neighbour(tmp_path, x, b)
    first = tmp_path / "lan-1"
    first.mkdir()
    write_submission(made["t"], first / "x.xlsx")
    write_submission(made["forged"], first / "gia.xlsx")
    office.intake(first, PERIOD, received=dt.date(2026, 6, 18))
    office.revoke_key(b, made["t"].key_code)  # the neighbour's key, as registered for B, revoked

    again = tmp_path / "lan-2"
    again.mkdir()
    write_submission(later(made["forged"], 30), again / "gia-2.xlsx")
    [line] = office.intake(again, PERIOD, received=dt.date(2026, 6, 19)).results
    assert line.class_ == FileClass.KHOA_THU_HOI
    assert "khi đang chờ xác nhận: tỉnh chưa từng xác nhận đây là khóa của" in line.reason
    assert f"Khóa này cũng ký tệp của {office.catalog.commune_by_code(x).name} (mã {x}" in line.reason
