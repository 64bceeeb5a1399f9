"""What reopening a period would change in its targets and verdicts, read from the workspace: the
period as approved against the same period evaluated with the catalogue in use (core/reopen_targets.py).
Asked by the reopen dialog and `chitieu reopen` before reopening, and by `Workspace.reopen` for its
audit row."""
from __future__ import annotations

from desktop_app.core.periods import Period, parse_period
from desktop_app.core.reopen_targets import ReopenTargets, reopen_targets


def reopen_targets_of(ws, period: str | Period) -> ReopenTargets | None:
    """The changes reopening `period` makes (None: none, or the period is not approved). An approved
    period shows what was approved (`period_view`: its snapshot, or for an approval kept without a copy
    the catalogue it was approved under); reopened, it is evaluated with the catalogue in use."""
    p = parse_period(period)
    if not ws.period_state(p).frozen:
        return None
    approved_under = ws.approved_under(p) or ws.catalog.version
    return reopen_targets(ws.period_view(p), ws.live_view(p, ws.catalog), approved_under, ws.catalog.version)
