"""The approved periods a correction of another period leaves behind (walk U11 F6): what a reopening
says, so that a leader knows which approved reports still carry the figures before the correction; and
the later periods marked Hoàn thành whose figures an approval (or a reopening) of an earlier period
changes, which are not sent back but named (`complete_changed_by`). What the question before the step says
is what the box after it says, of the same periods (`approval_would_change_said`: red-team R24 F2)."""
from __future__ import annotations

import json

from desktop_app.core.periods import Period, approval_day, parse_period
from desktop_app.core.periods_using import (
    approved_changed_words,
    complete_changed_words,
    complete_would_change_words,
    figures,
    figures_changed,
    inputs_after,
    periods_using,
)
from desktop_app.core.rows import drift, inputs_from_json, period_view
from desktop_app.core.words import Words
from desktop_app.core.workflow import State


def approved_using(ws, period: str | Period) -> list[Period]:
    """The approved (or exported) periods whose results are worked out from `period`'s figures."""
    p = parse_period(period)
    return [q for q in periods_using(p, ws.catalog.indicators_for(ws.commune)) if ws.period_state(q).frozen]


def approved_changed_by(ws, period: str | Period) -> list[Period]:
    """Of `approved_using`, those a re-evaluation would now change (`drift`): after `period` is approved,
    the approved periods that left it out, or counted other figures of it, and keep them."""
    return [q for q in approved_using(ws, period) if ws.drift(q)]


def complete_figures(ws, period: str | Period) -> dict:
    """Before approving (reopening…) `period`: the later periods marked Hoàn thành whose results are
    worked out from its figures, each with the `figures` it shows now (for `complete_changed_by`)."""
    p = parse_period(period)
    using = [q for q in periods_using(p, ws.catalog.indicators_for(ws.commune)) if ws.period_state(q) == State.COMPLETE]
    return {q: figures(ws.live_view(q)) for q in using}


def complete_changed_by(ws, period: str | Period, before: dict) -> list[Period]:
    """After approving (reopening…) `period`: of the Complete periods `before` (`complete_figures`
    read before), those still Complete whose figures now differ: a term total or last year's count that
    now counts (or no longer counts) its approved figures. Not sent back to Đang nhập: the leader
    approving each sees and approves the new figures (`core.periods_using.complete_changed_words`)."""
    after = {q: figures(ws.live_view(q)) for q in before if ws.period_state(q) == State.COMPLETE}
    return figures_changed(before, after)


def complete_changed_said(ws, period: str | Period, before: dict, how: str = "approve") -> Words | None:
    """What approving (`how` "approve") or reopening ("reopen") `period` says of the Complete periods
    whose figures it changed (`complete_changed_by` of `before`); None when none. A period approved
    before (reopened since) is said to be approved again."""
    p = parse_period(period)
    changed = complete_changed_by(ws, p, before)
    if not changed:
        return None
    if how == "approve" and sum(h.event == "approve" for h in ws.period_history(p)) > 1:
        how = "approve_again"
    return complete_changed_words(p, changed, _uncopied(ws, p, how))


def complete_would_change(ws, period: str | Period, how: str = "approve") -> list[Period]:
    """Before the question of approving (`how` "approve"), reopening ("reopen") or voiding the approval of
    ("void") `period`: the later periods marked Hoàn thành whose figures the step would change if taken now
    (`core.periods_using.inputs_after`), what `complete_changed_by` names after it."""
    p = parse_period(period)
    before = complete_figures(ws, p)
    if not before:
        return []
    commune = ws.catalog.commune_by_code(ws.commune.code)
    last, day = None, None
    if how == "reopen":  # counted as the approval it stands on holds its figures, if it kept a copy
        approval = ws.store.last_approval(commune.code, p.code)
        day = approval_day(approval.at) if approval is not None and approval.snapshot else None
        if day is not None:
            last = inputs_from_json(json.loads(approval.snapshot)["inputs"]).entries
    inputs = inputs_after(ws._inputs(commune), p, how, last, day)
    after = {q: figures(period_view(ws.catalog, commune, q, inputs, ws.store.narratives(commune.code, q.code),
                                    ws.settings.rules)) for q in before}
    return figures_changed(before, after)


def complete_would_change_said(ws, period: str | Period, how: str = "approve") -> Words | None:
    """What the question before approving (reopening, voiding…) `period` says of the later periods marked Hoàn
    thành whose figures it would change (`complete_would_change`); None when none. A period approved before
    (reopened since) is said to be approved again."""
    p = parse_period(period)
    changed = complete_would_change(ws, p, how)
    if not changed:
        return None
    if how == "approve" and any(h.event == "approve" for h in ws.period_history(p)):
        how = "approve_again"
    return complete_would_change_words(p, changed, _uncopied(ws, p, how))


def _uncopied(ws, p: Period, how: str) -> str:
    """`how`, or "reopen_uncopied" for a reopening of `p` whose last approval kept no copy of what was approved (an
    older version's): reopened, `p` counts nowhere until approved again, which the words say (S83: "khác trước",
    "otherwise", said less), as `complete_would_change` and `Workspace._as_last_approved` read it."""
    if how != "reopen":
        return how
    approval = ws.store.last_approval(ws.commune.code, p.code)
    kept = approval is not None and approval.snapshot and approval_day(approval.at) is not None
    return how if kept else "reopen_uncopied"


def approved_would_change(ws, period: str | Period) -> list[Period]:
    """Before the question of approving `period`: of `approved_using`, those whose approved report the approval
    would set apart from what they would now count (`drift` against their evaluation once `period`'s figures count,
    `core.periods_using.inputs_after`), what `approved_changed_by` names after it (2028 approved while 2027 was a
    draft, then 2027 approved: red-team R24 F2). Each evaluated with the catalogue it was approved under."""
    p = parse_period(period)
    changed = []
    for q in approved_using(ws, p):
        approval = ws.approval(q)
        if approval is None:
            continue
        catalog = ws._catalog_version(approval.catalog_version)
        commune = catalog.commune_by_code(ws.commune.code)
        inputs = inputs_after(ws._inputs(commune), p, "approve")
        after = period_view(catalog, commune, q, inputs, ws.store.narratives(commune.code, q.code), ws.settings.rules)
        if drift(ws._approved(approval, as_approved=False)[0], after):
            changed.append(q)
    return changed


def approval_would_change_said(ws, period: str | Period) -> Words | None:
    """What the question before approving `period` says of the later periods the approval changes: the approved
    ones whose results would come out otherwise (`approved_changed_words`, as the box after Yes says it, the tense
    apart), then those marked Hoàn thành (`complete_would_change_said`); None when neither."""
    p = parse_period(period)
    approved = approved_would_change(ws, p)
    said = [approved_changed_words(p, approved, asked=True)] if approved else []
    if (complete := complete_would_change_said(ws, p)) is not None:
        said.append(complete)
    return Words.joined(said, "\n\n") if said else None
