"""The first day an approved report may be dated, as the number and date box proposes it
(core/periods.earliest_report_date): today, or the last day of the period's figures when later, always a day
`check_report_date` accepts; none when the clock is behind the approval or the figures end too far ahead,
the box then showing today's and its refusal (walk U1, F1)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import (
    PeriodRules,
    check_report_date,
    earliest_report_date,
    parse_period,
)

YEAR = parse_period("2026")  # figures to 14/12/2026
APPROVED = dt.date(2026, 12, 4)


@pytest.mark.parametrize(("period", "today", "rules", "first"), [
    ("2026", dt.date(2026, 12, 6), PeriodRules(), dt.date(2026, 12, 14)),  # approved before its figures end
    ("2026", dt.date(2026, 12, 14), PeriodRules(), dt.date(2026, 12, 14)),
    ("2026", dt.date(2026, 12, 20), PeriodRules(), dt.date(2026, 12, 20)),
    ("2026-6M", dt.date(2026, 12, 6), PeriodRules(), dt.date(2026, 12, 6)),  # figures long complete: today
    ("2026", dt.date(2026, 12, 6), PeriodRules(cutoff_day=5), dt.date(2026, 12, 6)),  # the province's own cut-off
    ("2026", dt.date(2026, 12, 6), PeriodRules(cutoff_day=20), dt.date(2026, 12, 20)),
])
def test_the_first_day_accepted_is_proposed(period, today, rules, first):
    p = parse_period(period)
    assert earliest_report_date(p, today, rules, approved=APPROVED) == first
    check_report_date(p, first, rules, approved=APPROVED, today=today)  # the rule takes it
    if first > today:  # and no day before it
        with pytest.raises(InvalidInput):
            check_report_date(p, first - dt.timedelta(days=1), rules, approved=APPROVED, today=today)


def test_none_when_the_clock_is_behind_the_approval():
    """Approved 16/12 on a clock since put back to 15/12: today's stays in the box, refused saying the clock is
    behind (red-team 25, F1), not hidden by another day proposed. Approved before its figures end, the clock
    behind it changes nothing: the last day of the figures is after both."""
    late = dt.date(2026, 12, 16)
    assert earliest_report_date(YEAR, dt.date(2026, 12, 15), approved=late) is None
    with pytest.raises(InvalidInput, match="Đồng hồ máy tính đang chạy chậm"):
        check_report_date(YEAR, dt.date(2026, 12, 15), approved=late, today=dt.date(2026, 12, 15))
    assert earliest_report_date(YEAR, dt.date(2026, 12, 3), approved=APPROVED) == dt.date(2026, 12, 14)


def test_none_when_the_figures_end_more_than_a_month_ahead():
    """Approved on 01/11 (the figures end 14/12): no day within 30 days of today can be taken yet."""
    assert earliest_report_date(YEAR, dt.date(2026, 11, 1), approved=dt.date(2026, 11, 1)) is None
    assert earliest_report_date(YEAR, dt.date(2026, 11, 14), approved=dt.date(2026, 11, 1)) == dt.date(2026, 12, 14)
