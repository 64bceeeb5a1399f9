"""The life of a reporting period: entered, complete, approved, sent, and reopened.

Once a leader approves a period its values, comments, narrative and the targets and
baselines it used are frozen; only a leader can reopen it, with a reason, and the
approved version stays in the history with its fingerprint.

A period whose records were changed outside the program (db/integrity.py finds it) is not
marked complete, approved, exported or signed until the administrator has looked and said
so (`Workspace.acknowledge_changes`): `concerns` says which findings hold a period back. Its
own figures, comments, report text, state and the history of its states (what the approved
paper prints of the approval it replaces and why it was reopened); the figures of the periods
it is evaluated from (the same period a year before, the earlier years: as `rows.used_inputs`);
the term's start-of-term figures; its year's own targets; and whatever holds for every period: the
history's chain itself, an approval, an account (a role given by hand), a setting (the unit,
the signer, the signing key), a catalogue. Another period's figures do not hold it back, nor
the province's registers of keys and certificates. Writing a figure again through the program
does not clear a finding: the history keeps that the program wrote over an edited figure.
The acknowledgement does not leave an approved period on its approval when the approval's
record, the period's state, its history, figures or report text, or the catalogue version it was
approved under (its indicators' names, its targets) were among what was changed:
the approval is voided, the period goes back to Hoàn thành, and the leader approves what is
stored now (`approvals_voided`); until then only a draft is exported.

A period is not marked complete or approved (nor a draft exported) with a catalogue other than
the one the database holds at that moment: when another window or command imported a newer
version since the results were shown, the action is refused once (`CatalogChanged`), the
results are computed with the new version, and the person looks at them and does it again.

Nothing is entered, marked complete, approved or reported for a period that has not begun
(`refuse_unless_begun`): its results cannot exist yet. A period begins on the first day its
figures count from (`Period.cutoff`: 15 December of the year before, by default), not when it
ends: the 6-month report is due on 20 June, before June is over.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum

from desktop_app.core import clock
from desktop_app.core.errors import ChangedOutside, InvalidInput, PeriodFrozen
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import (
    FIRST_YEAR,
    Period,
    PeriodRules,
    format_date,
    in_sentence,
)
from desktop_app.core.start_of_term import MENU, waits_for_start_of_term
from desktop_app.core.vietnam_time import shown
from desktop_app.core.words import Words


class State(str, Enum):
    ENTERING = "Đang nhập"
    COMPLETE = "Hoàn thành"
    APPROVED = "Đã duyệt"
    SENT = "Đã gửi"

    @property
    def frozen(self) -> bool:
        return self in (State.APPROVED, State.SENT)

    @property
    def label(self) -> str:
        """The state as a person reads it (Vietnamese): its value, but "Đã xuất" for SENT. An export of
        the approved report marks the period SENT (`approval.mark_sent`); whether the file then reached
        the province the program does not know, so it does not say "Đã gửi" (walks U8, U9: the officer
        read that the province had the report). The value "Đã gửi" stays what is stored: databases,
        the history's chain, backups and `--json` outputs hold it."""
        return _STATES_SHOWN.get(self, self.value)

    @property
    def en(self) -> str:
        """The state in English, for the English of refusals (as the window's English names it)."""
        return _STATES_EN[self]


_STATES_SHOWN = {State.SENT: "Đã xuất"}
_STATES_EN = {State.ENTERING: "Entering", State.COMPLETE: "Complete", State.APPROVED: "Approved",
              State.SENT: "Exported"}


def reopening(steps):
    """The step that reopened a period being corrected after it (the last of its approvals and
    reopenings, when it is a reopening), else None: never reopened, or approved again since.
    `steps`: the period's history steps in order (anything with `.event`)."""
    last = next((h for h in reversed(steps) if h.event in ("approve", "reopen")), None)
    return last if last is not None and last.event == "reopen" else None


def frozen_message(period: Period, state: State, approved_at: str | None) -> tuple[str, str]:
    """Why a frozen period refuses an edit, in Vietnamese and in English."""
    date = f"{approved_at[8:10]}/{approved_at[5:7]}/{approved_at[:4]}" if approved_at else ""
    if state == State.SENT:  # the date is the approval's: the export's is not the day it was approved
        vi = f"{state.label.lower()} tệp gửi tỉnh{' (duyệt ngày ' + date + ')' if date else ''}"
        en = f"{state.en.lower()} for the province{' (approved on ' + date + ')' if date else ''}"
    else:
        vi = f"{state.label.lower()}{' ngày ' + date if date else ''}"
        en = f"{state.en.lower()}{' on ' + date if date else ''}"
    return (
        f"Kỳ {in_sentence(period.name)} {vi}, số liệu không sửa được "
        "nữa. Muốn sửa, Lãnh đạo phải mở lại kỳ báo cáo và nêu lý do.",
        f"{period.name_en}: {en}, its figures can no longer "
        "be changed. To change them, a leader must reopen the period and give the reason.",
    )


def check_complete(view, proposals: dict | None = None) -> None:
    """Refuse to mark a period complete while an assigned indicator is missing or a
    Không đạt has no explanation; the message lists what to do. `proposals`: the denominators
    proposed from an earlier period (code -> (value, period), `Workspace.denominator_proposals`),
    shown grey in their cells: they count only once accepted, and the refusal says so by name
    (walk 17, M1: "not entered: Population" beside a cell showing 19.500 read as a fault)."""
    problems, problems_en = [], []
    missing = [r for r in view.required if not r.is_entered]
    if missing:
        # What is missing of each, where the officer sees two figures typed and the start-of-term
        # figure, entered in its own dialog, is the one missing.
        proposals = proposals or {}
        problems.append(_listed("Chưa nhập đủ", [_missing_words(r, proposals) for r in missing], "chỉ tiêu"))
        problems_en.append(_listed("Not all entered", [_missing_words(r, proposals, en=True) for r in missing],
                                   "indicators"))
        if any(_proposal_waits(r, proposals) for r in missing):  # how to accept, said once
            problems.append("Số màu xám ở cột Mẫu số là số đề xuất từ kỳ trước, chỉ được tính khi đã nhận: "
                            "chọn ô đó và nhấn Enter (hoặc gõ số khác)")
            problems_en.append("The grey figures in the Denominator column are proposed from an earlier period "
                               "and count only once accepted: select the cell and press Enter (or type another figure)")
    unexplained = [r.indicator for r in view.rows
                   if r.verdict == Verdict.KHONG_DAT and not r.entry.comment.strip()]
    if unexplained:
        problems.append(_listed("Chỉ tiêu Không đạt chưa có giải thích ở cột Ghi chú",
                                [i.name for i in unexplained], "chỉ tiêu"))
        problems_en.append(_listed("Indicators Not met with no explanation in the Comment column",
                                   [i.name_en or i.name for i in unexplained], "indicators"))
    if problems:
        # One line per problem: the names run long (an indicator's name may end "… trở lên"),
        # and two problems run together read as one.
        raise InvalidInput(f"Kỳ {in_sentence(view.period.name)} chưa hoàn thành được:\n"
                           + "\n".join(f"• {p}." for p in problems),
                           field="Trạng thái kỳ báo cáo",
                           en=f"{view.period.name_en} cannot be marked complete yet:\n"
                              + "\n".join(f"• {p}." for p in problems_en))


LISTED_ITEM = "   - "  # an indicator's line under its problem's bullet


def _listed(problem: str, items: list[str], counted: str) -> str:
    """One problem and the indicators it concerns: one of them on the problem's line ("Chưa nhập đủ:
    A"); several, counted there and each on a line of its own under it, ended with ";" but the last
    (walk 18, F2: "A — …; B — …; C — …" in one bullet wrapped over ten lines of a narrow box, the
    indicators and where to fix each hard to tell apart). The problem's bullet ends the list with "."."""
    if len(items) == 1:
        return f"{problem}: {items[0]}"
    return f"{problem}: {len(items)} {counted}\n" + ";\n".join(LISTED_ITEM + item for item in items)


def _proposal_waits(row, proposals: dict) -> bool:
    """Whether all the row lacks is its denominator, and one is proposed (grey in its cell)."""
    return (row.indicator.code in proposals and row.indicator.input("denominator") is not None
            and row.entry.numerator is not None and row.entry.denominator is None)


def _missing_words(row, proposals: dict, en: bool = False) -> str:
    """An indicator not entered, by name; one partly entered, with what is missing of it; a
    denominator proposed but not accepted, with its figure, where it comes from and how to accept it."""
    ind, why = row.indicator, row.computed.missing
    name = (ind.name_en or ind.name) if en else ind.name
    if _proposal_waits(row, proposals):
        value, source = proposals[ind.code]
        den = ind.input("denominator")
        figure = format_number(value, 6)
        if en:
            return (f"{name} — {den.label_en or den.label}: {figure} proposed from {in_sentence(source.name_en)}, "
                    "not yet accepted")
        return f"{name} — {den.label}: {figure} đề xuất từ kỳ {in_sentence(source.name)}, chưa được nhận"
    if row.entry.is_empty or not why:
        return name
    if waits_for_start_of_term(row):
        # the menu item without its "…": the list ends the sentence with "." ("kỳ…." read as a typo)
        where = f", entered in {MENU.en.removesuffix('…')}" if en else f", nhập ở {MENU.removesuffix('…')}"
    else:
        where = ""
    said = getattr(why, "en", why) if en else why
    return f"{name} — {said[:1].lower()}{said[1:]}{where}"


def refuse_if_frozen(period: Period, state: State, approved_at: str | None = None) -> None:
    if state.frozen:
        message, en = frozen_message(period, state, approved_at)
        raise PeriodFrozen(message, field="Kỳ báo cáo", en=en)


def refuse_if_used_frozen(what: Words, frozen: list) -> None:
    """The refusal of a change to `what` (the start-of-term figure of an indicator, an own target)
    used by the approved or sent periods `frozen` ((period, state row) pairs), naming both."""
    if not frozen:
        return

    def state(row, en: bool) -> str:
        at, sent = row.approved_at or "", State(row.state) == State.SENT
        date = f"{at[8:10]}/{at[5:7]}/{at[:4]}" if at else ""
        if en:
            return ("exported, " if sent else "") + (f"approved on {date}" if date else "approved")
        return State(row.state).label + ((", duyệt ngày " if sent else " ngày ") + date if date else "")

    many = len(frozen) > 1
    vi = ", ".join(f"{in_sentence(p.name)} ({state(r, False)})" for p, r in frozen)
    en = ", ".join(f"{p.name_en} ({state(r, True)})" for p, r in frozen)
    raise PeriodFrozen(
        f"{what} không sửa được vì {'các kỳ' if many else 'kỳ'} đã duyệt dùng nó: {vi}. "
        f"Muốn sửa, Lãnh đạo phải mở lại {'các kỳ' if many else 'kỳ'} đó và nêu lý do.",
        field="Kỳ báo cáo",
        en=f"{what.en} cannot be changed: the approved {'periods' if many else 'period'} using it: {en}. "
           f"To change it, a leader must reopen {'them' if many else 'it'} and give the reason.")


def begins_on(period: Period, rules: PeriodRules = PeriodRules()) -> dt.date:
    """The day `period` begins: the first day its figures count from (the module's note)."""
    return period.cutoff(rules)[0]


def has_begun(period: Period, today: dt.date, rules: PeriodRules = PeriodRules()) -> bool:
    return today >= begins_on(period, rules)


# What `refuse_unless_begun` refuses, in Vietnamese and in English.
ENTERING = ("nhập số liệu", "entered")
COMPLETING = ("đánh dấu hoàn thành", "marked complete")
APPROVING = ("duyệt", "approved")
REPORTING = ("lập báo cáo", "reported")


def refuse_unless_begun(period: Period, today: dt.date, rules: PeriodRules, doing: tuple[str, str]) -> None:
    """Refuse to do `doing` (what, in Vietnamese and in English: `ENTERING`…) with a period that
    has not begun on `today`, saying from which day its figures can be entered. Before that day
    the period has no results: figures typed then are a slip of the period list (2027's Quý I for
    2026's) or a guess, and a report of them would be received by the province as a real one."""
    if has_begun(period, today, rules):
        return
    start, now = format_date(begins_on(period, rules)), format_date(today)
    wrong = clock.before_release(today)  # 01/01/2020: the clock, not the period (walk U25 F5)
    raise InvalidInput(
        f"Kỳ {in_sentence(period.name)} chưa {doing[0]} được: kỳ chưa bắt đầu (số liệu của kỳ tính từ ngày {start}, hôm nay "
        f"là {now}), chưa có kết quả của kỳ. Nhập được số liệu của kỳ từ ngày {start}."
        + (f" Ngày {now} trước ngày phát hành phiên bản {clock.RELEASED_VERSION} của chương trình "
           f"({format_date(clock.RELEASED_ON)}): đồng hồ máy tính đang chỉ sai ngày, hãy chỉnh lại ngày giờ rồi làm "
           "lại." if wrong else ""),
        field="Kỳ báo cáo",
        en=f"{period.name_en} cannot be {doing[1]} yet: the period has not begun (its figures count from "
           f"{start}, today is {now}), so it has no results yet. Its figures can be entered from {start}."
           + (f" {now} is before version {clock.RELEASED_VERSION} of the program was released "
              f"({format_date(clock.RELEASED_ON)}): the computer's clock shows a wrong date, set the right date and "
              "time, then try again." if wrong else ""))


def refuse_unless_signable(period: Period, state: State) -> None:
    """Only what a leader approved is signed digitally: the signature says "this is our
    report", which a draft or a period still being entered is not."""
    if not state.frozen:
        raise InvalidInput(
            f"Kỳ {in_sentence(period.name)} đang ở trạng thái {state.label}: chỉ ký số được báo cáo của kỳ đã duyệt. "
            "Lãnh đạo duyệt kỳ báo cáo (Kỳ báo cáo › Duyệt), xuất báo cáo, rồi ký số.",
            field="Trạng thái kỳ báo cáo",
            en=f"{period.name_en} is in the state {state.en}: only the report of an approved period can be "
               "signed digitally. A leader approves the period (Period › Approve the period), exports the"
               " report, then signs.")


REVIEWED_CODE = 16  # hex digits, at least, of the code a leader states for the figures reviewed


def refuse_unless_reviewed(period: Period, reviewed: str | None, fingerprint: str) -> None:
    """An approval binds to what the leader looked at: `reviewed`, the fingerprint (or its
    first `REVIEWED_CODE` hex digits, "Mã xác thực") of the figures the window showed or
    `chitieu show` printed, must be that of the figures approved now (`fingerprint`), else
    another window or command changed them meanwhile and the approval is refused (red-team 15,
    F4: a scripted `set` and `complete` just before the leader's "Duyệt" was approved unseen).
    None: nothing stated (a command run without `--expect`), nothing compared."""
    if reviewed is None:
        return
    code = "".join(reviewed.split()).replace("-", "").lower()
    if len(code) < REVIEWED_CODE or len(code) > len(fingerprint) or any(c not in "0123456789abcdef" for c in code):
        raise InvalidInput(
            f"Mã xác thực số liệu đã xem: “{reviewed}” không đúng dạng: cần ít nhất {REVIEWED_CODE} chữ số hệ 16 "
            "(0-9, a-f) như lệnh chitieu show in ra.", field="Mã xác thực",
            en=f"Code of the figures reviewed: “{reviewed}” is not one: at least {REVIEWED_CODE} hexadecimal digits "
               "(0-9, a-f), as chitieu show prints it.")
    if not fingerprint.startswith(code):
        raise InvalidInput(
            f"Chưa duyệt kỳ {in_sentence(period.name)}: số liệu đã thay đổi ở cửa sổ hoặc lệnh khác từ lúc xem "
            f"(mã xác thực lúc xem {code[:REVIEWED_CODE]}, nay {fingerprint[:REVIEWED_CODE]}). Xem lại số liệu rồi "
            "duyệt.", field="Mã xác thực",
            en=f"{period.name_en} is not approved: its figures were changed in another window or command since "
               f"they were reviewed (code then {code[:REVIEWED_CODE]}, now {fingerprint[:REVIEWED_CODE]}). Review "
               "the figures, then approve.")


def changed_since_export(period: Period, state: State, sub, fingerprint: str | None,
                         approval=None) -> tuple[str, str] | None:
    """Why `sub`, a submission written to a file a moment ago, is not the approval `period`
    stands on now (its `state`, the `fingerprint` of its current approval and that `approval`:
    its time `at` and `chain_head`, which tell two approvals of the same figures apart; None
    for one kept without them, by versions before snapshots, judged by the fingerprint alone),
    in Vietnamese and in English; None when it is, and for a draft of a period still not
    approved. Another window or command may have approved, reopened or approved again while
    the file was written: a file is marked sent, or signed, only when it is the report of the
    approval the period stands on."""
    if not sub.approved:
        if not state.frozen:
            return None
        return (f"kỳ {in_sentence(period.name)} đã được duyệt ở cửa sổ hoặc lệnh khác: tệp là bản DỰ THẢO, không phải báo cáo "
                "đã duyệt",
                f"{period.name_en} was approved in another window or command: the file is a DRAFT, not the "
                "approved report")
    short = sub.fingerprint[:16]
    if not state.frozen:
        return (f"kỳ {in_sentence(period.name)} đã được mở lại ở cửa sổ hoặc lệnh khác (nay ở trạng thái {state.label}): tệp "
                f"mang mã xác thực {short} của lần duyệt không còn hiệu lực",
                f"{period.name_en} was reopened in another window or command (now in the state {state.en}): the "
                f"file carries the code {short} of an approval no longer in force")
    if sub.fingerprint != fingerprint or (
            approval is not None and (sub.approved_at, sub.chain_head) != (approval.at, approval.chain_head)):
        new, when = (fingerprint or "")[:16], _when(approval.at if approval is not None else None)
        return (f"kỳ {in_sentence(period.name)} đã được mở lại và duyệt lại ở cửa sổ hoặc lệnh khác (mã xác thực {new}"
                f"{', duyệt lúc ' + when if when else ''}): tệp là của lần duyệt trước (mã xác thực {short})",
                f"{period.name_en} was reopened and approved again in another window or command (code {new}"
                f"{', approved at ' + when if when else ''}): the file is of the previous approval (code {short})")
    return None


def _when(at: str | None) -> str:
    """A stored time (ISO 8601) as the messages write it, in Vietnam time: "14:05 18/12/2026"."""
    return shown(at) if at and len(at) >= 16 else ""


def kept_without_copy_message(period: Period, fingerprint: str | None) -> tuple[str, str]:
    """Why an approval made by a version before approvals were kept (no copy of what was
    approved, only its code) is not exported as approved: this version would judge its figures
    with today's rules and catalogue and could send as approved a report the leader never saw."""
    code = f" (mã xác thực {fingerprint[:16]})" if fingerprint else ""
    code_en = f" (code {fingerprint[:16]})" if fingerprint else ""
    return (f"Kỳ {in_sentence(period.name)} được duyệt bằng phiên bản cũ của chương trình, phiên bản chưa lưu bản đã "
            f"duyệt{code}: số liệu hiện ra được phiên bản này đánh giá lại và có thể khác báo cáo đã duyệt, "
            "đã gửi. Báo cáo đã duyệt là tệp đã xuất lúc đó. Muốn xuất lại, Lãnh đạo mở lại kỳ (Kỳ báo cáo › "
            "Mở lại…), Cán bộ nhập liệu bấm Hoàn thành, Lãnh đạo duyệt lại: từ đó bản duyệt được lưu.",
            f"{period.name_en} was approved with an older version of the program, which did not keep what "
            f"was approved{code_en}: the figures shown are judged again by this version and may differ from the "
            "report approved and sent. The approved report is the file exported then. To export again, a leader "
            "reopens the period (Period › Reopen…), the data-entry officer marks it Complete and the leader "
            "approves it again: from then on the approval is kept.")


# The records that hold back every period when changed outside the program (db/integrity.py's
# tables), and those of the province's side, which hold back none.
EVERY_PERIOD = ("approvals", "users", "settings", "catalogs")
NO_PERIOD = ("unit_keys", "trust_roots")
SHOWN_CHANGES = 3  # named in a refusal; `chitieu audit verify` lists them all


def concerns(table: str | None, key: tuple | None, commune: str, period: Period) -> bool:
    """Whether a record changed outside the program (`table` and `key` of a db.integrity
    finding; None: the history's chain itself) holds back `period` of `commune` (module note)."""
    if table is None or table in EVERY_PERIOD:
        return True
    if table in NO_PERIOD or not key or key[0] != commune:
        return False
    if table == "baselines":
        return True
    if table == "own_targets":
        return str(key[1]) == str(period.year)
    if table == "entries":
        last_year = period.same_period_last_year()
        return key[1] in {period.code, last_year.code if last_year else None,
                          *(str(y) for y in range(FIRST_YEAR, period.year))}
    return key[1] == period.code  # narratives, period_states, period_history


# What an approval stands on: when an administrator acknowledges a change made outside the program
# to one of these records of an approved period, the approval is voided (`approvals_voided`).
APPROVAL_RECORDS = ("approvals", "period_states", "period_history", "entries", "narratives")


def approvals_voided(changed, commune: str, frozen: dict[str, int | None],
                     approved_under: dict[str, str | None]) -> list[str]:
    """The periods whose approval an acknowledgement of `changed` voids (module note): `changed`,
    the (table, key) of db/integrity.py's findings; `frozen`, the approval id each approved or sent
    period of `commune` stands on, by period code (None: approved by a version that kept no copy);
    `approved_under`, the catalogue version each of them was approved under (None: not known).

    Something approved is immutable, and an acknowledgement only says that someone has looked: it
    cannot make figures a leader never saw the approved ones. So a period whose approval record,
    state, history (a reopening's reason the paper prints as the leader's), figures or report text
    were changed outside the program goes back to awaiting the
    leader's approval (`approval_voided`), who then approves what is stored now. So does one whose
    catalogue version was changed: the approval names that version rather than keeping a copy, and
    the window and `chitieu show` read its indicators' names and targets from it, so they would say
    the changed ones while the signed paper says the approved ones (red-team 22, F3). A change to
    another catalogue version, to what holds back every period (an account, a setting, the chain
    itself) or to an input of another period voids nothing: the approval keeps its own copy of the
    settings and of every input it used."""
    voided = set()
    for table, key in changed:
        if table == "approvals" and key:
            voided |= {period for period, approval_id in frozen.items() if approval_id == key[0]}
        elif table == "catalogs" and key:
            voided |= {period for period in frozen if approved_under.get(period) == key[0]}
        elif table in APPROVAL_RECORDS and key and key[0] == commune and key[1] in frozen:
            voided.add(key[1])
    return sorted(voided)


def approval_voided(period: Period, catalogue: str | None = None, data: bool = True) -> tuple[Words, str]:
    """What an acknowledgement that voided `period`'s approval says (Vietnamese, with `en`), and
    the reason the period's history and the change log keep. `catalogue`: the version it was approved
    under, when that version was among the changes; `data`: the period's own records were too (a
    period voided for its catalogue alone was not told its data were changed)."""
    if catalogue is None:
        why, why_en = "dữ liệu của kỳ đã bị sửa", "the period's data were changed"
    else:
        what = f"bộ chỉ tiêu phiên bản {catalogue}, theo đó kỳ được duyệt,"
        what_en = f"the indicator catalogue version {catalogue}, under which it was approved,"
        why, why_en = ((f"dữ liệu của kỳ và {what} đã bị sửa", f"the period's data and {what_en} were changed") if data
                       else (f"{what} đã bị sửa", f"{what_en} was changed"))
    return (Words(f"Bản duyệt kỳ {in_sentence(period.name)} bị hủy vì {why} ngoài chương trình: kỳ trở "
                  f"lại trạng thái {State.COMPLETE.value}. Lãnh đạo phải xem lại số liệu hiện có và duyệt lại; "
                  "đến khi đó chỉ xuất được bản DỰ THẢO.",
                  f"The approval of {in_sentence(period.name_en)} was voided because {why_en} outside "
                  f"the program: the period is back to {State.COMPLETE.en}. A leader must look at the figures as "
                  "they now are and approve it again; until then only a DRAFT can be exported."),
            "bản duyệt bị hủy khi Quản trị viên xác nhận đã kiểm tra thay đổi ngoài chương trình; Lãnh đạo "
            "phải duyệt lại")


def first_named(found: list[str]) -> tuple[str, int]:
    """The first `SHOWN_CHANGES` of `found` joined for inside a sentence, and how many more
    there are (a refusal names a few; `chitieu audit verify` lists them all)."""
    return "; ".join(m.rstrip(".") for m in found[:SHOWN_CHANGES]), len(found) - SHOWN_CHANGES


def refuse_while_changed_outside(period: Period, found: list[str], doing: tuple[str, str]) -> None:
    """Refuse to do `doing` (what, in Vietnamese and in English) with `period` while `found`
    (db/integrity.py's messages of the changes that concern it) is not empty."""
    if not found:
        return
    named, more = first_named(found)
    raise ChangedOutside(
        f"Kỳ {in_sentence(period.name)} chưa {doing[0]} được: lịch sử số liệu cho thấy dữ liệu của kỳ bị sửa ngoài chương "
        f"trình (bằng công cụ khác, không qua chương trình): {named}"
        + (f" (và {more} chỗ khác)" if more > 0 else "") + ". Báo cho Quản trị viên: kiểm tra số liệu đó với "
        "sổ sách, nhập lại đúng số qua chương trình nếu cần, rồi xác nhận đã kiểm tra (Quản trị › Xác nhận đã "
        "kiểm tra thay đổi ngoài chương trình…, hoặc lệnh chitieu audit acknowledge); sau đó mới "
        f"{doing[0]} được.",
        field="Lịch sử số liệu",
        en=f"{period.name_en} cannot be {doing[1]} yet: the data history shows the period's data changed outside "
           f"the program (with another tool, not through the program){f' ({len(found)} changes)' if more > 0 else ''}"
           f"; in Vietnamese: {named}. Tell the administrator: check those figures against the records, enter the "
           "right figures again through the program if needed, then acknowledge the check (Administration › "
           "Acknowledge changes made outside the program…, or the command chitieu audit acknowledge); then it "
           f"can be {doing[1]}.")


class CatalogChanged(InvalidInput):
    """An action judged with a catalogue version the database no longer holds as its newest."""


def changes_named(changes: list[str]) -> tuple[str, str]:
    """What a catalogue update changes, said in a refusal after the version: the first changes
    named, in brackets, in Vietnamese and in English (which names them in Vietnamese); "" without."""
    if not changes:
        return "", ""
    named, more = first_named(changes)
    return (f" ({named}" + (f"; và {more} thay đổi khác" if more > 0 else "") + ")",
            f" ({len(changes)} change{'s' if len(changes) > 1 else ''}; in Vietnamese: {named})")


def catalog_changed(period: Period, shown: str, current: str, changes: list[str],
                    doing: tuple[str, str]) -> CatalogChanged:
    """The refusal of `doing` (Vietnamese, English: "duyệt", "approved") with `period` because the
    results were computed with catalogue version `shown` while the database now holds `current`;
    `changes`: what the update changes, the unit's own targets first (Vietnamese lines)."""
    what, what_en = changes_named(changes)
    return CatalogChanged(
        f"Kỳ {in_sentence(period.name)} chưa {doing[0]} được: bộ chỉ tiêu vừa được cập nhật ở một cửa sổ hoặc lệnh khác "
        f"của chương trình lên phiên bản {current}{what}, còn kết quả vừa xem được tính theo phiên bản "
        f"{shown}. Kết quả nay được tính lại theo phiên bản {current}: hãy xem lại kết quả rồi {doing[0]} lại.",
        field="Bộ chỉ tiêu",
        en=f"{period.name_en} cannot be {doing[1]} yet: another window or command of the program has just updated "
           f"the indicator catalogue to version {current}{what_en}, while the results just shown were computed "
           f"with version {shown}. They are now computed with version {current}: look at the results again; then "
           f"it can be {doing[1]}.")
