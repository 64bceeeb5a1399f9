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


def frozen_message(period: Period, state: State, approved_at: str | None) -> str:
    when = ""
    if approved_at:
        when = f" ngày {approved_at[8:10]}/{approved_at[5:7]}/{approved_at[:4]}"
    return (
        f"Kỳ {period.name} {state.value.lower()}{when}, số liệu không sửa được nữa. "
        "Muốn sửa, Lãnh đạo phải mở lại kỳ báo cáo và nêu lý do."
    )


def check_complete(view) -> None:
    """Refuse to mark a period complete while an assigned indicator is missing or a
    Không đạt has no explanation; the message lists what to do."""
    problems = []
    missing = [r.indicator.name for r in view.required if not r.is_entered]
    if missing:
        problems.append("chưa nhập đủ: " + "; ".join(missing))
    unexplained = [r.indicator.name for r in view.rows
                   if r.verdict == Verdict.KHONG_DAT and not r.entry.comment.strip()]
    if unexplained:
        problems.append("chỉ tiêu Không đạt chưa có giải thích ở cột Ghi chú: " + "; ".join(unexplained))
    if problems:
        raise InvalidInput(f"Kỳ {view.period.name} chưa hoàn thành được: " + ". ".join(problems) + ".",
                           field="Trạng thái kỳ báo cáo")


def refuse_if_frozen(period: Period, state: State, approved_at: str | None = None) -> None:
    if state.frozen:
        raise PeriodFrozen(frozen_message(period, state, approved_at), field="Kỳ báo cáo")


def refuse_unless_signable(period: Period, state: State) -> None:
    """Only what a leader approved is signed digitally: the signature says "this is our
    report", which a draft or a period still being entered is not."""
    if not state.frozen:
        raise InvalidInput(
            f"Kỳ {period.name} đang ở trạng thái {state.value}: chỉ ký số được báo cáo của kỳ đã duyệt. "
            "Lãnh đạo duyệt kỳ báo cáo (Kỳ báo cáo › Duyệt), xuất báo cáo, rồi ký số.",
            field="Trạng thái kỳ báo cáo")
