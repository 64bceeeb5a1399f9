"""Whether a database is a commune's or the province office's: chosen at its first run and
kept in its settings. Its own module so that a command that only asks (`chitieu verify`)
does not load the province's writers."""
from __future__ import annotations

MODE_KEY = "mode"
MODE_PROVINCE = "province"
MODE_COMMUNE = "commune"
PROVINCE_KEY = "province_key"  # a commune's setting: the province key pinned at its first catalogue update


def mode_of(store) -> str | None:
    """"province", "commune" or None (a new database: the mode is chosen at first run)."""
    mode = store.get_setting(MODE_KEY)
    if mode:
        return mode
    # A catalogue update imported (its province key recorded) is a commune's use too: province-setup there
    # made a stranger's catalogue the province's reference, from which it publishes (red team R34 F3)
    if store.get_setting("commune_code") or store.get_setting(PROVINCE_KEY) or store.has_commune_data():
        return MODE_COMMUNE
    return None
