"""The core's words as the interface shows them: verdicts, period states, roles, periods, groups.

The Qt-free core names these in Vietnamese (they are what reports and submission files
print, and reports stay Vietnamese). The interface translates them here, keyed by the
enum or code, so the English interface says "Exceeded" where the report says "Vượt".
Catalogue names stay as in the seeds; an indicator's English name (`name_en`), and the
English names and units of its fields (`label_en`, `unit_en`), are shown in the English
interface.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.core.catalog import Indicator, InputField
from desktop_app.core.evaluation import Verdict, verdict_counts
from desktop_app.core.numbers import PERCENT_UNITS, format_number, typed_back
from desktop_app.core.periods import LAST_YEAR, Period, format_time, in_sentence, parse_period
from desktop_app.core.short_names import short_name as cut_name
from desktop_app.core.term_end import TERM_PART
from desktop_app.core.users import Role
from desktop_app.core.workflow import State
from desktop_app.core.wording import change_words, progress_percent, reduction_beyond, reduction_words, target_level
from ui.i18n import is_english, translate

CONTEXT = "labels"

VERDICTS = {
    Verdict.VUOT: QT_TRANSLATE_NOOP("labels", "Exceeded"),
    Verdict.DAT: QT_TRANSLATE_NOOP("labels", "Met"),
    Verdict.KHONG_DAT: QT_TRANSLATE_NOOP("labels", "Not met"),
    Verdict.DANG_THUC_HIEN: QT_TRANSLATE_NOOP("labels", "In progress"),
    Verdict.CHUA_NHAP: QT_TRANSLATE_NOOP("labels", "Not entered"),
    Verdict.CHUA_GIAO: QT_TRANSLATE_NOOP("labels", "No target assigned"),
    Verdict.CHUA_DU_SO_LIEU: QT_TRANSLATE_NOOP("labels", "Data incomplete"),
    Verdict.CHUA_DEN_KY: QT_TRANSLATE_NOOP("labels", "Not yet assessed"),
}
STATES = {
    State.ENTERING: QT_TRANSLATE_NOOP("labels", "Entering"),
    State.COMPLETE: QT_TRANSLATE_NOOP("labels", "Complete"),
    State.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    State.SENT: QT_TRANSLATE_NOOP("labels", "Exported"),  # stored "Đã gửi": an export marks it (State.label)
}
ROLES = {
    Role.OFFICER: QT_TRANSLATE_NOOP("labels", "Data-entry officer"),
    Role.LEADER: QT_TRANSLATE_NOOP("labels", "Leader"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Administrator"),
}
GROUPS = {
    "kinh_te": QT_TRANSLATE_NOOP("labels", "Economy"),
    "van_hoa_xa_hoi": QT_TRANSLATE_NOOP("labels", "Culture and society"),
    "moi_truong": QT_TRANSLATE_NOOP("labels", "Environment"),
    "xay_dung_dang": QT_TRANSLATE_NOOP("labels", "Party building"),
    "bo_sung": QT_TRANSLATE_NOOP("labels", "Additional indicators"),
    # no catalogue group: the heading of the "bo_sung" indicators the province assigned (Indicator.heading)
    "tinh_giao_bo_sung": QT_TRANSLATE_NOOP("labels", "Additional indicators assigned by the province"),
}
NARRATIVE_SECTIONS = {
    "ket_qua": QT_TRANSLATE_NOOP("labels", "Results achieved"),
    "han_che": QT_TRANSLATE_NOOP("labels", "Shortcomings and causes"),
    "phuong_huong": QT_TRANSLATE_NOOP("labels", "Directions and tasks for the next period"),
}
SIGNER_TITLES = {  # keyed by the core's titles (desktop_app.services.SIGNER_TITLES)
    "Chủ tịch": QT_TRANSLATE_NOOP("labels", "Chair of the People's Committee"),  # untranslated: key
    "Phó Chủ tịch": QT_TRANSLATE_NOOP("labels", "Vice-chair of the People's Committee"),  # untranslated: key
}
YES_NO_UNIT = "Có/Không"  # untranslated: the catalogue's unit of yes/no indicators


def _t(text: str) -> str:
    return translate("labels", text)


def verdict_label(verdict: Verdict) -> str:
    return _t(VERDICTS[verdict]) if verdict in VERDICTS else str(verdict.value)


def state_label(state: State) -> str:
    return _t(STATES[state]) if state in STATES else str(state.value)


def role_label(role: Role) -> str:
    return _t(ROLES[role]) if role in ROLES else str(role.value)


def group_label(code: str, seed_name: str = "") -> str:
    """An indicator group's name (a group a catalogue update adds keeps its seed name)."""
    return _t(GROUPS[code]) if code in GROUPS else (seed_name or code)


def narrative_title(section: str, seed_title: str = "") -> str:
    return _t(NARRATIVE_SECTIONS[section]) if section in NARRATIVE_SECTIONS else (seed_title or section)


def signer_title_label(title: str) -> str:
    return _t(SIGNER_TITLES[title]) if title in SIGNER_TITLES else title


def unit_label(unit: str, unit_en: str = "") -> str:
    """A catalogue unit as the table shows it: as in the seeds, or its English (`unit_en`,
    where the catalogue has one) in the English interface; yes/no translated."""
    if unit == YES_NO_UNIT:
        return translate("labels", "Yes/No")
    return unit_en if is_english() and unit_en else unit


def one_of(unit_en: str) -> str:
    """An English unit after the number 1: "1 person", "1 household", not "1 people" (walk 17, L4);
    a unit that is not a plural, or a list of them ("villages, residential groups"), as it is."""
    if unit_en == "people":
        return "person"
    if unit_en.endswith("s") and "," not in unit_en:
        return unit_en[:-1]
    return unit_en


def field_label(field: InputField) -> str:
    """An input field's name: the catalogue's, or its English in the English interface."""
    return field.english_label if is_english() else field.label


def same_words(a: str, b: str) -> bool:
    """Whether two names say the same ("Trained workers", a ratio's English name and its
    numerator's): a message then names it once."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def yes_no(value: bool) -> str:
    return translate("labels", "Yes") if value else translate("labels", "No")


def period_name(period: Period) -> str:
    """"Quý I năm 2026" / "Quarter I 2026": the period as the window's header names it."""
    names = {
        "Q1": translate("labels", "Quarter I {year}"),
        "6M": translate("labels", "First 6 months of {year}"),
        "9M": translate("labels", "9 months of {year}"),
        "Y": translate("labels", "Year {year}"),
    }
    return names[period.kind].format(year=period.year)


def period_name_of(period: Period | str) -> str:
    """period_name() of a Period or of a period code ("2026-Q1")."""
    if isinstance(period, str):
        try:
            period = parse_period(period)
        except Exception:  # noqa: BLE001 - a code from elsewhere: shown as it is
            return period
    return period_name(period)


def with_period(text: str, period: Period | str, **values) -> str:
    """`text`, a translated sentence, with its {period} named in lower case inside the sentence
    ("Kỳ năm 2026 đã đánh dấu Hoàn thành", "Approve the results of year 2026?") and as written where
    it begins one ("Year 2026 is marked Complete"): the two languages put it in different places."""
    name = period_name_of(period)
    lead = text[:max(text.find("{period}"), 0)]
    begins = not lead.strip() or lead.rstrip(" ").endswith((".", "!", "?", "\n"))
    return text.format(period=name if begins else in_sentence(name), **values)


def period_short_name(period: Period) -> str:
    """The period inside its year in the navigator: Quý I, 6 tháng, 9 tháng, Cả năm."""
    names = {
        "Q1": translate("labels", "Quarter I"),
        "6M": translate("labels", "6 months"),
        "9M": translate("labels", "9 months"),
        "Y": translate("labels", "Whole year"),
    }
    return names[period.kind]


def year_label(year: int) -> str:
    return translate("labels", "Year {year}").format(year=year)


def indicator_name(indicator: Indicator) -> str:
    """The seed's Vietnamese name, or its English name in the English interface."""
    if is_english() and indicator.name_en:
        return indicator.name_en
    return indicator.name


def short_name(indicator: Indicator, most: int = 40) -> str:
    """The indicator's name for a one-line message: cut after a whole word, with "…"."""
    return cut_name(indicator_name(indicator), most)


def value_text(row) -> str:
    """The row's computed value as the table shows it (Có/Không translated)."""
    value = row.computed.value
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, Decimal) and row.indicator.unit in PERCENT_UNITS:  # as its input cell shows it (R27)
        return typed_back(value, row.indicator.unit, row.indicator.decimals)
    return row.value_text


def target_text(row) -> str:
    """The row's target as the table shows it: "≥ 90", "Giảm ≥ 5% so với cùng kỳ", "Có"."""
    target = row.target
    if target is None:
        return ""
    if row.indicator.kind == "count_vs_last_year":
        return translate("labels", "Fall {target}% on the same period last year").format(
            target=target.label(1))
    if isinstance(target.value, bool):
        return yes_no(target.value)
    return row.target_text


def own_target_text(row) -> str:
    """"Xã tự đặt 2026: ≥ 92": the commune's own target for the year, shown under the province's."""
    target = row.own_target
    if target is None:
        return ""
    if isinstance(target.value, bool):
        text = yes_no(target.value)
    elif row.indicator.kind == "count_vs_last_year":
        text = translate("labels", "Fall {target}% on the same period last year").format(target=target.label(1))
    else:
        text = row.own_target_text
    return translate("labels", "Own target {year}: {target}").format(year=row.period.year, target=text)


def own_verdict_text(row) -> str:
    """"Theo chỉ tiêu xã: Đạt": the result against the commune's own target, under the verdict
    (the verdict the province counts stays the one against its own target)."""
    if row.own_evaluation is None:
        return ""
    return translate("labels", "Against the own target: {verdict}").format(
        verdict=verdict_label(row.own_evaluation.verdict))


def figures_text(row) -> str:
    """"6 vụ, Giảm 40% so với cùng kỳ (Vượt)": a row's value, comparison and verdict in a few words."""
    value = value_text(row)
    unit = row.indicator.unit
    if not value:
        shown = translate("labels", "no result")
    elif unit == "%":
        shown = f"{value}%"
    elif isinstance(row.computed.value, bool) or unit == YES_NO_UNIT:
        shown = value
    else:
        shown = f"{value} {unit_label(unit, row.indicator.unit_en)}"
    compared = compared_text(row)
    return f"{shown}{', ' + compared if compared else ''} ({verdict_label(row.verdict)})"


def drift_side(row, other) -> str:
    """One side of an approved row's change (`figures_text`), with a term total's running total when it is not
    the other side's: a correction of an earlier year changes the total, not this period's amount ("35.100
    triệu đồng, 25,7% of target — now 35.100 triệu đồng, 26,6% of target" named no figure that changed)."""
    said = figures_text(row)
    running, theirs = row.running_total_words, other.running_total_words
    if running is None or running == theirs:
        return said
    return f"{said}; {running.en if is_english() else running}"


def compared_text(row) -> str:
    """What the verdict's second line says: share of the target, change on last year, running
    total; in the same words as the report (desktop_app/core/wording.py). A row of an approved
    period that the program now words otherwise (`submission.view_as_approved`) says what its
    signed paper says: in Vietnamese its words, in English nothing where the paper says nothing
    (a yes/no target met before 2030 approved before 2026.12), else the words of its figures."""
    approved = getattr(row, "approved_compared", None)
    if approved is not None and (not approved or not is_english()):
        return approved
    c = row.comparison
    if c is None:
        return ""
    if c.kind == "progress":
        reduced = reduction_words(row.indicator, c)  # a poverty rate that rose: said, not "-123% of target"
        if reduced:
            how, figure = reduced
            if how == "up":
                return translate("labels", "Poverty rate up {figure} {unit} since the start of the term").format(
                    figure=figure, unit=unit_label(row.indicator.unit, row.indicator.unit_en))
            return translate("labels", "Poverty rate not reduced since the start of the term")
        level = target_level(c)  # before the target's horizon, already at or beyond it (as the verdict judges)
        beyond = reduction_beyond(row.indicator, c)  # a fall in points beyond its target: in points, not "4.000%"
        if beyond is not None:  # the report's words, from the core in both languages
            return beyond.en if is_english() else str(beyond)
        percent = progress_percent(c)  # None where a percentage would contradict the level
        if level == "passed":  # "so far": the verdict beside it is "In progress" until the horizon
            return (translate("labels", "So far above the target level ({percent}%)").format(percent=percent)
                    if percent else translate("labels", "So far above the target level"))
        if level == "reached":
            return (translate("labels", "So far at the target level ({percent}%)").format(percent=percent)
                    if percent else translate("labels", "So far at the target level"))
        return translate("labels", "{percent}% of target").format(percent=percent)
    if c.kind == "change":
        how, figure = change_words(row.indicator, c)
        if how == "same":
            return translate("labels", "Unchanged on the same period")
        if how == "up_from_zero":
            return translate("labels", "Up {count} {unit} on the same period (same period: 0)").format(
                count=figure, unit=unit_label(row.indicator.unit, row.indicator.unit_en))
        text = {"down": translate("labels", "Down {percent}% on the same period"),
                "up": translate("labels", "Up {percent}% on the same period"),
                "down_tiny": translate("labels", "Down less than {percent}% on the same period"),
                "up_tiny": translate("labels", "Up less than {percent}% on the same period")}[how]
        return text.format(percent=figure)
    return translate("labels", "Total so far {value}").format(
        value=format_number(c.value, row.indicator.decimals))


def _counts(verdicts) -> str:
    return ", ".join(f"{verdict_label(v)} {n}" for v, n in verdict_counts(verdicts))


def verdict_counts_text(tally) -> str:
    """The status bar's counts of the assigned indicators (`core.evaluation.assigned_tally`, the
    report summary's), saying whose and how many they are as the summary does (walk 13, M4: "Vượt 0,
    Đạt 0" under supplementary rows judged Đạt and Vượt read as the whole table's; walk 14, L4: the
    8 of "Tổng hợp 8 chỉ tiêu tỉnh giao" beside "Đã nhập 7/7"): "Tỉnh giao 8: Vượt 3, Đạt 4, Không
    đạt 1". The supplementary indicators are counted neither on paper nor here: each says
    its verdict in its row. Short enough for 1366 px beside the completeness, the person and the time saved."""
    return translate("labels", "Assigned {total}: {counts}").format(total=tally.total, counts=_counts(tally.verdicts))


def term_end_counts_text(total: int, parts, said=None) -> str:
    """The status bar's counts in the term's last year report, apart as its page 1 counts them
    (`core.term_end.term_end_split`; walk U21 F1: "Tỉnh giao 8: Vượt 5, Đạt 1, Không đạt 2" beside the
    paper's "6 chỉ tiêu nhiệm kỳ 2026-2030: …; 2 chỉ tiêu năm 2030: …" mixed the term's final verdicts with
    the year's): "Tỉnh giao 8 — nhiệm kỳ (6): Vượt 4, Đạt 1, Không đạt 1; năm 2030 (2): Vượt 1, Đạt 0, Không
    đạt 1". `parts`: (TERM_PART or YEAR_PART, the part's verdicts); `said`: a part's verdicts as words, the
    paper's counts (`_counts`) unless given."""
    said = said or _counts
    words = [(translate("labels", "term ({n}): {counts}") if part == TERM_PART else
              translate("labels", "year {year} ({n}): {counts}")).format(n=len(verdicts), year=LAST_YEAR,
                                                                       counts=said(verdicts))
             for part, verdicts in parts]
    return translate("labels", "Assigned {total} — {parts}").format(total=total, parts="; ".join(words))


def counts_kept_whole(text: str) -> str:
    """`verdict_counts_text` for a message box, which wraps at any space: each count held to its
    verdict with no-break spaces, so a line breaks only after a comma (walk U6: the approval
    question read "Đang thực / hiện 6" at the box's width)."""
    return ", ".join(part.replace(" ", "\u00a0") for part in text.split(", "))


def own_counts_text(rows) -> str:
    """"Tự đặt: Vượt 1, Đạt 0, Không đạt 1": the results against the unit's own targets, counted
    apart as the report's "Theo 2 chỉ tiêu xã tự đặt năm 2026: …"; "" when it set none."""
    own = [r.own_evaluation.verdict for r in rows if r.own_evaluation is not None]
    return translate("labels", "Own targets: {counts}").format(counts=_counts(own)) if own else ""


def completeness_text(counts) -> str:
    """A period's `counts` (core `period_status.Counts`), as the status bar and the period list's
    tooltip say them: "Đã nhập 7/8 chỉ tiêu giao"; where an assigned indicator is judged at year end
    only and not entered at the period, what is counted is said: "Đã nhập 7/7 chỉ tiêu cần nhập kỳ
    này", beside "Tỉnh giao 8: …, Chưa đến kỳ đánh giá 1". What is counted are the results: with rows
    typed whose result waits for the start-of-term figure, it is said so, and those apart ("Có kết
    quả 5/7 chỉ tiêu cần nhập kỳ này, 2 chờ số liệu đầu nhiệm kỳ", `PeriodView.completeness_text`;
    walk h4: "Đã nhập 5/7" with all seven rows typed)."""
    entered, required, waiting, due = counts.entered, counts.required, counts.waiting, counts.due_only
    if waiting and due:
        return translate("labels", "Result for {entered}/{required} indicators due this period, {waiting} waiting "
                                   "for the start-of-term figure").format(
            entered=entered, required=required, waiting=waiting)
    if waiting:
        return translate("labels", "Result for {entered}/{required} assigned indicators, {waiting} waiting for the "
                                   "start-of-term figure").format(entered=entered, required=required, waiting=waiting)
    if due:
        return translate("labels", "Entered {entered}/{required} indicators due this period").format(
            entered=entered, required=required)
    return translate("labels", "Entered {entered}/{required} assigned indicators").format(
        entered=entered, required=required)


def authentication_code_tip(code: str, key: str = "") -> str:
    """What the "Mã xác thực" shown beside it is (its tooltip wherever the window shows one),
    and the signing key's code printed with it."""
    text = translate(
        "labels", "Authentication code {code}: a fingerprint of the figures, computed from them. It is printed "
                  "on the paper report and written in the file for the province, so the province can see that "
                  "the file holds the figures of the signed paper: any changed figure gives another code."
    ).format(code=code)
    if key:
        text += "\n" + translate(
            "labels", "Key code {key}: this computer's signing key, printed on the report too; the province "
                      "checks that the file is signed with the key of this code.").format(key=key)
    return text


def reopened_text(reopened: tuple[str, str, str] | None, state: State | None = None, approve: str = "") -> str:
    """Over the table of a period reopened to be corrected (`ApprovalActions.reopened`): who, when
    and why, and what comes next: correct and mark complete, or, once marked complete again, the
    leader's new approval (walk 19: it still said "mark the period complete" then), with where it is
    given (`approve`, the menu path) to whoever may give it; "" for any other period."""
    if reopened is None:
        return ""
    who, at, why = reopened
    said = dict(name=who, time=format_time(at), reason=why)
    if state == State.COMPLETE and approve:
        return translate("labels", "Reopened by {name} at {time}: “{reason}”. The corrected figures are marked "
                                   "complete and wait for a leader's approval again ({menu}).").format(menu=approve, **said)
    if state == State.COMPLETE:
        return translate("labels", "Reopened by {name} at {time}: “{reason}”. The corrected figures are marked "
                                   "complete and wait for a leader to approve them again.").format(**said)
    return translate("labels", "Reopened by {name} at {time}: “{reason}”. Correct the figures, then mark the period "
                               "complete for a leader to approve it again.").format(**said)


def exported_text(sent: str, send: str, reopen: str, again: str | None = None) -> str:
    """Over the table of a period marked sent (stored "Đã gửi"): what the program knows, that its file
    for the province was exported at `sent` (the first export: core/export_times.py) and, when exported
    again since, last at `again` (walk U18 F5: the banner said the later time alone); whether the file
    reached the province it does not, so sending it is the officer's step, where (`send`, the menu path)
    (walks U8, U9: "Kỳ này đã gửi" read as the province having the report, nothing mailed). `reopen`:
    where a leader reopens it."""
    time = format_time(sent)
    if again:
        time += translate("labels", " (exported again at {time})").format(time=format_time(again))
    return translate("labels", "This period is exported: its file for the province was exported at {time}. The "
                               "program does not send it: e-mail the file to the province ({send}) if not sent yet. "
                               "View only, it cannot be changed. To change it, a leader must reopen the period ({menu})."
                     ).format(time=time, send=send, menu=reopen)
