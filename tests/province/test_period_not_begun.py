"""A file of a period that had not begun on the day the province received it is refused (red-team 7,
finding 8: on 2 December 2026 a unit's Quý I 2027, entered, approved and signed, was taken as Hợp
lệ). No unit has results of a period not begun: a wrong clock, the wrong period chosen, or figures
made up ahead. The day is the date of receipt, never after the day the file is read, whatever
date its sender set on it; a period that has begun is received before it ends."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.intake import FileClass
from desktop_app.core.consolidation import ReportStatus
import desktop_app.intake
from desktop_app.intake import Intake
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

DEC_2 = dt.date(2026, 12, 2)
REFUSED = ("là báo cáo quý I năm 2027 (2027-Q1) của {unit}, nhưng kỳ này bắt đầu từ ngày 15/12/2026, sau ngày nhận "
           "tệp {day}: kỳ chưa bắt đầu thì chưa có số liệu của kỳ. Không nhận; đơn vị kiểm tra ngày trên máy tính và "
           "gửi báo cáo của kỳ từ ngày 15/12/2026 trở đi.")


@pytest.fixture
def unit(tmp_path):
    """A xã's approved, signed Quý I 2027 (made by a version that let it be, or on a clock set ahead)."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("05503", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    for period in ("2026-6M", "2027-Q1"):
        fill_unit(ws, period, seed=1)  # both first: approving freezes the start-of-term figures
    for period in ("2026-6M", "2027-Q1"):
        ws.complete(period)
        ws.approve(period)
    yield ws
    ws.close()


@pytest.fixture
def office(tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    yield office
    office.close()


def _sent(ws, period, made: dt.datetime, saved: dt.datetime, inbox):
    sub = sign_with(ws.submission(period, approved=True, generated_at=made), ws.signing_key())
    inbox.mkdir(exist_ok=True)
    return delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), saved)


def _read_on(monkeypatch, day):
    monkeypatch.setattr(Intake, "read_on", day)


def test_a_file_of_a_period_not_begun_is_refused_saying_when_it_begins(unit, office, tmp_path, monkeypatch):
    """Saved from the e-mail on 2 December: Sai kỳ, the unit not received."""
    _read_on(monkeypatch, DEC_2)
    inbox = tmp_path / "hop-thu"
    _sent(unit, "2027-Q1", dt.datetime(2026, 12, 2, 9, tzinfo=VN), dt.datetime(2026, 12, 2, 10, tzinfo=VN), inbox)
    [result] = office.intake(inbox, "2027-Q1").results
    assert result.class_ == FileClass.SAI_KY
    assert result.reason == f"Tệp {result.file_name} " + REFUSED.format(unit=unit.commune.name, day="02/12/2026")
    status = next(u for u in office.checked_completeness("2027-Q1").units if u.code == unit.commune.code)
    assert status.status == ReportStatus.BI_TU_CHOI and office.store.received("2027-Q1") == []


def test_a_date_set_ahead_on_the_file_or_in_it_does_not_pass(unit, office, tmp_path, monkeypatch):
    """Made "on 5 January 2027" by a clock set ahead and saved with a date in April (a zip's entry):
    read on 2 December, it was received by 2 December at the latest."""
    _read_on(monkeypatch, DEC_2)
    inbox = tmp_path / "hop-thu"
    _sent(unit, "2027-Q1", dt.datetime(2027, 1, 5, 9, tzinfo=VN), dt.datetime(2027, 4, 1, 9, tzinfo=VN), inbox)
    [result] = office.intake(inbox, "2027-Q1").results
    assert result.class_ == FileClass.SAI_KY and "sau ngày nhận tệp 02/12/2026" in result.reason


def test_a_date_of_receipt_typed_before_the_period_begins_refuses_it(unit, office, tmp_path, monkeypatch):
    """Read on 20 December, the folder's files typed as received on 10 December."""
    _read_on(monkeypatch, dt.date(2026, 12, 20))
    path = _sent(unit, "2027-Q1", dt.datetime(2026, 12, 9, 9, tzinfo=VN), dt.datetime(2026, 12, 18, 10, tzinfo=VN),
                 tmp_path / "hop-thu")
    intake = Intake(office.store, office.catalog, office.settings.rules, "van-thu")
    result, sub = intake.read_file(path, unit.period_view("2027-Q1").period, received=dt.date(2026, 12, 10))
    assert (result.class_, sub) == (FileClass.SAI_KY, None)
    assert "sau ngày nhận tệp 10/12/2026" in result.reason


def test_a_period_begun_is_received_before_it_ends(unit, office, tmp_path, monkeypatch):
    """Quý I received on its first day, 15 December; the 6-month report on 18 June, before June is
    over: both Hợp lệ."""
    _read_on(monkeypatch, dt.date(2026, 12, 15))
    inbox = tmp_path / "hop-thu"
    _sent(unit, "2027-Q1", dt.datetime(2026, 12, 15, 8, tzinfo=VN), dt.datetime(2026, 12, 15, 9, tzinfo=VN), inbox)
    assert [r.class_ for r in office.intake(inbox, "2027-Q1").results] == [FileClass.HOP_LE]
    _read_on(monkeypatch, dt.date(2026, 6, 18))
    june = tmp_path / "thang-6"
    _sent(unit, "2026-6M", dt.datetime(2026, 6, 18, 8, tzinfo=VN), dt.datetime(2026, 6, 18, 9, tzinfo=VN), june)
    assert [r.class_ for r in office.intake(june, "2026-6M").results] == [FileClass.HOP_LE]


def test_a_version_received_before_the_rule_is_kept(unit, office, tmp_path, monkeypatch):
    """Taken on 2 December by a version without the rule: read again, it is refused, and the
    version received stays the unit's (nothing received is lost)."""
    _read_on(monkeypatch, DEC_2)
    inbox = tmp_path / "hop-thu"
    _sent(unit, "2027-Q1", dt.datetime(2026, 12, 2, 9, tzinfo=VN), dt.datetime(2026, 12, 2, 10, tzinfo=VN), inbox)
    with monkeypatch.context() as older:
        older.setattr(desktop_app.intake, "received_before_begun", lambda *args: None)
        assert [r.class_ for r in office.intake(inbox, "2027-Q1").results] == [FileClass.HOP_LE]
    assert [r.class_ for r in office.intake(inbox, "2027-Q1").results] == [FileClass.SAI_KY]
    status = next(u for u in office.checked_completeness("2027-Q1").units if u.code == unit.commune.code)
    assert status.status == ReportStatus.DA_NHAN and len(office.store.received("2027-Q1")) == 1
