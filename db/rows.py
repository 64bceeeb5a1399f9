"""The records the store hands out, one frozen dataclass per table row, and the time stamp
every record carries (`now`).

Apart from db/store.py so that the store's mixins (db/commune_records.py, db/province_records.py …)
and the services build and read the same rows without importing the store back; no SQL here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Each row class has a docstring: without one, @dataclass writes one from inspect.signature(cls),
# a cost at every start of every command (db/store.py imports this module).


def now() -> str:
    """The time as every `at` column holds it: ISO 8601 with the local offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class EntryRow:
    """A row of `entries`: one indicator's inputs for one commune and period."""

    commune: str
    period: str
    indicator: str
    numerator: str | None
    denominator: str | None
    value: str | None
    flag: int | None
    previous: str | None
    comment: str
    updated_at: str | None
    updated_by: str | None


@dataclass(frozen=True)
class AuditRow:
    """A row of `audit`, the history of changes (its `hash` links it into the chain)."""

    id: int
    at: str
    user: str
    action: str
    commune: str | None
    period: str | None
    indicator: str | None
    field: str | None
    old: str | None
    new: str | None
    hash: str | None = None


@dataclass(frozen=True)
class UserRow:
    """A row of `users`: an account."""

    username: str
    full_name: str
    role: str
    password_hash: str
    active: int
    failed_logins: int
    locked_until: str | None
    created_at: str
    # who set the password, when not the person (an administrator's reset, a new account's first
    # password: temporary), and when a reset did (ISO; None: when the account was created); None: the
    # person's own (schema 18, db/schema.py `_v18`)
    password_set_by: str | None = None
    password_set_at: str | None = None


@dataclass(frozen=True)
class PeriodStateRow:
    """A row of `period_states`: where one commune's period stands (Đang nhập … Đã duyệt)."""

    commune: str
    period: str
    state: str
    fingerprint: str | None
    approved_at: str | None
    approved_by: str | None
    sent_at: str | None
    updated_at: str | None
    approval_id: int | None = None


@dataclass(frozen=True)
class ApprovalRow:
    """A row of `approvals`: one approval of a period, with what was approved."""

    id: int
    commune: str
    period: str
    at: str
    user: str
    fingerprint: str
    catalog_version: str
    chain_head: str
    snapshot: str  # JSON: every input the approved evaluation used, the people, the rules
    canonical: str  # the submission as approved (what its fingerprint covers)


@dataclass(frozen=True)
class HistoryRow:
    """A row of `period_history`: one step of a period's sign-off (completed, approved, reopened …)."""

    id: int
    commune: str
    period: str
    at: str
    user: str
    event: str
    from_state: str | None
    to_state: str | None
    reason: str | None
    fingerprint: str | None
    snapshot: str | None


@dataclass(frozen=True)
class ReceivedRow:
    """A row of `received`: one version of a unit's file the province took in."""

    id: int | None
    unit_code: str
    period: str
    fingerprint: str
    generated_at: str
    received_at: str
    file_name: str
    file_sha256: str
    approved: int
    class_: str
    reason: str
    catalog_version: str
    current: int = 1
    version_id: str | None = None  # desktop_app.core.submission.version_id
    public_key: str | None = None  # the signing key ("" or None: unsigned)
    key_code: str | None = None
    received_on: str | None = None  # YYYY-MM-DD: the date of receipt (None: received before it was kept)
    accepted_at: str | None = None  # an unsigned version the province accepted: when and by whom
    accepted_by: str | None = None
    # where `received_on` came from: desktop_app.core.intake.FROM_FILE or FROM_TYPED (None: a
    # version received before this was recorded, judged by `received_on` as stated)
    received_from: str | None = None

    @property
    def signed(self) -> bool:
        return bool(self.public_key)


@dataclass(frozen=True)
class IntakeLogRow:
    """A row of `intake_log`: what the province's intake made of one file."""

    id: int | None
    run_id: int | None
    at: str | None
    file_name: str
    file_sha256: str | None
    size: int | None
    class_: str
    reason: str
    unit_code: str | None
    period: str | None
    fingerprint: str | None
    received_id: int | None
    # YYYY-MM-DD: the date the file was received, whatever became of it, as the intake judged it
    # (`FileResult.received_on` when read); None: read before it was recorded (schema 15)
    arrived_on: str | None = None
    # the report PDF found beside the file when it was read ("" none; None: read before it was recorded,
    # schema 17), its SHA-256 ("" not read: over the size a PDF is checked at), and its check's verdict
    # when this reading checked it ("" not checked: the file refused, or its PDF unreadable to pyHanko)
    pdf_name: str | None = None
    pdf_sha256: str | None = None
    pdf_verdict: str | None = None
