"""The province's acceptances of unsigned versions, as the history's chained rows name them.

An unsigned version counts only by the chained audit row of its acceptance (`UNSIGNED_ACCEPT`),
and that row names the whole version (`acceptance_words` with `stored_version_id`: its figures and
its document, approval included): a draft accepted, then relabelled approved in its row and document
with sqlite3 and acknowledged, is not the version accepted (red-team 9, finding 2).

Rows written before that (the program up to schema 12) name the file and the fingerprint of the
figures only, which a relabelled draft still matches (red-team 10, finding 2). The migration to
schema 13 (`bind_legacy_acceptances`, db/store.py) binds each such row whose version is intact at
that moment to the whole version with a new chained row in today's words; from then on a row of the
old words alone counts for nothing (desktop_app/key_register.accepted_as_stored).
"""
from __future__ import annotations

import hashlib

from desktop_app.core.submission import Submission, signed_payload, submission_from_json

# The audit row's action of an unsigned version accepted (desktop_app/key_register.accept_unsigned).
UNSIGNED_ACCEPT = "unsigned_accept"
# What the history's row of an acceptance adds after the file and fingerprint to name the whole
# version (`acceptance_words`); rows written before it name only those two.
WHOLE_VERSION = ", phiên bản "


def acceptance_words(file_name: str, fingerprint: str, version: str | None = None) -> str:
    """What the history's row of an unsigned version accepted names it by: its file, the first 16
    characters of its fingerprint (the SHA-256 of its data; 64 bits no one can make other data
    hash to) and the identity of the whole version (`stored_version_id`: its document too, the
    approval, approver, times, unit and period). Rows written before red-team 9 (finding 2) have
    no `version`: the file and fingerprint only; they count only once bound to a whole version
    (`bind_legacy_acceptances`)."""
    words = f"{file_name} ({fingerprint[:16]})"
    return words if version is None else f"{words}{WHOLE_VERSION}{version}"


def stored_version_id(canonical: str, sub: Submission) -> str:
    """The identity of a stored version (`desktop_app.core.submission.version_id`) made again from
    what is stored: its report's text (hashed here, never the fingerprint column) and its document
    as `submission_from_json` reads it (`sub`). The intake's `version_id` of the file it came from."""
    fingerprint = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return hashlib.sha256(signed_payload(sub, fingerprint) + b"\n" + sub.signature.encode("utf-8")).hexdigest()


def intact_version(row, canonical: str, document: str) -> str | None:
    """The identity of the unsigned stored version `row` (its report's text `canonical`, its
    `document`) made again from what is stored, when it is the version received as (`row.version_id`),
    else None: a document that does not read, a key or signature in it, or figures and document no
    longer making that version. Whether the chain holds the row as recorded is the caller's
    (`Store.altered_received`)."""
    try:
        sub = submission_from_json(canonical, document)
    except (ValueError, KeyError, TypeError):
        return None
    if sub.public_key or sub.signature:
        return None
    version = stored_version_id(canonical, sub)
    return version if version == row.version_id else None


def bind_legacy_acceptances(store) -> int:
    """Inside the migration to schema 13 (db/store.py): each chained acceptance row in the old words
    (file and fingerprint only) is restated for the whole version it accepted, as
    `accept_unsigned` writes one now, when that version is intact: an unsigned received row of the
    same unit, period, file and figures marked accepted, not changed outside the program since the
    chain recorded it (`altered_received`: its columns, its report hashing to its fingerprint), its
    figures and document making again the version it was received as (`intact_version`). The new
    row keeps the acceptor's name and `old` holds the words it restates: by these the role check
    judges it as the row it restates, at that row's moment (db/acting_roles.py, `_restated`). A
    legacy row whose version is not intact then is left unbound: the version does not count, even
    once the change is acknowledged. Returns how many rows were written."""
    rows = store.chained_audit_rows(UNSIGNED_ACCEPT)
    whole = {(r.commune, r.period, r.new) for r in rows if r.new and WHOLE_VERSION in r.new}
    legacy: dict[tuple[str, str, str], str] = {}
    for r in rows:
        if r.new and WHOLE_VERSION not in r.new:
            legacy.setdefault((r.commune, r.period, r.new), r.user)
    if not legacy:
        return 0
    periods = sorted({p for _, p, _ in legacy})
    altered = store.altered_received(*periods)
    written = 0
    for period in periods:
        for row in store.received(period, current_only=False):
            if row.public_key or not row.accepted_at or row.id in altered:
                continue
            stored = store.received_document(row.id)
            if stored is None:
                continue
            _, canonical, document = stored
            fingerprint = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
            old = acceptance_words(row.file_name, fingerprint)
            user = legacy.get((row.unit_code, period, old))
            version = intact_version(row, canonical, document) if user is not None else None
            if version is None:
                continue
            new = acceptance_words(row.file_name, fingerprint, version)
            if (row.unit_code, period, new) in whole:
                continue
            store.audit(user, UNSIGNED_ACCEPT, commune=row.unit_code, period=period, field="fingerprint",
                        old=old, new=new)
            whole.add((row.unit_code, period, new))
            written += 1
    return written
