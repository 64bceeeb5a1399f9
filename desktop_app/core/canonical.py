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


def _decimal(obj) -> str:
    if isinstance(obj, Decimal):
        return canonical(obj)  # written as a JSON string, as the canonical text it is
    raise TypeError(f"{type(obj).__name__} không có dạng JSON chuẩn")


def _nfc(obj):
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    if isinstance(obj, dict):
        return {_nfc(k): _nfc(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_nfc(v) for v in obj]
    return obj


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False,
                      default=_decimal)


def canonical_json(obj) -> bytes:
    # Texts are nearly always NFC already (the reader and the entry form clean them so), and the
    # whole text is NFC exactly when each of its strings is (a JSON string starts and ends beside a
    # quote, which composes with nothing): one check of the whole instead of one per text. Only a
    # text typed in another form is normalised, its keys too, before sorting them.
    text = _dumps(obj)
    if not unicodedata.is_normalized("NFC", text):
        text = _dumps(_nfc(obj))
    return text.encode("utf-8")
