"""Whether a certificate's holder is the person a report names as its signer (red-team R3 F3): the
province's check warns beside its verdict, and the commune asks before another person's certificate
signs (`desktop_app.report_signing`).

Qt-free and without I/O.
"""
from __future__ import annotations

import unicodedata


def names_person(holder: str, signer: str) -> bool:
    """Whether a certificate's holder (its common name) is the person a report names as its signer:
    compared NFC, case folded, spaces collapsed, diacritics kept (Trần and Trấn are two people), the
    signer's words found together in the holder's (a CN may carry more: a title, an ID number) or
    the other way round. Any certificate a trusted CA issued signs validly: this tells the province,
    and the leader before signing, when it is not the report's signer's (red-team R3 F3)."""
    def words(name: str) -> str:
        folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
        return f" {' '.join(folded.split())} "

    a, b = words(holder), words(signer)
    return bool(a.strip() and b.strip()) and (b in a or a in b)
