"""Whether a certificate's holder is the person a report names as its signer (red-team R3 F3): the
province's check warns beside its verdict, and the commune asks before another person's certificate
signs (`desktop_app.report_signing`).

Qt-free and without I/O.
"""
from __future__ import annotations

import re
import unicodedata
from enum import Enum

# The tone marks, which the old and new spellings place on different vowels ("Hòa"/"Hoà", "Thủy"/"Thuỷ"):
# a syllable is compared as its letters without them and the tone it carries.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# What a certificate's common name carries before the name (its holder's office), word by word.
_TITLE_WORDS = {"chủ", "tịch", "phó", "ubnd", "ủy", "uỷ", "ban", "nhân", "dân", "xã", "phường", "thị", "trấn",
                "giám", "đốc", "tm", "kt", "q"}
_PARTS = re.compile(r"[^\W_]+")  # a name's words: punctuation (":", "-", "(") separates, never joins
# A hyphen between two letters separates a name's words ("TRẦN-THỊ-BÌNH", red-team R6 F5); with a space
# beside it, the name's parts ("CHỦ TỊCH UBND XÃ - TRẦN THỊ BÌNH", "Trần Thị Bình - Giám đốc").
_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?=[^\W\d_])")


class NameMatch(Enum):
    SAME = "same"
    SAME_WITHOUT_DIACRITICS = "same without diacritics"  # the certificate spells the name without any
    OTHER = "other"


def _syllable(word: str) -> str:
    """A word with its tone mark set apart from its letters (`_TONES`): "hòa" and "hoà" alike."""
    split = unicodedata.normalize("NFD", word)
    tones = "".join(c for c in split if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in split if c not in _TONES)) + tones


def _plain(text: str) -> str:
    """Letters without any diacritic ("Trần" -> "tran", "Đ" -> "d")."""
    text = text.casefold().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _segments(name: str) -> list[list[str]]:
    """A name's parts between punctuation, each as its words (case folded), ID numbers left out."""
    folded = _HYPHEN.sub(" ", unicodedata.normalize("NFC", name).casefold())
    parts = re.split(r"[^\w\s]|_", folded)
    return [[w for w in _PARTS.findall(part) if not any(c.isdigit() for c in w)] for part in parts]


def name_match(holder: str, signer: str) -> NameMatch:
    """How a certificate's holder (its common name) compares with the person a report names as its
    signer: the same person when one part of the holder's name (parts are split at punctuation; ID
    numbers are left out) is the signer's whole name, its words in any order, or ends with it in order
    after its holder's office ("Chủ tịch UBND xã Trần Thị Bình"); words compared case folded and
    diacritics kept (Trần and Trấn are two people) but for where the tone mark sits ("Hòa", "Hoà").
    A certificate spelling its name without any diacritic ("TRAN THI BINH") is compared without them
    (`SAME_WITHOUT_DIACRITICS`, said). A one-word name is never the same person: "Thị" or "Bình" names
    nobody in particular (red-team R5 F6). Any certificate a trusted CA issued signs validly: this tells
    the province, and the leader before signing, when it is not the report's signer's."""
    plain = all(ord(c) < 128 for c in holder)
    fold = _plain if plain else _syllable
    ours = [fold(w) for part in _segments(signer) for w in part]
    if len(ours) < 2:
        return NameMatch.OTHER
    for part in _segments(holder):
        words = [fold(w) for w in part]
        titles = words[:len(words) - len(ours)]
        if sorted(words) == sorted(ours) or (words[len(titles):] == ours and titles
                                             and all(t in {fold(w) for w in _TITLE_WORDS} for t in titles)):
            return NameMatch.SAME_WITHOUT_DIACRITICS if plain and _plain(signer) != signer.casefold() \
                else NameMatch.SAME
    return NameMatch.OTHER


def names_person(holder: str, signer: str) -> bool:
    """Whether a certificate's holder is the report's signer (`name_match`), with or without diacritics."""
    return name_match(holder, signer) != NameMatch.OTHER
