"""What Duyệt's question says under "Approve the results of …?" (ui/workflow_actions.approve_period): the
verdicts of the report the approval's code is the code of, and after a reopening what changed since the last
approval. Words in the "workflow_actions" context, as the question's own."""
from __future__ import annotations

import re
from decimal import Decimal
from types import SimpleNamespace

from desktop_app.approve_changes import (
    COMMENT,
    INPUT,
    NOTES,
    OWN_TARGET,
    RESULT,
    TARGET,
    VERDICT,
    differs,
    input_named,
    said_drifts,
)
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.evaluation import Verdict, assigned_tally, verdict_counts
from desktop_app.core.numbers import typed_back
from desktop_app.core.periods import LAST_YEAR, approval_day, format_date
from desktop_app.core.term_end import TERM, TERM_PART, term_end_split
from exports.report_rows import NAMED_VERDICTS
from exports.submission_format import SPAN_HORIZONS
from ui import labels
from ui.common import in_language
from ui.entry_model import shown_value
from ui.i18n import translate

SUPPLEMENTARY = "bo_sung"  # the catalogue's group of the additional indicators (labels.GROUPS)
CHANGES_SHOWN = 6  # rows of corrections listed under the counts; the others counted in one line
ADDITIONAL_NAMED = 8  # additional indicators named under their counts; the others counted in one line
ADDITIONAL_NAME_MOST = 60  # characters of a name, cut after a word: a line each at the box's width
NBSP = "\u00a0"
ARROW = f"{NBSP}→{NBSP}"  # "1500 → 1250" never broken at the arrow (helper S108)


def verdicts_said(submission, catalog=None, whole: bool = False) -> str:
    """The counts of the verdicts approved, a line each, each saying where the paper states it (walk U17 F5:
    "Không đạt 5" of the additional indicators beside page 1's "Không đạt 1" of the province's read as two
    counts of one thing): the province's indicators as page 1 sums them up ("Trang 1, tổng hợp 8 chỉ tiêu tỉnh
    giao: Vượt 1, Đạt 0, Không đạt 1 (chỉ tiêu số 7), Đang thực hiện 6"), the unit's own targets as page 1's next
    sentence ("Trang 1, theo 4 chỉ tiêu xã tự đặt năm 2026: …"), then the additional indicators the report
    states, which page 1 does not sum up, as the annex heads them ("Phụ lục, mục II. Chỉ tiêu bổ sung (trang 1
    không tổng hợp): Vượt 0, Đạt 1, Không đạt 3"; walk U14 F4: three found Không đạt were approved
    unmentioned) and which they are (`additional_named`; `catalog`, the workspace's, gives their English names;
    `whole`: their names whole, for the question whose words scroll), then, with one "Đang thực hiện", when such
    a target is judged. The counts held each to its verdict (`labels.counts_kept_whole`). In the term's last
    year, page 1's two counts, the term's targets apart from the year's (`_assigned_said`)."""
    assigned = submission.assigned_items
    lines = _assigned_said(assigned, submission.period)
    own = [(i.no, i.own_verdict) for i in submission.items if i.own_verdict]
    if own:  # the ward's or the commune's, as page 1's sentence says "chỉ tiêu phường tự đặt" (walk U21 F10)
        said = (translate("workflow_actions", "Page 1, the ward's own targets for {year} ({total}): {counts}")
                if submission.is_ward else
                translate("workflow_actions", "Page 1, the commune's own targets for {year} ({total}): {counts}"))
        lines.append(said.format(total=len(own), year=submission.period_obj.year, counts=_counts_named(own)))
    other = [i for i in submission.items if not i.assigned]
    if other:
        counts = ", ".join(f"{labels.verdict_label(v)} {n}" for v, n in verdict_counts([Verdict(i.verdict)
                                                                                         for i in other]))
        lines.append(translate("workflow_actions", "Annex, part II. {group} (not summed up on page 1): {counts}")
                     .format(group=labels.group_label(SUPPLEMENTARY), counts=labels.counts_kept_whole(counts)))
        lines += additional_named(other, catalog, whole)
    tally = assigned_tally(submission.items)
    if Verdict.DANG_THUC_HIEN in tally.verdicts:  # the paper says why under its table; the leader, before signing (walk U6)
        lines.append(translate("workflow_actions", "“In progress”: a yearly target is judged in the year's report, "
                                                   "a whole-term target in the {last} year report.").format(last=LAST_YEAR))
    return "\n".join(lines)


def _assigned_said(assigned, period: str) -> list[str]:
    """Page 1's count of the province's indicators, "Trang 1, tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 1, …"; in the
    term's last year report its two, a line each, in the paper's words and split as the paper splits them
    (`term_end_split`, exports/report_rows.summary_sentence's; helper S103: the question gave one count beside
    the paper's two): "Trang 1, tổng hợp 8 chỉ tiêu tỉnh giao: 6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 2, Đạt 0,
    Không đạt 4 (các chỉ tiêu số 2, 4, 5, 6);" then "2 chỉ tiêu năm 2030: Vượt 2, Đạt 0, Không đạt 0"."""
    lead = translate("workflow_actions", "Page 1, assigned indicators summed up ({total}): {counts}")
    parts = term_end_split(((i.no, SPAN_HORIZONS.get(i.code), i.verdict) for i in assigned), period)
    if not parts:
        return [lead.format(total=len(assigned), counts=_counts_named([(i.no, i.verdict) for i in assigned]))]
    said = [(translate("workflow_actions", "whole term {term} ({n})") if part == TERM_PART else
             translate("workflow_actions", "year {year} ({n})")).format(n=len(group), term=TERM, year=LAST_YEAR)
            + ": " + _counts_named(group) for part, group in parts]
    said[:-1] = [s + ";" for s in said[:-1]]  # the paper's "; " between them
    return [lead.format(total=len(assigned), counts=said[0]), *said[1:]]


def _counts_named(verdicts) -> str:
    """"Vượt 1, Đạt 0, Không đạt 1 (chỉ tiêu số 7)" of `verdicts` (STT, verdict): the counts as page 1 states
    them, those page 1 names by their STT named so (exports/report_rows.NAMED_VERDICTS), each count held to its
    verdict."""
    parts = []
    for verdict, n in verdict_counts([Verdict(v) for _, v in verdicts]):
        part = f"{labels.verdict_label(verdict)} {n}"
        named = [no for no, v in verdicts if v == verdict.value] if verdict in NAMED_VERDICTS else []
        if named:
            numbers = ", ".join(map(str, named))
            part += " (" + (translate("workflow_actions", "indicator no. {numbers}") if len(named) == 1 else
                            translate("workflow_actions", "indicators nos. {numbers}")).format(numbers=numbers) + ")"
        parts.append(part)
    return labels.counts_kept_whole(", ".join(parts))


def additional_named(items, catalog=None, whole: bool = False) -> list[str]:
    """The additional indicators counted, a line each, "• 11. Tỷ lệ gia đình văn hóa: Không đạt" (walk U16: the
    count alone, "Không đạt 2", left the leader to find which two in the table before approving): those found
    Không đạt first, then the others in the report's order; at most ADDITIONAL_NAMED, then "… và 3 chỉ tiêu
    khác". A long name is cut after a word (`labels.short_name`) for the box of a line each; `whole`: whole, for
    the question whose words scroll (walk U17). The verdict held whole where the box wraps."""
    ordered = sorted(items, key=lambda i: (i.verdict != Verdict.KHONG_DAT.value, i.no))
    lines = [f"• {i.no}. {_name(i, catalog, whole)}: {labels.verdict_label(Verdict(i.verdict)).replace(' ', NBSP)}"
             for i in ordered[:ADDITIONAL_NAMED]]
    if len(ordered) > ADDITIONAL_NAMED:
        lines.append(translate("workflow_actions", "… and %n other indicator(s)", "", len(ordered) - ADDITIONAL_NAMED))
    return lines


def _name(item, catalog, whole: bool) -> str:
    """The item's name as the window names its indicator (English in the English interface), cut after a word
    unless `whole`."""
    try:
        indicator = catalog.indicator(item.code) if catalog is not None else None
    except ChiTieuError:  # an indicator the catalogue no longer has: the name the report states
        indicator = None
    if indicator is None:
        indicator = SimpleNamespace(name=item.name, name_en="")
    return labels.indicator_name(indicator) if whole else labels.short_name(indicator, ADDITIONAL_NAME_MOST)


def changes_text(changed, whole: bool = False) -> str:
    """Under the counts of a second approval, what changed since the last (walk 29b: the question
    after a reopening said only the counts, like the first): "Đã sửa so với lần duyệt trước (ngày
    04/12/2026):" and a line a row, "• Thu ngân sách…: Thu ngân sách lũy kế 3.457 → 3.512", at most
    CHANGES_SHOWN, then "… và 2 chỉ tiêu khác"; that nothing differs when nothing does; "" for a
    first approval (`changed` None: `Workspace.changed_since_approval`). `whole`: each name whole, for the
    question whose words scroll (walk U17); else cut after a word, a line each."""
    if changed is None:
        return ""
    at, drifts = changed
    drifts = said_drifts(drifts)
    day = format_date(approval_day(at))
    if not drifts:
        return "\n" + translate("workflow_actions", "No figure differs from the last approval ({day}).").format(day=day)
    lines = [translate("workflow_actions", "Changed since the last approval ({day}):").format(day=day)]
    name = labels.indicator_name if whole else labels.short_name
    lines += [f"• {name(d.indicator)}: {_changed_figures(d)}" for d in drifts[:CHANGES_SHOWN]]
    if len(drifts) > CHANGES_SHOWN:
        lines.append(translate("workflow_actions", "… and %n other indicator(s)", "", len(drifts) - CHANGES_SHOWN))
    return "\n\n" + "\n".join(lines)


def _held(target: str) -> str:
    """A target as one word where it starts with its sign, "≥ 75": the box wrapped "≥" / "75" (walk U20 F7);
    "—" for none."""
    return _SIGN_SPACE.sub("\\1" + NBSP, target) if target else "—"


_SIGN_SPACE = re.compile(r"^([≥≤><=]) ")


def _changed_figures(d) -> str:
    """"Thu ngân sách lũy kế 3.457 → 3.512": what differs (desktop_app/approve_changes.differs, the rule the
    command shares), worded in the window's language. An indicator's one input whose label says nothing its
    name did not is not named again: "• Tốc độ tăng giá trị sản phẩm…: 1500 → 1250" (`input_named`). A figure
    as its cell shows it: a percentage without a thousands point, "1500 → 1250" (walk U17 F4: "1.500 → 1.250"
    beside a cell showing 1500; `typed_back`, 415a053)."""
    def said(field, value) -> str:
        return (typed_back(value, field.unit) if isinstance(value, Decimal) else shown_value(value)) or "—"

    parts = []
    for x in differs(d):
        if x.kind == INPUT:
            label = labels.field_label(x.field)
            named = label + " " if input_named(d, label, labels.indicator_name(d.indicator)) else ""
            # the figures and the arrow joined by no-break spaces: the box wrapped "1500 →" / "1250" (helper S108)
            parts.append(f"{named}{said(x.field, x.before)}{ARROW}{said(x.field, x.after)}")
        elif x.kind == RESULT:
            parts.append(translate("workflow_actions", "result {before} → {after}").format(
                before=labels.value_text(d.approved) or "—", after=labels.value_text(d.live) or "—"))
        elif x.kind == TARGET:
            parts.append(translate("workflow_actions", "province's target {before} → {after}").format(
                before=_held(x.before), after=_held(x.after)))
        elif x.kind == OWN_TARGET:
            parts.append(translate("workflow_actions", "own target {before} → {after}").format(
                before=_held(x.before), after=_held(x.after)))
        elif x.kind == COMMENT:
            parts.append(translate("workflow_actions", "comment changed"))
        elif x.kind == NOTES:  # the paper's Ghi chú prints them under the comment (walk U21 F5)
            parts += [translate("workflow_actions", "removed from Remarks: “{note}”").format(note=in_language(n))
                      for n in x.before]
            parts += [translate("workflow_actions", "added to Remarks: “{note}”").format(note=in_language(n))
                      for n in x.after]
        elif x.kind == VERDICT:
            parts.append(f"{labels.verdict_label(x.before)}{ARROW}{labels.verdict_label(x.after)}")
        else:
            parts.append(translate("workflow_actions", "compared with the target {before} → {after}").format(
                before=x.before or "—", after=x.after or "—"))
    return "; ".join(parts)
