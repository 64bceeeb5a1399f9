"""The window's side of walk-through 6's status words: the header's "Trạng thái" says what the
period list says for the same period (it said "Đang nhập" beside "Chưa nhập" and "Đủ số liệu"),
and a leader logging in is shown the period waiting for approval, not "Cả năm" (the rule is the
core's, desktop_app/core/period_status.py)."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.periods import Period, term_periods
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

DEC_2 = dt.date(2026, 12, 2)


def header_status(window) -> str:
    return window.deadline_label.text().rsplit("Trạng thái: ", 1)[1]


def test_the_header_says_what_the_list_says_for_every_period(make_window, office):  # noqa: F811
    """Every period of the term on 2 December 2026: overdue (Quý I, nothing entered; 9 tháng, all
    entered but not marked Hoàn thành), complete and overdue (6 tháng), being entered (Năm 2026),
    not started (2027 on): the header's words are the list's."""
    as_(office, "canbo")
    fill_year(office, "2026-9M")
    fill_year(office, "2026-6M")
    office.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    office.complete("2026-6M")
    window = make_window(office, today=DEC_2)
    seen = set()
    for period in term_periods():
        window.show_period(period)
        listed = window.navigator._items[period].text(3)
        assert header_status(window) == listed, period
        seen.add(listed)
    assert seen == {"Quá hạn", "Hoàn thành, quá hạn", "Đang nhập", "Chưa đến kỳ"}, seen
    window.show_period(Period(2026, "Y"))
    assert header_status(window) == "Đang nhập"


def test_a_leader_logging_in_is_shown_the_period_waiting_for_approval(make_window, office):  # noqa: F811
    """The officer marks 9 tháng Hoàn thành on 2 December; the leader's window opens on it (it
    opened on Năm 2026, the current period, empty); the officer's opens where they left off."""
    as_(office, "canbo")
    fill_year(office, "2026-9M")
    office.complete("2026-9M")
    officer = make_window(office, today=DEC_2)
    assert officer.period == Period(2026, "Y")
    as_(office, "lanhdao")
    leader = make_window(office, today=DEC_2)
    assert leader.period == Period(2026, "9M")
    assert header_status(leader) == "Hoàn thành, quá hạn"


def test_at_a_login_in_the_same_window_the_leader_goes_to_the_waiting_period(make_window, office):  # noqa: F811
    """Logged out and in again as the leader in the window open as the officer (follow_changes)."""
    as_(office, "canbo")
    fill_year(office, "2026-9M")
    office.complete("2026-9M")
    window = make_window(office, today=DEC_2)
    assert window.period == Period(2026, "Y")
    as_(office, "lanhdao")
    window.follow_changes()
    assert window.period == Period(2026, "9M")


def test_a_new_units_first_period_says_chua_nhap_in_both(make_window, workspace):
    """Just set up, 1 May 2026: 6 tháng đầu năm, nothing entered, is "Chưa nhập" in the list and
    the header (the header said "Đang nhập")."""
    window = make_window(workspace)
    assert window.period == Period(2026, "6M")
    assert window.navigator._items[window.period].text(3) == header_status(window) == "Chưa nhập"
