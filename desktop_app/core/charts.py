"""What the province's charts show, as plain values computed from `Consolidation`s.

The charts tab of the province window (`ui.province_charts`) and the chart pages of the
consolidated PDF draw these models; neither computes anything of its own, so a bar, a
share or a count is exactly the consolidated figure (`Consolidation.items`, `summaries`,
`completeness`).

Decisions:
- A unit's bar is its recomputed value (`Item.value`); yes/no indicators plot 1 / 0.
- Units are sorted best first by the indicator's direction (higher or lower is better),
  then in the catalogue's order.
- Targets: an assigned indicator has a target per unit (its term target), so each plotted
  unit carries its own target (`UnitPoint.target`) and the chart draws a marker per unit;
  `IndicatorChart.common_target` is set only when every plotted unit has the same target,
  and the chart then draws one line. A target is drawn only where it is on the value's
  scale (`IndicatorChart.target_drawn`): not for a change on last year (road accidents: the
  target is a fall in percent, the value a count) or a yes/no, nor for a term total in 2026 (its
  target is the sum of five years, its bar the year's figure).
- From 2027, a term total's bar is the unit's running total (`running.running_value`: the period's figure
  and the term's earlier years), what its verdict judges, against its target for the whole term,
  drawn; the period's own figure is kept (`UnitPoint.period_text`) and the chart names its bars
  (`IndicatorChart.running`). Until 2026.12 its bars were the period's figure alone, coloured by
  a verdict judged on the running total, no target drawn (walk U11 F2).
- Units without a bar are listed apart with why: not reported (no file counted, or the
  indicator left empty, as the counts' "Chưa báo cáo"), reported without a computable
  result (e.g. "Chưa đủ số liệu"), or not due at this period (an indicator assessed only
  at year end, before the year's report: `Indicator.due_at`), which is not a failure to
  report.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from desktop_app.core.catalog import Indicator
from desktop_app.core.consolidation import (
    NOT_ENTERED,
    Consolidation,
    Count,
    ReportStatus,
    count_category,
)
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import KINDS, Period
from desktop_app.core.running import running_value, running_words, shows_running
from desktop_app.core.words import Words


class Placement(str, Enum):
    """Where a unit appears on the units chart."""

    PLOTTED = "plotted"
    NO_VALUE = "no_value"  # reported, but its result cannot be computed
    NOT_REPORTED = "not_reported"
    NOT_DUE = "not_due"  # the indicator is not assessed at this period


# Not frozen: a chart makes one for every unit an indicator applies to (3.321 units: 26.000 for the
# report), and a frozen dataclass sets each field through object.__setattr__, three times as slow.
@dataclass
class UnitPoint:
    no: int
    code: str
    name: str
    placement: Placement
    status: ReportStatus  # the unit's report for the period (completeness)
    value: Decimal | None = None
    value_text: str = ""  # as the report prints it: "95,25", "12.500", "Có"
    verdict: Verdict | None = None
    target: Decimal | None = None  # the province's target this unit is judged against
    target_text: str = ""  # "≥ 90", "Giảm ≥ 5% so với cùng kỳ"
    progress: Decimal | None = None  # percent of the target reached so far
    period_text: str = ""  # a term total's: the period's own figure, its bar being the running total
    left_out: str = ""  # a term total's: the earlier years its running total leaves out, without a result: "2027"


@dataclass(frozen=True)
class IndicatorChart:
    indicator: Indicator
    period: Period
    points: list[UnitPoint]  # plotted units, best first
    apart: list[UnitPoint]  # every other unit the indicator applies to, in catalogue order
    target_drawn: bool
    common_target: Decimal | None  # one line for all, when every plotted unit shares it
    running: Words | None = None  # a term total's: what its bars are ("Lũy kế 2026-2030"), None otherwise

    @property
    def due(self) -> bool:
        return self.indicator.due_at(self.period)

    def placed(self, placement: Placement) -> list[UnitPoint]:
        return [u for u in self.apart if u.placement == placement]


def _decimal(text: str | None) -> Decimal | None:
    return None if text in (None, "") else Decimal(text)


def _target_drawn(ind: Indicator, p: Period) -> bool:
    """In 2026 a term total's bar is the year's figure, far below its target for five years: not drawn."""
    return ind.kind not in ("boolean", "count_vs_last_year") and (ind.horizon != "term_total" or shows_running(ind, p))


def period_order(p: Period) -> tuple[int, int]:
    """Reporting order (a Period's own ordering compares its kind's letters)."""
    return p.year, list(KINDS).index(p.kind)


def unit_results(con: Consolidation, indicator_code: str) -> IndicatorChart:
    """Every unit `indicator_code` applies to, for the units chart of `con`'s period."""
    ind = con.catalog.indicator(indicator_code)
    due = ind.due_at(con.period)
    drawn = _target_drawn(ind, con.period)
    running = shows_running(ind, con.period)
    points, apart = [], []
    for unit in con.units:
        c = unit.commune
        if not ind.applies(c):
            continue
        base = {"no": c.no, "code": c.code, "name": c.name, "status": unit.status.status}
        item = con.item(c.code, ind.code)
        if not due:
            apart.append(UnitPoint(placement=Placement.NOT_DUE, **base))
        elif item is None or count_category(item.verdict) == Count.CHUA_BAO_CAO:
            apart.append(UnitPoint(placement=Placement.NOT_REPORTED, **base))
        elif item.value is None or (running and running_value(ind, item) is None):
            apart.append(UnitPoint(placement=Placement.NO_VALUE, verdict=Verdict(item.verdict),
                                   target_text=item.target_text, **base))
        else:
            value, text, period_text, left = Decimal(item.value), item.value_text, "", ""
            if running:  # its held years, an earlier one without a result left out and said (`left_out`)
                value, period_text, left = running_value(ind, item), item.value_text, item.earlier_missing
                text = format_number(value, ind.decimals)
            points.append(UnitPoint(
                placement=Placement.PLOTTED, value=value, value_text=text, period_text=period_text, left_out=left,
                verdict=Verdict(item.verdict), target=_decimal(item.target_value) if drawn else None,
                target_text=item.target_text, progress=_decimal(item.progress), **base))
    sign = 1 if ind.lower_is_better else -1
    points.sort(key=lambda u: (sign * u.value, u.no))
    targets = {u.target for u in points}
    common = targets.pop() if len(targets) == 1 else None
    return IndicatorChart(ind, con.period, points, apart, drawn, common, running_words(con.period) if running else None)


# A period's column of an indicator, bottom up: its units in the categories the consolidated workbook's
# "Tổng hợp" counts under the units, in its words (exports/CONSOLIDATED.md): met (its share's row),
# in progress, not met, "khác", "có báo cáo, chưa nhập số liệu" and "chưa báo cáo"; "chưa đến kỳ" is a
# column not drawn. Until 2026.12 the last three were one part, "Chưa báo cáo, khác", which counted a
# draft leaving the indicator empty where the sheet's last row counted it apart.
NOT_ENTERED_WORDS = "Có báo cáo, chưa nhập số liệu"
SHARE_PARTS = (("Đạt, vượt", (Count.VUOT, Count.DAT)),
               (Count.DANG_THUC_HIEN.value, (Count.DANG_THUC_HIEN,)),
               (Count.KHONG_DAT.value, (Count.KHONG_DAT,)),
               (Count.KHAC.value, (Count.KHAC,)),
               (NOT_ENTERED_WORDS, (NOT_ENTERED,)),
               (Count.CHUA_BAO_CAO.value, (Count.CHUA_BAO_CAO,)))


def share_words(units: int, applicable: int) -> str:
    """"97,8%": `units` of `applicable` in percent to one decimal, as the share chart labels a part (the
    report's columns and the window's dots); "" of no unit."""
    return format_number(Decimal(100 * units) / applicable, 1) + "%" if applicable else ""


@dataclass(frozen=True)
class MetShare:
    """One period of the share chart: the indicator's counts as the consolidation's tables have
    them (`IndicatorSummary.parted`: "Chưa báo cáo" the units without a counted report,
    `NOT_ENTERED` those whose counted report leaves the indicator empty)."""

    period: Period
    due: bool
    applicable: int
    counts: dict[str, int]
    # the part met, percent of the units: IndicatorSummary.met_share, 0 where no unit is judged yet
    # (its blank in the tables: here the column shows the units in progress beside it); None when
    # there is nothing to plot
    share: Decimal | None

    @property
    def met(self) -> int:
        return self.counts[Count.VUOT] + self.counts[Count.DAT]

    @property
    def parts(self) -> list[tuple[str, int]]:
        """(words, units) of the column's parts, bottom up (`SHARE_PARTS`): they add up to the units."""
        return [(words, sum(self.counts[k] for k in keys)) for words, keys in SHARE_PARTS]

    @property
    def in_progress_share(self) -> Decimal | None:
        """Percent "Đang thực hiện": before the target's horizon most units are judged so."""
        if self.share is None:
            return None
        return (Decimal(self.counts[Count.DANG_THUC_HIEN]) * 100 / Decimal(self.applicable)).quantize(
            Decimal("0.01"))


def met_share_over_periods(consolidations: list[Consolidation], indicator_code: str) -> list[MetShare]:
    """The share of units meeting or exceeding the target, period by period in reporting
    order. The share is None (no point drawn) where the indicator is not due or no report
    of the period has been received yet: a 0 % there would read as every unit failing. Where
    reports came and no unit is judged yet (all "Đang thực hiện") it is 0, drawn with the
    in-progress part beside it, never alone."""
    out = []
    for con in sorted(consolidations, key=lambda c: period_order(c.period)):
        ind = con.catalog.indicator(indicator_code)
        s = con.summaries[ind.code]
        due = ind.due_at(con.period)
        plotted = due and s.applicable and con.completeness.counts["received"]
        share = (s.met_share or Decimal("0.00")) if plotted else None
        out.append(MetShare(con.period, due, s.applicable, s.parted, share))
    return out


@dataclass(frozen=True)
class CompletenessPoint:
    """One period of the completeness chart: the units by report status (the statuses
    partition the units; a late draft is counted as a draft, as the table shows it)."""

    period: Period
    total: int
    by_status: dict[ReportStatus, int]

    @property
    def on_time(self) -> int:
        return self.by_status[ReportStatus.DA_NHAN]

    @property
    def late(self) -> int:
        return self.by_status[ReportStatus.TRE_HAN]

    @property
    def not_sent(self) -> int:
        return self.by_status[ReportStatus.CHUA_GUI]


def completeness_over_periods(consolidations: list[Consolidation]) -> list[CompletenessPoint]:
    """Per period, in reporting order, how many units are at each report status."""
    out = []
    for con in sorted(consolidations, key=lambda c: period_order(c.period)):
        by_status = dict.fromkeys(ReportStatus, 0)
        for u in con.completeness.units:
            by_status[u.status] += 1
        out.append(CompletenessPoint(con.period, con.completeness.total, by_status))
    return out
