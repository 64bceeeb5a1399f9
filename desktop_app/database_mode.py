"""Whether a database is a commune's or the province office's: chosen at its first run and
kept in its settings. Its own module so that a command that only asks (`chitieu verify`)
does not load the province's writers."""
from __future__ import annotations

MODE_KEY = "mode"
MODE_PROVINCE = "province"
MODE_COMMUNE = "commune"


def mode_of(store) -> str | None:
    """"province", "commune" or None (a new database: the mode is chosen at first run)."""
    mode = store.get_setting(MODE_KEY)
    if mode:
        return mode
    if store.get_setting("commune_code") or store.has_commune_data():
        return MODE_COMMUNE
    return None
