"""A period's life is not stepped on with the computer's clock behind its latest record
(red-team 16, F2): the province keeps the approved report whose approval time is the latest,
so a correction approved with the clock two days behind (a flat CMOS battery, a date changed by
hand) was never kept, and nobody at the commune was told. The leader's approve, the reopen and
the officer's complete are refused, naming the clock's time and the one recorded; a clock a
minute or two off is no reason. The clock every record is stamped with is `db.rows.now`'s."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

import db.rows
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from tests.core.test_export_meanwhile import approved
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

T0 = dt.datetime(2026, 12, 3, 18, 34)  # the approval, on a right clock (local time)
BEHIND = T0 - dt.timedelta(days=2)


@pytest.fixture
def clock(monkeypatch, laptop_in_vietnam):
    """`clock(when)`: the computer's clock reads `when` (local time) from now on."""
    def set_to(when: dt.datetime) -> None:
        monkeypatch.setattr(db.rows, "dt", SimpleNamespace(datetime=SimpleNamespace(now=lambda tz=None: when)))
    set_to(T0)
    return set_to


def corrected(office):  # noqa: F811
    """Approved at T0, then reopened, corrected and marked complete at T0 (the clock right)."""
    first = approved(office)
    as_(office, "lanhdao")
    office.reopen("2026", "Sửa BHYT theo số liệu BHXH huyện")
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.990", denominator="10.000")
    office.complete("2026")
    as_(office, "lanhdao")
    return first


def test_approving_with_the_clock_two_days_behind_is_refused_naming_both_times(office, clock):  # noqa: F811
    corrected(office)
    clock(BEHIND)
    with pytest.raises(InvalidInput) as refused:
        office.approve("2026")
    err = refused.value
    assert err.message.startswith("Kỳ năm 2026 chưa duyệt được: đồng hồ máy tính đang chỉ 18:34 01/12/2026, sớm hơn "
                                  "lần gần nhất kỳ này được duyệt (18:34 03/12/2026).")
    assert "tỉnh giữ bản duyệt có thời điểm duyệt sau cùng" in err.message
    assert "Hãy chỉnh lại ngày giờ của máy tính cho đúng rồi thử lại" in err.message
    assert err.field == "Đồng hồ máy tính"
    assert err.en.startswith("Year 2026 cannot be approved yet: the computer's clock reads 18:34 01/12/2026, earlier "
                             "than the period's latest approval (18:34 03/12/2026).")
    assert office.period_state("2026") == State.COMPLETE  # nothing approved
    # the clock set right, the correction is approved, later than the approval it corrects
    clock(T0 + dt.timedelta(minutes=20))
    office.approve("2026")
    approvals = [h.at for h in office.period_history("2026") if h.event == "approve"]
    assert approvals == ["2026-12-03T18:34:00" + approvals[0][19:], "2026-12-03T18:54:00" + approvals[0][19:]]


def test_reopening_and_completing_are_refused_too(office, clock):  # noqa: F811
    approved(office)
    clock(BEHIND)
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput, match=r"^Kỳ năm 2026 chưa mở lại được: đồng hồ máy tính đang chỉ 18:34 01/12/2026"):
        office.reopen("2026", "Sửa BHYT")
    with pytest.raises(InvalidInput, match="chưa mở lại được: đồng hồ máy tính"):
        office.check_reopen("2026")  # the window asks it before the reason
    assert office.period_state("2026") == State.APPROVED
    clock(T0)
    office.reopen("2026", "Sửa BHYT")
    clock(BEHIND)
    as_(office, "canbo")
    with pytest.raises(InvalidInput, match=r"^Kỳ năm 2026 chưa đánh dấu hoàn thành được: đồng hồ máy tính đang chỉ"):
        office.complete("2026")
    assert office.period_state("2026") == State.ENTERING


def test_a_clock_a_few_minutes_behind_is_no_reason(office, clock):  # noqa: F811
    corrected(office)
    clock(T0 - dt.timedelta(minutes=4))
    office.approve("2026")
    assert office.period_state("2026") == State.APPROVED


AHEAD = T0 + dt.timedelta(days=150)  # a date typed month-first: 12/07 read as 7 December


def test_a_figure_saved_with_the_clock_ahead_does_not_stop_the_period(office, clock):  # noqa: F811
    """Red-team 18, F2: one figure saved while the clock ran 150 days ahead stopped "complete" until
    that day, the deadline went by; a figure's time is not what the province orders approvals by."""
    as_(office, "canbo")
    clock(AHEAD)
    fill_year(office, "2026")
    clock(T0)  # the clock put right
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    assert office.period_state("2026") == State.APPROVED


def test_an_export_with_the_clock_ahead_does_not_stop_the_reopening(office, clock, tmp_path):  # noqa: F811
    """Red-team 18, F2: an officer's export a year ahead ("sent" in the history) kept the leader
    from reopening the period for a year."""
    approved(office)
    as_(office, "canbo")
    clock(T0 + dt.timedelta(days=365))
    export_period(office, "2026", tmp_path / "out", pdf=False)
    assert [h.event for h in office.period_history("2026")][-1] == "sent"
    clock(T0 + dt.timedelta(minutes=10))
    as_(office, "lanhdao")
    office.reopen("2026", "Sửa BHYT theo số liệu BHXH huyện")
    assert office.period_state("2026") == State.ENTERING


def test_a_completion_with_the_clock_a_year_ahead_does_not_stop_the_approval(office, clock):  # noqa: F811
    """Red-team 26, F3: "complete" run once with the clock a year ahead refused the approval, and
    the next completion, until that day a year later: the deadline of 20/12 could not be met. A
    completion is not what the province orders approvals by."""
    as_(office, "canbo")
    fill_year(office, "2026")
    clock(T0 + dt.timedelta(days=365))
    office.complete("2026")
    clock(T0)  # the clock put right
    as_(office, "lanhdao")
    office.approve("2026")
    assert office.period_state("2026") == State.APPROVED


def test_a_reopening_with_the_clock_ahead_does_not_stop_the_correction(office, clock):  # noqa: F811
    """Approved on a right clock, reopened with the clock a year ahead: the correction is completed
    and approved on the right clock again, later than the approval it corrects."""
    approved(office)
    as_(office, "lanhdao")
    clock(T0 + dt.timedelta(days=365))
    office.reopen("2026", "Sửa BHYT theo số liệu BHXH huyện")
    clock(T0 + dt.timedelta(minutes=30))
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.990", denominator="10.000")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    assert office.period_state("2026") == State.APPROVED


def test_an_approval_with_the_clock_ahead_still_stops_an_earlier_one(office, clock):  # noqa: F811
    """The province keeps the approval stating the latest time: a correction approved before the
    day a fast clock gave the previous approval would never replace it, so it is refused, and the
    message says when it can be approved."""
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    clock(T0 + dt.timedelta(days=365))
    office.approve("2026")
    clock(T0)
    with pytest.raises(InvalidInput, match="mở lại được: đồng hồ máy tính đang chỉ 18:34 03/12/2026, sớm hơn lần gần "
                                           r"nhất kỳ này được duyệt \(18:34 03/12/2027\)"):
        office.reopen("2026", "Sửa BHYT")
