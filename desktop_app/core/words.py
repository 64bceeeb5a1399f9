"""Words a person reads, in both of the window's languages, from code that has no Qt.

The command line and the documents say the Vietnamese (the string itself); the window shows
`en` in its English interface (`ui.common.in_language`). For texts built from figures and
names at run time, where Qt's translation files cannot hold them: a progress step, what a
restore would undo.
"""
from __future__ import annotations


class Words(str):
    """The Vietnamese, as a string, with `en`, the same in English."""

    en: str

    def __new__(cls, vi: str, en: str) -> "Words":
        words = super().__new__(cls, vi)
        words.en = en
        return words

    @classmethod
    def joined(cls, parts: list["Words"], sep: str) -> "Words":
        return cls(sep.join(parts), sep.join(p.en for p in parts))
