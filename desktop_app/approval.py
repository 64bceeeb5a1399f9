"""The life of a reporting period at the commune: complete, approve, reopen, sent; what
the province receives of it (the submission) and the audit trail a reviewer reads.

What a leader approves never changes: approving stores the evaluated period with every
input it used, from any period (a snapshot), and the submission as approved; the window,
`chitieu show` and every export of an approved period come from that snapshot. When a
live re-evaluation would differ (an earlier period it uses was corrected since), `drift`
says so. Every check that decides a write runs inside the write transaction, so a second
window or a command running beside the window cannot slip an edit into an approval, nor a
catalogue update: a period is completed and approved with the catalogue the database holds
at that moment (`refuse_if_catalog_changed`). Nothing is entered, completed, approved or reported
for a period that has not begun (`refuse_unless_begun`, core/workflow.py); what an older version
let someone enter in one stays, read only.

A mixin of `desktop_app.services.Workspace`, kept apart because it is a job of its own; what an
edit does to a period marked Hoàn thành is `desktop_app.sending_back`'s.
"""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import replace

from db.rows import ApprovalRow, now
from desktop_app.core import clock
from desktop_app.core.catalog import Catalog
from desktop_app.core.catalog_changes import describe_changes, own_target_changes
from desktop_app.core.doc_number import Issued, issued_elsewhere, issued_of
from desktop_app.core.errors import InvalidInput, PeriodFrozen
from desktop_app.core.number_taken import refuse_number_taken
from desktop_app.core.numbers import format_number
from desktop_app.core.period_status import Counts
from desktop_app.core.periods import Period, in_sentence, parse_period
from desktop_app.core.report_info import MAX_REASON
from desktop_app.core.restore_record import read as read_record
from desktop_app.core.restore_record import recorded_for
from desktop_app.core.rows import (
    Drift,
    PeriodView,
    drift,
    inputs_from_json,
    inputs_json,
    period_view,
    used_inputs,
)
from desktop_app.core.settings import Settings, refuse_unsendable_symbol
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.core.reopen_targets import ReopenTargets, refuse_unaccepted
from desktop_app.core.submission import (
    Submission,
    build_submission,
    document_json,
    replaced_approval,
    submission_from_json,
    view_as_approved,
)
from desktop_app.core.unwritable_text import refuse_unwritable
from desktop_app.core.users import Permission
from desktop_app.core.vietnam_time import in_vietnam, local_text
from desktop_app.core.workflow import (
    APPROVING,
    COMPLETING,
    REPORTING,
    State,
    catalog_changed,
    changed_since_export,
    check_complete,
    kept_without_copy_message,
    refuse_unless_begun,
    refuse_unless_reviewed,
    reopening,
)
from desktop_app.issued_reports import issued_reports, with_issued
from desktop_app.period_steps import record_sent, set_state  # record_sent: restore_carry's, as before
from desktop_app.reopen_changes import reopen_targets_of
from desktop_app.resources import app_version, catalog_of
from desktop_app.sending_back import SendingBack
from exports.paper_version import paper_version

SIGNING_KEY = "signing_key"  # the setting holding the installation's private key
# What a leader reopens: an approved or sent period, or a complete one sent back to the officer.
REOPENABLE = (State.APPROVED, State.SENT, State.COMPLETE)
REOPENING = ("mở lại", "reopened")
# The reason of the "sent" step of an export printing the number a restore recorded (`issued`).
RECORDED = "Số và ngày báo cáo như lần khôi phục lúc {when} đã ghi lại từ dữ liệu lần đó thay thế (tỉnh đang giữ báo cáo đó)"
NOT_REOPENABLE = ("chưa duyệt nên không cần mở lại: số liệu vẫn sửa được",
                  "it is not approved, so it needs no reopening: its figures can still be changed")


class ApprovalActions(SendingBack):
    """The period workflow of a Workspace (`self.store`, `self.commune`, `self.period_view`…)."""

    notice: str | None = None  # what the last action changed beside what was asked (shown to the user)
    today_is: dt.date | None = None  # the day a period's beginning is judged on; None: the computer's clock

    def today(self) -> dt.date:
        """Today, as `refuse_unless_begun` judges it: the computer's clock, read at each action,
        unless `today_is` fixes a day (a test's)."""
        return self.today_is or in_vietnam(dt.datetime.now().astimezone()).date()  # the paper's day (U25 F4)

    def refuse_unless_begun(self, period: str | Period, doing: tuple[str, str]) -> None:
        """Refuse `doing` (core/workflow.py's `ENTERING`, `COMPLETING`…) with a period not begun today."""
        refuse_unless_begun(parse_period(period), self.today(), self.settings.rules, doing)

    def figures_end_later(self, period: str | Period) -> dt.date | None:
        """The last day of the period's figures when it is still to come (None once it is here): an
        approval before it is allowed (a leader away on the day), but its report can be exported
        and printed only from that day (core/periods.check_report_date), which the approve question
        says first (walk 17, L1); a date chosen for it is not before the approval's day either."""
        end = parse_period(period).cutoff(self.settings.rules)[1]
        return end if self.today() < end else None

    def period_state(self, period: str | Period) -> State:
        row = self.store.period_state(self.commune.code, parse_period(period).code)
        return State(row.state) if row else State.ENTERING

    def refuse_if_clock_behind(self, p: Period, doing: tuple[str, str]) -> None:
        """Inside the write transaction of a step of the period's life: refuse `doing` while the
        computer's clock (the one every record is stamped with) reads earlier than the period's
        latest approval (core/clock.py: the province would not keep an approval stating a time
        earlier than the one it corrects)."""
        clock.refuse_if_clock_behind(p, clock.stamp_time(now()), self.latest_approval_time(p), doing)

    def latest_approval_time(self, p: Period) -> dt.datetime | None:
        """The latest time of the period's approvals the clock is compared with (core/clock.counted_approvals:
        none before a reopening an administrator confirmed as made after a clock running ahead)."""
        return clock.latest([h.at for h in clock.counted_approvals(self.store.history(self.commune.code, p.code))])

    def clock_was_ahead(self, period: str | Period) -> tuple[dt.datetime, dt.datetime] | None:
        """(the approval's recorded time, the clock's now) when the account may reopen the period after
        confirming the clock ran ahead when it was approved (an administrator; the period reopenable, the clock
        behind that approval): what the window asks before its reopen question (walk U25 F1); None else."""
        p = parse_period(period)
        if not self.may(Permission.ACKNOWLEDGE_CHANGES) or self.period_state(p) not in REOPENABLE:
            return None
        clock_now, recorded = clock.stamp_time(now()), self.latest_approval_time(p)
        return (recorded, clock_now) if clock.clock_is_behind(clock_now, recorded) else None

    def _confirm_clock_ahead(self, p: Period) -> tuple[dt.datetime, dt.datetime]:
        """`reopen(clock_was_ahead=True)`'s checks (inside its transaction or snapshot): an administrator, a
        clock that can be right, and one behind the approval (else there is nothing to confirm)."""
        self.require(Permission.ACKNOWLEDGE_CHANGES)
        clock_now = clock.stamp_time(now())
        clock.refuse_unless_plausible(clock_now, REOPENING)
        recorded = self.latest_approval_time(p)
        clock.refuse_unless_ahead(p, clock_now, recorded)
        return recorded, clock_now

    def take_notice(self) -> str | None:
        notice, self.notice = self.notice, None
        return notice

    def _set_state(self, p: Period, to: State, event: str, *, reason: str | None = None,
                   approval: ApprovalRow | None = None, sent: str | None = None, issued: Issued | None = None,
                   note: str | None = None, record: str | None = None) -> None:
        """One transition of the unit's period by the user, `set_state`."""
        set_state(self.store, self.user, self.commune.code, p, to, event, reason=reason, approval=approval, sent=sent,
                  issued=issued, note=note, record=record)

    def _require_state(self, p: Period, *allowed: State, doing: tuple[str, str]) -> None:
        """Refuse unless the period is in one of `allowed`; `doing` says what cannot be done,
        in Vietnamese and in English."""
        state = self.period_state(p)
        if state not in allowed:
            raise InvalidInput(f"Kỳ {in_sentence(p.name)} đang ở trạng thái {state.label}; {doing[0]}.",
                               field="Trạng thái kỳ báo cáo",
                               en=f"{p.name_en} is in the state {state.en}; {doing[1]}.")

    def complete(self, period: str | Period) -> State:
        """The officer says the period is fully entered; checked, not just claimed."""
        self.require(Permission.COMPLETE)
        p = parse_period(period)
        self.refuse_unless_begun(p, COMPLETING)
        with self.store.transaction():
            self._require_state(p, State.ENTERING, doing=("không đánh dấu hoàn thành được",
                                                          "it cannot be marked complete"))
            self.refuse_if_changed_outside(p, ("đánh dấu hoàn thành", "marked complete"))
            self.refuse_if_clock_behind(p, COMPLETING)
            self.refuse_if_catalog_changed(p, ("đánh dấu hoàn thành", "marked complete"))
            check_complete(self.period_view(p), self.denominator_proposals(p))  # a grey proposal named as such
            self._set_state(p, State.COMPLETE, "complete")
        return State.COMPLETE

    def approve(self, period: str | Period, reviewed: str | None = None) -> str:
        """A leader approves: the period's evaluation, every input it used and the submission
        are stored as they are now, and the period freezes; `reviewed`: the fingerprint of the
        figures the leader looked at, refused if they changed since (`refuse_unless_reviewed`).
        Returns the fingerprint."""
        self.require(Permission.APPROVE)
        p = parse_period(period)
        clock.refuse_unless_plausible(clock.stamp_time(now()), APPROVING)  # before "not begun": the clock's fault
        self.refuse_unless_begun(p, APPROVING)
        with self.store.transaction():
            self._require_state(p, State.COMPLETE, doing=("chỉ duyệt được kỳ đã Hoàn thành",
                                                          "only a Complete period can be approved"))
            self.refuse_if_changed_outside(p, ("duyệt", "approved"))
            self.refuse_if_clock_behind(p, APPROVING)
            self.refuse_if_catalog_changed(p, ("duyệt", "approved"))
            commune, catalog, settings = self.commune, self.catalog, self.settings
            inputs = used_inputs(catalog, commune, p, self._inputs(commune))
            narratives = self.store.narratives(commune.code, p.code)
            view = period_view(catalog, commune, p, inputs, narratives, settings.rules)
            check_complete(view)
            sub = build_submission(view, settings, catalog.version, approved=True, app_version=app_version())
            refuse_unsendable_symbol(sub.doc_symbol, p, False, APPROVING)  # else its export asks a new approval
            refuse_unless_reviewed(p, reviewed, sub.fingerprint)
            snapshot = {"catalog_version": catalog.version, "inputs": inputs_json(inputs),  # its paper's version too
                        "narratives": narratives, "settings": settings.as_json(), "app_version": app_version()}
            approval_id = self.store.add_approval(
                commune.code, p.code, self.user, sub.fingerprint, catalog.version, self.store.chain_head(),
                json.dumps(snapshot, ensure_ascii=False, sort_keys=True), sub.canonical.decode("utf-8"))
            self._set_state(p, State.APPROVED, "approve", approval=self.store.approval(approval_id))
        return sub.fingerprint

    def reopen(self, period: str | Period, reason: str, accepted: ReopenTargets | None = None,
               clock_was_ahead: bool = False) -> State:
        """A leader reopens an approved period, with a reason; the approved version stays in history.

        Refused, as complete, approve and export are, while a change made outside the program holds
        the period back (`refuse_if_changed_outside`): reopening only lowers the state, but it is a
        leader's decision, recorded with who took it, and the account deciding may be one whose role
        was given by hand (red-team 16, F1); once the administrator has acknowledged the changes
        (which itself voids an approval they touched) the leader reopens. Refused too while the
        clock reads earlier than the period's latest approval (`refuse_if_clock_behind`), and while it would
        be judged with other targets than `accepted`, those the leader was shown (`reopen_targets_of`).
        `clock_was_ahead`: an administrator confirms that the period's latest approval took the time of a clock
        running ahead, the clock now right (`_confirm_clock_ahead`); both times are kept in the reopening's history
        and audit rows, and the approvals before it no longer hold the clock back (walk U25 F1)."""
        p = parse_period(period)
        self.check_reopen(p, clock_was_ahead)  # the role and the state first: no reason asked of who may not
        reason = " ".join(unicodedata.normalize("NFC", reason or "").split())
        if not reason:
            raise InvalidInput("Lý do mở lại: chưa nhập. Ghi rõ vì sao cần sửa số liệu đã duyệt.",
                               field="Lý do mở lại",
                               en="Reason for reopening: not entered. Say why the approved figures need "
                                  "changing.")
        if len(reason) > MAX_REASON:  # the paper prints it, and the province checks it against this
            raise InvalidInput(f"Lý do mở lại: dài quá {format_number(MAX_REASON)} ký tự. Ghi ngắn gọn vì sao cần sửa "
                               "số liệu đã duyệt.", field="Lý do mở lại",
                               en=f"Reason for reopening: longer than {MAX_REASON} characters. Say briefly why the "
                                  "approved figures need changing.")
        with self.store.transaction():
            self._require_state(p, *REOPENABLE, doing=NOT_REOPENABLE)
            self.refuse_if_changed_outside(p, REOPENING)
            ahead = self._confirm_clock_ahead(p) if clock_was_ahead else self.refuse_if_clock_behind(p, REOPENING)
            self.reload_catalog()  # another window's or command's import meanwhile: judged with it, not the one loaded
            targets = reopen_targets_of(self, p)  # shown and accepted, then kept by the audit row (walk U18 F1)
            refuse_unaccepted(targets, accepted)
            note = ". ".join(n for n in (targets and targets.logged(), ahead and clock.ahead_note(*ahead)) if n)
            self._set_state(p, State.ENTERING, "reopen", reason=reason, note=note or None,
                            record=ahead and clock.ahead_record(*ahead))
        return State.ENTERING

    def check_reopen(self, period: str | Period, clock_was_ahead: bool = False) -> None:
        """Refuse at once what `reopen` would refuse whatever the reason: an account that may not
        reopen (naming its role and who may), a period not approved (nor complete), which needs
        no reopening, one held back by a change made outside the program, a clock behind. The
        window asks it before asking for the reason. Its reads are one snapshot (another window saving
        meanwhile changes none of them); `reopen` asks them again inside its write."""
        with self.store.reading():
            self.require(Permission.ACKNOWLEDGE_CHANGES if clock_was_ahead else Permission.REOPEN)
            p = parse_period(period)
            self._require_state(p, *REOPENABLE, doing=NOT_REOPENABLE)
            self.refuse_if_changed_outside(p, REOPENING)
            self._confirm_clock_ahead(p) if clock_was_ahead else self.refuse_if_clock_behind(p, REOPENING)

    def mark_sent(self, exported: Submission, files=None) -> None:
        """The file of `exported` was written for the province: its period is marked Đã gửi, with
        when (the approval stays as it is). Checked inside the transaction that records it, since
        another window or command may have approved, reopened or approved again while the file was
        being written, or exported the approval with another number or date, or issued its number for
        another report of the year (core/number_taken.py, in the export's words): only the approval the
        period stands on, with the number and date it was issued with, is marked sent; a draft of a
        period still not approved changes nothing; anything else is refused, naming what happened.

        `files`: the export's files written under a hidden folder (`exports.bundle.ExportResult`,
        written `staged`), given their names inside the same transaction once the period is marked
        (a failed move undoes the mark); refused, an approved report's files are removed (they are
        no report to send: red-team 16, F4) and a draft's take their names, as a draft. Without
        `files` (a caller marking files already named), they stay where they were written."""
        self.require(Permission.EXPORT)
        p, commune = parse_period(exported.period), self.commune
        with self.store.transaction():
            if exported.unit_code != commune.code:
                raise InvalidInput(f"Tệp vừa xuất là của {exported.unit_name}, không phải của {commune.name}: không "
                                   "ghi nhận Đã xuất.", field="Đơn vị",
                                   en=f"The file just exported is {exported.unit_name}'s, not {commune.name}'s: "
                                      "it is not recorded as Exported.")
            row = self.store.period_state(commune.code, p.code)
            approval = self.approval(p)
            issued = self.issued(p)
            why = changed_since_export(p, State(row.state) if row else State.ENTERING, exported,
                                       row.fingerprint if row else None, approval) or issued_elsewhere(
                issued, exported)
            if why:
                removed = files is not None and exported.approved
                if files is not None and not removed:
                    files.publish()  # a draft stays a draft, named as such
                raise _not_sent(p, why, removed)
            if exported.approved and issued is None:  # its number issued for another report meanwhile (R5 F7)
                refuse_number_taken(p, exported.fingerprint, exported.doc_number, exported.doc_symbol,
                                    exported.report_date, issued_reports(self.store, commune.code),
                                    files=_files_said(files is not None))
            if exported.approved:  # when its file was exported: the same when files already exported are sent again
                record_sent(self.store, self.user, commune.code, p, exported.generated_at or now(),
                            Issued(exported.doc_number, exported.report_date, exported.doc_symbol),
                            reason=RECORDED.format(when=local_text(issued.recorded_at))  # stored words, as before
                            if issued is not None and issued.recorded_at else None)
            if files is not None:
                files.publish()

    def period_history(self, period: str | Period):
        return self.store.history(self.commune.code, parse_period(period).code)

    def reopened(self, period: str | Period) -> tuple[str, str, str] | None:
        """(who — full name, when — stored time, why) of the reopening the period is being corrected
        after, None when it is not (never reopened, or approved again since): the officer is told
        what to correct (walk 17, L2), not left with a draft like any other."""
        step = reopening(self.period_history(period))
        if step is None:
            return None
        account = self.store.user(step.user)
        return (account.full_name if account else step.user), step.at, step.reason or ""

    # --- what was approved ------------------------------------------------------------
    def approval(self, period: str | Period) -> ApprovalRow | None:
        """The approval a frozen period stands on (None: not approved, or approved by a
        version of the program that kept no snapshot)."""
        row = self.store.period_state(self.commune.code, parse_period(period).code)
        if row is None or not State(row.state).frozen or row.approval_id is None:
            return None
        return self.store.approval(row.approval_id)

    def issued(self, period: str | Period) -> Issued | None:
        """The number and date the approval a period stands on was first exported with (core/doc_number.py); of
        one not exported here, those a restore recorded for its code from the data it replaced, the report the
        province holds (core/restore_record.recorded_for, `recorded_at` set): read only from the restore rows
        the program chained (`chained_audit_rows`: one inserted or edited with sqlite3 is none), and none while
        the period's records are changed outside the program (`changes_outside`). One its history holds that a
        restore recorded too (a restore carried it, or put back a history holding it) has `recorded_at` set: the
        same figures approved again keep it, where one issued here alone goes with its approval."""
        p = parse_period(period)
        history = self.period_history(p)
        issued = issued_of(history)
        row = self.store.period_state(self.commune.code, p.code)
        if row is None or not State(row.state).frozen or not row.fingerprint:
            return issued
        records = [(record, r.at) for r in self.store.chained_audit_rows("restore")
                   if (record := read_record(r.old)) is not None and record.issued]
        recorded = recorded_for(records, history, self.commune.code, p.code, row.fingerprint) if records else None
        if issued is not None:
            same = recorded is not None and recorded == issued and not self.changes_outside(p)
            return replace(issued, recorded_at=recorded.recorded_at) if same else issued
        # an approval changed outside the program is not the report of that code the province holds
        return None if recorded is None or self.changes_outside(p) else recorded

    def sent_at(self, period: str | Period) -> str | None:
        """When the file for the province of a period marked Đã gửi was exported (None for any
        other state): what "Đã gửi" means here, as `mark_sent` records it."""
        row = self.store.period_state(self.commune.code, parse_period(period).code)
        return row.sent_at if row is not None and row.state == State.SENT.value else None

    def kept_without_copy(self, period: str | Period) -> str | None:
        """The code (fingerprint) of an approval made by a version before approvals were kept
        (the period frozen, no approval to stand on); None for any other period."""
        row = self.store.period_state(self.commune.code, parse_period(period).code)
        if row is None or not State(row.state).frozen or row.approval_id is not None:
            return None
        return row.fingerprint or ""

    def _approved(self, approval: ApprovalRow, *, as_approved: bool = True) -> tuple[PeriodView, Settings]:
        """The approved period evaluated from its snapshot; `as_approved`: with the verdicts
        and words it was approved with, where this version of the program judges or words
        them otherwise (`view_as_approved`), so that the window says what the paper says."""
        snapshot = json.loads(approval.snapshot)
        settings = Settings.from_json(snapshot["settings"])
        catalog = self._catalog_version(snapshot["catalog_version"])
        commune = catalog.commune_by_code(approval.commune)
        view = period_view(catalog, commune, parse_period(approval.period), inputs_from_json(snapshot["inputs"]),
                           snapshot["narratives"], settings.rules)
        if as_approved and approval.canonical:
            again = build_submission(view, settings, approval.catalog_version, approved=True)
            if again.fingerprint != approval.fingerprint:
                view = view_as_approved(view, submission_from_json(approval.canonical, "{}"))
        return view, settings

    def live_view(self, period: str | Period, catalog: Catalog | None = None) -> PeriodView:
        """The period evaluated from what is stored now, approved or not (with the current
        catalogue, or `catalog`: with the unit and its targets as that catalogue has them)."""
        p = parse_period(period)
        catalog = catalog or self.catalog
        commune = catalog.commune_by_code(self.commune.code)
        return period_view(catalog, commune, p, self._inputs(commune),
                           self.store.narratives(commune.code, p.code), self.settings.rules)

    def period_view(self, period: str | Period) -> PeriodView:
        """The period as the window and every document show it: as approved, for an
        approved period; else evaluated from what is stored now (an approval kept without a
        copy by an older version: with the catalogue it was approved under)."""
        approval = self.approval(period)
        if approval:
            return self._approved(approval)[0]
        return self.live_view(period, self.catalog_for(period))

    def approved_counts(self, period: str | Period) -> Counts:
        """How many assigned indicators an approved (frozen) period has entered, of how many it
        requires (`PeriodView.counted`), as it was approved: from its snapshot and the catalogue of its approval, as
        `period_view` (the window, `chitieu show`) counts them, never the catalogue imported
        since (an indicator assigned later is not missing from an approved report). Kept per
        approval, whose snapshot never changes: the period list asks it at every refresh."""
        approval = self.approval(period)
        if approval is None:  # approved by a version that kept no copy: with its catalogue
            return self.live_view(period, self.catalog_for(period)).counted
        cache = self.__dict__.setdefault("_approved_counts", {})
        if approval.id not in cache:
            cache[approval.id] = self._approved(approval, as_approved=False)[0].counted
        return cache[approval.id]

    def drift(self, period: str | Period) -> list[Drift]:
        """What a live re-evaluation of an approved period would change; [] for a period
        not approved, or unchanged.

        A drift is a corrected figure, never a changed rule or catalogue: both sides are
        evaluated by today's rules and with the catalogue the period was approved under. An
        approved report keeps that catalogue (`catalog_for`), so a later update (the province's
        new target, an indicator assigned since) changes nothing in it and is no reason given to
        reopen: the import says so ("các kỳ đã duyệt không thay đổi"); a period reopened and
        approved again is judged by the catalogue of that day."""
        approval = self.approval(period)
        if approval is None:
            return []
        approved = self._approved(approval, as_approved=False)[0]
        return drift(approved, self.live_view(period, self._catalog_version(approval.catalog_version)))

    def changed_since_approval(self, period: str | Period) -> tuple[str, list[Drift]] | None:
        """Before approving again: (when, the rows that differ) of the period's latest approval,
        which a reopening took it out of, against the period as it would be approved now (what is
        stored, with the catalogue an approval uses: `approve`'s); None for a period never approved.
        The same comparison as `drift`, the other way round in time: the leader sees what the
        corrections changed before approving them (walk 29b: the second question said only the
        counts, like the first)."""
        p = parse_period(period)
        approval = self.store.last_approval(self.commune.code, p.code)
        if approval is None:
            return None
        approved = self._approved(approval, as_approved=False)[0]
        return approval.at, drift(approved, self.live_view(p, self.catalog_for(p)))

    def submission(self, period: str | Period, *, approved: bool | None = None,
                   **document) -> Submission:
        """The period as the province will receive it (paper and file); `document` may give
        its `report_date`, `doc_number` and `generated_at`. An approved period's is the
        submission as approved, whatever changed since. Refused for a period not begun, whose
        figures (an older version let them be typed) are no report: exporting, printing, signing
        and sending start here, and are refused with it."""
        p = parse_period(period)
        self.refuse_unless_begun(p, REPORTING)
        document.setdefault("app_version", app_version())
        approval = self.approval(p)
        if approval is None:
            kept = self.kept_without_copy(p)
            if kept is not None and approved is not False:
                message, en = kept_without_copy_message(p, kept)
                raise PeriodFrozen(message, field="Kỳ báo cáo", en=en)
            if approved is None:
                approved = self.period_state(p).frozen
            sub = build_submission(self.period_view(p), self.settings, self.catalog_for(p).version,
                                   approved=approved, **document)
            return replace(sub, chain_head=self.store.chain_head())
        view, settings = self._approved(approval, as_approved=False)
        sub = build_submission(view, settings, approval.catalog_version, approved=True, **document)
        if sub.fingerprint != approval.fingerprint:
            # Only a change in how this program words or rounds can do this: the stored
            # submission is what was approved, and what is sent.
            sub = submission_from_json(approval.canonical, document_json(sub))
            refuse_unwritable(sub, p, approval.fingerprint)  # U+FFFE an older version kept: no file holds it
        sub = replace(sub, approved_by=approval.user, approved_at=approval.at, chain_head=approval.chain_head,
                      paper_version=paper_version(approval.snapshot, sub.app_version))  # as it was first printed
        return replace(sub, replaces=with_issued(self.store, sub.unit_code, p.code,
                                                 replaced_approval(self.period_history(p), sub.fingerprint), sub))

    def signing_key(self) -> str:
        """This installation's private signing key, made the first time it is needed (at setup,
        or at the first export of a database made before keys existed) and kept in the database."""
        key = self.store.get_setting(SIGNING_KEY)
        if key:
            return key
        with self.store.transaction():
            key = self.store.get_setting(SIGNING_KEY)  # another window may have just made it
            if not key:
                key = new_private_key()
                self.store.put_setting(SIGNING_KEY, key)
                self.store.audit(self.user, "signing_key", field="key_code", new=key_code(public_key(key)))
        return key

    @property
    def key_code(self) -> str:
        """The short code of this installation's key, as the paper report prints it."""
        return key_code(public_key(self.signing_key()))

    def key_code_made(self) -> str:
        """`key_code` of a key already made, "" before (read only: `chitieu status`, Trợ giúp › Giới
        thiệu, where a person reads it out when the province phones to compare it, walk U9 F6)."""
        key = self.store.get_setting(SIGNING_KEY)
        return key_code(public_key(key)) if key else ""

    def catalog_for(self, period: str | Period) -> Catalog:
        """The catalogue a period is judged with: for an approved (frozen) period the version it
        was approved under, so a later catalogue update never changes it; else the current one."""
        return self._catalog_version(self.approved_under(period))

    def approved_under(self, period: str | Period) -> str | None:
        """The catalogue version an approved (frozen) period was approved under: its approval's, or
        for one approved before approvals were kept, its history's (None: not frozen, or not named)."""
        p = parse_period(period)
        code = self.settings.commune_code
        row = self.store.period_state(code, p.code) if code else None
        if row is None or not State(row.state).frozen:
            return None
        approval = self.store.approval(row.approval_id) if row.approval_id is not None else None
        if approval is not None:
            return approval.catalog_version
        return next((json.loads(h.snapshot).get("catalog_version")  # approved before snapshots
                     for h in reversed(self.store.history(code, p.code))
                     if h.event == "approve" and h.snapshot), None)

    def reload_catalog(self) -> bool:
        """Read the catalogue again when the database's newest version is not the one loaded
        (another window or `chitieu catalog-update import` imported one): True when it changed.
        Only where what is shown is computed again right after (`changed_elsewhere`, a refusal
        the window follows by a refresh): the catalogue loaded is what the person has seen."""
        version = self.store.current_catalog_version()
        if version is None or version == self.catalog.version:
            return False
        self.catalog = catalog_of(self.store.current_catalog())
        return True

    def refuse_if_catalog_changed(self, period: str | Period, doing: tuple[str, str]) -> None:
        """Inside the write transaction of an action that judges `period` with the current
        catalogue (complete, approve; export of a draft): refuse `doing` (Vietnamese, English:
        "duyệt", "approved") when the database holds a newer catalogue version than the one the
        results were computed with, the catalogue read again first (so the window, refreshed,
        shows the new targets and the next attempt uses them).

        Refused once, never done silently under the new version, and refused whatever the
        update changed: the workspace cannot know what the person saw (the window shows what it
        computed at its last refresh), the paper names the catalogue version, and an update
        comes a few times a year, so one more look and click costs little while approving
        figures judged by a withdrawn target cannot be undone without reopening. The check is a
        single read of the catalogues' version numbers (`Store.current_catalog_version`)."""
        p = parse_period(period)
        shown = self.catalog
        if not self.reload_catalog():
            return
        new = self.catalog.document
        code = self.settings.commune_code
        own = own_target_changes(shown.document, new, code) if code else []
        others = describe_changes(shown.document, new, leave_out=code or None)  # own told first, not again
        raise catalog_changed(p, shown.version, self.catalog.version, own + others, doing)

    def _catalog_version(self, version: str | None) -> Catalog:
        if not version or version == self.catalog.version:
            return self.catalog
        cache = self.__dict__.setdefault("_catalogs_by_version", {})
        if version not in cache:
            document = self.store.catalog(version)
            cache[version] = catalog_of(document) if document else self.catalog
        return cache[version]


def _not_sent(p: Period, why: tuple[str, str], removed: bool) -> InvalidInput:
    """The refusal of `mark_sent` (`why`: what happened meanwhile); `removed`: the files just
    written were removed (an approved report of an export not recorded), else they stay."""
    files_vi, files_en = _files_said(removed, ": xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi gửi.",
                                     ": export the report again (File › Export the report…), then send.")
    return InvalidInput(f"Chưa ghi nhận kỳ {in_sentence(p.name)} Đã xuất: trong lúc xuất, {why[0]}. {files_vi}",
                        field="Trạng thái kỳ báo cáo",
                        en=f"{p.name_en} is not recorded as Exported: while exporting, {why[1]}. {files_en}")


def _files_said(removed: bool, then_vi: str = ".", then_en: str = ".") -> tuple[str, str]:
    """What became of the files of an export `mark_sent` refuses, in Vietnamese and in English, ending with `then`."""
    if removed:
        return ("Các tệp vừa ghi không phải báo cáo gửi tỉnh nên đã được xóa, thư mục không còn tệp nào của lần xuất "
                f"này{then_vi}", "The files just written are not the report for the province, so they were removed: "
                f"nothing of this export is left in the folder{then_en}")
    return (f"Tệp vừa ghi vẫn ở thư mục nhưng không phải báo cáo gửi tỉnh, đừng gửi tệp đó{then_vi}",
            f"The file just written stays in the folder but is not the report for the province, do not send it{then_en}")

