"""A period that has not begun has no results (red-team 7, finding 8): on 2 December 2026 Quý I of
2027, "Chưa đến kỳ" in the list, took 7/7 figures, was marked complete, approved and exported, and
the province took the file as Hợp lệ. The core refuses entering, completing, approving and
reporting such a period, naming it and the day it can be entered from; a period that has begun
is reported before it ends (the 6-month report is due on 20 June). Figures an older version let
someone type in a future period stay, read only."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.period_status import Standing
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

DEC_2 = dt.date(2026, 12, 2)  # the red team's day: 2027's periods begin on 15/12/2026
SAID = ("Kỳ quý I năm 2027 chưa {doing} được: kỳ chưa bắt đầu (số liệu của kỳ tính từ ngày 15/12/2026, hôm nay là "
        "02/12/2026), chưa có kết quả của kỳ. Nhập được số liệu của kỳ từ ngày 15/12/2026.")


def _filled_by_an_older_version(ws, period="2027-Q1", *, complete=False, approve=False):
    """Figures typed in `period` as a version without the rule let them be (its day moved past the
    period's start), then the clock back to 2 December."""
    ws.today_is = dt.date(2027, 3, 1)
    as_(ws, "canbo")
    fill_year(ws, period)
    if complete:
        ws.complete(period)
    if approve:
        as_(ws, "lanhdao")
        ws.approve(period)
    ws.today_is = DEC_2


def test_figures_text_and_pasted_cells_are_refused_naming_the_period_and_the_day(office):  # noqa: F811
    office.today_is = DEC_2
    as_(office, "canbo")
    with pytest.raises(InvalidInput) as typed:
        office.set_entry("2027-Q1", "bhyt", numerator="900", denominator="1000")
    assert typed.value.message == SAID.format(doing="nhập số liệu")
    assert typed.value.en == ("Quarter I 2027 cannot be entered yet: the period has not begun (its figures count "
                              "from 15/12/2026, today is 02/12/2026), so it has no results yet. Its figures can be "
                              "entered from 15/12/2026.")
    with pytest.raises(InvalidInput, match="chưa nhập số liệu được"):
        office.set_entry("2027-Q1", "bhyt", numerator="chín trăm")  # the period is said, not the figure
    with pytest.raises(InvalidInput, match="chưa nhập số liệu được"):
        office.set_entries("2027-Q1", [("bhyt", "numerator", "900"), ("bhyt", "denominator", "1000")])
    with pytest.raises(InvalidInput, match="chưa nhập số liệu được"):
        office.set_narrative("2027-Q1", "ket_qua", "Quý I đạt kế hoạch.")
    assert office.row("2027-Q1", "bhyt").entry.is_empty
    assert office.period_view("2027-Q1").narratives.get("ket_qua", "") == ""


def test_a_period_is_entered_from_its_first_day_and_reported_before_it_ends(office):  # noqa: F811
    """15/12/2026 is 2027's first day (data from the 15th of December); the 6-month report is
    completed and approved on 18 June, before June is over and before its deadline, 20 June."""
    office.today_is = dt.date(2026, 12, 15)
    as_(office, "canbo")
    assert office.set_entry("2027-Q1", "bhyt", numerator="900", denominator="1000").is_entered
    office.today_is = dt.date(2026, 6, 18)
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    as_(office, "lanhdao")
    office.approve("2026-6M")
    assert office.period_state("2026-6M") == State.APPROVED


def test_completing_approving_and_exporting_are_refused_and_the_figures_kept(office, tmp_path):  # noqa: F811
    """Quý I of 2027 filled and marked complete by an older version: on 2 December it is not
    approved, marked complete again or exported (nothing written), and its figures stay as typed,
    counted in the list, which says Chưa đến kỳ."""
    _filled_by_an_older_version(office, complete=True)
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput) as approving:
        office.approve("2027-Q1")
    assert approving.value.message == SAID.format(doing="duyệt")
    as_(office, "canbo")
    with pytest.raises(InvalidInput) as exporting:
        export_period(office, "2027-Q1", tmp_path / "out")
    assert exporting.value.message == SAID.format(doing="lập báo cáo")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    as_(office, "lanhdao")
    office.reopen("2027-Q1", "Nhập nhầm kỳ")  # a complete period goes back to the officer, as ever
    as_(office, "canbo")
    with pytest.raises(InvalidInput) as completing:
        office.complete("2027-Q1")
    assert completing.value.message == SAID.format(doing="đánh dấu hoàn thành")
    assert office.row("2027-Q1", "bhyt").entry.numerator is not None
    status = next(s for s in office.overview(DEC_2) if s.period.code == "2027-Q1")
    assert (status.standing, status.entered, status.required) == (Standing.NOT_STARTED, 7, 7)


def test_a_future_period_approved_by_an_older_version_is_not_reported(office, tmp_path):  # noqa: F811
    """Approved before the rule: its approval stays (a leader may reopen it), no report is made of it."""
    _filled_by_an_older_version(office, complete=True, approve=True)
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput, match="chưa lập báo cáo được"):
        office.submission("2027-Q1")
    with pytest.raises(InvalidInput, match="chưa lập báo cáo được"):
        export_period(office, "2027-Q1", tmp_path / "out", pdf=False)
    assert office.period_state("2027-Q1") == State.APPROVED
    office.reopen("2027-Q1", "Duyệt khi chưa đến kỳ")
    assert office.period_state("2027-Q1") == State.ENTERING


@pytest.mark.parametrize("today", [dt.date(2026, 12, 14), dt.date(2026, 12, 15)])
def test_the_list_says_chua_den_ky_exactly_while_the_core_refuses(office, today):  # noqa: F811
    """One rule for "begun" (workflow.has_begun): the period list's "Chưa đến kỳ" and the refusal
    of a figure change on the same day, 15/12/2026 for 2027's periods."""
    office.today_is = today
    as_(office, "canbo")
    said = {s.period.code: s.standing for s in office.overview(today)}["2027-Q1"]
    try:
        office.set_entry("2027-Q1", "bhyt", numerator="900")
        refused = False
    except InvalidInput:
        refused = True
    assert refused == (said == Standing.NOT_STARTED) == (today.day == 14)
