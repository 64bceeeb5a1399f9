"""One step of a period's life as the store records it: its state, its history row and its audit row, in the
caller's transaction. Kept apart from `desktop_app.approval` (which re-exports them) so that it stays under
600 lines: the workspace's steps and a restore's (desktop_app/restore_carry.py) use the same writer.
"""
from __future__ import annotations

import datetime as dt
import json

from db.rows import ApprovalRow, PeriodStateRow, now
from desktop_app.core.clock import CLOCK_WAS_AHEAD, confirmed_ahead
from desktop_app.core.doc_number import SENT, Issued
from desktop_app.core.periods import Period
from desktop_app.core.workflow import State


def set_state(store, user: str, unit_code: str, p: Period, to: State, event: str, *, reason: str | None = None,
              approval: ApprovalRow | None = None, sent: str | None = None, issued: Issued | None = None,
              note: str | None = None, record: str | None = None, carried: str | None = None) -> None:
    """One transition of the period `p` of the unit `unit_code` by `user`, with its history and audit rows
    (inside the caller's transaction): the one writer of a state step, the workspace's (`_set_state`) and a
    restore's carrying the number and date issued since its backup (desktop_app/backups.py). `approval`: the
    approval a step to Đã duyệt stands on (else a frozen step keeps the period's); `sent`: when the file marked
    sent was exported, `issued` its number and date (the step's record, and what the change log says of it,
    before any `reason`); `note`: what else the audit row keeps (a reopening's targets judged anew); `record`:
    what the history row keeps of a step without an approval or a number (a reopening confirmed by an
    administrator after a clock running ahead: core/clock.ahead_record); `carried`: the export time a restore's
    "sent" step carries (`record_sent`), kept beside `issued` in the history row."""
    old = store.period_state(unit_code, p.code)
    before = State(old.state) if old else State.ENTERING
    stamp = now()
    kept = dict(fingerprint=None, approved_at=None, approved_by=None, sent_at=None, approval_id=None)
    if to.frozen:
        if approval is not None:
            kept.update(fingerprint=approval.fingerprint, approved_at=approval.at,
                        approved_by=approval.user, approval_id=approval.id)
        else:  # sent: who approved, when and what stay as they are
            kept.update(fingerprint=old.fingerprint, approved_at=old.approved_at,
                        approved_by=old.approved_by, sent_at=old.sent_at, approval_id=old.approval_id)
        if sent:
            kept["sent_at"] = sent
    row = PeriodStateRow(unit_code, p.code, to.value, updated_at=stamp, **kept)
    fingerprint = kept["fingerprint"] or (old.fingerprint if old else None)
    with store.transaction():
        store.put_period_state(row)
        store.add_history(unit_code, p.code, user, event, before.value, to.value, reason,
                          fingerprint, approval.canonical if approval else (issued and _issued_json(issued, carried)) or record)
        said = (issued and issued.logged()[0]) or reason  # "Đã gửi (số 01/BC-UBND, ngày …)"
        # A reopening confirmed by an administrator after a clock running ahead says so in the row's field, which
        # no reason typed can write (red-team R32 F3: matched in the words, a leader's reason forged it)
        field = CLOCK_WAS_AHEAD if event == "reopen" and confirmed_ahead(record) else "state"
        store.audit(user, "state", commune=unit_code, period=p.code, field=field,
                    old=before.value, new=(f"{to.value} ({said})" if said else to.value) + (f". {note}" if note else ""))


def record_sent(store, user: str, unit_code: str, p: Period, sent: str, issued: Issued,
                reason: str | None = None, carried: bool = False) -> None:
    """A "sent" step (`set_state`): the period marked Đã gửi, its report exported at `sent` with the number and
    date `issued`, which `issued` reads back (core/doc_number.issued_of). `mark_sent`'s, and a restore's carrying
    them from the data it replaced (desktop_app/restore_carry.py, with its `reason`, and `carried`: the step is
    recorded at the restore, `sent` is its export's time, kept as data in the history row, `carried_export`)."""
    set_state(store, user, unit_code, p, State.SENT, "sent", reason=reason, sent=sent, issued=issued,
              carried=sent if carried else None)


# The key of a restore's "sent" step's history row (its `snapshot`, beside the number and date issued) holding the
# export time it carries, a stored time (ISO 8601 with its offset, to the second), as the export's step recorded it
CARRIED_EXPORT = "carried_export"


def _issued_json(issued: Issued, carried: str | None) -> str:
    """The history row's record of a "sent" step: the number and date `issued` (`Issued.as_json`, which
    core/doc_number reads back) and, for a restore's, the export time it carries."""
    if carried is None:
        return issued.as_json()
    return json.dumps({**json.loads(issued.as_json()), CARRIED_EXPORT: carried}, ensure_ascii=False, sort_keys=True)


def carried_export(step) -> tuple[bool, str | None]:
    """Whether a "sent" step of a period's history records the export time a restore carried in it (its
    `snapshot`, `record_sent`), and that time (None when what it records is not a time with its zone). A row
    that does not record one (any other step, and a restore's written before the time was kept: its reason
    says it) gives (False, None)."""
    if getattr(step, "event", None) != SENT:
        return False, None
    try:
        found = json.loads(getattr(step, "snapshot", None) or "")
    except (ValueError, TypeError):
        return False, None
    if not isinstance(found, dict) or CARRIED_EXPORT not in found:
        return False, None
    at = found[CARRIED_EXPORT]
    try:
        moment = dt.datetime.fromisoformat(at)
    except (ValueError, TypeError):
        return True, None
    return True, (at if moment.tzinfo is not None else None)
