"""What the audit chain's rows hold, as db/integrity.py writes them and the checks that read the
chain without walking all of it (db/acting_roles.py) parse them: the actions of its bookkeeping
rows, the state of a protected record (a SHA-256 of its key and values), and the marks an
administrator's acknowledgement names. Kept apart so that both read the same bytes the same way."""
from __future__ import annotations

import hashlib
import json

from db.added_columns import stated

STATE_ACTION = "record_state"
ACK_ACTION = "tamper_ack"  # an administrator acknowledged what `verify` found up to this row

BLOB = "blob"  # binary data (a BLOB), which the program never writes: {"blob": its bytes in hex}


def _binary(value):
    """A value JSON has no form for: binary data, put in a record with sqlite3 (`UPDATE approvals SET
    fingerprint = x'00ff'`), as a JSON object, which no value the program writes (a text, a number,
    None) is written as: the state of such a record differs from any the program recorded, and every
    state the program recorded stays what it was."""
    if isinstance(value, bytes):
        return {BLOB: value.hex()}
    raise TypeError(f"{type(value).__name__} is not a value SQLite gives back")


def _bytes_back(found: dict):
    return bytes.fromhex(found[BLOB]) if set(found) == {BLOB} and isinstance(found[BLOB], str) else found


# json.dumps's own encoder for these options, made once: made again at each call it took a third of
# the state of each of 3.321 stored reports (the bytes are the same)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_binary)


def json_bytes(values: list) -> bytes:
    """Values as SQLite gives them back (texts, numbers, None, binary data), the same bytes every time."""
    return _ENCODER.encode(values).encode("utf-8")


def dumps(value) -> str:
    """A state row's or an acknowledgement's text (json.dumps's, binary data in a key as `_binary`)."""
    return json.dumps(value, ensure_ascii=False, default=_binary)


_DECODER = json.JSONDecoder(object_hook=_bytes_back)  # made once: json.loads makes one at each call given a hook


def loads(text: str):
    """What `dumps` wrote, a key's binary data as bytes again."""
    return _DECODER.decode(text)


def literal(value, limit: int = 80) -> str:
    """A stored value as a message shows it, as SQLite writes it: a text in quotes, cut after `limit`
    characters (a text of megabytes put there with sqlite3); binary data in hex (x'00ff')."""
    if isinstance(value, bytes):
        shown = value[:limit // 2].hex()
        return f"x'{shown}'" + (f"… ({len(value)} byte)" if len(value) > limit // 2 else "")
    if isinstance(value, str):
        return f"'{value[:limit]}'" + (f"… ({len(value)} ký tự)" if len(value) > limit else "")
    return "NULL" if value is None else str(value)


def digest(table: str, key: tuple, values: tuple | None) -> str | None:
    """The state of one protected record (None: there is no such record)."""
    if values is None:
        return None
    return hashlib.sha256(json_bytes([table, list(key), stated(table, values)])).hexdigest()


def cleared(named: str | None) -> set[tuple] | None:
    """The marks an acknowledgement's row names (its `old`); None: one written before they were
    named, which clears everything found before it."""
    return None if named is None else {tuple(mark) for mark in loads(named)}
