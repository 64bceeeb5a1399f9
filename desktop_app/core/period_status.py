"""A period's status, decided once for every place that says it, and the period a window opens on.

The period list's "Tình trạng" column and the window header's "Trạng thái" say the same words for
the same period (`standing`): they said "Chưa nhập" (the list) and "Đang nhập" (the header) for a
period nothing was entered in, and "Đủ số liệu" and "Đang nhập" for a reopened one. The words
are the enum's values (the interface translates them, keyed by the enum: ui/period_nav.py).

The sign-off state (Hoàn thành, Đã duyệt, Đã xuất: stored "Đã gửi", `State.label`) wins over the data; an unsent period past its
deadline reads "Quá hạn" (`periods.is_overdue`) and says its sign-off state too: "Đã duyệt, quá
hạn gửi" (approved, only the sending is late), "Hoàn thành, quá hạn" (a leader reading "Quá hạn"
alone took it as not approved); then "Sắp đến hạn" within two weeks of the deadline; then
"Đang nhập" once anything is saved (a figure or a comment: `saved_periods`, not only an indicator
complete, walk 29b: 12.900 and 6 saved, "0/7", read "Chưa nhập"), "Chưa nhập", or "Chưa đến kỳ"
before its data start (such a period takes no figures: `workflow.refuse_unless_begun`, whose
`has_begun` is the `started` here).

A period with every figure entered but not marked Hoàn thành says "Đang nhập", the state's own
name, which the program's messages use ("trở lại trạng thái Đang nhập"); it said "Đủ số liệu",
which a leader read as ready for approval (it is not: the officer marks it Hoàn thành first), and
the list's "Nhập" column says 7/7 anyway.

What that column and the status bar count of a period is one `Counts`: the results of the
indicators due, and apart from them the rows typed whose result waits for the start-of-term
figure (`start_of_term`): the status bar said "Có kết quả 5/7 …, 2 chờ số liệu đầu nhiệm kỳ"
while the list said "5/7" for the same period, read as two rows not entered.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from desktop_app.core.evaluation import Entry
from desktop_app.core.periods import Period, in_time
from desktop_app.core.start_of_term import waiting_for_start_of_term
from desktop_app.core.workflow import State


class Standing(str, Enum):
    APPROVED_OVERDUE = "Đã duyệt, quá hạn gửi"
    COMPLETE_OVERDUE = "Hoàn thành, quá hạn"
    OVERDUE = "Quá hạn"
    SENT = "Đã gửi"
    APPROVED = "Đã duyệt"
    COMPLETE = "Hoàn thành"
    DUE_SOON = "Sắp đến hạn"
    NOT_STARTED = "Chưa đến kỳ"
    ENTERING = "Đang nhập"
    NOT_ENTERED = "Chưa nhập"

    @property
    def label(self) -> str:
        """The status as a person reads it: its value, but "Đã xuất" for SENT (`State.label`: an export
        marks a period so, not a mail reaching the province). The value stays what `--json` says."""
        return State.SENT.label if self is Standing.SENT else self.value


@dataclass(frozen=True)
class Counts:
    """A period's count of its assigned indicators, as the list and the status bar say it."""

    entered: int  # the indicators due with a result (what marking the period complete needs)
    required: int  # the assigned indicators due at the period
    waiting: int  # of those without a result, the ones typed that wait for the start-of-term figure
    assigned: int  # the assigned indicators the report's summary counts (more than `required`
    #                where one is judged at year end only)

    @property
    def due_only(self) -> bool:
        """Whether `required` leaves out assigned indicators not due at the period (then said
        "chỉ tiêu cần nhập kỳ này", not "chỉ tiêu giao")."""
        return self.required < self.assigned


def counts(due: Sequence, assigned: int) -> Counts:
    """The `Counts` of a period from its rows `due` (`rows.Row`: the assigned indicators due at
    it) and the number of its `assigned` indicators."""
    return Counts(sum(r.is_entered for r in due), len(due), len(waiting_for_start_of_term(due)), assigned)


_SIGNED_OFF = {State.SENT: Standing.SENT, State.APPROVED: Standing.APPROVED, State.COMPLETE: Standing.COMPLETE}
_OVERDUE = {State.APPROVED: Standing.APPROVED_OVERDUE, State.COMPLETE: Standing.COMPLETE_OVERDUE}


def standing(state: State, saved: bool, *, overdue: bool, due_soon: bool, started: bool) -> Standing:
    """The period's status (module note) from its sign-off `state`, whether anything is `saved`
    in it (`saved_periods`; the list shows the count of indicators entered beside it, which may
    be 0 then), whether its report is `overdue` or
    `due_soon` (both false once sent), and whether its data have `started` (today is past the
    first day they count from)."""
    if overdue:
        return _OVERDUE.get(state, Standing.OVERDUE)
    if state in _SIGNED_OFF:
        return _SIGNED_OFF[state]
    if due_soon:
        return Standing.DUE_SOON
    if not started:
        return Standing.NOT_STARTED
    return Standing.ENTERING if saved else Standing.NOT_ENTERED


def saved_periods(entries: Mapping[tuple[str, str], Entry]) -> set[str]:
    """The codes of the periods with anything saved: a figure or a comment, of any indicator
    (`Inputs.entries`, keyed (period, indicator), as the overview has read them already)."""
    return {period for (period, _), e in entries.items() if not e.is_empty or e.comment}


def period_to_open(waiting: Iterable[Period], *, approves: bool, last: Period | None,
                   reopened: Iterable[Period] = (), enters: bool = False) -> Period | None:
    """The period a window opens on when someone logs in; None: the current period.

    For a person who approves (a leader), a period marked Hoàn thành and `waiting` for approval
    wins over the one they last had open: approving is what they log in for, and the list's
    green "Hoàn thành" among twenty periods is easy to miss (a leader opened on "Cả năm 2026",
    empty, while "9 tháng" waited). For a person who `enters` figures (an officer), a period a
    leader `reopened` for correction and not marked Hoàn thành again wins the same way: it read
    a plain "Đang nhập" in the list, and who reopened it and why shows only once it is open
    (walk 29b). The one last open if it is such a period itself, else the earliest. Anybody
    else, and a person with no such period, goes back to where they left off (`last`)."""
    for concerned, periods in ((approves, waiting), (enters, reopened)):
        periods = sorted(periods, key=in_time)  # Quý I first, not by the kind's code
        if concerned and periods:
            return last if last in periods else periods[0]
    return last
