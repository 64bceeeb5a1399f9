"""A unit's stored versions of a period as the choice of the kept one sees them
(`version_of`: each with its key's state now), and that choice made again (`reselect`) after a
key was confirmed or revoked, or an unsigned version accepted. The rule itself is
`desktop_app.core.kept_version.rank`; the register's words on keys, `desktop_app.core.keys`.
Read inside the caller's transaction (`desktop_app.intake`, `desktop_app.key_register`,
`desktop_app.kept_again`).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from db.rows import ReceivedRow
from desktop_app.core.doc_number import Issued
from desktop_app.core.kept_version import Version, choose, preference, with_chains
from desktop_app.core.keys import (
    KeyState,
    UnitKey,
    confirmed_key,
    key_standing,
    revocation,
    sharing,
)
from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict


def version_of(row: ReceivedRow, key_states: dict[str, str], held: set[str] | frozenset = frozenset(),
               store=None, confirmed: UnitKey | None = None, vouched_for: bool | None = None,
               approval: str | None = None, names: tuple[str, str] | tuple[()] | None = None) -> Version:
    """A stored version as the choice of the kept one sees it, with its key's state now;
    `held`: the unit's pending keys that are shared with another unit (not counted); `store`:
    where its document's time of approval is read (`approved_at`; without it none is, and an
    approved version ranks as one that states no time of approval: `Version.approval`), unless
    `approval` gives it (`approved_at`, read already by the caller);
    `confirmed`: the unit's confirmed key (`key_standing`: its versions are the unit's first);
    `vouched_for`: whether the unit and period hold a version the province vouched for (`vouched`;
    None: read from `store`, else none), over which a version signed by a key still pending is not
    counted (`Version.awaits_key`)."""
    pending = replaced = False
    if row.public_key:
        state = key_states.get(row.public_key)
        replaced = state == KeyState.DA_THAY
        eligible = state is None or KeyState(state).counted
        counted = state is not None and KeyState(state).counted and row.public_key not in held
        pending = counted and state == KeyState.CHO
    else:
        eligible, counted = True, bool(row.accepted_at)
    if pending and vouched_for is None:
        vouched_for = store is not None and vouched(
            store.received(row.period, unit_code=row.unit_code, current_only=False), key_states)
    current, after_new = key_standing(row.public_key, row.received_at, confirmed)
    named = names_stored(store, row) if names is None else names
    return Version(row.id, row.file_name, row.generated_at, bool(row.approved), row.version_id or "",
                   row.received_on or "", counted, eligible,
                   approved_at(store, row) if approval is None else approval, row.key_code or "",
                   current, after_new, awaits_key=pending and bool(vouched_for), replaced_key=replaced,
                   names=named[0] if named else "", names_at=named[1] if named else "", fingerprint=row.fingerprint or "",
                   issued=issued_of(store, row))


# What a signed report PDF whose pages are the render of its workbook says its re-approval replaces
# (`desktop_app.signed_pages.compare_pages`' note): the first 16 characters of that approval's fingerprint.
def names_in(check) -> tuple[str, str] | tuple[()]:
    """The approval a version's report PDF, checked (`PdfCheck`), says it replaces, (fingerprint, approved_at),
    when what the unit signed says it (walk U25 F3): its signature valid and trusted ("Chữ ký số hợp lệ": a
    report of this unit, period and fingerprint, not contradicting the versions the province holds) and its
    signed pages this program's render of the workbook with that line (`pages_match`, `PdfCheck.replaces`); ()
    otherwise, without one, for a line stating no time of that approval, or a check stored before they were
    recorded."""
    if check is None or check.verdict != PdfVerdict.HOP_LE or check.pages_match is not True:
        return ()
    return (check.replaces, check.replaces_at) if check.replaces and check.replaces_at else ()


def names_stored(store, row: ReceivedRow) -> tuple[str, str] | tuple[()]:
    """`names_in` of the check of the PDF the province recorded with a stored version (() none, or
    without `store`)."""
    if store is None or row.id is None or not row.approved:
        return ()
    stored = store.pdf_check_stored(row.id)
    try:
        return names_in(PdfCheck.from_json(json.loads(stored))) if stored else ()
    except (ValueError, KeyError, TypeError, AttributeError):  # changed outside the program: `verify` names it
        return ()


def issued_of(store, row: ReceivedRow) -> str:
    """"số 12/BC-UBND ngày 08/12/2026": the number and date a stored approved version's workbook was issued
    with, "" when it states no number (or without `store`)."""
    if store is None or row.id is None or not row.approved:
        return ""
    stored = store.received_document(row.id)
    try:
        found = json.loads((stored[2] if stored else None) or "{}")
        number, day = str(found.get("doc_number") or "").strip(), dt.date.fromisoformat(found.get("report_date"))
    except (ValueError, AttributeError, TypeError):
        return ""
    return Issued(number, day, str(found.get("doc_symbol") or "BC-UBND")).said()[0] if number else ""


def vouched(versions: Iterable[ReceivedRow], key_states: dict[str, str]) -> bool:
    """Whether one of a unit's `versions` of a period is one the province vouched for, having compared
    it with the unit's signed paper: unsigned and accepted (`accept_unsigned`), or signed by a key it
    confirmed and later replaced by another confirmed key, not revoked ("Đã thay": the unit's key in
    use since may have been revoked). A key confirmed now needs no such rule: while the unit has one,
    a file signed by another key is refused, and confirming a key revokes the pending ones."""
    return any(key_states.get(v.public_key) == KeyState.DA_THAY if v.public_key else bool(v.accepted_at)
               for v in versions)


def approved_at(store, row: ReceivedRow, document: str | None = None) -> str:
    """When a stored approved version's document says it was approved ("" for a draft, a
    format-1 file, a document not JSON, or without `store`); `document`: its stored JSON when
    the caller holds it (the version it has just stored), not read again."""
    if not row.approved:
        return ""
    if document is None:
        stored = store.received_document(row.id) if store is not None and row.id is not None else None
        if stored is None:
            return ""
        document = stored[2]
    try:
        return str(json.loads(document or "{}").get("approved_at") or "")
    except (ValueError, AttributeError):  # changed outside the program: `verify` names it
        return ""


def key_states(store, unit_code: str, keys: list[UnitKey] | None = None) -> dict[str, str]:
    """Public key -> state of the unit's keys (`keys`: those, read already in the caller's transaction)."""
    return {k.public_key: k.state for k in (store.unit_keys(unit_code) if keys is None else keys)}


def unit_confirmed(store, unit_code: str) -> UnitKey | None:
    """The unit's confirmed key (`version_of`'s `confirmed`)."""
    return confirmed_key(store.unit_keys(unit_code))


def held_of(store, unit_code: str, keys: list[UnitKey] | None = None,
            elsewhere_of: dict[str, list[UnitKey]] | None = None) -> set[str]:
    """The unit's pending keys that are registered for another unit too, or revoked for another
    unit (`revocation`): the versions they signed are not counted for it until the province
    decides (`desktop_app.core.keys`). `keys`: the unit's keys, `elsewhere_of`: a key's entries
    for other units (`Store.units_signed_by`), those the caller read already in its transaction."""
    held = set()
    for k in store.unit_keys(unit_code) if keys is None else keys:
        if k.state == KeyState.CHO:
            elsewhere = (elsewhere_of or {}).get(k.public_key)
            if elsewhere is None:
                elsewhere = store.units_signed_by(k.public_key, unit_code)
            if sharing(elsewhere, k) or revocation([k, *elsewhere], other_than=unit_code):
                held.add(k.public_key)
    return held


def reselect(store, unit_code: str, period: str) -> ReceivedRow | None:
    """Keep the best version of the unit and period again (after a key was confirmed or
    revoked, or an unsigned version accepted); inside the caller's transaction."""
    versions = store.received(period, unit_code=unit_code, current_only=False)
    states, held, confirmed = key_states(store, unit_code), held_of(store, unit_code), unit_confirmed(store, unit_code)
    checked = vouched(versions, states)
    best = choose([version_of(v, states, held, store, confirmed, checked) for v in versions])
    store.set_kept_version(unit_code, period, best.id if best else None)
    return next((v for v in versions if best is not None and v.id == best.id), None)


def kept_reason(store, unit_code: str, period: str, kept: ReceivedRow, other: ReceivedRow) -> str:
    """Why `kept` is the unit's kept version of the period rather than `other` (`preference`), the
    replacements the unit signed among all its versions read (`with_chains`)."""
    versions = store.received(period, unit_code=unit_code, current_only=False)
    states, held, confirmed = key_states(store, unit_code), held_of(store, unit_code), unit_confirmed(store, unit_code)
    checked = vouched(versions, states)
    seen = {v.id: v for v in with_chains([version_of(r, states, held, store, confirmed, checked) for r in versions])}
    return preference(seen[kept.id], seen[other.id])
