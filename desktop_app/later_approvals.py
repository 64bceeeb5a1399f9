"""The approved periods a correction of another period leaves behind (walk U11 F6): what a reopening
says, so that a leader knows which approved reports still carry the figures before the correction."""
from __future__ import annotations

from desktop_app.core.periods import Period, parse_period
from desktop_app.core.periods_using import periods_using


def approved_using(ws, period: str | Period) -> list[Period]:
    """The approved (or exported) periods whose results are worked out from `period`'s figures."""
    p = parse_period(period)
    return [q for q in periods_using(p, ws.catalog.indicators_for(ws.commune)) if ws.period_state(q).frozen]


def approved_changed_by(ws, period: str | Period) -> list[Period]:
    """Of `approved_using`, those a re-evaluation would now change (`drift`): after `period` is approved,
    the approved periods that left it out, or counted other figures of it, and keep them."""
    return [q for q in approved_using(ws, period) if ws.drift(q)]
