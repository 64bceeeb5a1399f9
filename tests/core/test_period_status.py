"""A period's status, decided once (desktop_app/core/period_status.py) for the period list and the
window's header, which said different words for the same period (walk-through 6: "Chưa nhập" in
the list, "Đang nhập" in the header; "Đủ số liệu" and "Đang nhập" after a reopening), and the
period a leader's window opens on: one waiting for approval ("Cả năm 2026", empty, was shown while
"9 tháng" waited)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.period_status import Standing, period_to_open, standing
from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

Q1, SIX, NINE, YEAR = Period(2026, "Q1"), Period(2026, "6M"), Period(2026, "9M"), Period(2026, "Y")


@pytest.mark.parametrize("state, entered, overdue, due_soon, started, said", [
    (State.APPROVED, 7, True, False, True, "Đã duyệt, quá hạn gửi"),
    (State.COMPLETE, 7, True, False, True, "Hoàn thành, quá hạn"),
    (State.ENTERING, 3, True, False, True, "Quá hạn"),
    (State.SENT, 7, False, False, True, "Đã gửi"),
    (State.APPROVED, 7, False, True, True, "Đã duyệt"),
    (State.COMPLETE, 7, False, True, True, "Hoàn thành"),
    (State.ENTERING, 3, False, True, True, "Sắp đến hạn"),
    (State.ENTERING, 7, False, False, True, "Đang nhập"),  # all entered, not marked Hoàn thành
    (State.ENTERING, 1, False, False, True, "Đang nhập"),
    (State.ENTERING, 0, False, False, True, "Chưa nhập"),
    (State.ENTERING, 0, False, False, False, "Chưa đến kỳ"),
])
def test_one_status_for_each_period(state, entered, overdue, due_soon, started, said):
    assert standing(state, entered, overdue=overdue, due_soon=due_soon, started=started).value == said


def test_the_overview_carries_the_status_the_list_and_the_header_show(workspace):
    """1 May 2026: Quý I overdue, 6 tháng not entered, 2027 not started; a figure typed in
    6 tháng makes it Đang nhập, every figure too (it said Đủ số liệu, not a state)."""
    def said():
        return {s.period: s.standing for s in workspace.overview(dt.date(2026, 5, 1))}

    assert (said()[Q1], said()[SIX], said()[Period(2027, "Q1")]) == (
        Standing.OVERDUE, Standing.NOT_ENTERED, Standing.NOT_STARTED)
    workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")
    assert said()[SIX] == Standing.ENTERING
    fill_year(workspace, "2026-6M")
    assert said()[SIX] == Standing.ENTERING


def test_a_leader_opens_on_the_period_waiting_for_approval():
    """The earliest waiting (Quý I before 9 tháng, though "9M" sorts before "Q1" as codes), or the
    one last open when it waits itself; nothing waiting: where the leader left off."""
    assert period_to_open([NINE, Q1], approves=True, last=YEAR) == Q1
    assert period_to_open([NINE, Q1], approves=True, last=NINE) == NINE
    assert period_to_open([], approves=True, last=SIX) == SIX
    assert period_to_open([], approves=True, last=None) is None


def test_an_officer_opens_where_they_left_off():
    assert period_to_open([NINE], approves=False, last=YEAR) == YEAR
    assert period_to_open([NINE], approves=False, last=None) is None


def test_the_periods_waiting_for_approval_are_those_marked_complete(office):  # noqa: F811
    as_(office, "canbo")
    assert office.waiting_for_approval() == []
    fill_year(office, "2026-9M")
    fill_year(office, "2026-Q1")
    office.complete("2026-9M")
    office.complete("2026-Q1")
    assert office.waiting_for_approval() == [Q1, NINE]
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    assert office.waiting_for_approval() == [NINE]


def test_a_period_with_a_figure_saved_but_no_indicator_complete_is_entering(workspace):
    """Walk 29b: 9 tháng with 12.900 and 6 saved and no indicator complete ("0/7") read "Chưa
    nhập" in the list and the header; anything saved, a figure or a comment, is "Đang nhập", and
    the count stays 0."""
    def status():
        s = next(s for s in workspace.overview(dt.date(2026, 5, 1)) if s.period == SIX)
        return s.standing, s.entered

    workspace.set_entry("2026-6M", "bhyt", numerator="9.500")  # its denominator missing: not entered
    assert status() == (Standing.ENTERING, 0)
    workspace.set_entry("2026-6M", "bhyt", numerator=None)
    assert status() == (Standing.NOT_ENTERED, 0)
    workspace.set_entry("2026-6M", "bhyt", comment="Số liệu chờ trạm y tế")
    assert status() == (Standing.ENTERING, 0)


def test_an_officer_opens_on_a_period_reopened_for_correction():
    """Walk 29b: a reopened 6 tháng sat as a plain "Đang nhập" in the list while the officer's
    window opened where they left off; now it opens there (the earliest, or the one last open when
    it is such a period itself), only for someone who enters figures."""
    assert period_to_open([], approves=False, enters=True, reopened=[NINE, SIX], last=YEAR) == SIX
    assert period_to_open([], approves=False, enters=True, reopened=[NINE, SIX], last=NINE) == NINE
    assert period_to_open([], approves=False, enters=True, reopened=[], last=YEAR) == YEAR
    assert period_to_open([], approves=False, enters=False, reopened=[SIX], last=YEAR) == YEAR
    assert period_to_open([], approves=True, enters=False, reopened=[SIX], last=None) is None


def test_the_periods_reopened_for_correction_are_those_not_marked_complete_again(office):  # noqa: F811
    """Reopened after its approval, until marked Hoàn thành again (and again when sent back to
    Đang nhập by an edit before the new approval); never once approved again."""
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    fill_year(office, "2026-Q1")
    office.complete("2026-6M")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-6M")
    office.approve("2026-Q1")
    assert office.reopened_for_correction() == []
    office.reopen("2026-6M", "Sửa số hộ nghèo theo rà soát")
    office.reopen("2026-Q1", "Sửa số thu ngân sách")
    assert office.reopened_for_correction() == [Q1, SIX]
    as_(office, "canbo")
    office.complete("2026-Q1")
    assert office.reopened_for_correction() == [SIX]
    office.set_entry("2026-Q1", "thu_ngan_sach", value="51.200")  # back to Đang nhập: still being corrected
    assert office.reopened_for_correction() == [Q1, SIX]
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    assert office.reopened_for_correction() == [SIX]
