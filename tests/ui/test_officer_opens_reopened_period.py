"""An officer logging in is taken to a period a leader reopened for correction (walk 29b: the
reopened "6 tháng" sat as a plain "Đang nhập" in the list, and who reopened it and why shows only
over its table, while the window opened on 9 tháng, where the officer left off). The rule is the
core's (desktop_app/core/period_status.py `period_to_open`), as a leader's opening on a period
waiting for approval."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.periods import Period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

DEC_2 = dt.date(2026, 12, 2)
SIX, NINE = Period(2026, "6M"), Period(2026, "9M")
WHY = "Sửa số hộ nghèo theo rà soát"


def _approved_six_officer_on_nine(office, make_window):  # noqa: F811
    """6 tháng approved; the officer's window last showed 9 tháng."""
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    as_(office, "lanhdao")
    office.approve("2026-6M")
    as_(office, "canbo")
    window = make_window(office, today=DEC_2)
    window.navigator.periodSelected.emit(NINE)  # as chosen in the list: remembered for this person
    assert window.period == NINE
    return window


def test_the_officer_logging_in_is_shown_the_reopened_period_and_why(make_window, office):  # noqa: F811
    _approved_six_officer_on_nine(office, make_window).close()
    as_(office, "lanhdao")
    office.reopen("2026-6M", WHY)
    leader = make_window(office, today=DEC_2)
    assert leader.period != SIX  # nothing for a leader to do there
    as_(office, "canbo")
    officer = make_window(office, today=DEC_2)
    assert officer.period == SIX
    band = officer.frozen_label
    assert band.isVisible() and WHY in band.text() and "Trần Thị Bình" in band.text(), band.text()


def test_at_a_login_in_the_same_window_the_officer_goes_to_the_reopened_period(make_window, office):  # noqa: F811
    """Locked or logged out, the leader reopens 6 tháng in the same window; the officer logs in again."""
    window = _approved_six_officer_on_nine(office, make_window)
    as_(office, "lanhdao")
    window.follow_changes()
    office.reopen("2026-6M", WHY)
    as_(office, "canbo")
    window.follow_changes()
    assert window.period == SIX
    assert WHY in window.frozen_label.text()
    # Marked Hoàn thành again: back to where the officer left off at the next login.
    office.complete("2026-6M")
    window.show_period(NINE)
    window.navigator.periodSelected.emit(NINE)
    as_(office, "lanhdao")
    window.follow_changes()
    as_(office, "canbo")
    window.follow_changes()
    assert window.period == NINE
