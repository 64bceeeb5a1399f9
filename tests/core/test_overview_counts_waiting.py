"""The overview (what the period list shows) counts each period as its view (what the status bar
shows): the results of the indicators due, and the rows waiting for the start-of-term figure apart."""
from __future__ import annotations

from desktop_app.core.periods import Period


def _counted(ws, period: Period):
    return next(s.counted for s in ws.overview() if s.period == period)


def test_the_overview_counts_the_rows_waiting_as_the_period_view(workspace):
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="312", denominator="12480")
    workspace.set_entry("2026-6M", "ket_nap_dang_vien", value="12")
    counted = _counted(workspace, Period(2026, "6M"))
    assert (counted.entered, counted.required, counted.waiting, counted.due_only) == (1, 7, 2, True)
    assert counted == workspace.period_view("2026-6M").counted
    workspace.set_baseline("giam_ngheo", "5,2")
    assert _counted(workspace, Period(2026, "6M")).waiting == 1
    year = _counted(workspace, Period(2026, "Y"))
    assert (year.entered, year.required, year.waiting, year.due_only) == (0, 8, 0, False)
