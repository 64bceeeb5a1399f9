"""From what the officer entered to an indicator's value and its verdict against a target.

The vocabulary is the province's own (its 2020-2025 evaluation table): Vượt, Đạt,
Không đạt; plus the states a report needs before a verdict can be given.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from desktop_app.core.catalog import Indicator, Target
from desktop_app.core.periods import LAST_YEAR, Period
from desktop_app.core.words import Words

HUNDRED = Decimal(100)


class Verdict(str, Enum):
    VUOT = "Vượt"
    DAT = "Đạt"
    KHONG_DAT = "Không đạt"
    DANG_THUC_HIEN = "Đang thực hiện"
    CHUA_NHAP = "Chưa nhập"
    CHUA_GIAO = "Chưa giao chỉ tiêu"
    CHUA_DU_SO_LIEU = "Chưa đủ số liệu"
    CHUA_DEN_KY = "Chưa đến kỳ đánh giá"

    @property
    def is_final(self) -> bool:
        return self in (Verdict.VUOT, Verdict.DAT, Verdict.KHONG_DAT)


# The order verdicts are counted in ("Vượt 3, Đạt 4, Không đạt 1, Chưa nhập 1"); the three
# final verdicts are always listed, the others only when some row has them.
SUMMARY_ORDER = (
    Verdict.VUOT, Verdict.DAT, Verdict.KHONG_DAT, Verdict.DANG_THUC_HIEN,
    Verdict.CHUA_DU_SO_LIEU, Verdict.CHUA_DEN_KY, Verdict.CHUA_GIAO, Verdict.CHUA_NHAP,
)


def verdict_counts(verdicts) -> list[tuple[Verdict, int]]:
    """The counts a summary line lists, in `SUMMARY_ORDER`."""
    counts = dict.fromkeys(SUMMARY_ORDER, 0)
    for v in verdicts:
        counts[Verdict(v)] += 1
    return [(v, n) for v, n in counts.items() if n or v in SUMMARY_ORDER[:3]]


@dataclass(frozen=True)
class AssignedTally:
    """The province's indicators of one period as counted wherever they are summed up: the report's
    "Tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 0, …, Chưa đến kỳ đánh giá 1" and the window's status bar
    beside "Đã nhập 7/7" (walk 14, L4: the window said 7/7 beside counts adding up to the paper's 8).
    Each assigned indicator is counted, one judged at year end only too ("Chưa đến kỳ đánh giá"
    before it); `not_due` of them are not entered at the period."""
    verdicts: tuple[Verdict, ...]

    @property
    def total(self) -> int:
        return len(self.verdicts)

    @property
    def not_due(self) -> int:
        return self.verdicts.count(Verdict.CHUA_DEN_KY)

    @property
    def counts(self) -> list[tuple[Verdict, int]]:
        return verdict_counts(self.verdicts)


def assigned_tally(items) -> AssignedTally:
    """What counts in a period's summary, of its rows or a submission's items (each with `assigned`
    and `verdict`): the province's indicators, each with its verdict; the supplementary ones are not
    counted (each says its verdict in its row)."""
    return AssignedTally(tuple(Verdict(i.verdict) for i in items if i.assigned))


@dataclass(frozen=True)
class Comparison:
    """What the "So với chỉ tiêu" column states, as data.

    `kind` is "progress" (percent of the target reached so far), "change" (percent change
    on the same period last year: road accidents) or "running_total" (the term's total so
    far, once judged)."""

    kind: str
    value: Decimal
    # "progress": where the figure stands against the target now, judged by `compare` (the
    # verdict's own rule: display precision, strict > and <): "passed" (it would be Vượt),
    # "reached" (Đạt), None (not met), so the column never contradicts a verdict.
    level: str | None = None
    # "change": the counts compared (this period's, the same period a year before), for the
    # words a percentage cannot give (a rise from 0).
    count: Decimal | None = None
    before: Decimal | None = None
    # "progress" of a reduction (the poverty rate's fall since the start of the term): the fall
    # itself, negative where the rate rose, which a percentage of the target cannot say ("−123,1%"),
    # and the target's value: a fall beyond it is said in points, not as a percentage of a fall
    # (1,2 points of a 0,03 target read "4.000%", walk U3 F3).
    reduction: Decimal | None = None
    target: Decimal | None = None
    # "progress" of a yes/no target ("Có", "Đạt chuẩn nông thôn mới" by 2030) met before its
    # horizon: `level` "reached", `value` 100, and no share printed (a percentage of "Có" says
    # nothing): "Đến nay đã đạt mức chỉ tiêu". Not met, there is no comparison (the column is empty).
    yes_no: bool = False


@dataclass(frozen=True)
class Entry:
    """What was entered for one indicator in one period (None: not entered)."""

    numerator: Decimal | None = None
    denominator: Decimal | None = None
    value: Decimal | None = None
    flag: bool | None = None
    previous: Decimal | None = None
    comment: str = ""

    @property
    def is_empty(self) -> bool:
        # Spelled out rather than all(...) over a generator: asked twice for every row evaluated.
        return (self.numerator is None and self.denominator is None and self.value is None
                and self.flag is None and self.previous is None)


@dataclass(frozen=True)
class Computed:
    """The indicator's value, and what is compared with the target when they differ
    (a term total compares the sum of the years; road accidents compare the fall in %)."""

    value: Decimal | bool | None
    compared: Decimal | bool | None
    missing: str = ""  # why the value cannot be computed yet


@dataclass(frozen=True)
class Evaluation:
    verdict: Verdict
    progress: Decimal | None = None  # percent of the target reached, before the horizon
    note: str = ""


# 1, 0.1, 0.01, ...: each usual quantum made once (values are quantized several times for each
# of 30.000 rows a consolidation evaluates).
_QUANTA = tuple(Decimal(1).scaleb(-d) for d in range(13))


def _q(x: Decimal, decimals: int) -> Decimal:
    quantum = _QUANTA[decimals] if 0 <= decimals < len(_QUANTA) else Decimal(1).scaleb(-decimals)
    return x.quantize(quantum, rounding=ROUND_HALF_UP)


def at_precision(x: Decimal, decimals: int) -> Decimal:
    """`x` at `decimals` decimals, half up, as a verdict compares it and the report, the file and
    the province carry a result (a figure typed with more is refused: `validation.beyond_precision`)."""
    return _q(x, decimals)


def _ratio(num: Decimal, den: Decimal) -> Decimal:
    return num * HUNDRED / den


def compute(
    ind: Indicator,
    entry: Entry,
    *,
    baseline: Decimal | None = None,
    last_year: Decimal | None = None,
    earlier_years: Decimal | None = None,
) -> Computed:
    """The value of `ind` from `entry`.

    `baseline`: the term baseline (poor-household rate, party members at the start).
    `last_year`: the stored value of the same period a year before (road accidents).
    `earlier_years`: the sum of the year results of the term's earlier years (term totals).
    """
    e = entry
    if ind.kind == "amount":
        if e.value is None:
            return Computed(None, None, _NO_VALUE)
        compared = e.value + (earlier_years or 0) if ind.horizon == "term_total" else e.value
        return Computed(e.value, compared)
    if ind.kind == "boolean":
        return Computed(e.flag, e.flag, "" if e.flag is not None else _NOT_ENTERED)
    if ind.kind == "ratio":
        missing = _missing(ind, e, ("numerator", "denominator"))
        if missing:
            return Computed(None, None, missing)
        v = _ratio(e.numerator, e.denominator)
        return Computed(v, v)
    if ind.kind == "reduction":
        if e.numerator is not None and e.denominator is not None:
            current = _ratio(e.numerator, e.denominator)
        elif e.value is not None:
            current = e.value
        else:
            return Computed(None, None, _missing(ind, e, ("numerator", "denominator")))
        if baseline is None:
            return Computed(None, None, missing_baseline(ind))
        v = baseline - current
        return Computed(v, v)
    if ind.kind == "ratio_of_baseline":
        count = e.numerator if e.numerator is not None else e.value
        if count is None:
            return Computed(None, None, _not_entered([ind.inputs[0]]))
        if baseline is None:
            return Computed(None, None, missing_baseline(ind))
        if baseline == 0:
            return Computed(None, None, Words(f"{ind.baseline.label} bằng 0", f"{_en(ind.baseline)} is 0"))
        v = _ratio(count, baseline)
        return Computed(v, v)
    if ind.kind == "count_vs_last_year":
        if e.value is None:
            return Computed(None, None, _NO_VALUE)
        before = e.previous if e.previous is not None else last_year
        if before is None:
            return Computed(e.value, None, Words("Chưa có số liệu cùng kỳ năm trước", "No figure for the same period last year"))
        if before == 0:
            # No accident a year before: any accident now is a rise; none keeps the level.
            fall = Decimal(0) if e.value == 0 else -HUNDRED
        else:
            fall = (before - e.value) * HUNDRED / before
        return Computed(e.value, fall)
    raise ValueError(f"unknown indicator kind {ind.kind!r}")


def _missing(ind: Indicator, e: Entry, fields: tuple[str, ...]) -> str:
    return _not_entered([spec for f in fields if getattr(e, f) is None and (spec := ind.input(f))])


# Why a value cannot be computed yet, in the window's two languages (`Words`: the string is the
# Vietnamese, which the documents print).
_NO_VALUE = Words("Chưa nhập giá trị", "Value not entered")
_NOT_ENTERED = Words("Chưa nhập", "Not entered")


def _en(field) -> str:
    return field.label_en or field.label


def _not_entered(fields) -> str:
    if not fields:
        return ""
    return Words("Chưa nhập " + ", ".join(f.label for f in fields),
                 "Not entered: " + ", ".join(_en(f) for f in fields))


def missing_baseline(ind: Indicator) -> Words:
    """Why a value waits for the start-of-term figure (entered in its own dialog)."""
    return Words(f"Chưa nhập số liệu đầu nhiệm kỳ: {ind.baseline.label}",
                 f"Start-of-term figure not entered: {_en(ind.baseline)}")


def compare(ind: Indicator, compared: Decimal | bool, target: Target) -> Verdict:
    """Vượt / Đạt / Không đạt of a value against a target, at display precision."""
    if isinstance(target.value, bool) or isinstance(compared, bool):
        return Verdict.DAT if bool(compared) == bool(target.value) else Verdict.KHONG_DAT
    decimals = ind.decimals
    v, t = _q(compared, decimals), _q(target.value, decimals)
    op = target.op
    # A plain number ("=") means reach at least it (at most, for lower-is-better).
    lower = ind.lower_is_better and ind.kind != "count_vs_last_year"
    if op in ("<", "≤") or (op == "=" and lower):
        better, equal = v < t, v == t
    else:
        better, equal = v > t, v == t
    if op in (">", "<"):
        return Verdict.DAT if better else Verdict.KHONG_DAT
    if better:
        return Verdict.VUOT
    return Verdict.DAT if equal else Verdict.KHONG_DAT


def verdict_due(ind: Indicator, target: Target, period: Period) -> bool:
    """Whether `period` is the one at which `target` is judged."""
    if ind.kind == "count_vs_last_year":
        return True  # each period is compared with the same period a year before
    if target.horizon in ("term_level", "term_total"):
        return period.is_year_end and period.year == LAST_YEAR
    return period.is_year_end


def evaluate(ind: Indicator, entry: Entry | None, computed: Computed | None, target: Target | None, period: Period) -> Evaluation:
    """The verdict for one indicator in one period. One judged only at year end is "Chưa đến
    kỳ đánh giá" before it, entered or not (as the province counts it): "Chưa nhập" there
    asked the officer for a figure nobody expects yet, and counted it in the report's summary."""
    if not ind.due_at(period):
        return Evaluation(Verdict.CHUA_DEN_KY, note=Words("Đánh giá, xếp loại vào cuối năm", "Assessed and rated at year end"))
    if entry is None or entry.is_empty:
        return Evaluation(Verdict.CHUA_NHAP)
    if target is None:
        return Evaluation(Verdict.CHUA_GIAO)
    if computed is None or computed.compared is None:
        return Evaluation(Verdict.CHUA_DU_SO_LIEU, note=computed.missing if computed else "")
    if not verdict_due(ind, target, period):
        return Evaluation(Verdict.DANG_THUC_HIEN, progress=progress(computed.compared, target))
    if ind.kind == "count_vs_last_year" and computed.value == 0 and computed.compared == 0:
        # No accident, as in the same period a year before: nothing to reduce, which is the
        # aim reached (the rule is in docs/architecture.md, "Verdict rules").
        return Evaluation(Verdict.DAT, note=Words(f"Không có {ind.unit} nào, như cùng kỳ", "None, as in the same period last year"))
    return Evaluation(compare(ind, computed.compared, target))


def level(ind: Indicator, compared: Decimal | bool, target: Target) -> str | None:
    """Where `compared` stands against `target` by the verdict's own rule (`compare`):
    "passed" (Vượt), "reached" (Đạt) or None (not met)."""
    return _LEVELS.get(compare(ind, compared, target))


_LEVELS = {Verdict.VUOT: "passed", Verdict.DAT: "reached"}


def progress(compared: Decimal | bool, target: Target) -> Decimal | None:
    """Percent of the target reached so far (None for yes/no or a zero target)."""
    if isinstance(compared, bool) or isinstance(target.value, bool) or target.value == 0:
        return None
    return _q(compared * HUNDRED / target.value, 1)
