"""Reporting periods: codes, names, cut-off dates and deadlines."""
import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import (
    Period,
    PeriodRules,
    current_period,
    parse_period,
    receiving_period,
    term_periods,
)

D = dt.date


def test_term_has_twenty_periods_in_reporting_order():
    """The navigator lists 2026 Quý I first and Năm 2030 last, four periods a year."""
    codes = [p.code for p in term_periods()]
    assert len(codes) == 20
    assert codes[:4] == ["2026-Q1", "2026-6M", "2026-9M", "2026"]
    assert codes[-1] == "2030"


@pytest.mark.parametrize("year", range(2026, 2031))
def test_cutoff_dates_of_every_period(year):
    """Data run from 15/12 of the year before to the 14th of the period's last month (Decree 09/2019)."""
    start = D(year - 1, 12, 15)
    assert Period(year, "Q1").cutoff() == (start, D(year, 3, 14))
    assert Period(year, "6M").cutoff() == (start, D(year, 6, 14))
    assert Period(year, "9M").cutoff() == (start, D(year, 9, 14))
    assert Period(year, "Y").cutoff() == (start, D(year, 12, 14))


def test_cutoff_and_deadline_follow_the_province_rules():
    """A province that closes data on the 20th and wants reports 5 days into the next month gets that."""
    rules = PeriodRules(cutoff_day=20, deadline_day=5, deadline_month_offset=1)
    assert Period(2026, "6M").cutoff(rules) == (D(2025, 12, 21), D(2026, 6, 20))
    assert Period(2026, "Y").deadline(rules) == D(2027, 1, 5)


def test_default_deadline_is_the_20th_of_the_last_month():
    """Without a province rule the report is due on the 20th of the period's last month."""
    assert Period(2026, "Q1").deadline() == D(2026, 3, 20)
    assert Period(2026, "Y").deadline() == D(2026, 12, 20)


def test_period_rules_refuse_impossible_days():
    """A cut-off on the 31st would not exist in every month: refused with the field named."""
    with pytest.raises(InvalidInput, match="Ngày chốt"):
        PeriodRules(cutoff_day=31)


@pytest.mark.parametrize(
    "text, code, name",
    [
        ("2026-Q1", "2026-Q1", "Quý I năm 2026"),
        ("2027-6m", "2027-6M", "6 tháng đầu năm 2027"),
        (" 2028-9M ", "2028-9M", "9 tháng năm 2028"),
        ("2030", "2030", "Năm 2030"),
    ],
)
def test_parse_period_codes(text, code, name):
    """Period codes are read case-insensitively and named as a report's summary line says."""
    p = parse_period(text)
    assert p.code == code and p.name == name


@pytest.mark.parametrize("text", ["2025", "2031-Q1", "2026-Q2", "2026/6M", "", "sáu tháng"])
def test_parse_period_refuses_codes_outside_the_term(text):
    """A period outside 2026-2030 or in another shape is refused, saying which codes exist."""
    with pytest.raises(InvalidInput) as err:
        parse_period(text)
    assert "Kỳ báo cáo" in err.value.message


@pytest.mark.parametrize(
    "today, code",
    [
        (D(2026, 1, 5), "2026-Q1"),
        (D(2026, 3, 20), "2026-Q1"),
        (D(2026, 3, 21), "2026-6M"),
        (D(2026, 11, 24), "2026"),
        (D(2026, 12, 21), "2027-Q1"),
        (D(2031, 2, 1), "2030"),
    ],
)
def test_current_period_is_the_first_not_yet_past_its_deadline(today, code):
    """The window opens on the period the officer is preparing today."""
    assert current_period(today).code == code


def test_same_period_last_year_and_previous():
    """Road accidents compare with the same period a year before; 2026 has none in the term."""
    assert Period(2027, "6M").same_period_last_year() == Period(2026, "6M")
    assert Period(2026, "6M").same_period_last_year() is None
    assert Period(2027, "Q1").previous() == Period(2026, "Y")


def test_a_report_is_not_dated_before_the_last_day_of_its_figures(workspace, tmp_path):
    """A half-year report dated 01/02/2026 is refused, saying from which day it may be dated."""
    import datetime as dt

    from desktop_app.core.errors import InvalidInput
    from desktop_app.services import export_period

    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    with pytest.raises(InvalidInput) as err:
        export_period(workspace, "2026-6M", tmp_path / "out", report_date=dt.date(2026, 2, 1), mark_sent=False)
    assert err.value.message.startswith("Ngày báo cáo 01/02/2026 trước 14/06/2026")
    assert not (tmp_path / "out").exists()
    result = export_period(workspace, "2026-6M", tmp_path / "out", report_date=dt.date(2026, 6, 14), mark_sent=False)
    assert result.submission.report_date == dt.date(2026, 6, 14)


@pytest.mark.parametrize("today, period", [
    ("2026-01-05", "2026-Q1"),   # nothing complete yet: the first period
    ("2026-06-14", "2026-Q1"),   # the half-year's figures still running
    ("2026-06-15", "2026-6M"),
    ("2026-06-22", "2026-6M"),   # past its deadline: late reports still arrive, while communes enter 9M
    ("2026-09-20", "2026-9M"),
    ("2026-12-30", "2026"),
    ("2031-02-01", "2030"),
])
def test_the_province_receives_the_last_period_whose_figures_are_complete(today, period):
    assert receiving_period(dt.date.fromisoformat(today)).code == period
