"""One indicator in one period as the form, the report and the file show it (`Row`), a
whole period (`PeriodView`), and how a row is evaluated from what was entered.

The target a row is judged against is chosen here (`judged_target`), once: the
province's target, or the commune's own yearly one where the province's is judged only
at the end of the term. Words for a person are made elsewhere: `wording` for documents,
`ui/labels.py` for the window; a row answers with data (`Comparison`, verdict counts).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.core.catalog import (
    SOURCE_OWN,
    Catalog,
    Commune,
    Indicator,
    InputField,
    Target,
)
from desktop_app.core.evaluation import (
    AssignedTally,
    Comparison,
    Computed,
    Entry,
    Evaluation,
    Verdict,
    assigned_tally,
    compute,
    evaluate,
)
from desktop_app.core.errors import InvalidInput
from desktop_app.core.numbers import canonical, format_number
from desktop_app.core.period_status import Counts, counts
from desktop_app.core.periods import FIRST_YEAR, Period, PeriodRules, earlier_periods, in_sentence
from desktop_app.core.start_of_term import waiting_for_start_of_term
from desktop_app.core.typed_numbers import parse_number
from desktop_app.core.wording import (
    compared_text,
    counted_as_approved,
    last_year_as_approved,
    progress_comparison,
    running_total_words,
    summary_text,
    target_text,
)
from desktop_app.core.words import Words

MAX_RATE = Decimal(100)  # a figure above it is no rate (validation refuses it as one)

# The narrative sections of a report, in the order it prints them.
NARRATIVE_SECTIONS = {
    "ket_qua": "Kết quả đạt được",
    "han_che": "Hạn chế, nguyên nhân",
    "phuong_huong": "Phương hướng, nhiệm vụ kỳ tới",
}
# Their English titles, for the English of a refusal (the window's own are ui/labels.py's).
NARRATIVE_SECTIONS_EN = {
    "ket_qua": "Results achieved",
    "han_che": "Shortcomings and causes",
    "phuong_huong": "Directions and tasks for the next period",
}

@dataclass(frozen=True)
class Row:
    """One indicator in one period, as the form and the report show it."""

    indicator: Indicator
    period: Period
    entry: Entry
    baseline: Decimal | None
    computed: Computed
    target: Target | None  # the province's target: the one the verdict is judged against
    province_target: Target | None
    evaluation: Evaluation
    notes: tuple[str, ...] = ()
    own_target: Target | None = None  # the commune's own target for the year, if it set one
    own_evaluation: Evaluation | None = None  # the year's result against it (shown beside)
    # What it used from other periods, so that a receiver can recompute it from the row alone:
    last_year: Decimal | None = None  # the same period a year before (road accidents)
    earlier_total: Decimal | None = None  # the term's earlier years (a term total)
    missing_years: tuple[int, ...] = ()  # earlier years of a term total with no year result
    # Of `missing_years`, those with figures not approved (not counted: `Inputs.unapproved`).
    unapproved_years: tuple[int, ...] = ()
    # An approved period's "So với chỉ tiêu" as approved, where the program now words it
    # otherwise (`submission.view_as_approved`); None: worded from `comparison`.
    approved_compared: str | None = None

    @property
    def verdict(self) -> Verdict:
        return self.evaluation.verdict

    @property
    def assigned(self) -> bool:
        """One of the province's indicators (counted in the summary, `assigned_tally`)."""
        return self.indicator.assigned

    @property
    def is_entered(self) -> bool:
        """Counted as entered in the completeness bar."""
        return self.indicator.due_at(self.period) and self.computed.value is not None

    @property
    def value_text(self) -> str:
        return value_text(self.indicator, self.computed.value)

    @property
    def inputs(self) -> list[tuple[InputField, object]]:
        """The input fields with what was entered, plus a directly typed rate if any."""
        shown = [(f, getattr(self.entry, f.field)) for f in self.indicator.inputs]
        extra = input_spec(self.indicator, "value")
        if self.indicator.input("value") is None and extra and self.entry.value is not None:
            shown.append((extra, self.entry.value))
        return shown

    @property
    def comparison(self) -> Comparison | None:
        ev, c = self.evaluation, self.computed
        if ev.progress is not None:
            return progress_comparison(self.indicator, ev.progress, c.compared, self.target)
        if ev.verdict == Verdict.DANG_THUC_HIEN and isinstance(c.compared, bool) and self.target is not None:
            return progress_comparison(self.indicator, None, c.compared, self.target)  # a yes/no met so far
        if self.indicator.kind == "count_vs_last_year" and isinstance(c.compared, Decimal):
            before = self.entry.previous if self.entry.previous is not None else self.last_year
            return Comparison("change", -c.compared, count=c.value, before=before)
        if ev.verdict.is_final and self.indicator.horizon == "term_total" and self.target:
            return Comparison("running_total", c.compared)
        return None

    @property
    def target_text(self) -> str:
        return target_text(self.indicator, self.target)

    @property
    def own_target_text(self) -> str:
        return target_text(self.indicator, self.own_target)

    @property
    def compared_text(self) -> str:
        """What the report's "So với chỉ tiêu" column says."""
        if self.approved_compared is not None:
            return self.approved_compared
        comparison = self.comparison  # worked out once: a property, each of 30.000 rows recomputed asks it
        said = compared_text(self.indicator, comparison)
        running = self.running_total_words
        if running is None:
            return said
        if comparison is not None and comparison.kind == "running_total":
            return str(running)  # judged at the term's end: the total and how far from the target
        return f"{said}. {running}" if said else str(running)

    @property
    def running_total_words(self) -> Words | None:
        """A term total's running total, the years it adds up and what is left to its target
        (`wording.running_total_words`); None for any other row, or one without a result."""
        total = self.computed.compared
        if self.indicator.horizon != "term_total" or not isinstance(total, Decimal) or isinstance(total, bool):
            return None
        return running_total_words(self.indicator, self.period, total, self.target, self.missing_years,
                                   self.verdict.is_final)


def input_spec(ind: Indicator, name: str) -> InputField | None:
    """The field `name` of `ind`; poverty reduction also takes the current rate directly
    when the officer has the rate but not the household counts."""
    spec = ind.input(name)
    if spec is None and ind.kind == "reduction" and name == "value":
        return InputField("value", "Tỷ lệ hộ nghèo hiện tại", "%", "Current poverty rate")
    return spec


def one_way_of_entering(ind: Indicator, old: Entry, changes: dict[str, object]) -> dict[str, object]:
    """The changes to save, with what they replace: poverty reduction is entered either as the
    households (poor, total) or as the rate, never both, or the report would print a rate that
    no longer counts beside the households that do. The way typed last replaces the other (its
    fields are emptied, and audited as changed); both ways in one action is refused."""
    if ind.kind != "reduction":
        return changes
    rate = changes.get("value") is not None
    households = changes.get("numerator") is not None or changes.get("denominator") is not None
    if rate and households:
        spec = input_spec(ind, "value")
        raise InvalidInput(
            f"{spec.label}: nhập tỷ lệ hoặc nhập số hộ nghèo và tổng số hộ, không nhập cả hai cùng lúc.",
            field=spec.label,
            en=f"{spec.english_label}: enter the rate or the poor and total households, not both at once.")
    emptied = (("numerator", "denominator") if rate else ("value",) if households else ())
    return {**{name: None for name in emptied if getattr(old, name) is not None}, **changes}


def field_typed(ind: Indicator, entry: Entry, name: str, text) -> str:
    """The field a figure typed in a cell is for. Poverty reduction's first cell is where the
    poor households go, and where a commune that reports the rate directly (no household counts)
    types its current rate: a figure with % ("1,25%") is the rate ("value"), and so is one with
    decimals that can be a rate ("1,25", at most 100) while no households are entered (households
    are whole); anything else stays `name` (a "2" is 2 households; "1234,5" is neither, and
    `households_refusal` says why). A text with % that cannot be read ("1,234%") is the rate's
    too, so that its refusal names the rate. `one_way_of_entering` then decides what it replaces."""
    if not _takes_the_rate_too(ind, name) or not isinstance(text, str):
        return name
    try:
        parsed = parse_number(text)
    except InvalidInput:
        return "value" if "%" in text else name
    if parsed is None:
        return name
    if parsed.percent or (not _whole(parsed.value) and parsed.value <= MAX_RATE
                          and entry.numerator is None and entry.denominator is None):
        return "value"
    return name


def households_refusal(ind: Indicator, name: str, text) -> InvalidInput | None:
    """Why poverty reduction's poor households typed with decimals and no % ("1234,5") are
    refused, naming the field typed in: households are whole, and a figure with decimals in
    their cell is taken as the rate (%) only while no households are entered and when it can be
    a rate (`field_typed`); then what to type. None for anything else, which `parse_quantity`
    checks as it checks every field. (The rate's own "không quá 100%" named a field the officer
    never typed in, and did not say why the figure was read as a rate.)"""
    if not _takes_the_rate_too(ind, name) or not isinstance(text, str):
        return None
    try:
        parsed = parse_number(text)
    except InvalidInput:
        return None
    if parsed is None or parsed.percent or _whole(parsed.value):
        return None
    spec, value = ind.input(name), parsed.value
    typed, whole = format_number(value, 6), format_number(int(value), 0)
    if value > MAX_RATE:
        return InvalidInput(
            f"{spec.label}: số hộ là số nguyên. Số có phần thập phân gõ ở ô này được hiểu là tỷ lệ hộ nghèo "
            f"(%), nhưng {typed}% quá 100%. Gõ số hộ không có phần thập phân (ví dụ {whole}), hoặc gõ tỷ lệ "
            "hộ nghèo, ví dụ 1,25%.", field=spec.label,
            en=f"{spec.english_label}: a count of households is a whole number. A figure with decimals typed in "
               f"this cell is taken as the poverty rate (%), but {typed}% is over 100%. Type the households "
               f"without decimals (for example {whole}), or the poverty rate, for example 1,25%.")
    return InvalidInput(
        f"{spec.label}: số hộ là số nguyên, không nhận {typed}. Số có phần thập phân chỉ được hiểu là tỷ lệ "
        f"hộ nghèo (%) khi chưa nhập số hộ. Muốn nhập tỷ lệ thay cho số hộ, gõ kèm dấu %, ví dụ {typed}%; "
        f"nếu là số hộ, gõ không có phần thập phân, ví dụ {whole}.", field=spec.label,
        en=f"{spec.english_label}: a count of households is a whole number, not {typed}. A figure with decimals "
           "is taken as the poverty rate (%) only while no households are entered. To enter the rate instead "
           f"of the households, type it with %, for example {typed}%; for households, type no decimals, for "
           f"example {whole}.")


def _takes_the_rate_too(ind: Indicator, name: str) -> bool:
    """Whether `name` is poverty reduction's poor households, the cell that takes its rate too."""
    return ind.kind == "reduction" and name == "numerator" and ind.input("value") is None


def _whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def the_other_way(ind: Indicator, before: Entry, after: Entry) -> dict[str, object]:
    """What an action on poverty reduction emptied of the other way of entering it (field -> the
    value it had): the households a rate replaced, or the rate households replaced; {} when it
    replaced nothing."""
    if ind.kind != "reduction":
        return {}
    return {name: getattr(before, name) for name in ("numerator", "denominator", "value")
            if getattr(before, name) is not None and getattr(after, name) is None
            and any(getattr(after, other) is not None and getattr(before, other) != getattr(after, other)
                    for other in _OTHER_WAY[name])}


_OTHER_WAY = {"numerator": ("value",), "denominator": ("value",), "value": ("numerator", "denominator")}


def value_text(ind: Indicator, value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return format_number(value, ind.decimals)


def rounded_on_report(row: Row) -> str | None:
    """The result as the report prints it ("1.235") when it is a figure typed that the report
    rounds (1.234,5 triệu đồng: the indicator's result has no decimals), for the window to say
    where the figure is typed; None when the report prints the figure as typed, or the result
    is computed (a rate printed as rounded as it is shown). What was typed is kept: the data
    and the cell hold 1.234,5."""
    value = row.computed.value
    if not isinstance(value, Decimal) or value not in [v for f, v in row.inputs if f.field != "flag"]:
        return None
    decimals_typed = max(-value.normalize().as_tuple().exponent, 0)
    return row.value_text if decimals_typed > row.indicator.decimals else None


@dataclass(frozen=True)
class PeriodView:
    commune: Commune
    period: Period
    rows: list[Row]
    narratives: dict[str, str]
    rules: PeriodRules = PeriodRules()
    counts: dict[Verdict, int] = field(default_factory=dict)

    @property
    def assigned_rows(self) -> list[Row]:
        return [r for r in self.rows if r.indicator.assigned]

    @property
    def required(self) -> list[Row]:
        """Assigned indicators that can be entered in this period."""
        return [r for r in self.assigned_rows if r.indicator.due_at(self.period)]

    @property
    def entered(self) -> int:
        """The required rows with a result (what marking the period complete needs)."""
        return sum(r.is_entered for r in self.required)

    @property
    def waiting(self) -> int:
        """The required rows typed whose result waits for the start-of-term figure (`start_of_term`)."""
        return len(waiting_for_start_of_term(self.required))

    @property
    def counted(self) -> Counts:
        """What the status bar and the period list count (`period_status.Counts`)."""
        return counts(self.required, self.tally.total)

    @property
    def tally(self) -> AssignedTally:
        """The assigned indicators as the report's summary counts them."""
        return assigned_tally(self.rows)

    @property
    def completeness_text(self) -> str:
        """"Đã nhập 7/8 chỉ tiêu giao"; "Đã nhập 7/7 chỉ tiêu cần nhập kỳ này" where an assigned one is
        judged at year end only, not entered at this period (the summary counts it: "Tổng hợp 8").
        What is counted are the results: with rows typed and waiting for the start-of-term figure,
        "Có kết quả 5/7 chỉ tiêu cần nhập kỳ này, 2 chờ số liệu đầu nhiệm kỳ" (walk h4: "Đã nhập 5/7"
        read as two rows not entered, all seven typed)."""
        n = self.counted
        counted = "chỉ tiêu cần nhập kỳ này" if n.due_only else "chỉ tiêu giao"
        if n.waiting:  # typed, without a result: not said as not entered
            return f"Có kết quả {n.entered}/{n.required} {counted}, {n.waiting} chờ số liệu đầu nhiệm kỳ"
        return f"Đã nhập {n.entered}/{n.required} {counted}"

    @property
    def deadline(self) -> dt.date:
        return self.period.deadline(self.rules)

    def summary_text(self) -> str:
        """"Vượt 3, Đạt 4, Không đạt 1, Chưa nhập 1" over the assigned indicators."""
        return summary_text(self.tally.verdicts)


# --- evaluating ---------------------------------------------------------------------------

def own_target(raw: tuple[str, str] | None, ind: Indicator, year: int) -> Target | None:
    """The commune's own target for `year` from its stored (operator, canonical value)."""
    if raw is None:
        return None
    op, value = raw
    v = (value == "1") if ind.kind == "boolean" else Decimal(value)
    return Target(op, v, "", SOURCE_OWN.format(year=year), "annual")


@dataclass(frozen=True)
class Inputs:
    """Everything rows of one commune are evaluated from: the entries of every period
    ((period code, indicator code) -> Entry), the term baselines (indicator code ->
    value) and the commune's own yearly targets ((year, indicator code) -> (op, value)).

    `unapproved`: the (period code, indicator code) of figures (a value) of periods not approved
    (neither Đã duyệt nor Đã gửi). A period's evaluation counts another period's figures (a term
    total's earlier years, road accidents' same period a year before) only when that period is
    approved: a figure no leader approved is not carried into a report a leader signs (walk U11
    F1: a draft 2027 in the 2028 term total). A period's own entries count whatever its state. A
    snapshot keeps the keys without their entries (`used_inputs`); one written before 12/2026 has
    none, and its entries count as they were approved.

    `reopened`: period code -> the day of its latest approval, for a period approved and reopened
    since (not approved again yet); `approved_entries`: its entries as that approval holds them. Another
    period counts those, not its draft, and not as missing: what a leader signed and the province holds
    (red team R21 F2: 2027 reopened and corrected, the 2028 paper left the signed 2027 out and the
    province, counting it, found two differences). A period's own entries are still its draft."""

    entries: dict
    baselines: dict
    own_targets: dict
    unapproved: frozenset = frozenset()
    reopened: dict = field(default_factory=dict)
    approved_entries: dict = field(default_factory=dict)

    def counts(self, period: str, code: str) -> Entry | None:
        """The entry of another period `period` that a period's evaluation counts: None when there is
        none, or its figure is not approved; a period being corrected's as last approved."""
        if period in self.reopened:
            return self.approved_entries.get((period, code))
        return None if (period, code) in self.unapproved else self.entries.get((period, code))

    def approved_on(self, period: str, code: str) -> dt.date | None:
        """The day of the approval whose figure of `code` is counted for `period`, a period being
        corrected (`reopened`) that had one; None for any other."""
        e = self.approved_entries.get((period, code)) if period in self.reopened else None
        return self.reopened[period] if e is not None and e.value is not None else None

    def held_back(self, period: str, code: str) -> bool:
        """Whether `period` has a figure of `code` not counted because the period is not approved."""
        return (period, code) in self.unapproved


def evaluate_row(catalog: Catalog, commune: Commune, ind: Indicator, p: Period, inputs: Inputs) -> Row:
    """The row of `ind` in `p`, from `inputs` (other periods too: last year's same period
    for road accidents, the earlier years for a term total)."""
    entry = inputs.entries.get((p.code, ind.code))
    if entry is None:  # not Entry() as the default of get: made for each of 30.000 rows a consolidation evaluates
        entry = Entry()
    baseline = inputs.baselines.get(ind.code)
    notes = []
    last_year = None
    before = p.same_period_last_year() if ind.kind == "count_vs_last_year" else None
    if before is not None:
        prev = inputs.counts(before.code, ind.code)
        last_year = prev.value if prev else None
    earlier = None
    missing_years, unapproved, corrected = [], [], {}
    if ind.horizon == "term_total":
        earlier = Decimal(0)
        for y in range(FIRST_YEAR, p.year):
            e = inputs.counts(str(y), ind.code)
            if e is None or e.value is None:
                missing_years.append(y)
                if inputs.held_back(str(y), ind.code):
                    unapproved.append(y)
            else:
                earlier += e.value
                if (day := inputs.approved_on(str(y), ind.code)) is not None:
                    corrected[y] = day
        if missing_years:
            notes.append(missing_note(missing_years, unapproved))
        if corrected:
            notes.append(counted_as_approved(corrected))
    elif before is not None and last_year is not None and entry.previous is None:
        if (day := inputs.approved_on(before.code, ind.code)) is not None:
            notes.append(last_year_as_approved(before, day))
    computed = compute(ind, entry, baseline=baseline, last_year=last_year, earlier_years=earlier)
    if (before is not None and computed.compared is None and computed.value is not None
            and entry.previous is None and inputs.held_back(before.code, ind.code)):
        computed = Computed(computed.value, None, last_year_unapproved(before))
    province = catalog.province_target(commune, ind)
    evaluation = evaluate(ind, entry, computed, province, p)
    if missing_years and evaluation.verdict.is_final:
        evaluation = Evaluation(Verdict.CHUA_DU_SO_LIEU, note=notes[-1])
    # The commune's own target never replaces the province's: it is judged beside it, each
    # year, on the year's own result (a term total's yearly amount, not the running total).
    own = own_target(inputs.own_targets.get((p.year, ind.code)), ind, p.year)
    own_evaluation = None
    if own is not None:
        yearly = computed
        if ind.horizon == "term_total" and computed.value is not None:
            yearly = Computed(computed.value, computed.value, computed.missing)
        own_evaluation = evaluate(ind, entry, yearly, own, p)
    if computed.missing and not entry.is_empty:
        notes.append(computed.missing)
    return Row(ind, p, entry, baseline, computed, province, province, evaluation, tuple(notes),
               own, own_evaluation, last_year, earlier, tuple(missing_years), unapproved_years=tuple(unapproved))


def missing_note(missing: list[int], unapproved: list[int]) -> Words:
    """The note of a term total lacking earlier years: "Năm 2027 chưa được duyệt: chưa tính vào tổng
    nhiệm kỳ" for years with figures no leader approved, "Chưa có số liệu cả năm 2026" for the others."""
    said = []
    none = [y for y in missing if y not in unapproved]
    if unapproved:
        years = ", ".join(map(str, unapproved))
        said.append(Words(f"Năm {years} chưa được duyệt: chưa tính vào tổng nhiệm kỳ",
                          f"{years} not approved yet: not counted in the term total"))
    if none:
        years = ", ".join(map(str, none))
        said.append(Words(f"Chưa có số liệu cả năm {years}", f"No whole-year figures for {years}"))
    return Words.joined(said, "; ") if len(said) > 1 else said[0]


def last_year_unapproved(before: Period) -> Words:
    """Why a count compared with the same period a year before has no comparison: that period's
    figures are not approved (`Inputs.unapproved`)."""
    return Words(f"Cùng kỳ năm trước ({in_sentence(before.name)}) chưa được duyệt: chưa dùng để so sánh",
                 f"The same period last year ({before.name_en}) is not approved yet: not compared with")


def period_view(catalog: Catalog, commune: Commune, p: Period, inputs: Inputs, narratives: dict[str, str],
                rules: PeriodRules) -> PeriodView:
    rows = [evaluate_row(catalog, commune, ind, p, inputs) for ind in catalog.indicators_for(commune)]
    counts: dict[Verdict, int] = {}
    for r in rows:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return PeriodView(commune, p, rows, narratives, rules, counts)


# --- what an approval keeps ----------------------------------------------------------------

def used_inputs(catalog: Catalog, commune: Commune, p: Period, inputs: Inputs) -> Inputs:
    """The part of `inputs` the rows of `p` are evaluated from: the period's own entries,
    the same period a year before (road accidents), the earlier years (term totals), the
    baselines and the year's own targets. What an approval freezes."""
    wanted = {p.code} | {q.code for q in earlier_periods(p)}
    # Another period's figures no leader approved are not kept, only that there were some: they do
    # not count (`Inputs.unapproved`), and a version before 12/2026 reading the snapshot must not
    # count them either.
    # A period being corrected is kept as last approved (its entries are those of its approval, the
    # figures counted, `Inputs.reopened`), with the day of that approval: replayed, the snapshot counts
    # and says the same, and a version before 12/2026 counts those figures, the ones signed.
    reopened = {q: day for q, day in inputs.reopened.items() if q in wanted and q != p.code}
    approved = {k: e for k, e in inputs.approved_entries.items() if k[0] in reopened}
    held_back = frozenset(k for k in inputs.unapproved if k[0] in wanted and k[0] != p.code
                          and (k[0] not in reopened or approved.get(k) is None or approved[k].value is None))
    not_kept = {q for q, _ in held_back} | set(reopened)
    entries = {k: e for k, e in inputs.entries.items() if k[0] in wanted and k[0] not in not_kept}
    return Inputs({**entries, **approved}, dict(inputs.baselines),
                  {k: t for k, t in inputs.own_targets.items() if k[0] == p.year},
                  held_back, reopened, approved)


def inputs_json(inputs: Inputs) -> dict:
    """`Inputs` as plain JSON values (decimals as canonical text), for a snapshot."""
    def number(v):
        return None if v is None else canonical(v)

    return {
        "entries": sorted([period, code, {"numerator": number(e.numerator), "denominator": number(e.denominator),
                                          "value": number(e.value), "flag": e.flag,
                                          "previous": number(e.previous), "comment": e.comment}]
                          for (period, code), e in inputs.entries.items()),
        "baselines": {code: canonical(v) for code, v in sorted(inputs.baselines.items())},
        "own_targets": sorted([year, code, op, value] for (year, code), (op, value) in inputs.own_targets.items()),
        # from 12/2026; an older version reads the snapshot without it (the entries it names are not kept)
        "unapproved": sorted([period, code] for period, code in inputs.unapproved),
        # periods being corrected, counted as last approved (their entries above are the approved ones)
        **({"reopened": {q: day.isoformat() for q, day in sorted(inputs.reopened.items())}}
           if inputs.reopened else {}),
    }


def inputs_from_json(data: dict) -> Inputs:
    def number(v):
        return None if v is None else Decimal(v)

    entries = {(period, code): Entry(number(e["numerator"]), number(e["denominator"]), number(e["value"]),
                                     e["flag"], number(e["previous"]), e["comment"])
               for period, code, e in data["entries"]}
    reopened = {q: dt.date.fromisoformat(day) for q, day in data.get("reopened", {}).items()}
    return Inputs(
        entries,
        {code: Decimal(v) for code, v in data["baselines"].items()},
        {(year, code): (op, value) for year, code, op, value in data["own_targets"]},
        frozenset((period, code) for period, code in data.get("unapproved", ())),
        reopened,
        {k: e for k, e in entries.items() if k[0] in reopened},
    )


@dataclass(frozen=True)
class Drift:
    """An indicator whose live evaluation differs from what was approved."""

    indicator: Indicator
    approved: Row
    live: Row


def drift(approved: PeriodView, live: PeriodView) -> list[Drift]:
    """The rows of an approved period that a live re-evaluation would change (an earlier
    period it uses was corrected since): value, target, comparison or verdict."""
    now = {r.indicator.code: r for r in live.rows}
    found = []
    for a in approved.rows:
        b = now.get(a.indicator.code)
        if b is not None and _shown(a) != _shown(b):
            found.append(Drift(a.indicator, a, b))
    return found


def _shown(r: Row) -> tuple:
    """What a row shows and the report carries: its figures as entered too (an input corrected that
    leaves the result as it was is still a change a leader approving again is told of), the unit's
    own target and the comment (red-team 29: a reopened period given an own target, or its Không đạt
    explanation rewritten, was "Không có số liệu nào khác lần duyệt trước")."""
    return (tuple(v for _, v in r.inputs), r.value_text, r.target_text, r.own_target_text, r.compared_text,
            r.verdict, r.notes, r.entry.comment)
