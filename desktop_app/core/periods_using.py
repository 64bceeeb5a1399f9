"""Which periods' results are worked out from another period's figures: what a correction of that
period changes elsewhere (walk U11 F6: 2027 reopened and corrected after 2028-2030 were approved, the
approved 2030 paper kept a term total no one was told had changed).

The same reads as `core.rows.evaluate_row`: a term total adds up the whole-year results of the term's
earlier years; a count compared with last year reads the same period a year before.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from desktop_app.core.catalog import Indicator
from desktop_app.core.periods import Period, in_sentence, term_periods
from desktop_app.core.rows import Inputs, PeriodView
from desktop_app.core.words import Words


def periods_using(p: Period, indicators: Iterable[Indicator]) -> list[Period]:
    """The term's periods whose evaluation of one of `indicators` reads `p`'s figures, in order."""
    indicators = list(indicators)
    term_total = any(ind.horizon == "term_total" for ind in indicators)
    last_year = any(ind.kind == "count_vs_last_year" for ind in indicators)
    return [q for q in term_periods()
            if (term_total and p.is_year_end and q.year > p.year)
            or (last_year and q.same_period_last_year() == p)]


def approved_using_words(p: Period, approved: list[Period]) -> Words:
    """What a reopening of `p` says of the `approved` periods whose results it feeds: they keep the
    figures they were approved with until a leader reopens and approves each again."""
    names = ", ".join(in_sentence(q.name) for q in approved)
    names_en = ", ".join(of_en(q) for q in approved)
    return Words(
        f"Các kỳ đã duyệt sau đây tính kết quả từ số liệu {in_sentence(p.name)}: {names}. Báo cáo của chúng giữ số đã "
        f"duyệt; sửa và duyệt lại {in_sentence(p.name)} xong, Lãnh đạo mở lại và duyệt lại từng kỳ đó để báo cáo "
        "gửi tỉnh dùng số đã sửa.",
        f"These approved periods work out results from the figures of {of_en(p)}: {names_en}. Their "
        f"reports keep the approved figures; once {of_en(p)} is corrected and approved again, a leader "
        "reopens and approves each of them again so that the reports sent to the province use the corrected figures.")


def approved_changed_words(p: Period, changed: list[Period], asked: bool = False) -> Words:
    """What approving `p` says of the `changed` approved periods worked out from it whose results it
    changes (walk R21 F4: 2028 approved while 2027 was a draft left 2027 out; 2027 approved later, nobody
    was told 2028's paper still leaves it out): they keep their approved figures until approved again.
    `asked`: the question before it says the same of the same periods, but for the tense (red-team R24 F2: it
    named only the periods marked Hoàn thành, the box after it named 2028 too)."""
    names = ", ".join(in_sentence(q.name) for q in changed)
    names_en = ", ".join(of_en(q) for q in changed)
    vi, en, done, done_en = ((f"sẽ tính ra khác khi {in_sentence(p.name)} được duyệt",
                              f"would come out differently once {of_en(p)} is approved", "đã duyệt", "as approved")
                             if asked else
                             ("nay tính ra khác", "would now come out differently", "vừa duyệt", "just approved"))
    return Words(
        f"Các kỳ đã duyệt sau đây tính kết quả từ số liệu {in_sentence(p.name)} và {vi}: {names}. Báo cáo của "
        "chúng giữ số đã duyệt; Lãnh đạo mở lại và duyệt lại từng kỳ đó để báo cáo gửi tỉnh dùng số liệu "
        f"{in_sentence(p.name)} {done}.",
        f"These approved periods work out results from the figures of {of_en(p)} and {en}: {names_en}. Their "
        "reports keep the approved figures; a leader reopens and approves each of them again so that the reports "
        f"sent to the province use the figures of {of_en(p)} {done_en}.")


def of_en(q: Period) -> str:
    """The period inside an English sentence: "year 2028", "quarter I 2027", "the first 6 months of 2028" (R24 F6:
    "the figures of first 6 months of 2028")."""
    return ("the " if q.kind in ("6M", "9M") else "") + in_sentence(q.name_en)


# --- a later period marked Hoàn thành whose figures an earlier period's approval changes ---------------------
# It is not sent back to Đang nhập (Hoàn thành: the officer finished typing its own figures); the leader
# approving it sees the new figures, which its review code binds. The approval says so.

def figures(view: PeriodView) -> dict:
    """What a report shows of each row that another period's approval can change: its value, target,
    comparison (a term total's running total, road accidents' fall) and verdict; not its notes (a period
    reopened is counted as last approved, the same figures: only a note says so)."""
    return {r.indicator.code: (r.value_text, r.target_text, r.compared_text, r.verdict) for r in view.rows}


def figures_changed(before: dict, after: dict) -> list[Period]:
    """Of the periods in `before` (period -> `figures` of it before an approval, reopening…), in order,
    those whose `figures` in `after` differ."""
    return [q for q in before if q in after and before[q] != after[q]]


# why a period reopened counts nowhere until approved again: its approval was made by an older version, which kept
# no copy of the figures approved (later_approvals: `how` "reopen_uncopied"); "khác trước" said less than that
UNCOPIED = (" (bản duyệt cũ của {p} không lưu số liệu đã duyệt)", " (the old approval of {p} kept no copy of the figures "
                                                                   "approved)")
HOW = {
    "approve": ("nay tính cả số liệu đã duyệt của {p}", "now count{s} the approved figures of {p}"),
    "approve_again": ("nay tính số liệu vừa duyệt lại của {p}", "now count{s} the figures of {p} approved again"),
    "reopen": ("nay tính số liệu của {p} khác trước vì kỳ đó vừa được mở lại",
               "now count{s} the figures of {p} otherwise, since it was just reopened"),
    "void": ("nay không còn tính số liệu của {p} vì bản duyệt của kỳ đó vừa bị hủy",
             "no longer count{s} the figures of {p}, since its approval was just voided"),
    # reopened, an approval an older version kept no copy of has nothing to count as (`UNCOPIED`)
    "reopen_uncopied": ("nay không còn tính số liệu của {p} cho đến khi {p} được duyệt lại" + UNCOPIED[0],
                        "no longer count{s} the figures of {p} until {p} is approved again" + UNCOPIED[1]),
}


def named(periods: list[Period]) -> tuple[bool, str, str]:
    """Whether `periods` are several, and their names in a Vietnamese and an English sentence:
    "năm 2028, năm 2029", "year 2028 and year 2029"."""
    many = len(periods) > 1
    listed = [of_en(q) for q in periods]
    return (many, ", ".join(in_sentence(q.name) for q in periods),
            ", ".join(listed[:-1]) + " and " + listed[-1] if many else listed[0])


def complete_changed_words(p: Period, changed: list[Period], how: str = "approve") -> Words:
    """What approving `p` (`how`: "approve", "approve_again"; or "reopen", "void") says of the later
    periods marked Hoàn thành whose figures it changes (`changed`): "Kỳ năm 2028 (Hoàn thành, chờ duyệt)
    nay tính cả số liệu đã duyệt của năm 2027: xem lại số liệu mới của năm 2028 trước khi duyệt." They are not
    sent back: the leader approving each sees and approves the new figures (said to the leader reading it,
    walk U13 F2: "Lãnh đạo duyệt kỳ đó sẽ thấy…" spoke of them in the third person)."""
    vi, en = HOW[how]
    many, names, names_en = named(changed)
    return Words(
        f"{'Các kỳ' if many else 'Kỳ'} {names} (Hoàn thành, chờ duyệt) {vi.format(p=in_sentence(p.name))}: xem lại "
        f"số liệu mới của {names} trước khi duyệt.",
        f"{names_en[0].upper()}{names_en[1:]} (Complete, waiting for approval) "
        + en.format(p=of_en(p), s="" if many else "s")
        + f": look at the new figures of {names_en} before approving {'them' if many else 'it'}.")


# --- before the step: what it would change (walk: the question before Duyệt said nothing of it) ------------

def inputs_after(inputs: Inputs, p: Period, how: str, last_approved: dict | None = None,
                 day: dt.date | None = None) -> Inputs:
    """The `inputs` another period would be evaluated from once `p` is approved now (`how` "approve": its
    figures count, as stored), reopened ("reopen": counted as its approval holds them, `last_approved`
    ((period code, indicator code) -> Entry) of the approval of day `day`; none without them, an approval an
    older version kept no copy of) or its approval voided ("void": its figures no longer count). The rule of
    `Inputs.counts`: another period's figures count once it is approved, as last approved while reopened."""
    own = {k for k, e in inputs.entries.items() if k[0] == p.code and e.value is not None}
    others = {k: e for k, e in inputs.approved_entries.items() if k[0] != p.code}
    reopened = {q: d for q, d in inputs.reopened.items() if q != p.code}
    if how == "approve":
        return replace(inputs, unapproved=frozenset(inputs.unapproved - own), reopened=reopened,
                       approved_entries=others)
    if how == "reopen" and last_approved is not None and day is not None:
        reopened[p.code] = day
        others.update({k: e for k, e in last_approved.items() if k[0] == p.code})
    return replace(inputs, unapproved=frozenset(inputs.unapproved | own), reopened=reopened,
                   approved_entries=others)


WOULD = {
    "approve": ("sẽ tính cả số liệu của {p}", "will count the figures of {p}"),
    # approved again after a reopening, or after an approval an acknowledgement voided (no figure corrected):
    # what is true of both (R24 F6: "số liệu sửa lại" / "corrected figures" of a period no one corrected)
    "approve_again": ("sẽ tính số liệu duyệt lại của {p}", "will count the figures of {p} approved again"),
    "reopen": ("sẽ tính số liệu của {p} khác trước", "will count the figures of {p} otherwise"),
    "void": ("sẽ không còn tính số liệu của {p}", "will no longer count the figures of {p}"),
    "reopen_uncopied": ("sẽ không còn tính số liệu của {p} cho đến khi {p} được duyệt lại" + UNCOPIED[0],
                        "will no longer count the figures of {p} until {p} is approved again" + UNCOPIED[1]),
}
DOING = {"approve": ("Duyệt kỳ", "Approving {p}"), "approve_again": ("Duyệt lại kỳ", "Approving {p} again"),
         "reopen": ("Mở lại kỳ", "Reopening {p}"), "reopen_uncopied": ("Mở lại kỳ", "Reopening {p}"),
         "void": ("Hủy bản duyệt kỳ", "Voiding the approval of {p}")}


def complete_would_change_words(p: Period, changed: list[Period], how: str = "approve") -> Words:
    """Asked before approving `p` (`how`: "approve", "approve_again"; or "reopen", "void"): the later periods
    marked Hoàn thành whose figures the step would change (`changed`), so that the leader knows it before
    choosing, as `complete_changed_words` says it after: "Duyệt kỳ năm 2027 thì kỳ năm 2028 (Hoàn thành, chờ duyệt)
    sẽ tính cả số liệu của năm 2027: xem lại số liệu mới của năm 2028 trước khi duyệt kỳ đó." """
    vi, en = WOULD[how]
    doing_vi, doing_en = DOING[how]
    many, names, names_en = named(changed)
    return Words(
        f"{doing_vi} {in_sentence(p.name)} thì {'các kỳ' if many else 'kỳ'} {names} (Hoàn thành, chờ duyệt) "
        f"{vi.format(p=in_sentence(p.name))}: xem lại số liệu mới của {names} trước khi duyệt "
        f"{'các kỳ' if many else 'kỳ'} đó.",
        f"{doing_en.format(p=of_en(p))} changes the figures of {names_en} (Complete, waiting for approval), "
        f"which {en.format(p=of_en(p))}: look at the new figures of {names_en} before approving "
        f"{'them' if many else 'it'}.")
