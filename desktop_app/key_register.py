"""The province's register of the units' signing keys (Danh sách khóa): which key signs for
which unit, confirming a key against the code on the unit's signed paper report, revoking
one, and accepting an unsigned file; each decision chooses again the versions the
province keeps and counts.

A mixin of `desktop_app.province.ProvinceOffice`, kept apart because it is a job of its own
(a leader's decisions, not the officer's intake): `self.ws`, `self.store`, `self.catalog`,
`self._require_province` and `self._name` are the office's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from db.acceptances import (
    UNSIGNED_ACCEPT,
    acceptance_words,
    intact_version,
    stored_version_id,
)
from db.rows import ReceivedRow, now
from desktop_app.core.errors import InvalidInput, NotFound
from desktop_app.core.intake import (
    KEY_REFUSALS,
    FileClass,
    parse_time,
    row_judged_on,
    when_text,
)
from desktop_app.core.keys import (
    UNSIGNED,
    UNSIGNED_ACCEPTED,
    ConfirmedKey,
    KeyState,
    UnitKey,
    active_key,
    confirm_command,
    confirmed_key,
    find_by_code,
    held_keys,
    kept_change_words,
    revocation,
    revoked_refusal,
    shared_refusal,
    shared_units,
    sharing,
)
from desktop_app.core.periods import Period, in_sentence, parse_period
from desktop_app.core.reconfirm import again_note, person, reconfirmed_words, revoked_again_refusal
from desktop_app.core.refused_before import (
    RefusedFile,
    refused_before_words,
    signed_by,
    still_refused,
)
from desktop_app.core.refused_outside import decision_refused
from desktop_app.core.signing import typed_code
from desktop_app.core.submission import Submission
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.intake import reselect

# A pending key shared with another unit, in `KeyRegisterActions._key_states`: shown pending, not counted.
HELD = "held"

# What deciding on keys is called in a refusal (the permissions are named for a commune's):
# the register needs the leader's right to approve.
CONFIRMING = ("xác nhận hoặc thu hồi khóa ký, chấp nhận tệp chưa ký",
              "confirm or revoke signing keys and accept unsigned files")
# What each decision is called when refused while the database was changed outside the program.
DECIDING = ("quyết định về khóa ký và tệp chưa ký", "decide on signing keys and unsigned files")
CONFIRMING_KEY = ("xác nhận khóa ký", "confirm the signing key")
ACCEPTING = ("chấp nhận bản chưa ký", "accept the unsigned version")


@dataclass(frozen=True)
class RegisterKey(UnitKey):
    """A row of the register as `KeyRegisterActions.keys` gives it: the key, and the date its first
    stored file was received (ISO), which decides nothing but is what a reviewer reads beside the
    unit's deadline (walk 8, finding 9: the time the program first read the file, 'first_seen', read
    as a late date); when none is stored (`none_stored`: its files refused), the date its first file
    was received, as the intake log records it (None: read before the log recorded it, schema 15)."""

    first_received: str | None = None
    none_stored: bool = False
    # the other units the key signs for, (code, name, state) — the window words them in its language
    # (walk 17, L4: "Also signs for" read "Xã Đại Phúc (mã 05488, chờ xác nhận)" in English)
    sharing: tuple[tuple[str, str, str], ...] = ()
    # a revoked key confirmed again: "đã thu hồi lúc … (người), xác nhận lại lúc … (người)" (Words; "" none)
    reconfirmed: str = ""


@dataclass(frozen=True)
class UnsignedRow(ReceivedRow):
    """An unsigned version as `KeyRegisterActions.unsigned` gives it: the received row, and who approved
    it and when as its document states (empty for a draft), what the unit's paper says and a reviewer
    compares before accepting it (walk 10, finding 1: a draft and the approved report of the same
    figures share their fingerprint; the window named neither the approval nor the time made)."""

    approved_by: str = ""
    approved_at: str = ""

    @property
    def approved_on(self) -> dt.date | None:
        """The day the document states it was approved, in the zone it states (as its paper prints
        it); None for a draft, or a document that does not say. The window's Duyệt column, its
        Nhận tệp chưa ký… box and `chitieu unsigned list` all read it here, so they never disagree."""
        t = parse_time(self.approved_at) if self.approved else None
        return t.date() if t else None

    @property
    def received_day(self) -> dt.date | None:
        """The date of receipt as the completeness table gives it (`judged_on`: never before the
        day the file was made); None when the version has none recorded."""
        day = row_judged_on(self)  # unsigned: a date typed for the folder stands
        return dt.date.fromisoformat(day) if day else None

    @property
    def made_at(self) -> str:
        """When the file states it was made, "15:30 18/06/2026" in Vietnam time (`when_text`:
        the same on every computer); "" when it states none. The window's Lập lúc and the command's."""
        return when_text(self.generated_at) if self.generated_at else ""


class KeyRegisterActions:
    """The key register of a ProvinceOffice, and the unsigned files it accepts."""

    def _key_states(self) -> dict[tuple[str, str], str]:
        """(unit, public key) -> the key's state for the unit; a pending key shared with another
        unit as HELD (`desktop_app.core.keys.held_keys`): not counted."""
        return trust_states(self.store.unit_keys())

    def _unit(self, unit: str):
        return self.catalog.resolve_commune(unit)

    def keys(self, unit: str | None = None) -> list[RegisterKey]:
        """Danh sách khóa: every unit's keys with their states (old keys as history), in the
        catalogue's order of units, each unit's oldest first; `unit_name`, `shared_with` and
        `first_received` filled (the dates of receipt in one query)."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        code = self._unit(unit).code if unit else None
        order = {c.code: (c.no, c.name) for c in self.catalog.communes}
        register = self.store.unit_keys()
        keys = [k for k in register if code is None or k.unit_code == code]
        keys.sort(key=lambda k: (order.get(k.unit_code, (10**6, ""))[0], k.id))
        by_key = by_public_key(register)
        received = self.store.first_receipts(code)
        refused = self._refused_first([k for k in keys if (k.unit_code, k.public_key) not in received])
        again = reconfirmed_words(self.store.chained_audit_rows("key_confirm"), self._person)
        out = []
        for k in keys:
            others = sharing(by_key[k.public_key], k) if k.state != KeyState.THU_HOI else []
            barred = revocation(by_key[k.public_key], other_than=k.unit_code) if k.state != KeyState.THU_HOI else None
            others += [barred] if barred is not None else []  # "(mã 05503, thu hồi)": revoked there
            out.append(RegisterKey(**{**vars(k), "unit_name": order.get(k.unit_code, (0, k.unit_code))[1],
                                      "shared_with": shared_units(others, self._name),
                                      "sharing": tuple((o.unit_code, self._name(o.unit_code), o.state) for o in others)},
                                   first_received=received.get((k.unit_code, k.public_key)) or refused.get(k.id),
                                   none_stored=(k.unit_code, k.public_key) not in received,
                                   reconfirmed=again.get((k.unit_code, k.key_code), "")))
        return out

    def _refused_first(self, keys: list[UnitKey]) -> dict[int, str]:
        """Key id -> the date of receipt the intake log records of the file that registered each of
        `keys`, none of whose files is stored: refused for its signature (a key whose first file was
        received is stored with it), its line written with the key's `first_seen` and `first_file`.
        The log is read only when there are such keys (a reinstalled laptop's), as the program wrote it."""
        if not keys:
            return {}
        arrived = {(r.unit_code, r.file_name, r.at): r.arrived_on
                   for r in self.store.intake_log(classes=(FileClass.CHU_KY_KHONG_KHOP.value,)) if r.arrived_on}
        return {k.id: arrived[(k.unit_code, k.first_file, k.first_seen)] for k in keys
                if (k.unit_code, k.first_file, k.first_seen) in arrived}

    def key_state(self, unit: str) -> UnitKey | None:
        """The unit's key in use (confirmed, else pending), None before its first signed file."""
        return active_key(self.store.unit_keys(self._unit(unit).code))

    def require_key_decisions(self) -> None:
        """Refuse unless the account may decide what the province counts: confirm or revoke a
        key, accept an unsigned file (a leader's decision; the window asks before a code is typed),
        and while the database holds changes made outside the program not acknowledged
        (`refuse_decision_while_changed`; each decision checks again inside its transaction)."""
        self.ws.require(Permission.APPROVE, CONFIRMING)
        self.refuse_decision_while_changed(DECIDING)

    def refuse_decision_while_changed(self, doing: tuple[str, str]) -> None:
        """Refuse `doing` (Vietnamese, English) while `audit verify` finds changes made outside the
        program that no administrator has acknowledged, as the commune refuses to approve and export:
        a key confirmed or revoked, an unsigned version accepted, a trust root added or removed
        decides what the province counts from then on, and is taken on a database someone has
        looked at (red-team 16, F1). The whole chain is walked: about half a second at 3.321 units."""
        found = [t.message for t in self.ws.verify_history()]
        if found:
            raise decision_refused(doing, found)

    def _person(self, username: str | None) -> str:
        """"Lê Thị Thu (van-thu)": an account as the register names people (`person`)."""
        row = self.store.user(username) if username else None
        return person(username, row.full_name if row is not None else None)

    def confirm_key(self, unit: str, code: str, *, shared: bool = False, again: bool = False) -> ConfirmedKey:
        """Xác nhận khóa: the key of `unit` whose short code is `code` (as printed on the signed
        paper report; case, spaces and dashes ignored) becomes the unit's confirmed key. A key
        confirmed before is kept as history ("Đã thay"; the versions it signed still count),
        other pending keys are revoked: `ended` says which. A code that matches none of the
        unit's keys is refused; so is a key registered for another unit too (`SharedKey`, naming
        it), unless `shared` says one computer reports for both: then it counts for both; and a
        key the province revoked for the unit (`RevokedAgain`, naming who revoked it and when),
        unless `again` says it is confirmed again (walk U10, F1): the history's row says so."""
        self._require_province()
        self.ws.require(Permission.APPROVE, CONFIRMING)
        c = self._unit(unit)
        typed_code(code, "Mã khóa", key=True)  # "ABCD": not a code, never sought among the keys
        with self.store.transaction():
            self.refuse_decision_while_changed(CONFIRMING_KEY)
            keys = self.store.unit_keys(c.code)
            key = find_by_code(keys, code)
            if key is None:
                refusal = no_such_key(c, code, keys, confirming=True, elsewhere=self._units_keyed(code, c.code))
                raise InvalidInput(refusal, field="Mã khóa", en=refusal.en)
            elsewhere = self.store.units_signed_by(key.public_key, c.code)
            barred = revocation([key, *elsewhere], other_than=c.code)
            if barred is not None:  # revoked for another unit: signs for none, --shared or not
                raise revoked_refusal(key, c.name, barred, self._name)
            if key.state == KeyState.THU_HOI and not again:  # a laptop lost, a key leaked: never silently
                raise revoked_again_refusal(key, c.name, c.code, keys, self._person)
            others = tuple(sharing(elsewhere, key))
            if others and not shared and key.state != KeyState.XAC_NHAN:
                raise shared_refusal(key, c.name, list(others), self._name)
            if key.state == KeyState.XAC_NHAN:
                return ConfirmedKey(**{**vars(key), "unit_name": c.name}, others=others)
            at, user = now(), self.ws.user
            before = active_key(keys)
            ended = []
            for k in keys:
                if k.id != key.id and k.state in (KeyState.XAC_NHAN, KeyState.CHO):
                    state = KeyState.DA_THAY if k.state == KeyState.XAC_NHAN else KeyState.THU_HOI
                    self.store.update_unit_key(k.id, state=state.value, revoked_at=at, revoked_by=user)
                    ended.append(k)
            self.store.update_unit_key(key.id, state=KeyState.XAC_NHAN.value, confirmed_at=at, confirmed_by=user,
                                       revoked_at=None, revoked_by=None)
            said = (f"; cũng ký tệp của {', '.join(k.unit_code for k in others)}, xác nhận là khóa dùng chung"
                    if others else "") + (again_note(key, self._person) if key.state == KeyState.THU_HOI else "")
            self.store.audit(user, "key_confirm", commune=c.code, field="key_code",
                             old=before.key_code if before and before.id != key.id else None, new=key.key_code + said)
            kept_before = {r.period: r for r in self.store.received(unit_code=c.code)}
            self._reselect_sharing(c.code, [key] + ended)
            kept_now = {r.period: r for r in self.store.received(unit_code=c.code)}
            now_keys = {k.id: k for k in self.store.unit_keys(c.code)}
        changes = [(period, kept_before.get(period), kept_now.get(period))
                   for period in sorted(set(kept_before) | set(kept_now))
                   if getattr(kept_before.get(period), "id", None) != getattr(kept_now.get(period), "id", None)]
        confirmed = now_keys[key.id]
        kept = kept_change_words(c.name, changes, confirmed, _period_names)
        files = self._refused_before(c.code, key)
        refused = refused_before_words(c.name, key.key_code, files, kept_now, _period_names)
        return ConfirmedKey(**{**vars(confirmed), "unit_name": c.name},
                            ended=tuple(now_keys[k.id] for k in ended), others=others, kept=kept, refused=refused,
                            refused_files=tuple(files))

    def _refused_before(self, unit_code: str, key: UnitKey) -> list[RefusedFile]:
        """The unit's files refused for their key (`KEY_REFUSALS`: another key than the unit's, or `key`
        while revoked) signed by `key`, not received since (walk 17, M2): a version received signed by
        another key does not receive them, though its document is the same one (same fingerprint: the
        unit's report exported again on a reinstalled laptop, walk 23, M1)."""
        folders = {run[0]: run[3] or "" for run in self.store.intake_runs()}
        lines = [RefusedFile(r.file_name, r.period, folders.get(r.run_id, ""), r.at or "", r.fingerprint, r.arrived_on,
                             r.class_)
                 for r in self.store.intake_log(classes=tuple(c.value for c in KEY_REFUSALS))
                 if r.unit_code == unit_code and r.period and signed_by(r.reason, key.key_code, r.file_name)]
        received = {r.fingerprint for r in self.store.received(unit_code=unit_code, current_only=False)
                    if r.public_key == key.public_key}
        return still_refused(lines, received)

    def _units_keyed(self, code: str, other_than: str) -> list[tuple[str, str]]:
        """(name, code) of the other units the register holds a key of short code `code` for, in the
        catalogue's order: a code typed for the wrong unit is then named as theirs (walk 8, finding 4).
        The whole register is read, only when a code matches none of the unit's keys."""
        units = {k.unit_code for k in self.store.unit_keys()
                 if k.unit_code != other_than and find_by_code([k], code) is not None}
        order = {u.code: u.no for u in self.catalog.communes}
        return [(self._name(u), u) for u in sorted(units, key=lambda u: (order.get(u, 10**6), u))]

    def _reselect_unit(self, unit_code: str) -> None:
        for period in sorted({r.period for r in self.store.received(unit_code=unit_code, current_only=False)}):
            reselect(self.store, unit_code, period)

    def _reselect_sharing(self, unit_code: str, changed: list[UnitKey]) -> None:
        """The unit's kept versions chosen again, and those of every other unit a changed key is
        registered for (a shared key revoked or confirmed here may count there again)."""
        units = {unit_code} | {k.unit_code for key in changed
                               for k in self.store.units_signed_by(key.public_key, unit_code)}
        for code in sorted(units):
            self._reselect_unit(code)

    # --- unsigned versions -------------------------------------------------------------------
    def unsigned(self, period: str | Period | None = None) -> list[UnsignedRow]:
        """Every unsigned version received (for `period`, or any), accepted or not, oldest first."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        code = parse_period(period).code if period else None
        return [self._with_approval(r) for r in self.store.received(code, current_only=False) if not r.public_key]

    def _with_approval(self, row: ReceivedRow) -> UnsignedRow:
        """`row` with its document's approver and time of approval (none read for a draft, or a
        document that is not JSON: shown as not stated)."""
        by = at = ""
        stored = self.store.received_document(row.id) if row.approved and row.id is not None else None
        if stored is not None:
            try:
                document = json.loads(stored[2] or "{}")
                by, at = str(document.get("approved_by") or ""), str(document.get("approved_at") or "")
            except (ValueError, AttributeError):
                pass
        return UnsignedRow(**vars(row), approved_by=by, approved_at=at)

    def accept_unsigned(self, unit: str, period: str | Period, file_name: str | None = None, *,
                        received_id: int | None = None, fingerprint: str | None = None) -> ReceivedRow:
        """Chấp nhận bản chưa ký: count one unsigned version of `unit` for `period`, the very one the
        province compared with the unit's signed paper (or confirmed by telephone): the version
        received as row `received_id` (the window's chosen row; with `fingerprint`, it must still
        hold that fingerprint), or the one whose fingerprint begins with `fingerprint` (16 hex
        characters or more, as `chitieu unsigned list` prints it; or its version's identity, when
        versions of the same figures wait), else the only one waiting (of `file_name`). Never the
        best-ranked of several (red-team 9, finding 1: the window named the file, and a second file
        of the same name, later, was accepted in place of the one compared). Checked inside the
        write transaction: a version no longer waiting (accepted meanwhile, gone, changed outside
        the program) is refused, and so is more than one waiting with none named (listed, with
        their fingerprints). Refused while the unit's key is confirmed, or while a version of the
        period signed by its pending key is in: the unit signs its reports (confirm that key from
        the paper, or revoke it first). The history's row names the whole version
        (`acceptance_words`: its document too, approval included)."""
        self._require_province()
        self.ws.require(Permission.APPROVE, CONFIRMING)
        c, p = self._unit(unit), parse_period(period)
        prefix = fingerprint_typed(fingerprint) if fingerprint is not None else None
        with self.store.transaction():
            self.refuse_decision_while_changed(ACCEPTING)
            confirmed = confirmed_key(self.store.unit_keys(c.code))
            if confirmed is not None:
                raise InvalidInput(
                    f"Không chấp nhận bản chưa ký của {c.name}: đơn vị ký báo cáo bằng khóa mã {confirmed.key_code} đã "
                    "được xác nhận, và ai có phần mềm cũng lập được tệp chưa ký. Đề nghị đơn vị gửi tệp có chữ ký; "
                    f"nếu máy của đơn vị đã mất khóa, thu hồi khóa đó (chitieu keys revoke {c.code}) trước.",
                    field="Tệp chưa ký")
            self._refuse_while_pending(c, p)
            versions = [r for r in self.store.received(p.code, unit_code=c.code, current_only=False)
                        if not r.public_key]
            row = version_named(c, p, versions, file_name, received_id, prefix)
            version = self._as_received(c, p, row)
            at, user = now(), self.ws.user
            self.store.accept_received(row.id, at, user)
            self.store.audit(user, UNSIGNED_ACCEPT, commune=c.code, period=p.code, field="fingerprint",
                             new=acceptance_words(row.file_name, row.fingerprint, version))
            reselect(self.store, c.code, p.code)
            row = next(r for r in self.store.received(p.code, unit_code=c.code, current_only=False) if r.id == row.id)
        return row

    def _as_received(self, c, p: Period, row: ReceivedRow) -> str:
        """The identity of the whole stored version `row` (`stored_version_id`), refused when it is
        not as the intake stored it: changed outside the program and not acknowledged
        (`altered_received`), a key or signature in its document, or its document and figures no
        longer making the version it was received as (its `version_id`: so even once acknowledged).
        A row stating otherwise than its document is withheld when counted (`stated_otherwise`)."""
        stored = self.store.received_document(row.id)
        if stored is not None and row.id not in self.store.altered_received(p.code):
            version = intact_version(*stored)
            if version is not None:
                return version
        raise InvalidInput(
            f"Không chấp nhận bản chưa ký của {c.name} (tệp {row.file_name}, mã xác thực {row.fingerprint[:16]}): "
            "bản lưu đã bị sửa sau khi nhận, không còn là bản đơn vị gửi. Khôi phục bản sao lưu có trước lần sửa, "
            "hoặc đề nghị đơn vị gửi lại báo cáo.", field="Tệp chưa ký",
            en=(f"The unsigned file of {c.name} (file {row.file_name}, fingerprint {row.fingerprint[:16]}) is not "
                "accepted: its stored copy was changed after it was received and is no longer what the unit sent. "
                "Restore a backup made before the change, or ask the unit to send its report again."))

    def acceptances(self, p: Period) -> set[tuple[str, str, str]]:
        """(unit, period, `acceptance_words`) of every unsigned version of `p` the province accepted,
        as the history's rows of `accept_unsigned` name them (one query for the period): what an
        unsigned stored version counts by (`accepted_as_stored`), where its own row's acceptance
        (`accepted_at`) is a record an acknowledgement of changes made outside the program adopts.
        Only the rows the program chained count (`chained_audit_rows`): one added with sqlite3,
        unhashed or with a made-up hash, or one edited, is not, even once an acknowledgement names
        it. Left: a row given the hash the chain's rule computes (the chain has no key)."""
        return {(r.commune, r.period, r.new) for r in self.store.chained_audit_rows(UNSIGNED_ACCEPT, period=p.code)}

    def _refuse_while_pending(self, c, p: Period) -> None:
        """Refuse an unsigned file of a unit that signed a version of the period with a key still
        pending: the unit signs its reports, and anyone with the program can make an unsigned file."""
        pending = {k.public_key: k for k in self.store.unit_keys(c.code) if k.state == KeyState.CHO}
        signed = next((r for r in self.store.received(p.code, unit_code=c.code, current_only=False)
                       if r.public_key in pending), None)
        if signed is None:
            return
        code = pending[signed.public_key].key_code
        raise InvalidInput(
            f"Không chấp nhận bản chưa ký của {c.name}: đơn vị đã gửi báo cáo {in_sentence(p.name)} có chữ ký bằng khóa mã {code}, "
            f"đang chờ xác nhận (tệp {signed.file_name}). Ai có phần mềm cũng lập được tệp chưa ký.\n\nĐối chiếu mã "
            f"{code} với mã in trên báo cáo giấy có chữ ký của đơn vị rồi xác nhận khóa, gõ mã in trên giấy "
            f"({confirm_command(c.code)}). Nếu máy của đơn vị đã mất khóa: thu hồi khóa đó (chitieu keys revoke {c.code} --code "
            f"{code}) rồi mới chấp nhận bản chưa ký.", field="Tệp chưa ký",
            en=(f"The unsigned file of {c.name} is not accepted: the unit sent its {p.code} report signed with key "
                f"code {code}, awaiting confirmation (file {signed.file_name}). Anyone with the program can make an "
                f"unsigned file.\n\nCompare code {code} with the code printed on the unit's signed paper report, "
                "then confirm the key. If the unit's computer lost its key: revoke that key, then accept the "
                "unsigned file."))


def by_public_key(register: list[UnitKey]) -> dict[str, list[UnitKey]]:
    """The register's entries grouped by public key: whether a key is shared is then looked
    up among its own entries, not the whole register once per unit (3.321 units: 0,3 s)."""
    out: dict[str, list[UnitKey]] = {}
    for k in register:
        out.setdefault(k.public_key, []).append(k)
    return out


def trust_states(register: list[UnitKey]) -> dict[tuple[str, str], str]:
    """`KeyRegisterActions._key_states` of `register` (the register as it is, or as a revocation leaves it)."""
    held = held_keys(register)
    return {(k.unit_code, k.public_key): HELD if (k.unit_code, k.public_key) in held else k.state for k in register}


def key_trust(row: ReceivedRow, states: dict[tuple[str, str], str]) -> tuple[str, bool]:
    """A received version's key state as shown, and whether it counts."""
    if not row.public_key:
        return (UNSIGNED_ACCEPTED, True) if row.accepted_at else (UNSIGNED, False)
    state = states.get((row.unit_code, row.public_key), "")
    if state == HELD:
        return KeyState.CHO.value, False
    return state, bool(state) and KeyState(state).counted


def accepted_as_stored(row: ReceivedRow, canonical: str, sub: Submission,
                       acceptances: set[tuple[str, str, str]]) -> bool:
    """Whether the province accepted the unsigned stored version `row` (with its report's stored
    text, `canonical`, and document, `sub`) as it is now: one of `acceptances` names its unit,
    period, file, the fingerprint of the text (hashed here: never the fingerprint column, which an
    edit hashes again) and the whole version made again from what is stored (`stored_version_id`).
    A signed version made unsigned with sqlite3, its figures changed, a draft relabelled approved
    (row and document alike, then acknowledged: red-team 9, finding 2), or an unsigned one marked
    accepted, is named by none. An acceptance in the words written before versions were named (file
    and fingerprint only) counts for nothing by itself (red-team 10, finding 2: a draft accepted then
    still matched them once relabelled): the upgrade to schema 13 bound each one whose version was
    intact to that version with a row in today's words (`db.acceptances.bind_legacy_acceptances`)."""
    fingerprint = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return (row.unit_code, row.period,
            acceptance_words(row.file_name, fingerprint, stored_version_id(canonical, sub))) in acceptances


def fingerprint_typed(typed: str) -> str:
    """The start of a fingerprint as typed to name a version (spaces ignored, any case), refused
    unless it is 16 to 64 hexadecimal characters: shorter, it could name another version."""
    text = "".join(str(typed).split()).lower()
    if 16 <= len(text) <= 64 and all(ch in "0123456789abcdef" for ch in text):
        return text
    raise InvalidInput(
        f"Mã xác thực «{str(typed)[:80]}» không dùng được: gõ ít nhất 16 ký tự đầu của mã xác thực in trên báo cáo "
        "giấy (chữ số 0–9 và chữ a–f), như chitieu unsigned list in.", field="Mã xác thực",
        en=(f"Fingerprint '{str(typed)[:80]}' cannot be used: type at least its first 16 characters as printed on "
            "the paper report (digits 0-9 and letters a-f), as chitieu unsigned list prints it."))


def version_named(c, p: Period, versions: list[ReceivedRow], file_name: str | None, received_id: int | None,
                  prefix: str | None) -> ReceivedRow:
    """Of the unit's unsigned `versions` of `p`, the one waiting for acceptance that the reviewer
    named: row `received_id` (still holding the fingerprint `prefix` starts, when given), else the
    one whose fingerprint or version identity `prefix` starts, else the only one (of `file_name`).
    Refused, saying which versions wait: none such waiting, or more than one and none named."""
    if received_id is not None:
        row = next((r for r in versions if r.id == received_id), None)
        if row is None:
            raise NotFound(
                f"Bản chưa ký đã chọn của {c.name} ({in_sentence(p.name)}) không còn trong các bản tỉnh đã nhận: "
                "dữ liệu đã thay đổi từ lúc xem (khôi phục bản sao lưu, máy khác cùng dùng dữ liệu). Không chấp "
                "nhận bản nào; xem lại danh sách bản chưa ký rồi đối chiếu lại." + _waiting_list(versions),
                field="Tệp chưa ký",
                en=f"The unsigned file chosen for {c.name} ({p.code}) is no longer among the versions received: "
                   "the data changed since it was shown. Nothing was accepted; look at the list again.")
        if prefix is not None and not row.fingerprint.startswith(prefix):
            raise InvalidInput(
                f"Bản chưa ký đã chọn của {c.name} (tệp {row.file_name}) nay có mã xác thực {row.fingerprint[:16]}, "
                f"không phải mã {prefix[:16]} đã đối chiếu với báo cáo giấy: bản lưu đã bị thay từ lúc xem. Không "
                "chấp nhận; xem lại danh sách bản chưa ký rồi đối chiếu lại.", field="Tệp chưa ký",
                en=f"The unsigned file chosen for {c.name} ({row.file_name}) now has fingerprint "
                   f"{row.fingerprint[:16]}, not {prefix[:16]} as compared with the paper: the stored copy was "
                   "replaced since it was shown. Nothing was accepted.")
        if row.accepted_at:
            raise _already(c, row)
        return row
    named = [r for r in versions if file_name is None or r.file_name == file_name]
    if prefix is not None:
        named = [r for r in named if r.fingerprint.startswith(prefix) or (r.version_id or "").startswith(prefix)]
    waiting = [r for r in named if not r.accepted_at]
    if len(waiting) == 1:
        return waiting[0]
    if waiting and prefix is not None and len({r.fingerprint for r in waiting}) == 1:
        # the fingerprint compared with the paper names versions of the same figures (a draft and
        # the approved report, or one sent twice): asking for the fingerprint again would send the
        # reviewer round in a circle (red-team 11, finding 3)
        raise InvalidInput(
            f"{c.name} có {len(waiting)} bản chưa ký cùng mã xác thực {waiting[0].fingerprint[:16]} đang chờ "
            f"chấp nhận trong kỳ {in_sentence(p.name)}: cùng số liệu, khác nhau ở trạng thái duyệt hoặc lúc lập. "
            "Xem báo cáo giấy có chữ ký là bản dự thảo hay đã duyệt, rồi chọn bản ấy bằng mã phiên bản của nó "
            f"(chitieu unsigned accept {c.code} --period {p.code} --fingerprint MÃ_PHIÊN_BẢN). Không chấp nhận "
            "bản nào." + _waiting_list(waiting), field="Mã xác thực",
            en=f"{c.name} has {len(waiting)} unsigned files with fingerprint {waiting[0].fingerprint[:16]} awaiting "
               f"acceptance for {p.code}: the same figures, a draft and an approved one or made at different "
               "times. See whether the signed paper is the draft or the approved report, then name that "
               "version by its version code (--fingerprint VERSION_CODE). Nothing was accepted.")
    if waiting:
        raise InvalidInput(
            f"{c.name} có {len(waiting)} bản chưa ký đang chờ chấp nhận trong kỳ {in_sentence(p.name)}: "
            "chọn đúng bản có mã xác thực in trên báo cáo giấy có chữ ký của đơn vị (chitieu unsigned accept "
            f"{c.code} --period {p.code} --fingerprint MÃ_XÁC_THỰC, ít nhất 16 ký tự đầu). Không chấp nhận bản "
            "nào." + _waiting_list(waiting), field="Mã xác thực",
            en=f"{c.name} has {len(waiting)} unsigned files awaiting acceptance for {p.code}: name the one whose "
               "fingerprint is printed on the unit's signed paper report (at least its first 16 characters). "
               "Nothing was accepted.")
    if named and prefix is not None:
        raise _already(c, named[0])
    which = f" từ tệp {file_name}" if file_name else ""
    which += f" có mã xác thực {prefix[:16]}" if prefix else ""
    raise NotFound(f"{c.name} không có bản chưa ký nào{which} đang chờ chấp nhận trong kỳ {in_sentence(p.name)}."
                   + _waiting_list([r for r in versions if not r.accepted_at]), field="Tệp chưa ký")


def _already(c, row: ReceivedRow) -> InvalidInput:
    return InvalidInput(
        f"Bản chưa ký của {c.name} (tệp {row.file_name}, mã xác thực {row.fingerprint[:16]}) đã được chấp nhận lúc "
        f"{when_text(row.accepted_at)} bởi {row.accepted_by}.", field="Tệp chưa ký",
        en=f"The unsigned file of {c.name} ({row.file_name}, fingerprint {row.fingerprint[:16]}) was already "
           f"accepted at {when_text(row.accepted_at)} by {row.accepted_by}.")


def _waiting_list(rows: list[ReceivedRow]) -> str:
    """The versions waiting for acceptance, one a line, each by its file, fingerprint, approval and
    time made; by the identity of its version too where two of them have the same figures."""
    waiting = [r for r in rows if not r.accepted_at]
    if not waiting:
        return ""
    twice = {r.fingerprint[:16] for r in waiting if sum(o.fingerprint[:16] == r.fingerprint[:16] for o in waiting) > 1}
    lines = [f"\n- tệp {r.file_name}: mã xác thực {r.fingerprint[:16]}, "
             f"{'bản đã duyệt' if r.approved else 'bản dự thảo'} lập lúc {when_text(r.generated_at)}"
             + (f", mã phiên bản {(r.version_id or '')[:16]}" if r.fingerprint[:16] in twice else "")
             for r in waiting]
    return "\nCác bản đang chờ chấp nhận:" + "".join(lines)


def no_such_key(c, code: str | None, keys: list[UnitKey], *, confirming: bool = False,
                 elsewhere: list[tuple[str, str]] = ()) -> Words:
    """Why `code` names none of unit `c`'s `keys`, in both languages (walk U8 F1: the English window's
    refusal of a mistyped code on paper was Vietnamese only). Confirming, the unit's codes are not
    named (copied from here, the paper would not be compared); a code that is another unit's key
    (`elsewhere`: their names and codes) is said to be theirs: the paper in hand is most likely that
    unit's, and "not signed by the unit's computer" would read as a forgery."""
    if not keys:
        return Words(f"Chưa có khóa nào của {c.name}: tỉnh chưa nhận tệp có chữ ký nào của đơn vị này.",
                     f"There is no key of {c.name} yet: the province has received no signed file from this unit.")
    if confirming and elsewhere:
        whose = ", ".join(f"{name} (mã {unit})" for name, unit in elsewhere)
        whose_en = ", ".join(f"{name} (code {unit})" for name, unit in elsewhere)
        return Words(f"Mã này là mã khóa của {whose}, không phải của {c.name}: có phải đang cầm báo cáo giấy của "
                     "đơn vị khác?",
                     f"This code is the key code of {whose_en}, not of {c.name}: is the paper report in hand "
                     "another unit's?")
    if confirming:
        return Words(f"Mã khóa {code} không khớp khóa nào tỉnh đã nhận của {c.name}. Đối chiếu lại từng ký tự với mã "
                     "in trên báo cáo giấy có chữ ký, không chép mã từ màn hình: nếu mã trên giấy khác mọi khóa đã "
                     "nhận, các tệp đã nhận không do máy của đơn vị ký. Không xác nhận.",
                     f"The key code {code} matches no key the province has received from {c.name}. Compare each "
                     "character again with the code printed on the signed paper report, never a code copied from "
                     "the screen: if the code on paper differs from every key received, the files received were "
                     "not signed by the unit's computer. Not confirmed.")
    listing = "; ".join(f"{k.key_code} ({k.state})" for k in keys)
    return Words(f"Mã khóa {code} không khớp khóa nào của {c.name} (các khóa đã biết: {listing}).",
                 f"The key code {code} matches no key of {c.name} (the keys known: {listing}).")


def _period_names(code: str) -> tuple[str, str]:
    """A period's name as a confirmation names it, in Vietnamese (in a sentence) and English."""
    p = parse_period(code)
    return in_sentence(p.name), in_sentence(p.name_en)
