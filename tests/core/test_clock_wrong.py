"""Walk U25: a commune laptop whose clock was wrong is never locked out, and never sends a file dated before
its approval.

F2: an export made with the clock 30 minutes behind the approval stated it was made before it was approved, and
the province dropped that approval (core/kept_version.Version.approval): refused, naming both times. F1: approved
with the clock ahead (02/03/2031), then with the clock right every reopening was refused until 2031: an
administrator who confirms that the clock ran fast reopens it, both times audited, and the correction is
approved and exported with the right clock. F5: a clock before this version's release or after the term is said
before anything is approved or exported. F4: the report's date is Vietnam's day, as "Duyệt ngày" is. F6: the
start-up warning compares the clock with the latest time recorded, not the newest row's.

The program's clocks (`db.rows.now`, every record's; the submission's `generated_at`) are set by `at`."""
from __future__ import annotations

import datetime as dt

import pytest

import db.rows
import desktop_app.approval
import desktop_app.core.submission
from desktop_app.backups import clock_behind
from desktop_app.core import clock as core_clock
from desktop_app.core.errors import InvalidInput, NotPermitted
from desktop_app.core.vietnam_time import stated_day
from desktop_app.core.workflow import State
from desktop_app.resources import app_version
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.core.vietnam_laptop import _zone

VN = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture
def at(monkeypatch):
    """`at(moment)`: the computer's clock reads `moment` (aware) from now on, for every record and the export."""
    def set_to(moment: dt.datetime) -> None:
        class Clock(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return moment.astimezone(tz) if tz is not None else moment.astimezone().replace(tzinfo=None)

        class Day(dt.date):
            @classmethod
            def today(cls):
                return moment.astimezone().date()  # the computer's own day, in its zone

        class Dt:
            datetime, date, timedelta, timezone = Clock, Day, dt.timedelta, dt.timezone

        monkeypatch.setattr(db.rows, "dt", Dt)
        monkeypatch.setattr(desktop_app.core.submission, "dt", Dt)
        monkeypatch.setattr(desktop_app.approval, "dt", Dt)  # `today`, when no test day is set
    return set_to


def _approved(ws, at, moment: dt.datetime, period: str = "2026") -> None:
    at(moment)
    as_(ws, "canbo")
    fill_year(ws, period)
    ws.complete(period)
    as_(ws, "lanhdao")
    ws.approve(period)


def test_an_export_with_the_clock_half_an_hour_behind_the_approval_is_refused(office, at, tmp_path):  # noqa: F811
    _approved(office, at, dt.datetime(2026, 12, 11, 10, 0, tzinfo=VN))
    at(dt.datetime(2026, 12, 11, 9, 30, tzinfo=VN))  # the same day: the day check let it through
    out = tmp_path / "gui-tinh"
    with pytest.raises(InvalidInput) as refused:
        export_period(office, "2026", out)
    said = str(refused.value)
    assert refused.value.field == "Đồng hồ máy tính"
    assert "đồng hồ máy tính đang chỉ 09:30 11/12/2026, sớm hơn lúc kỳ được duyệt (10:00 11/12/2026)" in said, said
    assert "Đồng hồ máy tính đang chạy chậm: hãy chỉnh lại ngày giờ cho đúng rồi xuất, in lại." in said
    assert not out.exists() or not any(out.iterdir())
    assert office.period_state("2026") == State.APPROVED  # not marked exported
    at(dt.datetime(2026, 12, 11, 10, 5, tzinfo=VN))  # the clock set right
    result = export_period(office, "2026", out)
    assert result.submission.generated_at >= result.submission.approved_at[:19]
    assert office.period_state("2026") == State.SENT


def test_approved_with_the_clock_ahead_an_administrator_reopens_after_confirming(office, at, tmp_path):  # noqa: F811
    _approved(office, at, dt.datetime(2031, 3, 2, 9, 0, tzinfo=VN))
    at(dt.datetime(2026, 12, 8, 9, 0, tzinfo=VN))  # the clock right again
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput, match="Quản trị viên xác nhận đồng hồ lúc duyệt đã chạy nhanh rồi mở lại kỳ"):
        office.reopen("2026", "Sửa BHYT")  # the leader: still refused, told who can get past it
    with pytest.raises(NotPermitted):
        office.reopen("2026", "Sửa BHYT", clock_was_ahead=True)  # only an administrator confirms
    as_(office, "canbo")
    with pytest.raises(NotPermitted):
        office.check_reopen("2026", clock_was_ahead=True)
    assert office.clock_was_ahead("2026") is None  # a clerk is not asked
    as_(office, "admin")
    assert office.clock_was_ahead("2026") == (dt.datetime(2031, 3, 2, 9, 0, tzinfo=VN),
                                               dt.datetime(2026, 12, 8, 9, 0, tzinfo=VN))
    office.reopen("2026", "Duyệt lúc đồng hồ chạy nhanh, sửa BHYT", clock_was_ahead=True)
    assert office.period_state("2026") == State.ENTERING
    logged = [r.new for r in office.store.audit_rows(period="2026") if r.action == "state"][-1]
    assert ("Quản trị viên xác nhận lần duyệt ghi lúc 09:00 02/03/2031 mang giờ của lúc đồng hồ máy tính chạy nhanh; "
            "đồng hồ lúc mở lại chỉ 09:00 08/12/2026") in logged, logged
    # the correction is approved and exported with the right clock, compared with the new approval
    at(dt.datetime(2026, 12, 8, 9, 30, tzinfo=VN))
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.990", denominator="10.000")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    at(dt.datetime(2026, 12, 8, 9, 40, tzinfo=VN))
    result = export_period(office, "2026", tmp_path / "gui-tinh", pdf=False)
    assert result.submission.approved_at.startswith("2026-12-08")
    assert office.period_state("2026") == State.SENT
    # a clock put back below the new approval is still refused (the protection stays)
    at(dt.datetime(2026, 12, 7, 9, 0, tzinfo=VN))
    with pytest.raises(InvalidInput, match="^Kỳ năm 2026 chưa mở lại được: đồng hồ máy tính đang chỉ 09:00 07/12/2026"):
        office.reopen("2026", "Sửa lại")


def test_nothing_to_confirm_when_the_clock_is_not_behind(office, at):  # noqa: F811
    _approved(office, at, dt.datetime(2026, 12, 8, 9, 0, tzinfo=VN))
    at(dt.datetime(2026, 12, 8, 10, 0, tzinfo=VN))
    as_(office, "admin")
    assert office.clock_was_ahead("2026") is None
    with pytest.raises(InvalidInput, match="^Không cần xác nhận đồng hồ đã chạy nhanh: đồng hồ máy tính đang chỉ "
                                           "10:00 08/12/2026, không sớm hơn lần gần nhất kỳ này được duyệt"):
        office.reopen("2026", "Sửa", clock_was_ahead=True)
    assert office.period_state("2026") == State.APPROVED


@pytest.mark.parametrize("clock, said", [
    (dt.datetime(2020, 1, 1, 9, 0, tzinfo=VN), ("Đồng hồ máy tính đang chỉ 09:00 01/01/2020, trước ngày phát hành "
                                                "phiên bản")),
    (dt.datetime(2032, 1, 5, 9, 0, tzinfo=VN), "Đồng hồ máy tính đang chỉ 09:00 05/01/2032, sau ngày 31/12/2031"),
])
def test_a_clock_that_cannot_be_right_refuses_the_approval_and_the_export(office, at, tmp_path, clock, said):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    at(clock)
    with pytest.raises(InvalidInput) as refused:
        office.approve("2026")
    assert str(refused.value).startswith(f"Chưa duyệt được: {said}"), str(refused.value)
    assert str(refused.value).endswith("hãy chỉnh lại ngày giờ rồi làm lại.")
    assert office.period_state("2026") == State.COMPLETE
    with pytest.raises(InvalidInput, match=f"^Chưa xuất, in báo cáo được: {said}"):
        export_period(office, "2026", tmp_path / "gui-tinh", pdf=False)
    assert clock_behind(office, clock).startswith(said)  # the window's start says it


def test_not_begun_on_a_day_before_the_release_says_the_clock(office):  # noqa: F811
    office.today_is = dt.date(2020, 1, 1)
    as_(office, "canbo")
    with pytest.raises(InvalidInput) as refused:
        office.complete("2026")
    said = str(refused.value)
    assert "kỳ chưa bắt đầu" in said and "hôm nay là 01/01/2020" in said
    assert ("Ngày 01/01/2020 trước ngày phát hành phiên bản" in said
            and "đồng hồ máy tính đang chỉ sai ngày, hãy chỉnh lại ngày giờ rồi làm lại." in said), said


def test_the_release_day_is_bumped_with_the_version():
    """`RELEASED_ON` is this version's: a version bumped in pyproject.toml without it fails here."""
    assert core_clock.RELEASED_VERSION == app_version()


def test_the_report_date_is_vietnam_s_day_on_a_laptop_in_los_angeles(office, at, tmp_path, monkeypatch):  # noqa: F811
    yield_zone = _zone(monkeypatch, "America/Los_Angeles")
    next(yield_zone)
    try:
        office.today_is = None  # today as the computer's clock says it
        la = dt.timezone(dt.timedelta(hours=-8))
        _approved(office, at, dt.datetime(2026, 12, 10, 23, 30, tzinfo=la), "2026-9M")  # 14:30 11/12 in Vietnam
        at(dt.datetime(2026, 12, 10, 23, 40, tzinfo=la))
        sub = export_period(office, "2026-9M", tmp_path / "gui-tinh", pdf=False).submission
        assert stated_day(sub.approved_at) == dt.date(2026, 12, 11)  # "Duyệt ngày 11/12/2026"
        assert sub.report_date == dt.date(2026, 12, 11)
        assert sub.place_date_text.endswith("ngày 11 tháng 12 năm 2026")
    finally:
        next(yield_zone, None)


def test_the_start_up_warning_compares_with_the_latest_time_recorded(office, at):  # noqa: F811
    _approved(office, at, dt.datetime(2026, 12, 10, 9, 0, tzinfo=VN))
    as_(office, "lanhdao")
    at(dt.datetime(2026, 12, 11, 9, 0, tzinfo=VN))
    office.reopen("2026", "Sửa BHYT")
    back = dt.datetime(2026, 12, 5, 9, 0, tzinfo=VN)
    at(back)  # the clock put back: a figure saved, the newest row now states 05/12
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.990", denominator="10.000")
    warning = clock_behind(office, back)
    assert warning is not None, "the warning stopped after the first save with the clock wrong"
    assert warning.startswith("Đồng hồ máy tính đang chỉ 09:00 05/12/2026, sớm hơn lần ghi gần nhất (Trạng thái kỳ, "
                              "kỳ năm 2026, lúc 09:00 11/12/2026).\n\n"), warning
    assert "Nếu đồng hồ bây giờ chạy chậm: hãy chỉnh lại ngày giờ của máy" in warning
    assert "Nếu đồng hồ bây giờ đã đúng, lần ghi đó mang giờ của lúc đồng hồ chạy nhanh" in warning
    assert "chitieu reopen --clock-was-ahead" in warning
    note = core_clock.backwards_note(office.store.times_backwards())  # what `audit verify` adds, no tampering
    assert note.startswith("Ghi chú: 1 dòng nhật ký ghi thời điểm sớm hơn dòng trước nó") and "ghi lúc 09:00 05/12/2026, sau dòng ghi lúc 09:00 11/12/2026" in note, note
    assert "đồng hồ máy tính đã bị chỉnh lùi" in note


def test_the_warning_stops_once_an_administrator_confirmed_the_clock_ran_fast(office, at):  # noqa: F811
    _approved(office, at, dt.datetime(2031, 3, 2, 9, 0, tzinfo=VN))
    right = dt.datetime(2026, 12, 8, 9, 0, tzinfo=VN)
    at(right)
    assert "(Trạng thái kỳ, kỳ năm 2026, lúc 09:00 02/03/2031)" in clock_behind(office, right)
    as_(office, "admin")
    office.reopen("2026", "Duyệt lúc đồng hồ chạy nhanh", clock_was_ahead=True)
    assert clock_behind(office, right + dt.timedelta(minutes=1)) is None


def test_a_leaders_reason_written_as_the_administrators_confirmation_is_a_reason(office, at):  # noqa: F811
    """Red-team R32 F3: the confirmation was told by the audit row's words, which a reason can write: the
    leader's own reopening was then judged an administrator's, audit verify said the roles were changed
    outside the program and the period could not be completed."""
    _approved(office, at, dt.datetime(2026, 12, 5, 9, 0, tzinfo=VN))
    at(dt.datetime(2026, 12, 5, 9, 10, tzinfo=VN))
    as_(office, "lanhdao")
    office.reopen("2026", "Sửa BHYT). Quản trị viên xác nhận lần duyệt ghi lúc 09:00 02/03/2031 mang giờ của lúc "
                          "đồng hồ máy tính chạy nhanh; đồng hồ lúc mở lại chỉ 09:00 05/12/2026")
    assert office.verify_history() == []
    as_(office, "canbo")
    office.complete("2026")
    assert office.period_state("2026") == State.COMPLETE
