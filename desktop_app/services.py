"""One function per user action, shared by the window and the CLI.

A `Workspace` is one commune's database: it validates what was typed, writes it
with its audit rows in one transaction, and answers with the indicator's new value
and verdict. Nothing here knows about Qt. Its jobs of their own are mixins in modules of
their own: accounts (`desktop_app.accounts`), the period's approval (`desktop_app.approval`)
and entering figures (`desktop_app.data_entry`).
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from db.rows import now
from db.store import Store
from desktop_app.accounts import AccountActions
from desktop_app.approval import ApprovalActions
from desktop_app.core import clock
from desktop_app.core.catalog import Commune, Indicator, Target
from desktop_app.core.checks import DEFAULT_THRESHOLD, warnings_for
from desktop_app.core.doc_number import checked_number, keep_issued, without_symbol
from desktop_app.core.errors import InvalidInput, NotFound
from desktop_app.core.number_taken import refuse_number_taken
from desktop_app.core.numbers import format_number
from desktop_app.core.period_status import Counts, Standing, counts, saved_periods, standing
from desktop_app.core.periods import (
    TERM,
    in_sentence,
    Period,
    PeriodRules,
    approval_day,
    check_report_date,
    current_period,
    is_overdue,
    parse_period,
    term_periods,
)
from desktop_app.core.rows import (
    Inputs,
    PeriodView,
    Row,
    evaluate_row,
    inputs_from_json,
    own_target,
)
from desktop_app.core.settings import Settings, parse_doc_prefix, refuse_unsendable_symbol
from desktop_app.core.submission import Submission, signed
from desktop_app.core.users import (
    Account,
    Permission,
    computer_user_login,
)
from desktop_app.core.validation import (
    parse_email,
    parse_name,
    parse_signer_title,
)
from desktop_app.core.vietnam_time import in_vietnam, stated_day
from desktop_app.core.workflow import State, has_begun, reopening
from desktop_app.data_entry import (
    UNSET,  # noqa: F401 - `chitieu set` reads it from here
    EntryActions,
    entry_from_row,
)
from desktop_app.data_folder import DB_NAME, default_data_dir
from desktop_app.history import HistoryActions
from desktop_app.issued_reports import issued_reports
from desktop_app.resources import catalog_of, default_catalog
from desktop_app.restore_undone import RestoreUndidActions
from desktop_app.stored_unit import chosen_unit, unit_named, unit_stored
from exports.bundle import export_files

PROVINCE_EMAIL = "province_email"


@dataclass(frozen=True)
class PeriodStatus:
    period: Period
    state: State
    counted: Counts  # what the period list says entered, and the status bar (core/period_status.py)
    deadline: dt.date
    overdue: bool
    due_soon: bool
    standing: Standing  # what the period list and the window's header say of it (core/period_status.py)

    @property
    def entered(self) -> int:
        return self.counted.entered

    @property
    def required(self) -> int:
        return self.counted.required


class Workspace(AccountActions, ApprovalActions, HistoryActions, EntryActions, RestoreUndidActions):
    """One commune's database and the actions on it."""

    def __init__(self, store: Store, user: str | None = None):
        self.store = store
        self._os_user = user or _os_user()
        self.account: Account | None = None
        self._data_version = store.data_version()  # changed_elsewhere() compares with it
        document = store.current_catalog()
        if document is None:
            document = default_catalog().document
            if not store.read_only:  # a command that only looks shows the shipped one, stores nothing
                with store.transaction():
                    store.add_catalog(document)
        self.catalog = catalog_of(document)

    @classmethod
    def open(cls, data_dir: str | Path | None = None, user: str | None = None) -> "Workspace":
        folder = Path(data_dir) if data_dir else default_data_dir()
        return cls(Store(folder / DB_NAME), user)

    def close(self) -> None:
        self.store.close()

    def for_thread(self) -> "Workspace":
        """The same database on a connection of its own (sqlite3 connections belong to one
        thread), logged in as the same account, with the catalogue this workspace shows: a
        worker judges what the person saw (a draft exported after another copy imported a newer
        catalogue is refused there, `refuse_if_catalog_changed`, as on this thread)."""
        ws = Workspace(Store(self.store.path), self._os_user)
        ws.account = self.account
        ws.catalog = self.catalog
        return ws

    @property
    def user(self) -> str:
        """Who the audit trail names: the logged-in account, else the system login."""
        return self.account.username if self.account else self._os_user

    # --- settings -------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return Settings.from_json(self.store.settings())

    @property
    def is_set_up(self) -> bool:
        """Whether a unit was set up, its setting readable or not: a damaged one is named by `commune`,
        not offered the first-run setup as a new database is."""
        return unit_stored(self.store)

    @property
    def commune(self) -> Commune:
        unit = chosen_unit(self.store, self.catalog)
        if unit is None:
            raise NotFound(
                "Chưa chọn xã, phường. Chạy: chitieu setup --commune TÊN --preparer ... --signer ...",
                field="Xã, phường",
                en="No commune or ward is chosen yet. Choose it in File › Settings, or run: "
                   "chitieu setup --commune TÊN --preparer ... --signer ...",
            )
        return unit

    def setup(self, commune: str, preparer: str, signer: str, signer_title: str | None = None,
              doc_prefix: str | None = None) -> Commune:
        """First-run (and Settings) choice of the unit and the people on the report. The signer's title
        and the document symbol left out (None) keep the ones stored ("Chủ tịch", BC-UBND at first run),
        as `chitieu setup` without --signer-title or --doc-prefix does; the symbol given is checked
        (core/settings.parse_doc_prefix: one line, at most 20 characters printed)."""
        self.require(Permission.SETTINGS)
        if self.store.get_setting("mode") == "province":
            raise InvalidInput("Cơ sở dữ liệu này dùng cho cấp tỉnh (nhận và tổng hợp báo cáo), không chọn "
                               "xã, phường được. Mỗi xã, phường dùng cơ sở dữ liệu riêng.", field="Chế độ",
                               en="This database is the province's (receiving and consolidating reports): no "
                                  "commune or ward can be chosen in it. Each commune or ward has a database of "
                                  "its own.")
        unit = self.catalog.resolve_commune(commune)
        values = {
            "commune_code": unit.code,
            "preparer": parse_name(preparer, "Người lập biểu", "Prepared by"),
            "signer": parse_name(signer, "Người ký", "Signed by"),
            "signer_title": parse_signer_title(self.settings.signer_title if signer_title is None else signer_title),
            "doc_prefix": self.settings.doc_prefix if doc_prefix is None else parse_doc_prefix(doc_prefix),
        }
        with self.store.transaction():  # the check and the switch at once: no approval in between
            self._refuse_other_unit_after_approval(unit)
            self._before_printed_settings(values)  # a Complete period goes back: its paper changes
            self._write_settings(values)
        self.signing_key()  # made with the installation, so the first report already carries it
        return unit

    def _refuse_other_unit_after_approval(self, unit: Commune) -> None:
        """A database whose unit has approved a report stays that unit's: its approved reports are
        the unit's record (the province holds them signed with this laptop's key). Choosing another
        unit would hide them and sign the other unit's reports with the same key; a unit chosen by
        mistake at first run, with figures only typed, can still be corrected. Judged by the units
        the periods' history names, not by the unit stored: one damaged (desktop_app/stored_unit.py)
        read as none, and let another unit be chosen over the approved reports."""
        for current in self.store.units_in_history():
            if current != unit.code:
                self._refuse_over_approved(current, unit)

    def _refuse_over_approved(self, current, unit: Commune) -> None:
        approved = sorted({h.period for h in self.store.history(current) if h.to_state == State.APPROVED.value})
        if approved:
            name, _ = unit_named(self.catalog, current)
            periods = ", ".join(in_sentence(parse_period(p).name) for p in approved)
            raise InvalidInput(
                f"Cơ sở dữ liệu này là của {name}, đã duyệt báo cáo {periods}: không đổi sang {unit.name} được "
                "(báo cáo đã duyệt là hồ sơ của đơn vị). Mỗi xã, phường dùng cơ sở dữ liệu riêng: cài cho "
                f"{unit.name} ở thư mục dữ liệu khác.", field="Xã, phường",
                en=f"This database is {name}'s, which has approved its report for {periods}: it cannot be switched "
                   f"to {unit.name} (approved reports are the unit's record). Each commune or ward has a database "
                   f"of its own: set {unit.name} up in another data folder.")

    @property
    def province_email(self) -> str:
        """Where "Gửi cho tỉnh…" addresses the e-mail ("" until the administrator sets it)."""
        return self.store.get_setting(PROVINCE_EMAIL) or ""

    def set_province_email(self, address: str) -> str:
        self.require(Permission.SETTINGS)
        address = parse_email(address, "Địa chỉ thư điện tử của tỉnh", "The province's e-mail address")
        self._write_settings({PROVINCE_EMAIL: address})
        return address

    def set_period_rules(self, rules: PeriodRules) -> None:
        self.require(Permission.SETTINGS)
        self._write_settings({"period_rules": rules.__dict__.copy()})

    def _write_settings(self, values: dict) -> None:
        old = self.store.settings()
        with self.store.transaction():
            for key, value in values.items():
                if old.get(key) != value:
                    self.store.put_setting(key, value)
                    self.store.audit(self.user, "setting", field=key, old=old.get(key), new=value)

    # --- reading ----------------------------------------------------------------------
    def _inputs(self, commune: Commune, indicator: str | None = None) -> Inputs:
        """What the rows of `commune` are evaluated from, read in one go; with the figures of periods
        not approved, which count in their own period only (`Inputs.unapproved`), and those of periods
        approved and reopened since, which count elsewhere as last approved (`Inputs.reopened`)."""
        entries = {(r.period, r.indicator): entry_from_row(r)
                   for r in self.store.entries(commune.code, indicator=indicator)}
        states = self.store.period_states(commune.code)
        approved = {code for code, row in states.items() if State(row.state).frozen}
        reopened, approved_entries = self._as_last_approved(commune, set(states) - approved, indicator)
        return Inputs(
            entries,
            {k: Decimal(v) for k, v in self.store.baselines(commune.code, TERM).items()},
            self.store.own_targets(commune.code),
            frozenset(k for k, e in entries.items() if k[0] not in approved and e.value is not None),
            reopened,
            approved_entries,
        )

    def _as_last_approved(self, commune: Commune, periods, indicator: str | None) -> tuple[dict, dict]:
        """Of `periods` (not approved now), those approved before (reopened since): period code -> the
        day of its latest approval, and their entries as that approval's snapshot holds them."""
        reopened, approved_entries = {}, {}
        # the last step that made or unmade an approval: reopened, its approval stands for the others; voided
        # by an administrator's acknowledgement of changes made outside (history._void_approvals), it does not
        last_step = {h.period: h.event for h in self.store.history(commune.code)
                     if h.event in ("approve", "reopen", "approval_voided")}
        for code in sorted(c for c in periods if isinstance(c, str)):  # a row put in by hand may be binary data
            if last_step.get(code) != "reopen":
                continue
            last = self.store.last_approval(commune.code, code)
            day = approval_day(last.at) if last is not None and last.snapshot else None
            if day is None:
                continue
            held = inputs_from_json(json.loads(last.snapshot)["inputs"]).entries
            reopened[code] = day
            approved_entries.update({k: e for k, e in held.items()
                                     if k[0] == code and (indicator is None or k[1] == indicator)})
        return reopened, approved_entries

    def row(self, period: str | Period, indicator: str) -> Row:
        p = parse_period(period)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        return evaluate_row(self.catalog, commune, ind, p, self._inputs(commune, ind.code))

    def history(self, indicator: str) -> list[Row]:
        """The indicator in every period of the term, for its chart."""
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        inputs = self._inputs(commune, ind.code)
        return [evaluate_row(self.catalog, commune, ind, p, inputs) for p in term_periods()]

    def overview(self, today: dt.date | None = None) -> list[PeriodStatus]:
        """Every period with how much is entered and whether it is due or overdue."""
        today = today or dt.date.today()
        rules = self.settings.rules
        commune = self.commune
        inputs = self._inputs(commune)
        states = self.store.period_states(commune.code)
        set_up_on = self.store.set_up_on()  # a deadline passed before it is not overdue (is_overdue)
        assigned = [i for i in self.catalog.indicators_for(commune) if i.assigned]
        saved = saved_periods(inputs.entries)  # "Đang nhập" with a figure saved, none complete yet
        result = []
        for p in term_periods():
            state = State(states[p.code].state) if p.code in states else State.ENTERING
            if state.frozen:  # counted as approved, from its snapshot and catalogue (as `show` and the window)
                counted = self.approved_counts(p)
            else:
                counted = counts([evaluate_row(self.catalog, commune, i, p, inputs) for i in assigned if i.due_at(p)],
                                 len(assigned))
            deadline = p.deadline(rules)
            # Due until an approved report has been exported (sent) to the province.
            pending = state != State.SENT
            overdue = pending and is_overdue(deadline, today, set_up_on)
            due_soon = pending and today <= deadline <= today + dt.timedelta(days=14)
            result.append(PeriodStatus(
                p, state, counted, deadline, overdue=overdue, due_soon=due_soon,
                standing=standing(state, bool(counted.entered) or p.code in saved, overdue=overdue, due_soon=due_soon,
                                  started=has_begun(p, today, rules)),
            ))
        return result

    def waiting_for_approval(self) -> list[Period]:
        """The periods marked Hoàn thành, waiting for a leader's approval (from the states alone:
        no period is evaluated), in the term's order."""
        states = self.store.period_states(self.commune.code)
        return [p for p in term_periods() if p.code in states and states[p.code].state == State.COMPLETE.value]

    def reopened_for_correction(self) -> list[Period]:
        """The periods a leader reopened and nobody has marked Hoàn thành again: Đang nhập, with a
        reopening after their last approval (what the band over the table names: `reopened`), in
        the term's order. From the history alone, one query: every state step writes its row."""
        steps: dict[str, list] = {}
        for step in self.store.history(self.commune.code):
            steps.setdefault(step.period, []).append(step)
        return [p for p in term_periods() if p.code in steps and steps[p.code][-1].to_state == State.ENTERING.value
                and reopening(steps[p.code]) is not None]

    def changed_elsewhere(self, catalog: bool = True) -> bool:
        """Whether another window, a command (`chitieu approve …`) or a worker thread changed the
        database since this workspace last asked (or was opened): its window then reads it again,
        with the catalogue read again too when a newer version was imported meanwhile (not with
        `catalog=False`: before an approval, whose refusal names what a newer one changed)."""
        version = self.store.data_version()
        changed, self._data_version = version != self._data_version, version
        if changed and catalog:
            self.reload_catalog()
        return changed

    def newer_catalog(self) -> bool:
        """Whether the database holds a newer catalogue than the one loaded (imported elsewhere)."""
        version = self.store.current_catalog_version()
        return version is not None and version != self.catalog.version

    def last_saved(self) -> dt.datetime | None:
        """When anything of this unit was last saved (from the audit trail), in Vietnam time."""
        stamp = self.store.last_change(self.commune.code)
        return in_vietnam(dt.datetime.fromisoformat(stamp)) if stamp else None

    def period_warnings(self, view: PeriodView, threshold: Decimal = DEFAULT_THRESHOLD) -> dict[str, list[str]]:
        """Warnings of every row of a period view, keyed by indicator code (rows with none omitted)."""
        periods = {p for p in (view.period.previous(), view.period.same_period_last_year(),
                               *view.period.earlier_in_year()) if p is not None}
        others = {p.code: {r.indicator.code: r for r in self.period_view(p).rows} for p in periods}
        found = {row.indicator.code: warnings_for(others, row, threshold) for row in view.rows}
        return {code: warnings for code, warnings in found.items() if warnings}

    def proposed_denominators(self, period: str | Period) -> dict[str, Decimal]:
        """For each indicator whose denominator (population, schools…) is not entered in
        `period`, the one entered in the nearest earlier period: the window shows it grey
        and Enter accepts it, so it is not typed again every period. A proposal counts for
        nothing until accepted (Enter on it, or `accept_proposals`): the period is not complete."""
        return {code: value for code, (value, _) in self.denominator_proposals(period).items()}

    def denominator_proposals(self, period: str | Period) -> dict[str, tuple[Decimal, Period]]:
        """`proposed_denominators` with the earlier period each was entered in (said where the
        officer is told a proposal waits: after saving the numerator, in the completion refusal)."""
        p = parse_period(period)
        commune = self.commune
        entries = self._inputs(commune).entries
        periods = term_periods()
        earlier = list(reversed(periods[:periods.index(p)]))  # nearest first
        found = {}
        for ind in self.catalog.indicators_for(commune):
            if not ind.denominator_carries:
                continue
            own = entries.get((p.code, ind.code))
            if own is not None and own.denominator is not None:
                continue
            before = next(((e.denominator, q) for q in earlier if (e := entries.get((q.code, ind.code)))
                           and e.denominator is not None), None)
            if before is not None:
                found[ind.code] = before
        return found

    def waiting_proposals(self, period: str | Period) -> dict[str, tuple[Decimal, Period]]:
        """The proposals that keep `period` from being complete: those of assigned indicators
        not fully entered (what Period › Mark as complete offers to accept at once)."""
        p = parse_period(period)
        proposals = self.denominator_proposals(p)
        return {r.indicator.code: proposals[r.indicator.code] for r in self.period_view(p).required
                if not r.is_entered and r.indicator.code in proposals}

    def accept_proposals(self, period: str | Period, codes: list[str] | None = None) -> list[Row]:
        """The officer accepts the proposed denominators of `period` (`codes`: of those indicators
        only): each is saved as if typed in its cell, with its audit row, in one transaction."""
        p = parse_period(period)
        with self.store.transaction():  # read and written together: a proposal typed over meanwhile stays
            proposals = self.denominator_proposals(p)
            wanted = [c for c in proposals if codes is None or c in codes]
            return [self.set_entry(p, code, denominator=format_number(proposals[code][0], 6)) for code in wanted]

    def current_period(self, today: dt.date | None = None) -> Period:
        return current_period(today or dt.date.today(), self.settings.rules)

    def baselines(self) -> dict[str, Decimal]:
        return {k: Decimal(v) for k, v in self.store.baselines(self.commune.code, TERM).items()}

    def own_targets(self) -> dict[tuple[int, str], Target]:
        commune = self.commune
        return {
            (y, code): self._own_target(commune, self.catalog.indicator(code), y)
            for (y, code) in self.store.own_targets(commune.code)
        }

    def _own_target(self, commune: Commune, ind: Indicator, year: int) -> Target | None:
        raw = self.store.own_targets(commune.code).get((year, ind.code))
        return own_target(raw, ind, year)


def _os_user() -> str:
    """Who a unit without accounts is: the computer's login name as a login name (`computer_user_login`)."""
    try:
        return computer_user_login(getpass.getuser())
    except Exception:  # no login name on some Windows service accounts
        return "nguoi-dung"


def check_document(ws: Workspace, period: str | Period, doc_number: str = "",
                   report_date: dt.date | None = None) -> None:
    """The document number and report date typed for the period's export, refused as `export_period`
    would refuse them (naming the field), before a folder is asked: the window's number and date box."""
    ws.require(Permission.EXPORT)
    p = parse_period(period)
    with ws.store.reading():
        _with_document(ws, p, doc_number, report_date)


def _with_document(ws: Workspace, p: Period, doc_number: str, report_date: dt.date | None) -> Submission:
    """The period's submission with the number and date its report is issued with (read in the caller's
    snapshot): an approval already exported for the province keeps its own (another refused); a first
    number is a register's number (`checked_number`) not issued that year for another report
    (core/number_taken.py); a date is judged by `check_report_date`."""
    clock.refuse_unless_plausible(clock.stamp_time(now()), ("xuất, in báo cáo", "exported or printed"))  # U25 F5
    sub = ws.submission(p)
    issued = ws.issued(p) if sub.approved else None  # the number and date its first export fixed
    if issued is None:
        doc_number = checked_number(doc_number, sub.doc_symbol)
    # a first number: not one another report was issued with that year (core/number_taken.py)
    numbers = issued_reports(ws.store, sub.unit_code) if sub.approved and issued is None and doc_number else []
    refuse_unsendable_symbol(sub.doc_symbol, p, sub.approved)  # an older version's setting: not a "tampered" file
    if issued is not None:  # the same ones again; another refused, nothing written
        doc_number, report_date = keep_issued(issued, p, sub.doc_symbol, doc_number, report_date)
    elif report_date is not None:  # chosen: not before its figures end, nor before it was approved
        check_report_date(p, report_date, ws.settings.rules,
                          approved=stated_day(sub.approved_at) if sub.approved else None, today=ws.today())
    elif sub.approved:  # dated today, unasked: not before its figures end (walk 16, M1) nor its approval
        check_report_date(p, ws.today(), ws.settings.rules, chosen=False, approved=stated_day(sub.approved_at))
    if sub.approved:  # the file states it was made before its approval: the province drops it (walk U25 F2)
        clock.refuse_made_before_approval(p, clock.stamp_time(sub.generated_at), clock.stamp_time(sub.approved_at))
    refuse_number_taken(p, sub.fingerprint, doc_number, sub.doc_symbol, report_date or sub.report_date, numbers)
    if doc_number or report_date:
        sub = replace(sub, doc_number=without_symbol(doc_number, sub.doc_symbol),
                      report_date=report_date or sub.report_date)
    return sub


def export_period(ws: Workspace, period: str | Period, out_dir: str | Path, *, pdf: bool = True,
                  xlsx: bool = True, doc_number: str = "", report_date: dt.date | None = None,
                  progress=None, cancelled=None, mark_sent: bool = True, keep_staged: bool = False):
    """Xuất báo cáo: the period's PDF report and Excel submission, written into `out_dir`
    from one submission (same fingerprint); an approved period is then marked sent
    (`mark_sent=False`: the caller does it, with the result's submission, e.g. the window on
    its own thread). The mark is refused, the files written staying as files, when the period
    was approved, reopened or approved again meanwhile, or exported with another number or date
    (`ApprovalActions.mark_sent`): a draft's files stay, an approved report's are removed, since
    only the files of the export recorded may be sent (the files take their names only once the
    period is marked, in the same transaction, so that of two exports racing the loser never
    leaves its signed ĐÃ DUYỆT report in the folder, nor writes over the winner's). Refused,
    nothing written, while a change made outside the program holds the period back
    (`ApprovalActions.refuse_if_changed_outside`), and a draft (a period not approved, judged with
    the current catalogue) when another window or command imported a newer catalogue since its
    results were shown (`ApprovalActions.refuse_if_catalog_changed`). The checks and the reading
    of the report are one snapshot (`Store.reading`): an edit landing between them is not written.
    A `report_date` is refused, nothing written, before the last day of the figures and, for an
    approved period, before the day it was approved, or more than a month after today
    (core/periods.check_report_date); a symbol the province's reader refuses (a line break an older
    version saved) refuses it too (core/settings.refuse_unsendable_symbol). An approval
    already exported for the province prints the number and date it was first exported with (even
    one an older version let be dated before the approval); another `doc_number` or `report_date`
    is refused, nothing written (core/doc_number.py).

    `keep_staged` (with `mark_sent=False`): the files stay in their hidden folder, for the caller to
    mark them sent on its own thread (`ws.mark_sent(result.submission, files=result)`, which names or
    removes them) or `result.discard()` them: the window's export, whose loser of a race leaves
    nothing either."""
    ws.require(Permission.EXPORT)
    p = parse_period(period)
    with ws.store.reading():  # what is written is what was checked: one snapshot, whatever lands meanwhile
        ws.refuse_if_changed_outside(p, ("xuất báo cáo", "exported"))
        if not ws.period_state(p).frozen:
            ws.refuse_if_catalog_changed(p, ("xuất báo cáo", "exported"))
        sub = _with_document(ws, p, doc_number, report_date)
    sub = signed(sub, ws.signing_key())
    # Written in a hidden folder, named only once decided: marked sent (in the same transaction),
    # or let go (`mark_sent=False`); an approved report refused leaves nothing in the folder.
    result = export_files(sub, out_dir, pdf=pdf, xlsx=xlsx, progress=progress, cancelled=cancelled, staged=True)
    try:
        if mark_sent:
            ws.mark_sent(result.submission, files=result)
        elif keep_staged:
            return result
        else:
            result.publish()
    except BaseException:
        result.discard()
        raise
    return replace(result, staged=None)
