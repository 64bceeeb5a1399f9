"""The chart models (desktop_app.core.charts) hold exactly the consolidated figures of real
signed submissions received from a folder: the units chart per indicator, the share meeting
the target across periods and years, and completeness by period."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.approval import SIGNING_KEY
from desktop_app.core.charts import (
    Placement,
    completeness_over_periods,
    met_share_over_periods,
    unit_results,
)
from desktop_app.core.consolidation import Count, ReportStatus
from desktop_app.core.periods import parse_period
from desktop_app.core.signing import new_private_key
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import VN, make_submissions

# Periods received by the multi-period office, and the units sending each (indexes of pick_units()).
SENT = {"2026-Q1": (0, 1, 2), "2026-6M": (0, 1, 2, 3), "2026": (0, 1, 4), "2027-Q1": (0,)}


def _sent_on(code: str) -> dt.datetime:
    """A few days before the period's deadline: on time."""
    deadline = parse_period(code).deadline()
    return dt.datetime(deadline.year, deadline.month, deadline.day - 3, 9, 0, tzinfo=VN)


def send(office, root, code: str, units: list[str], key: str) -> None:
    """`units`' signed reports of period `code`, written into a folder the office reads.
    A database per call (a period once approved freezes the baselines the next one's filling
    sets), all signing with `key`: a unit's installation keeps its key over the years."""
    data_dir = root / f"communes-{code}-{units[0]}"
    ws = Workspace.open(data_dir, user="can-bo")
    with ws.store.transaction():
        ws.store.put_setting(SIGNING_KEY, key)
    ws.close()
    folder = data_dir / "gui-tinh"
    folder.mkdir()
    ws, _ = make_submissions(folder, units, code, generated_at=_sent_on(code), data_dir=data_dir)
    ws.close()
    office.intake(folder, code)


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    """A province database that has read a folder for each of four periods over two years."""
    root = tmp_path_factory.mktemp("years")
    units = pick_units(4, 2)
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    key = new_private_key()
    for code, picked in SENT.items():
        send(office, root, code, [units[i] for i in picked], key)
    yield office
    office.close()


def test_each_units_bar_is_its_consolidated_result(received):
    """For every assigned indicator: the plotted values and verdicts are the recomputed items,
    the units apart are the counts' "Chưa báo cáo", and every applicable unit appears once."""
    office, _ = received
    con = office.consolidation(PERIOD)
    for ind in con.assigned:
        chart = unit_results(con, ind.code)
        applicable = {u.commune.code for u in con.units if ind.applies(u.commune)}
        codes = [u.code for u in chart.points + chart.apart]
        assert sorted(codes) == sorted(applicable)
        for u in chart.points:
            item = con.item(u.code, ind.code)
            assert (u.value, u.verdict.value, u.value_text) == (Decimal(item.value), item.verdict, item.value_text)
        summary = con.summaries[ind.code]
        if ind.due_at(con.period):
            assert len(chart.placed(Placement.NOT_REPORTED)) == summary.counts[Count.CHUA_BAO_CAO]
            for verdict in (Count.VUOT, Count.DAT, Count.KHONG_DAT, Count.DANG_THUC_HIEN):
                assert sum(u.verdict == verdict for u in chart.points) == summary.counts[verdict]
        else:  # the counts' "Chưa đến kỳ đánh giá"
            assert len(chart.placed(Placement.NOT_DUE)) == summary.counts[Count.CHUA_DEN_KY] == len(applicable)
        values = [u.value for u in chart.points]
        assert values == sorted(values, reverse=not ind.lower_is_better)


def test_units_not_reported_carry_their_report_status(received, inbox):
    """The draft is plotted (counted, as the consolidation counts it); the tampered unit's
    refused file and the units that sent nothing are apart, named by their status."""
    office, _ = received
    chart = unit_results(office.consolidation(PERIOD), "bhyt")
    plotted = {u.code for u in chart.points}
    assert inbox["draft"] in plotted and inbox["late"] in plotted
    status = {u.code: u.status for u in chart.placed(Placement.NOT_REPORTED)}
    assert status[inbox["tampered"]] == ReportStatus.BI_TU_CHOI
    assert set(status.values()) == {ReportStatus.BI_TU_CHOI, ReportStatus.CHUA_GUI}
    assert len(plotted) == len(inbox["kept"])


def test_a_year_end_indicator_is_not_due_before_the_year_not_unreported(received):
    """At 6 months, the party organisations' indicator shows no bar and no unit "not reported":
    all 92 are "not due at this period"."""
    office, _ = received
    chart = unit_results(office.consolidation(PERIOD), "to_chuc_dang_htt")
    assert not chart.due and chart.points == []
    assert len(chart.placed(Placement.NOT_DUE)) == 92 and chart.placed(Placement.NOT_REPORTED) == []


def test_targets_a_line_when_shared_markers_per_unit_none_off_scale(received):
    """BHYT: every unit's target is 100, one line; schools: a target per unit, no common line;
    the budget revenue's target is the term's total, not drawn against one period's figure."""
    office, _ = received
    con = office.consolidation(PERIOD)
    bhyt = unit_results(con, "bhyt")
    assert bhyt.target_drawn and bhyt.common_target == Decimal(100)
    schools = unit_results(con, "truong_chuan")
    assert schools.common_target is None
    assert [u.target for u in schools.points] == [Decimal(con.item(u.code, "truong_chuan").target_value)
                                                  for u in schools.points]
    assert len({u.target for u in schools.points}) > 1
    revenue = unit_results(con, "thu_ngan_sach")
    assert not revenue.target_drawn and revenue.common_target is None
    assert all(u.target is None and u.target_text for u in revenue.points)


def test_the_charts_periods_come_from_the_term_up_to_the_chosen_one(years):
    """The office consolidates the periods with files up to the chosen one (no future ones),
    reusing the consolidation the window already holds."""
    known = years.consolidation("2026")
    cons = years.chart_consolidations("2026", known=known)
    assert [c.period.code for c in cons] == ["2026-Q1", "2026-6M", "2026"]
    assert cons[-1] is known
    assert [c.period.code for c in years.chart_consolidations("2027-9M")] == [*SENT, "2027-9M"]


def test_the_share_meeting_the_target_across_periods_and_years(years):
    """Each period's share and counts are its summary's; nothing is plotted where the
    indicator is not due (party organisations before the year's report) or no report came."""
    cons = years.chart_consolidations("2027-9M")
    for code in ("bhyt", "gia_dinh_van_hoa", "to_chuc_dang_htt", "ket_nap_dang_vien"):
        shares = met_share_over_periods(list(reversed(cons)), code)
        assert [s.period.code for s in shares] == [*SENT, "2027-9M"]
        for s, con in zip(shares, cons):
            summary = con.summaries[code]
            assert s.counts == summary.parted and s.applicable == summary.applicable
            assert s.met == summary.met
            plotted = s.due and con.completeness.counts["received"] > 0
            # the table's blank (no unit judged yet) is the chart's 0 beside the units in progress
            assert s.share == ((summary.met_share or 0) if plotted else None)
        assert shares[-1].share is None  # 2027-9M: nothing received
    party = met_share_over_periods(cons, "to_chuc_dang_htt")
    assert [s.due for s in party] == [False, False, True, False, False]
    assert party[2].share is not None
    assert any(s.share for s in met_share_over_periods(cons, "gia_dinh_van_hoa"))  # met at year end


def test_completeness_by_period(years):
    """Each period's units partitioned by report status, matching the completeness counts."""
    cons = years.chart_consolidations("2027-9M")
    points = completeness_over_periods(cons)
    for point, con in zip(points, cons):
        counts = con.completeness.counts
        assert point.period == con.period and sum(point.by_status.values()) == point.total == 92
        received = point.on_time + point.late + point.by_status[ReportStatus.DU_THAO]
        assert received == counts["received"] == len(SENT.get(con.period.code, ()))
        assert point.not_sent + point.by_status[ReportStatus.BI_TU_CHOI] == counts["missing"]
    assert [p.on_time for p in points] == [3, 4, 3, 1, 0]


def test_other_periods_are_consolidated_again_only_when_their_data_change(office, tmp_path):
    """Choosing a period again reuses the earlier periods' consolidations; a late Quý I
    report received makes Quý I's again, and 6 tháng stays as it was."""
    units, key = pick_units(2, 0), new_private_key()
    send(office, tmp_path, "2026-Q1", units[:1], key)
    send(office, tmp_path, "2026-6M", units[:1], key)
    first = office.chart_consolidations("2026-6M")
    again = office.chart_consolidations("2026-6M")
    assert [a is b for a, b in zip(first, again)] == [True, True]
    send(office, tmp_path, "2026-Q1", units[1:], new_private_key())  # the other unit's own laptop
    third = office.chart_consolidations("2026-6M")
    assert third[0] is not first[0] and third[0].completeness.counts["received"] == 2
    assert third[1] is first[1]
