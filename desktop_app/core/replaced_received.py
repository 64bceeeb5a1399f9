"""Whether the approval a re-approved report's paper says it replaces is one the province received
from that unit: its line "Duyệt lại ngày …, thay bản mã … đã duyệt ngày …; lý do mở lại: …" is
rendered from what the PDF states (/ChiTieuReplaces, `desktop_app.core.report_info`), which the
workbook does not carry, so a sender could print on a genuinely signed paper that it replaces a
version the province never had. The province holds the versions it received (`HeldApproval`, read
by `desktop_app.signed_pages.approvals_received`): a stated approval held as an earlier approved
version of that unit and period, signed by a key of the unit the province has not revoked, must have
been approved the day the paper says, or the paper contradicts what the province holds (amber, never
"hợp lệ"). One the province never received is said, not held against the file: a commune often
reopens an approval before sending it (a figure mistyped, seen on the printed draft), and its next
approval's paper rightly names the one it replaces, which never left the commune. The reason for
reopening is in no workbook (exports/FORMAT.md): it stays the sender's word, and is said to be.

Qt-free and without I/O.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.doc_number import Issued, printed_number
from desktop_app.core.keys import KeyState
from desktop_app.core.periods import format_date
from desktop_app.core.submission import Replaced, Submission
from desktop_app.core.vietnam_time import VIETNAM_TIME, stated_day
from desktop_app.core.words import Words

NOT_COMPARED = "chưa đối chiếu được với các bản tỉnh đã nhận của đơn vị"  # no province database here
NOT_COMPARED_EN = "not compared with the versions the province received from the unit"


@dataclass(frozen=True)
class HeldApproval:
    """A version of a unit's report for a period that the province received: its fingerprint, when
    its workbook says it was approved ("" a draft) and the state of its signing key in the unit's
    register ("" unsigned, or a key not registered for the unit)."""

    fingerprint: str
    approved_at: str
    key_state: str
    issued: tuple[str, str, str] | None = None  # its workbook's number, symbol and report date (ISO): None not known


def replaced_received(stated: Replaced, held: Sequence[HeldApproval] | None,
                      this: Submission) -> tuple[bool | None, Words]:
    """Whether the approval `stated` (what the PDF of the approved report `this` says it replaces) is
    among the versions the province received, `held` (None: not known here, a commune's computer or
    no province database), and what to say after the paper's line: True and that it was received,
    False and how the paper contradicts the versions held (never "hợp lệ"), None and that it could not
    be compared (none held: said, the verdict unchanged). The paper prints the day of the replaced
    approval, so the day is what is compared. What is said is `Words`: with its English."""
    if held is None:
        return None, Words(NOT_COMPARED, NOT_COMPARED_EN)
    code, day = stated.fingerprint[:16], _day(stated.approved_at)
    # a paper naming the report held by its number and code alone, the day of its approval not known (a restore's
    # record without it, desktop_app/issued_reports.py, S131): that approval compared by its code
    which = Words(f"bản mã {code} duyệt ngày {day}", f"the version {code} approved on {day}") if day else \
        Words(f"bản mã {code}", f"the version {code}")
    signed = {KeyState.CHO, KeyState.XAC_NHAN, KeyState.DA_THAY}  # a revoked key signs nothing the province takes
    # the approvals held that this one can replace: not after it, but where the paper names one after it (a clock
    # that ran ahead at that one, confirmed by an administrator: red-team R32 F2)
    ahead = bool(stated.approved_at) and not _not_after(stated.approved_at, this.approved_at)
    earlier = [h for h in held if h.fingerprint == stated.fingerprint and h.key_state in signed
               and (ahead or _not_after(h.approved_at, this.approved_at))
               and (h.fingerprint, h.approved_at) != (this.fingerprint, this.approved_at)]  # not this very approval
    same_day = [h for h in earlier if not stated.approved_at or _day(h.approved_at) == day]
    if same_day:
        issued = _issued_note(stated, same_day)
        if issued.startswith("nhưng"):
            return False, Words(f"báo cáo ghi thay thế {which}, {issued}: hỏi lại đơn vị trước khi dựa vào dòng này",
                                f"the report states it replaces {which.en}, {issued.en}: ask the unit before relying "
                                "on this line")
        return True, Words(f"tỉnh đã nhận của đơn vị {which}{issued}; lý do mở lại là lời đơn vị ghi "
                           "(tệp Excel không ghi lý do nên không đối chiếu được)",
                           f"the province received {which.en} from the unit{issued.en}; the reason for reopening is "
                           "the unit's word (the Excel file does not state it, so it cannot be compared)")
    if earlier:
        days = ", ".join(dict.fromkeys(_day(at) for at in sorted(h.approved_at for h in earlier)))
        return False, Words(f"báo cáo ghi thay thế {which}, nhưng bản mã {code} tỉnh nhận của đơn vị "
                            f"duyệt ngày {days}: hỏi lại đơn vị trước khi dựa vào dòng này",
                            f"the report states it replaces {which.en}, but the version {code} the province received "
                            f"from the unit was approved on {days}: ask the unit before relying on this line")
    return None, Words(f"báo cáo ghi thay thế {which}, tỉnh chưa nhận bản đó của đơn vị (đơn vị có "
                       "thể đã mở lại kỳ báo cáo trước khi gửi bản đó): bản được thay và lý do mở lại là lời đơn vị ghi, "
                       "chưa đối chiếu được",
                       f"the report states it replaces {which.en}, which the province has not received from the unit "
                       "(the unit may have reopened the period before sending it): the version replaced and the "
                       "reason for reopening are the unit's word, not compared")


def _issued_note(stated: Replaced, held: Sequence[HeldApproval]) -> Words:
    """What the number and date the paper says the replaced report was issued with (`stated.issued`, from 0.3.0)
    are to the versions `held` of that approval (red-team R30 F3): ", số … ngày … như bản tỉnh nhận" when one held
    carries them, "nhưng …" and the ones held when none does, ", số … là lời đơn vị ghi …" when none held carries
    a date; "" when the paper names none."""
    if stated.issued is None:
        return Words("", "")
    said, said_en = stated.issued.said()
    known = [h.issued for h in held if h.issued is not None and h.issued[2]]
    if not known:
        return Words(f", báo cáo đó {said} là lời đơn vị ghi (bản tỉnh nhận không ghi số, ngày nên chưa đối chiếu được)",
                     f", that report {said_en} is the unit's word (the version received states no number or date, "
                     "so it was not compared)")
    mine = (printed_number(stated.issued.doc_number, stated.issued.symbol), stated.issued.report_date.isoformat())
    if any((printed_number(number, symbol), day) == mine and _bare(symbol) == _bare(stated.issued.symbol)
           for number, symbol, day in known):
        return Words(f", báo cáo đó {said} như bản tỉnh nhận", f", that report {said_en} as the version received")
    theirs = list(dict.fromkeys(Issued(number, dt.date.fromisoformat(day), symbol).said()
                                for number, symbol, day in known))
    return Words(f"nhưng bản đó tỉnh nhận ghi báo cáo {', '.join(t[0] for t in theirs)}, báo cáo này ghi {said}",
                 f"but the version received states the report {'; '.join(t[1] for t in theirs)}, this report states "
                 f"{said_en}")


def _bare(symbol: str) -> str:
    return "".join((symbol or "").split()).upper()


def _day(at: str) -> str:
    """"06/04/2026" of an ISO 8601 time, the day the paper prints (exports/report_pdf.approval_line): in
    Vietnam time when the time states its offset (`vietnam_time.stated_day`; "2026-04-05T23:30:00+00:00", a
    laptop on UTC, is 06/04/2026, red-team R30 F2), the date it states when it states none; a text that is
    not a time as it is."""
    return format_date(stated_day(at)) or at


def _moment(at: str) -> dt.datetime:
    t = dt.datetime.fromisoformat(at)
    return t if t.tzinfo else t.replace(tzinfo=VIETNAM_TIME)


def _not_after(at: str, approved_at: str) -> bool:
    """Whether a version approved at `at` was approved by the time of this approval, as moments (a time
    without an offset, an older version's, in Vietnam time); a draft, "", never."""
    try:
        return _moment(at) <= _moment(approved_at)
    except (TypeError, ValueError, OverflowError):  # a draft, or a time that is none
        return False
