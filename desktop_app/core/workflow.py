"""The life of a reporting period: entered, complete, approved, sent, and reopened.

Once a leader approves a period its values, comments, narrative and the targets and
baselines it used are frozen; only a leader can reopen it, with a reason, and the
approved version stays in the history with its fingerprint.
"""
from __future__ import annotations

from enum import Enum

from desktop_app.core.errors import InvalidInput, PeriodFrozen
from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import Period


class State(str, Enum):
    ENTERING = "Đang nhập"
    COMPLETE = "Hoàn thành"
    APPROVED = "Đã duyệt"
    SENT = "Đã gửi"

    @property
    def frozen(self) -> bool:
        return self in (State.APPROVED, State.SENT)

    @property
    def en(self) -> str:
        """The state in English, for the English of refusals (as the window's English names it)."""
        return _STATES_EN[self]


_STATES_EN = {State.ENTERING: "Entering", State.COMPLETE: "Complete", State.APPROVED: "Approved",
              State.SENT: "Sent"}


def frozen_message(period: Period, state: State, approved_at: str | None) -> tuple[str, str]:
    """Why a frozen period refuses an edit, in Vietnamese and in English."""
    date = f"{approved_at[8:10]}/{approved_at[5:7]}/{approved_at[:4]}" if approved_at else ""
    return (
        f"Kỳ {period.name} {state.value.lower()}{' ngày ' + date if date else ''}, số liệu không sửa được "
        "nữa. Muốn sửa, Lãnh đạo phải mở lại kỳ báo cáo và nêu lý do.",
        f"{period.name_en}: {state.en.lower()}{' on ' + date if date else ''}, its figures can no longer "
        "be changed. To change them, a leader must reopen the period and give the reason.",
    )


def check_complete(view) -> None:
    """Refuse to mark a period complete while an assigned indicator is missing or a
    Không đạt has no explanation; the message lists what to do."""
    problems, problems_en = [], []
    missing = [r.indicator for r in view.required if not r.is_entered]
    if missing:
        problems.append("chưa nhập đủ: " + "; ".join(i.name for i in missing))
        problems_en.append("not all entered: " + "; ".join(i.name_en or i.name for i in missing))
    unexplained = [r.indicator for r in view.rows
                   if r.verdict == Verdict.KHONG_DAT and not r.entry.comment.strip()]
    if unexplained:
        problems.append("chỉ tiêu Không đạt chưa có giải thích ở cột Ghi chú: "
                        + "; ".join(i.name for i in unexplained))
        problems_en.append("indicators Not met with no explanation in the Comment column: "
                           + "; ".join(i.name_en or i.name for i in unexplained))
    if problems:
        raise InvalidInput(f"Kỳ {view.period.name} chưa hoàn thành được: " + ". ".join(problems) + ".",
                           field="Trạng thái kỳ báo cáo",
                           en=f"{view.period.name_en} cannot be marked complete yet: " + ". ".join(problems_en) + ".")


def refuse_if_frozen(period: Period, state: State, approved_at: str | None = None) -> None:
    if state.frozen:
        message, en = frozen_message(period, state, approved_at)
        raise PeriodFrozen(message, field="Kỳ báo cáo", en=en)


def refuse_unless_signable(period: Period, state: State) -> None:
    """Only what a leader approved is signed digitally: the signature says "this is our
    report", which a draft or a period still being entered is not."""
    if not state.frozen:
        raise InvalidInput(
            f"Kỳ {period.name} đang ở trạng thái {state.value}: chỉ ký số được báo cáo của kỳ đã duyệt. "
            "Lãnh đạo duyệt kỳ báo cáo (Kỳ báo cáo › Duyệt), xuất báo cáo, rồi ký số.",
            field="Trạng thái kỳ báo cáo",
            en=f"{period.name_en} is in the state {state.en}: only the report of an approved period can be "
               "signed digitally. A leader approves the period (Period › Approve the period), exports the"
               " report, then signs.")
