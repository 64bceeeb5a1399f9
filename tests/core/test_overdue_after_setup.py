"""A ward set up in June 2026 sent its Quý I report on paper in March: the program does not call
that period overdue (nothing done in it could have sent it in time, and only sending from the
program clears the warning). A period due after the set-up still turns overdue once its deadline
passes."""
from __future__ import annotations

import datetime as dt

import pytest

import db.audit_log
from desktop_app.core.periods import is_overdue, parse_period
from desktop_app.services import Workspace

pytestmark = pytest.mark.set_up_day  # sets the audit clock itself (tests/conftest.py)

SET_UP = dt.date(2026, 6, 3)
Q1, H1, M9 = (parse_period(code).deadline() for code in ("2026-Q1", "2026-6M", "2026-9M"))  # 20/03, 20/06, 20/09


def test_a_deadline_passed_before_the_set_up_is_not_overdue():
    assert not is_overdue(Q1, SET_UP, SET_UP)
    assert not is_overdue(Q1, dt.date(2026, 12, 1), SET_UP)  # nor later


def test_a_period_due_after_the_set_up_turns_overdue_when_its_deadline_passes():
    assert not is_overdue(H1, H1, SET_UP)  # the deadline day itself: still in time
    assert is_overdue(H1, H1 + dt.timedelta(days=1), SET_UP)
    assert is_overdue(M9, dt.date(2026, 10, 1), SET_UP)


def test_set_up_on_its_deadline_day_the_period_could_still_be_sent_in_time():
    assert is_overdue(Q1, dt.date(2026, 4, 1), Q1)


def test_without_a_known_set_up_day_every_past_deadline_counts():
    assert is_overdue(Q1, SET_UP, None)
    # A set-up day after today: the computer's date was wrong on one of the days; not trusted.
    assert is_overdue(Q1, dt.date(2026, 5, 1), dt.date(2026, 12, 2))


@pytest.fixture
def june_clock(monkeypatch):
    """The audit rows written as if the computer's date were 3 June 2026."""
    monkeypatch.setattr(db.audit_log, "now", lambda: "2026-06-03T09:15:00+07:00")


def test_the_set_up_day_is_when_the_ward_was_first_chosen(data_dir, june_clock, monkeypatch):
    ws = Workspace.open(data_dir, user="can-bo")
    assert ws.store.set_up_on() is None  # nothing chosen yet
    ws.setup("Phan Đình Phùng", "Nguyễn Văn An", "Trần Thị Bình")
    assert ws.store.set_up_on() == SET_UP
    # Settings changed later, the unit chosen again: still the first day.
    monkeypatch.setattr(db.audit_log, "now", lambda: "2026-09-01T08:00:00+07:00")
    ws.setup("Tân Cương", "Nguyễn Văn An", "Trần Thị Bình")
    assert ws.store.set_up_on() == SET_UP
    ws.close()
    assert Workspace.open(data_dir, user="can-bo").store.set_up_on() == SET_UP  # kept in the database
