"""Once after an upgrade, the province's kept versions chosen again under the current rule.

The rule choosing a unit's kept version (`desktop_app.core.kept_version.rank`) changed: an approved
version is kept over any draft, whatever their times (rule 2); among approved versions the later
approval is kept, whatever the times the files were made (rule 3: an older approval exported
again after a reopening replaced the newer one, red-team 13); the versions signed by the unit's
confirmed key are kept first (rule 4: a replaced key's version received while the new key waited
stayed kept after the new key was confirmed, red-team 15); a version the province vouched for is
not displaced by one signed by a key still pending (rule 5: an unsigned version it accepted,
red-team 19; rule 6: one signed by a key it confirmed and later replaced, not revoked); a re-approval
whose signed report PDF names another version's approval as the one it replaces is kept over it, whatever
the times its files state (rule 7: a correction approved while the commune's clock ran ahead, walk U25 F3). A
database's schema migrations are SQL only (db/schema.py) and cannot choose; the province office
does it when it opens (`ProvinceOffice.__init__`), once, recorded by a setting.
"""
from __future__ import annotations

import datetime as dt

from db.rows import ReceivedRow
from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.core.kept_version import preference, with_chains
from desktop_app.intake_notes import chosen_again_note, chosen_again_text
from desktop_app.kept_choice import (
    held_of,
    key_states,
    reselect,
    unit_confirmed,
    version_of,
)

# The setting saying which rule the kept versions were last chosen by (`choose_again`).
KEPT_RULE = "province_kept_rule"
KEPT_RULE_NOW = 7  # the confirmed key's versions first, then a version the province vouched for (an accepted
# unsigned one, rt19 F1; one signed by a replaced key never revoked, rule 6) over one whose key is still pending,
# approved over drafts, a re-approval over the approval its signed PDF replaces (rule 7), the later approval
# (`core.kept_version.rank`, `supersedes`)


def choose_again(store, user: str) -> list[tuple[ReceivedRow, ReceivedRow]]:
    """Once, after an upgrade that changed the rule choosing the kept version: every unit and
    period with more than one version gets its kept one chosen again under the current rule
    (an older database kept a draft made after the approved report, which the rule now keeps),
    in one transaction with the setting that says it was done and, when a kept version changed,
    one audit row naming the changes; the log lines of the two versions of a change say so. (kept before, kept now)
    for each change; nothing when done already, in a database only looked at, or not the
    province's."""
    if store.read_only or store.get_setting(KEPT_RULE) == KEPT_RULE_NOW:
        return []
    changed = []
    with store.transaction():
        groups: dict[tuple[str, str], list[ReceivedRow]] = {}
        for row in store.received(current_only=False):
            groups.setdefault((row.unit_code, row.period), []).append(row)
        at = dt.datetime.now(VIETNAM_TIME).isoformat(timespec="seconds")
        for (unit, period), rows in sorted(groups.items()):
            before = next((r for r in rows if r.current), None)
            after = reselect(store, unit, period) if len(rows) > 1 else before
            if before is None or after is None or before.id == after.id:
                continue
            changed.append((before, after))
            states, held, confirmed = key_states(store, unit), held_of(store, unit), unit_confirmed(store, unit)
            seen = {v.id: v for v in with_chains([version_of(r, states, held, store, confirmed) for r in rows])}
            why = preference(seen[after.id], seen[before.id])  # with the replacements among all of them
            for log in store.intake_log(period=period):
                if log.received_id in (before.id, after.id):
                    store.set_intake_reason(log.id, log.reason + chosen_again_note(
                        at, next(r for r in rows if r.id == log.received_id), after, before, why))
        store.put_setting(KEPT_RULE, KEPT_RULE_NOW)
        if changed:  # a database whose versions the current rule kept already: nothing to tell
            store.audit(user, "setting", field=KEPT_RULE, new=chosen_again_text(changed))
    return changed
