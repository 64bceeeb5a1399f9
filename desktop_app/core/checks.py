"""Warnings that do not block saving: a figure that jumps, a failure left unexplained.

A refusal (InvalidInput) means a number cannot be right; a warning here means it
may be right but deserves a second look before the report is sent:

- the indicator's level moved by more than `threshold` (default 50%, relative)
  from the period it is naturally compared with: the previous period for a stock
  (people insured, schools, households), the same period a year before for a flow
  (revenue, admissions, tonnes: cumulative from 1 January, so 6 months is always
  larger than Quý I) and for an indicator assessed only at year end;
- a verdict of "Không đạt" with no comment to explain it.

Qt-free, so the window, the CLI and the report can show the same warnings.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import Period

DEFAULT_THRESHOLD = Decimal("0.5")
UNEXPLAINED_FAILURE = "Không đạt chưa có giải thích: ghi nguyên nhân vào cột Ghi chú."


def comparison_period(row) -> tuple[Period | None, str]:
    """The period `row` is compared with, and how a message names it."""
    ind, p = row.indicator, row.period
    if ind.flow or ind.year_end_only:
        return p.same_period_last_year(), "cùng kỳ năm trước"
    return p.previous(), "kỳ trước"


def level(row) -> Decimal | None:
    """The figure whose jumps are suspicious, or None when there is none to compare.

    For poverty reduction that is the current poverty rate (the reduction itself
    starts near 0, where any change is "large"); yes/no indicators and road
    accidents (already judged against the same period a year before) have none.
    """
    ind = row.indicator
    if ind.kind in ("boolean", "count_vs_last_year"):
        return None
    value = row.computed.value
    if value is None or isinstance(value, bool):
        return None
    if ind.kind == "reduction":
        if row.baseline is None:
            return None
        return row.baseline - value
    return value


def _shown(row, value: Decimal) -> str:
    ind = row.indicator
    unit = "%" if ind.kind == "reduction" else ind.unit
    text = format_number(value, ind.decimals if ind.decimals else 0)
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def unusual_change(row, before, threshold: Decimal = DEFAULT_THRESHOLD) -> str | None:
    """The message for a relative change above `threshold` from `before`, else None."""
    if before is None:
        return None
    new, old = level(row), level(before)
    if new is None or old is None or old == 0:
        return None
    if abs(new - old) / abs(old) <= threshold:
        return None
    _, name = comparison_period(row)
    subject = "tỷ lệ hộ nghèo " if row.indicator.kind == "reduction" else ""
    return f"Thay đổi bất thường so với {name}: {subject}{_shown(before, old)} → {_shown(row, new)}"


def _find(source, row, period: Period):
    """The row of the same indicator in `period` from a workspace, a mapping or rows."""
    code = row.indicator.code
    if hasattr(source, "row") and callable(source.row):
        return source.row(period, code)
    if isinstance(source, Mapping):
        found = source.get(period.code, source.get(period))
        if found is not None and not isinstance(found, Mapping):
            return found
        return found.get(code) if isinstance(found, Mapping) else None
    if isinstance(source, Iterable):
        for r in source:
            if r.period == period and r.indicator.code == code:
                return r
    return None


def lower_than_earlier(row, earlier) -> str | None:
    """For a flow (revenue, admissions: cumulative from 1 January), a figure lower than the one
    of an earlier period of the same year: `earlier` is that period's row."""
    ind = row.indicator
    if not ind.flow or earlier is None:
        return None
    new, old = row.computed.value, earlier.computed.value
    if not isinstance(new, Decimal) or not isinstance(old, Decimal) or new >= old:
        return None
    def running(p):
        return p.name[:1].lower() + p.name[1:]

    return (f"Lũy kế {running(row.period)} ({_shown(row, new)}) thấp hơn {running(earlier.period)} "
            f"({_shown(earlier, old)}): số liệu được cộng dồn từ 1/1, kỳ sau không nhỏ hơn kỳ trước. "
            "Hãy kiểm tra lại.")


def warnings_for(source, row, threshold: Decimal = DEFAULT_THRESHOLD) -> list[str]:
    """Every non-blocking warning for `row`, in the order a person should read them.

    `source` gives the rows to compare with: a `Workspace` (anything with
    `row(period, code)`), a mapping {period code: Row or {indicator code: Row}},
    or an iterable of rows (e.g. `Workspace.history(code)`).
    """
    found = []
    for p in row.period.earlier_in_year():  # the nearest earlier period with a figure
        earlier = _find(source, row, p)
        if earlier is not None and earlier.computed.value is not None:
            message = lower_than_earlier(row, earlier)
            if message:
                found.append(message)
            break
    period, _ = comparison_period(row)
    if period is not None and level(row) is not None:
        message = unusual_change(row, _find(source, row, period), Decimal(threshold))
        if message:
            found.append(message)
    if row.evaluation.verdict == Verdict.KHONG_DAT and not (row.entry.comment or "").strip():
        found.append(UNEXPLAINED_FAILURE)
    return found
