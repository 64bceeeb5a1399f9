"""The version a province's next catalogue update is offered under.

A version reads as the year the catalogue was issued in and its number in that year ("2026.2"). The first update
issued in a later year is offered as that year's first ("2027.1"): a catalogue published in 2027 was offered as
"2026.2", which its cover note and every 2027 report then print (walk U18 F6). The province may type any later
version; what is refused is said by `catalog_update.version_key` and `check_against`.
"""
from __future__ import annotations


def next_version(current: str, year: int) -> str:
    """"2026.1" in 2026 -> "2026.2"; in 2027 -> "2027.1"; a version of more parts keeps them ("2026.1.3" -> "2026.1.4")."""
    parts = [int(p) for p in current.split(".")]
    if year > parts[0]:
        return f"{year}.1"
    return ".".join(map(str, (*parts[:-1], parts[-1] + 1)))
