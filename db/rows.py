"""The records the store hands out, one frozen dataclass per table row, and the time stamp
every record carries (`now`).

Apart from db/store.py so that the store's mixins (db/commune_records.py, db/province_records.py …)
and the services build and read the same rows without importing the store back; no SQL here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def now() -> str:
    """The time as every `at` column holds it: ISO 8601 with the local offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class EntryRow:
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
    username: str
    full_name: str
    role: str
    password_hash: str
    active: int
    failed_logins: int
    locked_until: str | None
    created_at: str


@dataclass(frozen=True)
class PeriodStateRow:
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
