"""What the audit chain's rows hold, as db/integrity.py writes them and the checks that read the
chain without walking all of it (db/acting_roles.py) parse them: the actions of its bookkeeping
rows, the state of a protected record (a SHA-256 of its key and values), and the marks an
administrator's acknowledgement names. Kept apart so that both read the same bytes the same way."""
from __future__ import annotations

import hashlib
import json

STATE_ACTION = "record_state"
ACK_ACTION = "tamper_ack"  # an administrator acknowledged what `verify` found up to this row

# json.dumps's own encoder for these options, made once: made again at each call it took a third of
# the state of each of 3.321 stored reports (the bytes are the same)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def json_bytes(values: list) -> bytes:
    """Values as SQLite gives them back (texts, numbers, None), the same bytes every time."""
    return _ENCODER.encode(values).encode("utf-8")


def digest(table: str, key: tuple, values: tuple | None) -> str | None:
    """The state of one protected record (None: there is no such record)."""
    if values is None:
        return None
    return hashlib.sha256(json_bytes([table, list(key), list(values)])).hexdigest()


def cleared(named: str | None) -> set[tuple] | None:
    """The marks an acknowledgement's row names (its `old`); None: one written before they were
    named, which clears everything found before it."""
    return None if named is None else {tuple(mark) for mark in json.loads(named)}
