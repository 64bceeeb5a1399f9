"""Walk U12, F2: DHIS2's and ADX's `completeDate` is the day the report's paper prints under its code,
"Duyệt ngày …" (`core.vietnam_time.stated_day`: one rule for the paper, the e-mail and DHIS2), for an
approval between 17:00 and 24:00 UTC as for any other: from 0.3.0 the day in Vietnam time of the moment the
file states (before, the day in the zone the file stated it in: 06/12 on a laptop set to UTC for an approval
at 01:03 on 7 December in Vietnam), never the zone of the computer reading it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

import exports.dhis2 as dhis2
from desktop_app.core.mail import mail_body
from exports.report_pdf import approval_line

# approvals on 7 December in Vietnam (01:03 as two computers state it, and 06:59), stated by laptops on UTC
TIMES = ("2026-12-06T18:03:30+00:00", "2026-12-07T01:03:30+07:00", "2026-12-06T23:59:59+00:00")


def _paper_day(sub) -> str:
    """The day the paper prints, "Duyệt ngày 07/12/2026.", as YYYY-MM-DD."""
    d, m, y = re.search(r"(\d\d)/(\d\d)/(\d{4})", approval_line(sub)).groups()
    return f"{y}-{m}-{d}"


@pytest.mark.parametrize("at", TIMES)
def test_complete_date_is_the_day_the_paper_prints(commune_sub, at):
    sub = replace(commune_sub, approved=True, approved_at=at, replaces=None)
    day = dhis2.complete_date(sub)
    assert day == _paper_day(sub) == "2026-12-07"
    assert f"Duyệt ngày {day[8:10]}/{day[5:7]}/{day[:4]}." in mail_body(sub, ["bao-cao.xlsx"])


def test_complete_date_is_the_papers_day(commune_sub, monkeypatch):
    """The same function as the paper's other readers (its "Duyệt ngày", the e-mail's): a change of rule
    reaches DHIS2 with them."""
    sub = replace(commune_sub, approved=True, approved_at=TIMES[0], replaces=None)
    monkeypatch.setattr(dhis2, "stated_day", lambda at: dt.date(2026, 12, 8))
    assert dhis2.complete_date(sub) == "2026-12-08"


def test_a_file_that_states_no_approval_time_is_complete_on_its_report_date(commune_sub):
    sub = replace(commune_sub, approved=True, approved_at="", report_date=dt.date(2026, 12, 4))
    assert dhis2.complete_date(sub) == "2026-12-04"
    assert dhis2.complete_date(replace(sub, approved=False)) == ""
