"""The one canonical JSON serialisation: the bytes a fingerprint or a signature covers.

Sorted keys, no spaces, UTF-8 without escapes, every text in Unicode NFC, decimals as
their canonical strings ("1234.5", never "1.2345E+3"), no NaN. Two installations that
hold the same values produce the same bytes, whatever order or normal form they typed.
"""
from __future__ import annotations

import json
import unicodedata
from decimal import Decimal

from desktop_app.core.numbers import canonical


def _plain(obj):
    if isinstance(obj, str):
        # Nearly every text is already NFC (the reader cleans cells so): checking is cheaper
        # than normalising, and a third of a file's fingerprint otherwise.
        return obj if obj.isascii() or unicodedata.is_normalized("NFC", obj) else unicodedata.normalize("NFC", obj)
    if isinstance(obj, dict):
        return {_plain(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, Decimal):
        return canonical(obj)
    return obj


def canonical_json(obj) -> bytes:
    return json.dumps(_plain(obj), ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")
