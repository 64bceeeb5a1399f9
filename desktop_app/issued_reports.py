"""The reports a unit issued for the province with a number (core/number_taken.py): each "sent" step of its
periods' history, with the symbol the approval it was issued under printed, and each number a restore recorded
from the data it replaced (core/restore_record.py), in the rows of the history the program chained."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from db.store import Store
from desktop_app.core.doc_number import issued_in
from desktop_app.core.intake import parse_time
from desktop_app.core.number_taken import IssuedReport, earlier_issued, next_free
from desktop_app.core.periods import parse_period
from desktop_app.core.restore_record import read as read_record
from desktop_app.core.settings import Settings
from desktop_app.core.submission import Replaced, Submission, doc_symbol
from desktop_app.core.users import Permission
from desktop_app.core.vietnam_time import stated_day
from exports.paper_version import names_issued


def issued_reports(store: Store, unit_code: str) -> list[IssuedReport]:
    """Every report of `unit_code` issued with a number, as its history and its restores recorded it."""
    found = []
    for step in store.history(unit_code):
        issued = issued_in(step)
        if issued is not None and issued.doc_number.strip():
            approval = store.approval_of_code(unit_code, step.period, step.fingerprint or "")
            symbol = _symbol(approval.snapshot if approval is not None else None)
            found.append(IssuedReport(step.period, step.fingerprint or "", replace(issued, symbol=symbol), step.at))
    for row in store.chained_audit_rows("restore"):
        record = read_record(row.old)
        found += [IssuedReport(r.period, r.fingerprint, r.issued, r.sent_at)
                  for r in (record.issued if record is not None else ()) if r.unit_code == unit_code]
    return found


@dataclass(frozen=True)
class Numbering:
    """What the number box of an approval's first export says before anything is typed (walk U17 F3: after a
    reopening, the box said "lần đầu" with nothing of the number the earlier approval went out as, and a leader
    typing it again learnt the next number free only from the refusal): the report of this period issued under
    an earlier approval (None: none), and the next number free in the year."""
    earlier: IssuedReport | None
    next_number: str


def numbering(ws, sub: Submission, year: int) -> Numbering:
    """`Numbering` of `sub`'s approval, the numbers issued in `year` (the report date proposed) read once."""
    ws.require(Permission.EXPORT)
    with ws.store.reading():
        issued = issued_reports(ws.store, sub.unit_code)
    return Numbering(earlier_issued(parse_period(sub.period), sub.fingerprint, issued),
                     next_free(issued, sub.doc_symbol, year))


def _symbol(snapshot: str | None) -> str:
    """The symbol an approval's report printed after its number, from its copy of the settings."""
    try:
        return doc_symbol(Settings.from_json(json.loads(snapshot)["settings"]).doc_prefix)
    except (AttributeError, ValueError, KeyError, TypeError):  # an approval without its copy: the usual one
        return doc_symbol("")


def with_issued(store: Store, unit_code: str, period: str, old: Replaced | None,
                sub: Submission | None = None) -> Replaced | None:
    """`old` (the approval `sub`'s re-approval replaces, `core.submission.replaced_approval`) with the number,
    symbol and date its report was issued with for the province (`issued_reports`: its first export marked sent,
    or a restore's record of it), which the new paper names (walk U20 F8: "thay thế Báo cáo số 45/BC-UBND ngày
    08/04/2026"); as it is when that report was never issued with a number, or for none. The report replaced is
    the last one this installation issued for the period (walk U24 F2): a report issued after `old` was approved,
    under an approval a restore undid, is the one the province holds, and named (`_issued_since`). The paper of an
    approval made before 0.3.0 names none, as 0.2.0 printed it (`exports.paper_version.names_issued`, U24 F3).
    `sub`: the re-approval's submission (None: neither looked at)."""
    if old is None or (sub is not None and not names_issued(sub)):
        return old
    found = issued_reports(store, unit_code)
    later = _issued_since(store, sub, old, found) if sub is not None else None
    if later is not None:
        return later
    mine = [r for r in found if r.period == period and r.fingerprint == old.fingerprint]
    if not mine:
        return old
    return _dated(old, min(mine, key=lambda r: r.sent_at).issued)


def _dated(old: Replaced, issued) -> Replaced:
    """`old` naming the report issued as `issued`; as it is when that report is dated before its approval."""
    approved = stated_day(old.approved_at)
    if approved is not None and issued.report_date < approved:
        # dated before its approval, as 0.1.0 allowed: the province refuses such a date on a paper (red-team
        # R30 F4), so the paper names the replaced approval by its code, as before 0.3.0
        return old
    return replace(old, issued=issued)


def _issued_since(store: Store, sub: Submission, old: Replaced, found: list[IssuedReport]) -> Replaced | None:
    """The report of `sub`'s period this installation issued last, when it was issued after `old` was approved
    under another approval than `old`'s and `sub`'s (one a restore undid: the history put back no longer holds
    it), as the approval replaced, with when that approval was given (the restore's record of it; "" when the record
    holds none); None else."""
    def when(r: IssuedReport) -> dt.datetime:
        return parse_time(r.sent_at) or dt.datetime.min.replace(tzinfo=dt.UTC)

    first: dict[str, IssuedReport] = {}
    for r in sorted(found, key=when):
        if r.period == sub.period and r.fingerprint != sub.fingerprint:  # its own report, issued since, is no other
            first.setdefault(r.fingerprint, r)
    if not first:
        return None
    last = max(first.values(), key=when)
    since = parse_time(old.approved_at)
    sent = parse_time(last.sent_at)
    if last.fingerprint == old.fingerprint or since is None or sent is None or sent <= since:
        return None
    approved_at = _undone_at(store, sub.unit_code, sub.period, last.fingerprint)
    given, this = parse_time(approved_at), parse_time(sub.approved_at)
    if not approved_at and this is not None and sent <= this:
        # the restore's record holds no day of that approval (S131: a record written without it): the report the
        # province holds named by its number, date and code alone, "thay thế Báo cáo số 53/BC-UBND ngày 17/12/2026
        # (bản mã …)", the day it was approved said by none (before: the report the history put back knew, 38)
        return replace(old, fingerprint=last.fingerprint, approved_at="", issued=last.issued)
    if given is None or this is None or not since < given <= this:
        return None
    return _dated(replace(old, fingerprint=last.fingerprint, approved_at=approved_at), last.issued)


def _undone_at(store: Store, unit_code: str, period: str, fingerprint: str) -> str:
    """When the approval of code `fingerprint` was given, as a restore that undid it recorded ("" not known)."""
    for row in store.chained_audit_rows("restore"):
        record = read_record(row.old)
        for a in record.undone.approvals if record is not None else ():
            if (a.unit_code, a.period, a.fingerprint) == (unit_code, period, fingerprint):
                return a.approved_at
    return ""
