"""Revoking a unit's signing key (Thu hồi khóa): the question before it, what it changes, and the
revocation itself, with the kept versions chosen again for every unit the key signs for.

What the revocation changes is found by the rule the consolidation counts by: the kept version of
each unit and period that the key signs for, counted or not (`key_trust` over the register's
states, `trust_states`, a shared pending key held for all its units), now and as the choice of the
kept version (`desktop_app.kept_choice`) would make it with the key revoked (red-team 29: the
question said a held report stops counting, which never counted, and not that the other unit's
starts to). A mixin of `desktop_app.province.ProvinceOffice`, beside its key register
(`desktop_app.key_register`, whose `_unit`, `_reselect_sharing`, `_refused_before` and
`refuse_decision_while_changed` it uses).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from db.rows import now
from desktop_app.core.errors import InvalidInput, NotFound
from desktop_app.core.kept_version import choose
from desktop_app.core.reconfirm import revoked_again_refusal
from desktop_app.core.keys import (
    KeyState,
    UnitKey,
    active_key,
    confirmed_key,
    find_by_code,
    sharing,
)
from desktop_app.core.revoking import CountChange, revoke_effect, revoke_question
from desktop_app.core.signing import typed_code
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.kept_choice import held_of, key_states, version_of, vouched
from desktop_app.key_register import CONFIRMING, key_trust, no_such_key, trust_states

REVOKING_KEY = ("thu hồi khóa ký", "revoke the signing key")


@dataclass(frozen=True)
class RevokedKey(UnitKey):
    """A key just revoked, with what the revocation does (`desktop_app.core.revoking.revoke_effect`,
    Words): refused for every unit, or for this one only, the key still another unit's."""

    effect: str = ""
    still: tuple[UnitKey, ...] = ()  # the other units whose entry holds the key: not revoked there


class KeyRevoking:
    """Revoking a key of a ProvinceOffice's register."""

    def revoke_effect(self, unit: str, code: str) -> tuple[str, tuple[UnitKey, ...]]:
        """What revoking the key `code` of `unit` would do (`revoke_effect`: Words), as the command says it
        after, and the other units whose entry holds the key (none: refused for every unit)."""
        return self._revoke_preview(unit, code)[:2]

    def revoke_question(self, unit: str, code: str) -> str:
        """The window's question before revoking the key `code` of `unit` (`revoke_question`: Words): its
        state, first and latest file, and what revoking it changes (`revoke_effect`)."""
        return self._revoke_preview(unit, code)[2]

    def again_question(self, unit: str, code: str) -> Words | None:
        """What the window asks before a revoked key of `unit` (`code`) is confirmed again
        (`RevokedAgain.facts`: who revoked it and when, what that means, what confirming it again
        does); None when that key is not revoked. Reads only."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        c = self._unit(unit)
        keys = self.store.unit_keys(c.code)
        key = find_by_code(keys, code)
        if key is None or key.state != KeyState.THU_HOI:
            return None
        return revoked_again_refusal(key, c.name, c.code, keys, self._person).facts

    def _revoke_preview(self, unit: str, code: str) -> tuple[str, tuple[UnitKey, ...], str]:
        self._require_province()
        self.ws.require(Permission.VIEW)
        c = self._unit(unit)
        key = find_by_code(self.store.unit_keys(c.code), code)
        if key is None:
            refusal = no_such_key(c, code, self.store.unit_keys(c.code))
            raise NotFound(refusal, field="Mã khóa", en=refusal.en)
        holding = self._holding(key)
        mine = [r for r in self.store.received(unit_code=c.code, current_only=False) if r.public_key == key.public_key]
        effect = revoke_effect(key, c.name, holding, self._name, self._count_changes(key))
        read = [(r.file_name, r.received_at or "", False) for r in mine] + [
            (r.file_name, r.read_at, True) for r in self._refused_before(c.code, key)]
        return effect, tuple(holding), revoke_question(key, c.name, effect, read, bool(holding))

    def _holding(self, key: UnitKey) -> list[UnitKey]:
        """The other units whose entry of `key`'s public key holds it now (neither revoked nor replaced)."""
        return [k for k in sharing(self.store.units_signed_by(key.public_key, key.unit_code), key)
                if k.state != KeyState.DA_THAY]

    def _count_changes(self, key: UnitKey) -> list[CountChange]:
        """For the key's unit and every other unit the key is registered for, the periods whose
        counted version changes if `key` is revoked now: counted now by the consolidation's rule
        (the kept version, `key_trust`), against the version the kept choice would keep with the
        register as the revocation leaves it (`desktop_app.kept_choice.reselect`'s rule), counted by
        the same rule. Reads only."""
        register = self.store.unit_keys()
        after = [replace(k, state=KeyState.THU_HOI.value, revoked_at=now()) if k.id == key.id else k for k in register]
        states_now, states_after = trust_states(register), trust_states(after)
        units = {key.unit_code} | {k.unit_code for k in register if k.public_key == key.public_key}
        changes = []
        for unit in sorted(units):
            keys = [k for k in after if k.unit_code == unit]
            elsewhere = {k.public_key: [o for o in after if o.public_key == k.public_key and o.unit_code != unit]
                         for k in keys}
            states, held, confirmed = key_states(None, unit, keys), held_of(None, unit, keys, elsewhere), confirmed_key(keys)
            versions = self.store.received(unit_code=unit, current_only=False)
            stops, starts, swaps = [], [], []
            for period in sorted({v.period for v in versions}):
                mine = [v for v in versions if v.period == period]
                kept = next((v for v in mine if v.current), None)
                checked = vouched(mine, states)
                best = choose([version_of(v, states, held, self.store, confirmed, checked) for v in mine])
                chosen = next((v for v in mine if best is not None and v.id == best.id), None)
                was = kept is not None and key_trust(kept, states_now)[1]
                will = chosen is not None and key_trust(chosen, states_after)[1]
                if was != will:
                    (stops if was else starts).append(period)
                elif was and chosen.id != kept.id:
                    swaps.append(period)
            changes.append(CountChange(unit, tuple(stops), tuple(starts), tuple(swaps)))
        return changes

    def revoke_key(self, unit: str, code: str | None = None) -> RevokedKey:
        """Thu hồi khóa: the unit's key in use (or its key `code`) signs nothing the province
        accepts for the unit from now on, and the versions it signed no longer count; for any
        other unit neither, unless another unit's entry holds the key (the settlement of a shared
        key, `revocation`). `effect` says which (`revoke_effect`)."""
        self._require_province()
        self.ws.require(Permission.APPROVE, CONFIRMING)
        c = self._unit(unit)
        if code:
            typed_code(code, "Mã khóa", key=True)
        with self.store.transaction():
            self.refuse_decision_while_changed(REVOKING_KEY)
            keys = self.store.unit_keys(c.code)
            key = find_by_code(keys, code) if code else active_key(keys)
            if key is None:
                refusal = no_such_key(c, code, keys) if code else Words(
                    f"{c.name} chưa có khóa nào đang dùng để thu hồi.", f"{c.name} has no key in use to revoke.")
                raise NotFound(refusal, field="Mã khóa", en=refusal.en)
            if key.state == KeyState.THU_HOI:
                raise InvalidInput(f"Khóa mã {key.key_code} của {c.name} đã bị thu hồi trước đó.", field="Mã khóa",
                                   en=f"The key {key.key_code} of {c.name} was revoked before.")
            still = self._holding(key)
            effect = revoke_effect(key, c.name, still, self._name, self._count_changes(key))
            at, user = now(), self.ws.user
            self.store.update_unit_key(key.id, state=KeyState.THU_HOI.value, revoked_at=at, revoked_by=user)
            self.store.audit(user, "key_revoke", commune=c.code, field="key_code", old=key.key_code,
                             new=KeyState.THU_HOI.value)
            self._reselect_sharing(c.code, [key])
            revoked = next(k for k in self.store.unit_keys(c.code) if k.id == key.id)
        return RevokedKey(**{**vars(revoked), "unit_name": c.name}, effect=effect, still=tuple(still))

