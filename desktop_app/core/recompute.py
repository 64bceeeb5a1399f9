"""The province recomputes, never trusts.

A file states inputs (what the officer entered, the baseline, what it used from other
periods) and results (value, target, verdict, progress). The province checks the inputs
with the same rules as the commune's entry form, then computes every result again with
its own catalogue and targets, exactly as the commune's program does (`rows.evaluate_row`).
The recomputed results are what it counts; where the file said something else, the
difference is shown, never counted. The commune's own target is judged again too, in its
own column. The texts the file prints beside its figures ("81,12", "≥ 90", "95% chỉ tiêu")
are compared with the ones the same figures print (`printed_texts`): another text is a
difference too, in `texts` as well (what `verify` says of a file).

What a file states it used from the unit's other periods (the same period a year before, for
road accidents; the earlier years, for a term total) is compared with the reports of those
periods the province holds itself: where it holds them, it computes with them, and says so.
Where it holds some of them but not the one a figure comes from (a year never sent), it counts
the file's figure, says on the row and among the differences that it could not check it, and
judges no target met on it (`Unchecked`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from operator import attrgetter

from desktop_app.core.catalog import Catalog, Commune, Indicator, InputField
from desktop_app.core.errors import ChiTieuError, InvalidInput
from desktop_app.core.evaluation import Entry, Evaluation, Verdict, compare
from desktop_app.core.numbers import MAX_DECIMALS, MAX_INTEGER_DIGITS, format_number
from desktop_app.core.clock import stamp_time
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR, Period, in_sentence
from desktop_app.core.printed_texts import TEXTS, text_differences
from desktop_app.core.quoting import quoted
from desktop_app.core.stated_earlier import on_file_years
from desktop_app.core.rows import (
    NARRATIVE_SECTIONS,
    NARRATIVE_SECTIONS_EN,
    Inputs,
    Row,
    evaluate_row,
)
from desktop_app.core.submission import Item, Submission, item_from_row
from desktop_app.core.validation import (
    MAX_NARRATIVE,
    MAX_TEXT,
    allows_negative,
    beyond_precision,
    check_entry,
    is_growth_rate,
    parse_comment,
    parse_narrative,
    parse_own_target,
    parse_quantity,
    precision_words,
)
from desktop_app.core.words import Words

# What a difference names, in the order a reviewer reads it.
COMPARED = (("value", "kết quả"), ("target_op", "phép so sánh chỉ tiêu"), ("target_value", "chỉ tiêu"),
            ("verdict", "đánh giá"), ("progress", "tỷ lệ so với chỉ tiêu"), ("own_verdict", "đánh giá theo chỉ tiêu xã"))


# The fields of `COMPARED`, and the texts `text_differences` compares, of an item: where a file's
# are the province's, there is no difference to look for field by field (equal values show equal).
_compared = attrgetter(*(f for f, _ in COMPARED))
_printed = attrgetter(*(f for f, _, _ in TEXTS))

# What a row's target decides: judged against another target, all of them differ together.
_JUDGED_BY_TARGET = ("target_op", "target_value", "verdict", "progress")

# A figure as files state them (canonical decimals), short enough to format safely.
_PLAIN_DECIMAL = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,12})?")

# What a reviewer does when a file and an earlier report the province holds disagree.
RESEND_EARLIER = "nếu đơn vị đã sửa báo cáo đó sau khi gửi, hãy xin đơn vị gửi lại"


def resend_advice(sub: Submission, held: dict[str, Submission]) -> str:
    """`RESEND_EARLIER`, or, where an earlier report the province holds was approved after this file
    (the unit corrected that period after approving this one: walk U11 F6), that this file is the one
    to approve again: it still adds up the figures from before the correction."""
    approved = stamp_time(sub.approved_at) if sub.approved else None
    later = sorted((h.period_obj for h in held.values()
                    if approved is not None and h.approved and (t := stamp_time(h.approved_at)) and t > approved),
                   key=lambda q: (q.year, q.last_month))
    if not later:
        return RESEND_EARLIER
    names = ", ".join(in_sentence(q.name) for q in later)
    return (f"báo cáo {names} tỉnh đã nhận được duyệt sau khi đơn vị duyệt tệp này: nếu đơn vị đã sửa số liệu "
            f"{names} sau đó, hãy xin đơn vị mở lại, duyệt lại và gửi lại {in_sentence(sub.period_name)}")

# Verdicts files of earlier versions state otherwise than the province now computes, for the
# same inputs: not a difference of the file. Until 2026.12 an indicator judged at year end only,
# left empty before it, was "Chưa nhập" (now "Chưa đến kỳ đánh giá", as the province counted it
# already): every commune's quarterly report would otherwise fill Khác biệt until it upgrades.
SAID_BEFORE = {(Verdict.CHUA_NHAP.value, Verdict.CHUA_DEN_KY.value)}
_FINAL = {Verdict.VUOT.value, Verdict.DAT.value, Verdict.KHONG_DAT.value}


def said_before(ind: Indicator, p: Period, field: str, stated: Item, again: Item,
                year_end_verdict: Verdict | None = None) -> bool:
    """Whether a file's `field` differs from the province's only by a rule of an earlier
    version (so not a difference of the file, as `SAID_BEFORE`). Until 2026.12: no accident,
    as in the same period a year before, was "Không đạt" (now "Đạt": nothing to reduce); and
    "Đạt chuẩn nông thôn mới", a level to reach by the term's end, was judged at every year
    end (now "Đang thực hiện" before it): only the verdict that rule gives its answer
    (`year_end_verdict`: "Có" Đạt, "Không" Không đạt) is that rule's; "Đạt" beside "Không" is
    the file's own difference (red-team R15, F1: any final verdict passed unsaid)."""
    pair = (getattr(stated, field), getattr(again, field))
    if pair in SAID_BEFORE:
        return True
    if field in ("verdict", "own_verdict") and ind.kind == "count_vs_last_year":
        return pair == (Verdict.KHONG_DAT.value, Verdict.DAT.value) and again.value == "0"
    if field == "verdict" and ind.horizon == "term_level" and not ind.assigned and p.year < LAST_YEAR:
        return (year_end_verdict is not None and pair[0] == year_end_verdict.value
                and pair[1] == Verdict.DANG_THUC_HIEN.value)
    return False


def _year_end_verdict(ind: Indicator, p: Period, row) -> Verdict | None:
    """The verdict a year-end report of `row` had when a term level was judged every year end
    (`said_before`); None at another period, or with nothing to judge."""
    computed, target = row.computed, row.target
    if not p.is_year_end or target is None or computed is None or computed.compared is None:
        return None
    return compare(ind, computed.compared, target)


@dataclass(frozen=True)
class Stated:
    """The inputs one item states, checked as the commune's forms check them."""

    entry: Entry
    baseline: Decimal | None
    own: tuple[str, str] | None  # the commune's own target of the year: (operator, canonical value)
    missing: frozenset[int]  # earlier years of a term total without a result


@dataclass(frozen=True)
class Recomputed:
    submission: Submission  # the file's inputs, every result computed by the province
    differences: tuple[str, ...]  # "Tỷ lệ tham gia BHYT: tệp ghi đánh giá "Vượt", tính lại "Đạt""
    texts: tuple[str, ...] = ()  # those of `differences` that are a text printed otherwise than its figures
    # (indicator code, the earlier years) of each term total whose earlier years are counted as the file
    # states them, the province holding none of those years' reports (`stated_earlier`): counted, marked
    on_file: tuple[tuple[str, tuple[int, ...]], ...] = ()


# The texts of an item the program writes itself (names, wordings, its notes): a few hundred
# characters each. The whole document is bounded instead (one length, known already): a report
# with every comment and every section at the form's longest is under 1 MB, and a file cannot
# fill the province's database (each version is kept).
_ITEM_TEXTS = ("name", "unit", "value_text", "target_text", "target_source", "verdict", "compared_text",
               "own_target_text", "own_verdict")
MAX_DOCUMENT_BYTES = 2_000_000


def check_values(catalog: Catalog, commune: Commune, sub: Submission) -> list[str]:
    """Every input of the file that the commune's entry form would have refused, named: its
    figures, its comments and the report's text (as long as the form lets them be), each
    indicator once, each section of the text one the report has."""
    problems = []
    seen = set()
    for item in sub.items:
        try:
            ind = catalog.indicator(item.code)
        except ChiTieuError:
            problems.append(f'Chỉ tiêu mã "{quoted(item.code, 40)}" không có trong bộ chỉ tiêu của tỉnh.')
            continue
        if item.code in seen:  # the province would count one of them, a person may read the other
            problems.append(f"{ind.name}: ghi hai lần trong tệp (phần mềm ghi mỗi chỉ tiêu một lần).")
            continue
        seen.add(item.code)
        try:
            _entry(ind, item)
            if len(item.comment) > MAX_TEXT:
                parse_comment(item.comment)  # says how long, and the most
        except InvalidInput as err:
            problems.append(f"{ind.name}: {err.message}")
    problems += _narrative_problems(sub)
    if len(sub.canonical) > MAX_DOCUMENT_BYTES and not problems:
        problems.append(_longest(catalog, sub))
    return problems


def _longest(catalog: Catalog, sub: Submission) -> str:
    """A document longer than any the form lets be made, by its longest text."""
    texts = [(len(text), item, name) for item in sub.items
             for name, text in [(f, getattr(item, f) or "") for f in _ITEM_TEXTS] + [("notes", "\n".join(item.notes))]]
    length, item, name = max(texts, key=lambda t: t[0])
    try:
        where = catalog.indicator(item.code).name
    except ChiTieuError:
        where = quoted(item.code, 40)
    return (f"{where}: cột {name} dài {format_number(length, 0)} ký tự; cả tệp dài quá "
            f"{format_number(MAX_DOCUMENT_BYTES, 0)} byte, điều phần mềm không bao giờ lập.")


def _narrative_problems(sub: Submission) -> list[str]:
    """The report's text: the sections the report has, each once, with its title, each as long
    as the form lets it be."""
    problems, seen = [], set()
    for n in sub.narratives:
        title = NARRATIVE_SECTIONS.get(n.section)
        if title is None:
            problems.append(f'Phần "{quoted(n.section, 40)}" ("{quoted(n.title)}") của báo cáo không có trong mẫu báo cáo '
                            f"(chỉ có: {', '.join(NARRATIVE_SECTIONS.values())}).")
            continue
        if n.section in seen:
            problems.append(f"{title}: ghi hai lần trong tệp.")
            continue
        seen.add(n.section)
        if n.title != title:
            problems.append(f'{title}: tệp ghi tên phần "{quoted(n.title)}", mẫu báo cáo ghi "{title}".')
        if len(n.text) > MAX_NARRATIVE:
            try:
                parse_narrative(n.text, title, NARRATIVE_SECTIONS_EN[n.section])  # says how long, and the most
            except InvalidInput as err:
                problems.append(err.message)
    return problems


def recompute(catalog: Catalog, commune: Commune, sub: Submission,
              held: dict[str, Submission] | None = None) -> Recomputed:
    """`sub` with every result computed again from its inputs (inputs already checked by
    `check_values`; an item of an indicator the catalogue does not have is left out, and one
    whose inputs the entry form would refuse is left out and named in the differences).
    `held`: the unit's reports of `earlier_periods` the province holds (period code -> its
    kept submission); what they say replaces what the file states it used from them."""
    p = sub.period_obj
    items, differences, texts, on_file = [], [], [], []
    ask = resend_advice(sub, held or {})
    for stated in sub.items:
        try:
            ind = catalog.applicable(commune, stated.code)
        except ChiTieuError:
            continue
        try:
            inputs = _entry(ind, stated)
        except InvalidInput as err:  # stored before intake refused such inputs: shown, never counted
            differences.append(f"{ind.name}: tệp ghi số liệu không hợp lệ ({err.message}); chỉ tiêu này không được tính.")
            continue
        beyond = beyond_precision(ind, inputs.entry)
        if years := on_file_years(ind, p, stated, held or {}, inputs.missing):
            on_file.append((ind.code, years))
        inputs = _inputs(ind, p, stated, inputs)
        inputs, said, unchecked = _as_held(ind, p, stated, inputs, held or {}, ask)
        differences += said
        row = evaluate_row(catalog, commune, ind, p, inputs)
        again = item_from_row(row, comment=stated.comment)
        # A format-1 file of a version before own targets were judged beside the province's
        # (until 12/2026) judged the row against the unit's own target instead: said once, as
        # that rule, not as four figures the unit could correct.
        own_instead = sub.format_version == 1 and "tự đặt" in (stated.target_source or "")
        # nearly every item states what the province computes: its fields compared at once first
        differ = [] if _compared(stated) == _compared(again) else [
            (f, label) for f, label in COMPARED
            if _shown(getattr(stated, f)) != _shown(getattr(again, f))
            and not said_before(ind, p, f, stated, again, _year_end_verdict(ind, p, row))]
        # the texts it prints, against the figures both agree on (not where the province took
        # other inputs than the file's: that difference is said, and every text follows it)
        printed = [] if said or _printed(stated) == _printed(again) else text_differences(ind.name, stated, again)
        if unchecked is not None:  # after comparing: the verdict it withholds is said once, as that
            row, judged = _unchecked(row, unchecked)
            again = item_from_row(row, comment=stated.comment)
            differences.append(unchecked.difference(judged))
        items.append(again)
        if beyond is not None:
            differences.append(_beyond(ind, *beyond, again.value_text))
        if own_instead and any(f in _JUDGED_BY_TARGET for f, _ in differ):
            differ = [(f, label) for f, label in differ if f not in _JUDGED_BY_TARGET]
            differences.append(
                f'{ind.name}: tệp (phiên bản trước 12/2026) đánh giá theo chỉ tiêu đơn vị tự đặt '
                f'"{_said(stated.target_text)}" thay cho chỉ tiêu tỉnh giao; tỉnh đánh giá theo chỉ tiêu '
                f'tỉnh giao "{_said(again.target_text)}": "{_said(again.verdict)}"')
        differences += [f'{ind.name}: tệp ghi {label} "{_said(getattr(stated, f))}", tỉnh tính lại '
                        f'"{_said(getattr(again, f))}"' for f, label in differ]
        differences += printed
        texts += printed
    return Recomputed(replace(sub, items=tuple(items)), tuple(differences), tuple(texts), tuple(on_file))


def _beyond(ind: Indicator, spec: InputField, typed: Decimal, counted: str) -> str:
    """A figure stated with more decimals than its indicator's result is carried with (a version
    of the program before the entry form refused it, `validation.beyond_precision`): the province
    counts it as that report printed it, rounded half up as the commune's program did, and says so."""
    return (f"{ind.name}: tệp ghi {spec.label} {format_number(typed, MAX_DECIMALS)} {spec.unit}, chỉ tiêu "
            f"{precision_words(ind, spec)[0]}; tỉnh tính {counted} như báo cáo đơn vị đã in "
            "(phiên bản phần mềm trước đây nhận số có phần lẻ rồi làm tròn khi in)")


def _entry(ind: Indicator, item: Item) -> Stated:
    """The inputs an item states, checked as the entry form checks them."""
    negative, max_percent = allows_negative(ind), not is_growth_rate(ind)  # the same for every field

    def number(text, spec: InputField | None, name: str) -> Decimal | None:
        if text is None:
            return None
        value = _decimal(text, name)
        if spec is not None:
            parse_quantity(value, spec, allow_negative=negative, max_percent=max_percent)
        elif value < 0:
            raise InvalidInput(f"{name}: không được âm.", field=name)
        return value

    if item.flag not in (None, "0", "1"):
        raise InvalidInput(f'Có/Không: ghi "{quoted(item.flag, 20)}", chỉ nhận 1 (Có) hoặc 0 (Không).', field="Có/Không")
    flag = None if item.flag is None else item.flag == "1"
    entry = Entry(number(item.numerator, ind.input("numerator"), "Tử số"),
                  number(item.denominator, ind.input("denominator"), "Mẫu số"),
                  number(item.input_value, ind.input("value") or _typed_rate(ind), "Giá trị"),
                  flag, number(item.previous, ind.input("previous"), "Cùng kỳ năm trước"), item.comment)
    baseline = number(item.baseline, ind.baseline, "Số liệu đầu nhiệm kỳ")
    for name, label in (("last_year", "Cùng kỳ năm trước đã dùng khi đánh giá"),
                        ("earlier_total", "Tổng các năm trước của nhiệm kỳ")):
        if getattr(item, name) is not None:  # its name worded only for a figure stated
            number(getattr(item, name), None, f"{label} (cột {name})")
    check_entry(ind, entry, baseline, precision=False)  # counted as the unit's report printed it: `_beyond`
    own = None
    if item.own_target_op is not None or item.own_target_value is not None:
        value = item.own_target_value
        if ind.kind != "boolean" and value is not None:
            value = _decimal(value, "Chỉ tiêu xã tự đặt")
        op = item.own_target_op
        if op is not None and op != quoted(op, 20):  # the form's refusal quotes it as it is
            raise InvalidInput(f'Phép so sánh "{quoted(op, 20)}" không hợp lệ. Dùng một trong: =, ≥, >, ≤, <.',
                               field="Phép so sánh")
        own = parse_own_target(ind, op, value, typed=False)  # as the unit's version let it through
    return Stated(entry, baseline, own, _years(item.earlier_missing))


def _decimal(text: str, name: str) -> Decimal:
    """A stated figure (a canonical decimal, as the reader let through), within the entry form's digits."""
    whole, _, decimals = text.lstrip("-").partition(".")
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS or len(decimals) > MAX_DECIMALS:
        raise InvalidInput(f"{name}: {text} có quá nhiều chữ số.", field=name)
    return Decimal(text)


def _years(text: str) -> frozenset[int]:
    """The years "2026,2027" an item states its term total lacks (years of the term only)."""
    if not text:
        return frozenset()
    parts = text.split(",")
    if len(parts) > LAST_YEAR - FIRST_YEAR + 1 or not all(p.isascii() and p.isdigit() and len(p) == 4 for p in parts):
        raise InvalidInput(f'Các năm chưa có kết quả: "{quoted(text, 40)}" không đúng dạng (các năm, cách nhau bởi dấu '
                           'phẩy, ví dụ 2026,2027).', field="earlier_missing")
    years = frozenset(int(p) for p in parts)
    if not all(FIRST_YEAR <= y <= LAST_YEAR for y in years):
        raise InvalidInput(f'Các năm chưa có kết quả: "{quoted(text, 40)}" có năm ngoài nhiệm kỳ {FIRST_YEAR}-{LAST_YEAR}.',
                           field="earlier_missing")
    return years


def _typed_rate(ind: Indicator) -> InputField | None:
    return InputField("value", "Tỷ lệ", "%") if ind.kind == "reduction" else None


def _inputs(ind: Indicator, p: Period, item: Item, stated: Stated) -> Inputs:
    """The inputs `evaluate_row` reads, rebuilt from what one item states it used."""
    entries = {(p.code, ind.code): stated.entry}
    last = p.same_period_last_year()
    if item.last_year is not None and last is not None:
        entries[(last.code, ind.code)] = Entry(value=Decimal(item.last_year))
    if item.earlier_total is not None:
        years = [y for y in range(FIRST_YEAR, p.year) if y not in stated.missing]
        for k, y in enumerate(years):  # the total on the first year with a result, 0 on the others
            entries[(str(y), ind.code)] = Entry(value=Decimal(item.earlier_total) if k == 0 else Decimal(0))
    own = {(p.year, ind.code): stated.own} if stated.own else {}
    baseline = stated.baseline
    return Inputs(entries, {ind.code: baseline} if baseline is not None else {}, own)


def _held_value(sub: Submission, code: str) -> Decimal | None:
    """The value `sub` states for indicator `code` (None when it states none, or one the
    entry form would refuse: such a report is not a base to compute from)."""
    item = next((i for i in sub.items if i.code == code), None)
    if item is None or item.input_value is None:
        return None
    try:
        return _decimal(item.input_value, "Giá trị")
    except (InvalidInput, ArithmeticError):
        return None


@dataclass(frozen=True)
class Unchecked:
    """A figure a file states it took from a report of the unit's the province does not hold,
    while it holds others (`_as_held`): counted as the file states it, said on the row."""

    note: Words  # the row's note, "Tổng các năm trước theo tệp; tỉnh chưa nhận báo cáo năm 2027: …"
    said: str  # the difference, "…: chưa kiểm tra được "900.000" tệp tính cho năm 2027 …"
    ask: str  # what the reviewer does, "hãy xin đơn vị gửi báo cáo năm 2027"
    decides: bool  # whether a met verdict can rest on it (a share above 0, a count not 0)

    def difference(self, judged: bool) -> str:
        """`said`, with the verdict the province did not give on it (`judged`: it did not)."""
        withheld = "; tỉnh không đánh giá Đạt, Vượt theo số liệu chưa kiểm tra được" if judged else ""
        return f"{self.said}{withheld} ({self.ask})."


def _as_held(ind: Indicator, p: Period, item: Item, inputs: Inputs,
             held: dict[str, Submission], ask: str = RESEND_EARLIER) -> tuple[Inputs, list[str], Unchecked | None]:
    """`inputs` with what the file states it used from other periods replaced by the reports
    of those periods the province holds, and the differences that makes, named. Where the
    province holds no earlier report of the unit at all (for a term total: none of the earlier
    years'), the file's statement is all there is (a province that starts with the program holds
    none). Where it holds some but not the one a figure comes from (or that report lacks the
    figure), the file's figure is counted as stated and said to be unchecked (`Unchecked`): a
    unit cannot grow its term total, or its fall in accidents, with a year it never sent,
    without a word."""
    if not held:  # nothing to compare with (the province holds no earlier report of the unit)
        return inputs, [], None
    if ind.kind == "count_vs_last_year":
        return _last_year_as_held(ind, p, item, inputs, held, ask)
    years = list(range(FIRST_YEAR, p.year))
    if ind.horizon != "term_total" or not years:
        return inputs, [], None
    if not any(str(y) in held for y in years):  # none of the years' reports (a half-year one only)
        return inputs, [], None
    if not all(str(y) in held for y in years):
        return _partly_held(ind, p, item, inputs, held, years, ask)
    entries = dict(inputs.entries)
    values = {y: _held_value(held[str(y)], ind.code) for y in years}
    total = sum((v for v in values.values() if v is not None), Decimal(0))
    missing = tuple(y for y, v in values.items() if v is None)
    stated_missing = tuple(sorted(y for y in years if (str(y), ind.code) not in entries))
    stated_total = _stated_decimal(item.earlier_total)
    if (total, missing) == (stated_total or Decimal(0), stated_missing) and stated_total is not None:
        return inputs, [], None
    for y, v in values.items():
        if v is None:
            entries.pop((str(y), ind.code), None)
        else:
            entries[(str(y), ind.code)] = Entry(value=v)
    return replace(inputs, entries=entries), [
        f'{ind.name}: tệp ghi tổng các năm trước {_total_said(stated_total, stated_missing)}, các báo cáo năm '
        f'{", ".join(map(str, years))} tỉnh đã nhận của đơn vị cộng lại {_total_said(total, missing)}; '
        f'tỉnh tính theo các báo cáo đã nhận ({ask}).'], None


def _last_year_as_held(ind: Indicator, p: Period, item: Item, inputs: Inputs,
                       held: dict[str, Submission], ask_resend: str = RESEND_EARLIER) -> tuple[Inputs, list[str], Unchecked | None]:
    """Road accidents: the same period a year before, from the province's report of it."""
    last = p.same_period_last_year()
    if last is None:
        return inputs, [], None
    entries = dict(inputs.entries)
    entry = entries[(p.code, ind.code)]
    stated = entry.previous if entry.previous is not None else _stated_decimal(item.last_year)
    value = _held_value(held[last.code], ind.code) if last.code in held else None
    if value is None:
        if stated is None:  # the file takes no figure from it: nothing to check
            return inputs, [], None
        report = _lower(last.name)
        if last.code in held:
            why = f"báo cáo {report} tỉnh đã nhận của đơn vị không có số liệu chỉ tiêu này"
            why_en = f"the {_lower(last.name_en)} report the province holds has no figure for it"
            ask = ask_resend
        else:
            why, why_en = f"tỉnh chưa nhận báo cáo {report}", f"the province has not received the {_lower(last.name_en)} report"
            ask = f"hãy xin đơn vị gửi báo cáo {report}"
        note = Words(f"Cùng kỳ năm trước theo tệp; {why}: chưa kiểm tra được",
                     f"Same period last year as the file states it; {why_en}: not checked")
        said = f'{ind.name}: cùng kỳ năm trước theo tệp "{_number(stated)}"; {why}: chưa kiểm tra được'
        # no accident is met whatever the same period before was
        return inputs, [], Unchecked(note, said, ask, entry.value is None or entry.value != 0)
    if value == stated:
        return inputs, [], None
    if entry.previous is not None:
        entries[(p.code, ind.code)] = replace(entry, previous=value)
    entries[(last.code, ind.code)] = Entry(value=value)
    said = f'"{_number(stated)}"' if stated is not None else "không có số"
    return replace(inputs, entries=entries), [
        f'{ind.name}: tệp ghi cùng kỳ năm trước {said}, báo cáo {last.name} tỉnh đã nhận của đơn vị ghi '
        f'"{_number(value)}"; tỉnh tính theo báo cáo đã nhận ({ask_resend}).'], None


def _partly_held(ind: Indicator, p: Period, item: Item, inputs: Inputs, held: dict[str, Submission],
                 years: list[int], ask: str = RESEND_EARLIER) -> tuple[Inputs, list[str], Unchecked | None]:
    """A term total of which the province holds some earlier years' reports, not all. The years it holds count as it holds them; a file
    states one total, so the years it lacks count for what that total leaves beyond the held
    years' figures (put on the first of them the file counts). Where the held years do not fit
    the total (the file counts a year whose held report has no figure, or not one whose held
    report has one, or a total below the held years' figures), the unheld years' share cannot be
    told apart: they count as without a figure, and the difference is named."""
    entries = dict(inputs.entries)
    stated_missing = {y for y in years if (str(y), ind.code) not in entries}
    stated_total = _stated_decimal(item.earlier_total)
    values = {y: _held_value(held[str(y)], ind.code) for y in years if str(y) in held}
    counted = [y for y in years if str(y) not in held and y not in stated_missing]  # taken from unheld years
    if stated_total is None and all(v is None for v in values.values()):  # neither says a figure
        return inputs, [], None
    share = (stated_total or Decimal(0)) - sum((v for y, v in values.items() if y not in stated_missing and v is not None),
                                               Decimal(0))
    fits = (stated_total is not None and share >= 0 and (counted or share == 0)
            and all((values[y] is None) == (y in stated_missing) for y in values))
    for y in years:
        entries.pop((str(y), ind.code), None)
    for y, v in values.items():
        if v is not None:
            entries[(str(y), ind.code)] = Entry(value=v)
    if fits:
        for k, y in enumerate(counted):
            entries[(str(y), ind.code)] = Entry(value=share if k == 0 else Decimal(0))
    inputs = replace(inputs, entries=entries)
    held_total = sum((v for v in values.values() if v is not None), Decimal(0))
    held_said = (f'các báo cáo năm {", ".join(map(str, values))} tỉnh đã nhận của đơn vị cộng lại '
                 f'{_total_said(held_total, tuple(y for y, v in values.items() if v is None))}')
    unheld = ", ".join(map(str, counted))
    if fits and not counted:  # the held years are the whole of the file's total: checked
        return inputs, [], None
    if not fits:
        stated_years = tuple(sorted(stated_missing))
        lacking = (f"; tỉnh chưa nhận báo cáo năm {unheld}, không tách được phần tệp tính cho năm {unheld}: "
                   "tỉnh tính là chưa có số liệu") if counted else ""
        return inputs, [f'{ind.name}: tệp ghi tổng các năm trước {_total_said(stated_total, stated_years)}, '
                        f'{held_said}{lacking}; tỉnh tính theo các báo cáo đã nhận ({ask}).'], None
    reports = f"the {unheld} report" + ("s" if len(counted) > 1 else "")
    note = Words(f"Tổng các năm trước theo tệp; tỉnh chưa nhận báo cáo năm {unheld}: chưa kiểm tra được",
                 f"Earlier years' total as the file states it; the province has not received {reports}: not checked")
    said = (f'{ind.name}: tổng các năm trước theo tệp "{_number(stated_total)}", {held_said}; tỉnh chưa nhận báo cáo năm '
            f'{unheld}: "{_number(share)}" tệp tính cho năm {unheld} chưa kiểm tra được')
    return inputs, [], Unchecked(note, said, f"hãy xin đơn vị gửi báo cáo năm {unheld}", share > 0)


def _unchecked(row: Row, unchecked: Unchecked) -> tuple[Row, bool]:
    """`row` with the note of a figure the province could not check, and whether its verdict was
    withheld. A met verdict (Vượt, Đạt) resting on a figure of a report the province never
    received is not given: "Chưa đủ số liệu", as for a term total lacking a year's result
    (`rows.evaluate_row`), which the consolidation counts apart from the met and the unmet
    ("Khác") and the reviewer asks the unit for the report. "Không đạt" stays: by the unit's own
    figures, unchecked ones included, the target is not reached. "Đang thực hiện" before the
    horizon stays too (the note beside it), with its progress."""
    judged = row.verdict in (Verdict.VUOT, Verdict.DAT) and unchecked.decides
    evaluation = Evaluation(Verdict.CHUA_DU_SO_LIEU, note=unchecked.note) if judged else row.evaluation
    return replace(row, notes=(*row.notes, unchecked.note), evaluation=evaluation), judged


def _lower(name: str) -> str:
    """A period's name inside a sentence ("năm 2026", "6 tháng đầu năm 2026")."""
    return name[:1].lower() + name[1:]


def _stated_decimal(text: str | None) -> Decimal | None:
    """A figure the file states it used (checked as a decimal by `_entry`)."""
    return None if text is None else Decimal(text)


def _number(value: Decimal) -> str:
    return format_number(value, MAX_DECIMALS)


def _total_said(total: Decimal | None, missing: tuple[int, ...]) -> str:
    if total is None:
        return "không có số"
    lacking = f" (thiếu năm {', '.join(map(str, missing))})" if missing else ""
    return f'"{_number(total)}"{lacking}'


def _shown(value) -> str:
    return "" if value is None else str(value)


def _said(value) -> str:
    """A stated or recomputed field as a difference quotes it: a figure the Vietnamese way
    ("81,1"), anything else as a quote (`quoted`: a verdict, an operator, a file's odd text,
    stored before the reader refused it, on one short line)."""
    text = _shown(value)
    return _number(Decimal(text)) if _PLAIN_DECIMAL.fullmatch(text) else quoted(text)
