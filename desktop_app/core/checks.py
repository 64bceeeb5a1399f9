"""Warnings that do not block saving: a figure that jumps, a failure left unexplained.

A refusal (InvalidInput) means a number cannot be right; a warning here means it
may be right but deserves a second look before the report is sent:

- the indicator's level moved by more than `threshold` (default 50%, relative)
  from the period it is naturally compared with: the previous period for a stock
  (people insured, schools, households), the same period a year before for a flow
  (revenue, admissions, tonnes: cumulative from 1 January, so 6 months is always
  larger than Quý I) and for an indicator assessed only at year end;
- a verdict of "Không đạt" with no comment to explain it;
- a result that moved away from its target before the target's horizon, the verdict still
  "Đang thực hiện" (`away_from_target`: the poverty rate above the start of the term's);
- an amount far above what its running total of earlier in the year leads to, or, for a total
  over the term, above the whole term's target (`far_above_earlier`, `above_term_total`: a figure
  typed in the wrong unit, nghìn đồng for triệu đồng, or with a slipped decimal comma);
- a comment that is only a number ("80%", "1234.5": `number_only_comment`), printed on the
  signed paper with no other word; said when typed, and listed by Hoàn thành and Duyệt (window
  and command line) without refusing: a comment may be a number on purpose.

Qt-free, so the window, the CLI and the report can show the same warnings.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import TERM, Period, in_sentence
from desktop_app.core.typed_numbers import parse_number
from desktop_app.core.wording import reduction_words, target_span, target_text
from desktop_app.core.words import Words

DEFAULT_THRESHOLD = Decimal("0.5")
UNEXPLAINED_FAILURE = Words("Không đạt chưa có giải thích: ghi nguyên nhân vào cột Ghi chú.",
                            "Not met with no explanation: write the reason in the Comment column.")
# How a warning of a result moving away from its target begins (`away_from_target`), and how it
# ends once the officer wrote a reason in Ghi chú.
AWAY_FROM_TARGET = "Kết quả đi ngược chỉ tiêu"
EXPLAINED = "(đã giải thích ở cột Ghi chú)."
# An amount is "far above" its earlier running total of the year when it passes this many times
# that total scaled to the months covered (9 months → year: × 12/9). Generous on purpose: revenue
# comes in unevenly (little around Tết, much in the last quarter; land-use fees by auction), and
# a year at even twice the 9 months' pace is ordinary, while the slips this is for are ×10 (a
# decimal comma typed one place off) and ×1.000 (nghìn đồng for triệu đồng). At 3: above 4× the
# 9 months' figure for the year, above 12× Quý I's; the ×10 slip is caught from every earlier
# period but Quý I straight to the year.
FAR_ABOVE = Decimal(3)
CHECK_UNIT = Words("kiểm tra lại đơn vị tính.", "check the unit.")


def comparison_period(row) -> tuple[Period | None, Words]:
    """The period `row` is compared with, and how a message names it."""
    ind, p = row.indicator, row.period
    if ind.flow or ind.year_end_only:
        return p.same_period_last_year(), Words("cùng kỳ năm trước", "the same period last year")
    return p.previous(), Words("kỳ trước", "the previous period")


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


def _shown(row, value: Decimal, en: bool = False) -> str:
    ind = row.indicator
    unit = "%" if ind.kind == "reduction" else (ind.unit_en or ind.unit) if en else ind.unit
    text = format_number(value, ind.decimals if ind.decimals else 0)
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def unusual_change(row, before, threshold: Decimal = DEFAULT_THRESHOLD) -> Words | None:
    """The message for a relative change above `threshold` from `before`, else None."""
    if before is None:
        return None
    new, old = level(row), level(before)
    if new is None or old is None or old == 0:
        return None
    if abs(new - old) / abs(old) <= threshold:
        return None
    _, name = comparison_period(row)
    poverty = row.indicator.kind == "reduction"
    return Words(f"Thay đổi bất thường so với {name}: {'tỷ lệ hộ nghèo ' if poverty else ''}"
                 f"{_shown(before, old)} → {_shown(row, new)}",
                 f"Unusual change from {name.en}: {'the poverty rate ' if poverty else ''}"
                 f"{_shown(before, old, True)} → {_shown(row, new, True)}")


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


def accumulates(ind) -> bool:
    """Whether the indicator's figure itself grows from 1 January to the end of the year:
    an amount or a count of a flow (revenue, accidents), or admissions over the fixed number of
    members at the start of the term. A rate of two running totals (tonnes treated ÷ tonnes
    generated) is a flow too, yet its figure need not grow: 95% at 9 months, 94% for the year."""
    return ind.flow and ind.kind != "ratio"


def _running(p: Period) -> str:
    """A period named inside a sentence: "quý I năm 2026", "9 tháng năm 2026"."""
    return p.name[:1].lower() + p.name[1:]


def lower_than_earlier(row, earlier) -> Words | None:
    """For a figure that accumulates (revenue, admissions: cumulative from 1 January), a figure
    lower than the one of an earlier period of the same year: `earlier` is that period's row."""
    if not accumulates(row.indicator) or earlier is None:
        return None
    new, old = row.computed.value, earlier.computed.value
    if not isinstance(new, Decimal) or not isinstance(old, Decimal) or new >= old:
        return None
    return Words(f"Lũy kế {_running(row.period)} ({_shown(row, new)}) thấp hơn {_running(earlier.period)} "
                 f"({_shown(earlier, old)}): số liệu được cộng dồn từ 1/1, kỳ sau không nhỏ hơn kỳ trước. "
                 "Hãy kiểm tra lại.",
                 f"The running total of {in_sentence(row.period.name_en)} ({_shown(row, new, True)}) is lower than that of "
                 f"{in_sentence(earlier.period.name_en)} ({_shown(earlier, old, True)}): the figures add up from 1 January, a later "
                 "period is never lower than an earlier one. Check them again.")


def _digits(row, value: Decimal) -> str:
    """A figure with every decimal the officer typed (1.234.567,89, not 1.234.568): a message asking
    to check a figure shows it as it was entered."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(value, max(row.indicator.decimals, places))


def _typed(row, value: Decimal, en: bool = False) -> str:
    """`_digits` and the unit."""
    unit = (row.indicator.unit_en or row.indicator.unit) if en else row.indicator.unit
    return f"{_digits(row, value)}%" if unit == "%" else f"{_digits(row, value)} {unit}"


def _check_the_unit(vi: str, en: str) -> Words:
    """A figure that looks typed in the wrong unit: what was found, then "kiểm tra lại đơn vị tính"."""
    return Words(f"{vi}; {CHECK_UNIT}", f"{en}; {CHECK_UNIT.en}")


def far_above_earlier(row, earlier) -> Words | None:
    """For an amount counted from 1 January (revenue), a figure more than `FAR_ABOVE` times the
    earlier period's scaled to the months covered, or None: the two figures, and how many
    times the earlier one the new one is. Counts (accidents, admissions) are left out: a few
    cases make any ratio large (1 by 9 months, 5 for the year is ordinary), and a count has no
    unit to mistype."""
    if earlier is None or row.indicator.kind != "amount" or not accumulates(row.indicator):
        return None
    new, old = row.computed.value, earlier.computed.value
    if not isinstance(new, Decimal) or not isinstance(old, Decimal) or old <= 0:
        return None
    # new > FAR_ABOVE × old × (months now ÷ months then), multiplied out: 12/9 has no exact Decimal
    if new * earlier.period.last_month <= FAR_ABOVE * old * row.period.last_month:
        return None
    times = format_number(new / old, 1)
    old_text = _digits(earlier, old)
    return _check_the_unit(f"Thay đổi bất thường so với {_running(earlier.period)}: {old_text} → {_typed(row, new)} "
                           f"(gấp {times} lần)",
                           f"Unusual change from {in_sentence(earlier.period.name_en)}: {old_text} → {_typed(row, new, True)} "
                           f"({times} times as much)")


def above_term_total(row) -> Words | None:
    """For a total over the term (budget revenue), one period's figure above the target of the
    whole term, or None. docs/indicators.md reads that target as the sum of five years (the
    province's 173.871 tỷ đồng is its yearly 27.898 + … + 43.862, each year 16-25% of it), and a
    period's figure covers one year at most: above the whole term's is a wrong unit, not a good
    year. Catches what `far_above_earlier` cannot: the first year of the term, no earlier period
    entered, nothing to compare with."""
    ind, target = row.indicator, row.target
    if ind.horizon != "term_total" or target is None or isinstance(target.value, bool) or target.value <= 0:
        return None
    value = row.computed.value
    if not isinstance(value, Decimal) or value <= target.value:
        return None
    goal = target_text(ind, target)
    return _check_the_unit(f"Số liệu {_running(row.period)} ({_typed(row, value)}) lớn hơn cả chỉ tiêu tổng giai "
                           f"đoạn {TERM} ({goal} {ind.unit})",
                           f"The figure of {in_sentence(row.period.name_en)} ({_typed(row, value, True)}) is larger than the "
                           f"target for the whole {TERM} term ({goal} {ind.unit_en or ind.unit})")


def away_from_target(row) -> Words | None:
    """Before the target's horizon (the verdict "Đang thực hiện", by design, docs/indicators.md),
    a result that moved away from the target instead of towards it, or None:

    - the poverty rate higher than at the start of the term (the reduction below zero at the
      indicator's display precision, as "So với chỉ tiêu" words it: "tăng 0,21 điểm %");
    - any other figure below zero against a target above zero (a growth rate that shrank:
      `Evaluation.progress` below zero).

    A term level's ratio (BHYT, schools…) has no start-of-term figure to fall below: a fall is
    what `unusual_change` sees. The warning asks for a reason in "Ghi chú", and says it is given
    once it is; it never blocks anything (the province has not asked for that)."""
    ev, ind = row.evaluation, row.indicator
    if ev.verdict != Verdict.DANG_THUC_HIEN or ev.progress is None or row.target is None:
        return None
    if ind.kind == "reduction":
        words = reduction_words(ind, row.comparison)
        if words is None or words[0] != "up":
            return None
        vi = f"tỷ lệ hộ nghèo tăng {words[1]} {ind.unit} so với đầu nhiệm kỳ"
        en = f"the poverty rate rose {words[1]} {ind.unit_en or ind.unit} since the start of the term"
    else:
        target = row.target.value
        if isinstance(target, bool) or target <= 0 or ev.progress >= 0 or ind.lower_is_better:
            return None
        value = _shown(row, row.computed.compared)
        goal = target_text(ind, row.target) + ("%" if ind.unit == "%" else f" {ind.unit}")
        vi = f"kết quả {value}, chỉ tiêu {goal}"
        en = f"the result is {value}, the target {goal}"
    if (row.entry.comment or "").strip():
        return Words(f"{AWAY_FROM_TARGET}: {vi} {EXPLAINED}",
                     f"Result moving away from the target: {en} (explained in the Comment column).")
    return Words(f"{AWAY_FROM_TARGET}: {vi} — nên giải thích ở cột Ghi chú.",
                 f"Result moving away from the target: {en} — worth explaining in the Comment column.")


def _nearest_earlier(source, row):
    """The row of the nearest earlier period of the same year that has a figure, or None."""
    for p in row.period.earlier_in_year():
        earlier = _find(source, row, p)
        if earlier is not None and earlier.computed.value is not None:
            return earlier
    return None


def warnings_for(source, row, threshold: Decimal = DEFAULT_THRESHOLD) -> list[Words]:
    """Every non-blocking warning for `row`, in the order a person should read them.

    `source` gives the rows to compare with: a `Workspace` (anything with
    `row(period, code)`), a mapping {period code: Row or {indicator code: Row}},
    or an iterable of rows (e.g. `Workspace.history(code)`).
    """
    found = []
    earlier = _nearest_earlier(source, row)
    message = lower_than_earlier(row, earlier)
    if message:
        found.append(message)
    # One warning for a figure in the wrong unit: the comparison with earlier in the year, which
    # names the figure to compare with; the term's target only when that comparison is silent.
    message = far_above_earlier(row, earlier) or above_term_total(row)
    if message:
        found.append(message)
    period, _ = comparison_period(row)
    if period is not None and level(row) is not None:
        message = unusual_change(row, _find(source, row, period), Decimal(threshold))
        if message:
            found.append(message)
    away = away_from_target(row)
    if away:
        found.append(away)
    if row.evaluation.verdict == Verdict.KHONG_DAT and not (row.entry.comment or "").strip():
        found.append(UNEXPLAINED_FAILURE)
    return found


NUMBER_ONLY = Words("Ghi chú chỉ có một số", "Comment is only a number")


def is_number_only(comment: str | None) -> bool:
    """Whether a comment is a number alone, read as the figures are typed ("250", "1.234,5",
    "80%", "1234.5", " 12 "): not "80% hộ dân", not an empty one."""
    try:
        return parse_number(comment or "") is not None
    except ChiTieuError:
        return False


def number_only_comment(row) -> Words | None:
    """The line said of `row` when its comment is only a number (walk U9 F2: "80%" beside 95 on the
    signed paper, warned once at typing and never again): "Ghi chú chỉ có một số: <indicator>:
    “80%”"; None otherwise. The window's note at typing, Hoàn thành and Duyệt's questions and the
    command line's set, complete and approve say it, none refuses it."""
    comment = (row.entry.comment or "").strip()
    if not is_number_only(comment):
        return None
    ind = row.indicator
    return Words(f"{NUMBER_ONLY}: {ind.name}: “{comment}”", f"{NUMBER_ONLY.en}: {ind.name_en or ind.name}: “{comment}”")


def number_only_comments(rows: Iterable) -> list[Words]:
    """`number_only_comment` of each row that has one, in the report's order."""
    return [line for row in rows if (line := number_only_comment(row)) is not None]


NUMBER_ONLY_PRINTED = Words("Báo cáo in nguyên ghi chú này, không kèm chữ nào; nếu đó là số liệu, nhập vào ô số liệu "
                            "của chỉ tiêu.",
                            "The report prints the comment as it is, with no other word; if it is a figure, type it "
                            "in the indicator's cell.")


def not_approved_years(row) -> Words | None:
    """The line said of a term total that leaves out an earlier year whose figures no leader approved
    (`rows.Inputs.unapproved`; walk U11 F1: a draft 2027 added into the signed 2028 total, said
    nowhere): "Tổng thu ngân sách …: tổng nhiệm kỳ chưa tính năm 2027 (chưa được duyệt)"; None
    otherwise. Duyệt's question and the command line's complete and approve list it, none refuses it."""
    years = getattr(row, "unapproved_years", ())
    if not years:
        return None
    ind, said = row.indicator, ", ".join(map(str, years))
    return Words(f"{ind.name}: tổng nhiệm kỳ chưa tính năm {said} (chưa được duyệt)",
                 f"{ind.name_en or ind.name}: the term total leaves out {said} (not approved yet)")


def not_approved_lines(rows: Iterable) -> list[Words]:
    """`not_approved_years` of each row that has one, in the report's order."""
    return [line for row in rows if (line := not_approved_years(row)) is not None]


NOT_APPROVED_LEFT_OUT = Words("Số liệu năm chưa được duyệt không tính vào tổng nhiệm kỳ; duyệt báo cáo năm đó trước "
                              "nếu cần tính vào.",
                              "Figures of a year not approved are not counted in the term total; approve that "
                              "year's report first to count them.")


def missing_years_said(row) -> Words | None:
    """The line said of a term total lacking a whole earlier year, no figure entered (walk U21 F3: 2028's
    revenue never entered went through 2030's Hoàn thành and Duyệt without a word, the year's report
    "Chưa đủ số liệu"): "Chỉ tiêu số 1 (tổng 5 năm) chưa có số liệu năm 2028: Tổng thu ngân sách …"; None
    otherwise. A year entered but not approved is `not_approved_years`'."""
    unapproved = getattr(row, "unapproved_years", ())
    years = [y for y in getattr(row, "missing_years", ()) if y not in unapproved]
    if not years:
        return None
    ind, said = row.indicator, ", ".join(map(str, years))
    span = target_span(ind.horizon)
    return Words(f"Chỉ tiêu số {ind.no} ({span}) chưa có số liệu năm {said}: {ind.name}",
                 f"Indicator no. {ind.no} ({span.en}) has no figures for {said}: {ind.name_en or ind.name}")


MISSING_LEFT_OUT = Words("Năm chưa có số liệu không tính vào tổng nhiệm kỳ (năm cuối nhiệm kỳ: Chưa đủ số liệu); nhập "
                         "số liệu năm đó, Hoàn thành và Duyệt báo cáo năm đó để tính vào.",
                         "A year with no figures is not counted in the term total (in the term's last year: Not "
                         "enough data); enter that year's figures, mark it Complete and approve it to count them.")


def term_total_gaps(rows: Iterable) -> tuple[list[Words], list[Words]]:
    """What Hoàn thành and Duyệt (the window and the command line) say of the term totals leaving out an
    earlier year: (a line each, in the report's order: `not_approved_years`, `missing_years_said`; what they
    mean, once each kind: `NOT_APPROVED_LEFT_OUT`, `MISSING_LEFT_OUT`). None refuses."""
    rows, lines, meaning = list(rows), [], []
    for row in rows:
        lines += [line for line in (not_approved_years(row), missing_years_said(row)) if line is not None]
    if any(not_approved_years(row) for row in rows):
        meaning.append(NOT_APPROVED_LEFT_OUT)
    if any(missing_years_said(row) for row in rows):
        meaning.append(MISSING_LEFT_OUT)
    return lines, meaning
