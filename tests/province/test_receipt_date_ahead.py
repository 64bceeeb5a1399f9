"""Red-team 8, finding 9: a file whose modification date is after the day the files are read (a
zip's entry dated ahead, a clock set ahead) was stored as received on that date (year 3000:
received 11/05/2446) and marked late. The file is in the folder the day it is read: that day is its
date of receipt, and its reason says the date was taken so."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import FileClass
from desktop_app.intake import Intake
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, VN, delivered, make_submissions

READ_ON = dt.date(2026, 6, 19)  # the day before the 6-month deadline


@pytest.fixture(scope="module")
def sub(tmp_path_factory):
    root = tmp_path_factory.mktemp("receipt-ahead")
    ws, subs = make_submissions(root / "files", pick_units(1, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return next(iter(subs.values()))


@pytest.mark.parametrize("saved", [dt.datetime(2026, 9, 1, 9, tzinfo=VN), dt.datetime(2400, 1, 1, tzinfo=VN)],
                         ids=["september", "year-2400"])
def test_a_modification_date_after_the_reading_day_is_received_on_the_reading_day(office, sub, tmp_path,
                                                                                   monkeypatch, saved):
    monkeypatch.setattr(Intake, "read_on", READ_ON)
    folder = tmp_path / "in"
    folder.mkdir()
    delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), saved)
    [result] = office.intake(folder, PERIOD).results

    assert result.class_ == FileClass.HOP_LE and not result.late and result.received_on == READ_ON.isoformat()
    assert result.reason.endswith(f"Ngày sửa đổi của tệp ({saved:%d/%m/%Y}) sau ngày đọc tệp (19/06/2026): tính "
                                  "ngày nhận là ngày đọc tệp.")
    assert "Trễ hạn" not in result.reason
    [row] = office.store.received(PERIOD)
    assert row.received_on == READ_ON.isoformat()
    unit = next(u for u in office.checked_completeness(PERIOD).units if u.code == sub.unit_code)
    assert unit.status == ReportStatus.DA_NHAN and unit.received_on == READ_ON.isoformat()


def test_a_modification_date_up_to_the_reading_day_stands(office, sub, tmp_path, monkeypatch):
    monkeypatch.setattr(Intake, "read_on", READ_ON)
    folder = tmp_path / "in"
    folder.mkdir()
    delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    [result] = office.intake(folder, PERIOD).results
    assert result.received_on == ON_TIME.date().isoformat() and "ngày đọc tệp" not in result.reason
