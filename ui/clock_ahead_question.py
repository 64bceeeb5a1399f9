"""The administrator's way out of a period approved while the computer's clock ran ahead (walk U25 F1): once the
clock is right, every reopening was refused until the approval's recorded time came (2031). Before the reopen
question, an administrator is asked whether the clock ran fast then, naming the approval's recorded time and the
clock's now; confirmed, the period is reopened with both times kept in its history and the change log
(`Workspace.reopen(clock_was_ahead=True)`, the core's rule: desktop_app/core/clock.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.core.periods import Period, format_time
from desktop_app.services import Workspace
from ui import labels
from ui.actions import FAILED, run_action
from ui.approve_dialog import ask_approval
from ui.i18n import translate


def ask_if_clock_was_ahead(parent: QWidget | None, workspace: Workspace, period: Period) -> bool | None:
    """True: the account (an administrator) confirmed that the period's latest approval took the time of a clock
    running fast; False: nothing to ask (any other account, a clock not behind); None: not confirmed, or the
    question could not be read (nothing is reopened)."""
    times = run_action(parent, workspace.clock_was_ahead, period, reads=True,
                       title=translate("clock_ahead_question", "Could not reopen"))
    if times is FAILED:
        return None
    if not times:
        return False
    approved, now = (format_time(t) for t in times)
    asked = labels.with_period(translate(
        "clock_ahead_question",
        "The latest approval of {period} is recorded at {approved}, later than the computer's clock now ({now}), "
        "so it cannot be reopened by a leader until {approved}.\n\nDid the computer's clock run fast when it was "
        "approved, and is it right now? If so, confirm: the period is reopened, both times are kept in its history "
        "and in the change log, and its next approval is judged by the clock as it is now. If the clock is wrong "
        "now, answer No and set the computer's date and time."), period, approved=approved, now=now)
    said = translate("clock_ahead_question", "Confirm that the clock ran fast at {approved} and reopen?").format(
        approved=approved)
    return True if ask_approval(parent, translate("clock_ahead_question", "Reopen: the clock ran fast"),
                                asked, said) else None
