"""Something revoked stays revoked (walk U10 F2): a restore at the province carries forward every key revocation
made after the backup was taken. A key the data a restore replaces hold revoked ("Thu hồi": revoked by a person,
or automatically when another pending key of the unit was confirmed) that the backup holds in another state, or does
not hold, is written revoked into the copy the restore puts in, while it holds the database (`backups._recorded`),
with the time and person of the revocation and a row of its own in the history; the unit's kept versions are chosen
again, so what the key signed does not count. Before, the key came back "Chờ xác nhận" and the forged report it
signed counted again, and only the question before the restore asked the person to revoke it again.

Only the keys whose rows the data's history vouches for (`Chains`: the chain readable, the key's row not found changed
outside the program): a restore is how data changed with another tool are left, and a
revocation written there must not come back as the restoring administrator's.
"""
from __future__ import annotations

from dataclasses import replace

from db import backup as sqlite_backup
from desktop_app.core.keys import KeyState, UnitKey
from desktop_app.core.periods import format_time
from desktop_app.core.reconfirm import person
from desktop_app.core.words import Words
from desktop_app.kept_choice import reselect

ACTION = "key"  # the history's "Sổ khóa các đơn vị": the restoring administrator may not revoke (key_revoke)
AGAIN = "Thu hồi lại sau khi khôi phục"


def untrusted_keys(found) -> set[str] | None:
    """The ids (as text) of the key register's rows a file whose chain shows `found`
    (`restore_carry.Chains.replaced_found`) does not vouch for: changed outside the program. None when it
    vouches for none: unreadable, or the chain itself broken. A row changed elsewhere in the register no
    longer leaves every revocation behind (red team R19 F2: one sqlite3 edit to another unit's key brought
    every revoked key back)."""
    if found is None:
        return None
    ids = set()
    for t in found:
        if t.table is None or (t.table == "unit_keys" and not t.key):
            return None
        if t.table == "unit_keys":
            ids.add(str(t.key[0]))
    return ids


def _vouched(keys: list[UnitKey], found) -> list[UnitKey]:
    untrusted = untrusted_keys(found)
    return [] if untrusted is None else [k for k in keys if str(k.id) not in untrusted]


def revoked_since(now: list[UnitKey] | None, then: list[UnitKey] | None) -> list[UnitKey]:
    """The keys of the register `now` revoked that the register `then` holds otherwise, or not at all."""
    before = {(k.unit_code, k.public_key): k for k in then or []}
    return [k for k in now or [] if k.state == KeyState.THU_HOI.value
            and getattr(before.get((k.unit_code, k.public_key)), "state", None) != KeyState.THU_HOI.value]


def kept_revoked(chains, restored) -> frozenset[tuple[str, str]]:
    """(unit, public key) of each key a restore of `restored` (the backup as the restore puts it back) over
    `chains.replaced` keeps revoked: what the question says stays revoked."""
    keys = revoked_since(sqlite_backup.unit_keys(chains.replaced), sqlite_backup.unit_keys(restored))
    return frozenset((k.unit_code, k.public_key) for k in _vouched(keys, chains.replaced_found))


def carry_revoked(store, user: str, chains, backup_name: str) -> list[UnitKey]:
    """Inside the restore's transaction, into the `store` of the copy it puts in: each key `chains.replaced` holds
    revoked since (`kept_revoked`'s rule) revoked again, with its revocation's time and person, a history row each
    ("thu hồi lại sau khi khôi phục …"), and the kept versions of its unit (and of the units sharing the key)
    chosen again. The keys revoked.

    The row's action is the register's ("Sổ khóa các đơn vị"), not `key_revoke`: the administrator who restores
    may not revoke a key (db/acting_roles.py would name it done beyond the role); the person who revoked it and when
    are the key's, as they were."""
    keys = _vouched(revoked_since(sqlite_backup.unit_keys(chains.replaced), store.unit_keys()), chains.replaced_found)
    if not keys:
        return []
    names = sqlite_backup.account_names(chains.replaced) or {}
    units = set()
    for k in keys:
        held = next((h for h in store.unit_keys(k.unit_code) if h.public_key == k.public_key), None)
        if held is None:  # first read since the backup: registered revoked, a file it signed read again is refused
            store.add_unit_key(replace(k, id=None))
        else:
            store.update_unit_key(held.id, state=KeyState.THU_HOI.value, revoked_at=k.revoked_at,
                                  revoked_by=k.revoked_by)
        who = person(k.revoked_by, names.get(k.revoked_by)) if k.revoked_by else ""
        store.audit(user, ACTION, commune=k.unit_code, field="key_code", old=k.key_code,
                    new=f"{AGAIN} bản sao lưu {backup_name} (khóa đã thu hồi lúc "
                        f"{format_time(k.revoked_at)}{f' bởi {who}' if who else ''}, sau lúc sao lưu)")
        units |= {k.unit_code} | {s.unit_code for s in store.units_signed_by(k.public_key, k.unit_code)}
    for unit in sorted(units):
        for period in sorted({r.period for r in store.received(unit_code=unit, current_only=False)}):
            reselect(store, unit, period)
    return keys


def stays_revoked(who: Words, later: tuple[str, str], at: tuple[str, str], absent: bool) -> Words:
    """The question's line of a key revoked since that the restore keeps revoked (`carry_revoked`)."""
    kept = ("sổ khóa ghi lại khóa này, đã thu hồi" if absent else "khóa vẫn ở trạng thái Thu hồi",
            "the register records it, revoked" if absent else "the key stays revoked")
    return Words(
        f"{who} đã thu hồi{later[0]}{at[0]}: sau khi khôi phục, {kept[0]} (chương trình ghi lại việc thu hồi vào dữ "
        "liệu khôi phục, kèm một dòng nhật ký), các bản báo cáo ký bằng khóa này vẫn không được tính.",
        f"{who.en} was revoked{later[1]}{at[1]}: after the restore, {kept[1]} (the program writes the revocation "
        "into the restored data, with a change log row), the reports it signed still do not count.")
