"""A name shortened for a one-line message, the same in the window and in what the core says.

Cut after a whole word with "…"; a bracket's words go whole or not at all: not "… môi trường mạng (trừ…" but
"… môi trường mạng…" (walk U17 F7).
"""
from __future__ import annotations

NAME_MOST = 40  # a name's characters in a one-line message


def short_name(name: str, most: int = NAME_MOST) -> str:
    """`name` as it is, or cut after a whole word with "…" when longer than `most`."""
    if len(name) <= most:
        return name
    cut = name[:most].rsplit(" ", 1)[0]
    if cut.count("(") > cut.count(")"):
        cut = cut[:cut.rindex("(")]
    return cut.rstrip(" ,;:") + "…"
