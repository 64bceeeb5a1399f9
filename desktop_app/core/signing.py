"""Ed25519 signatures: each installation (a commune's laptop, the province office) has its own
key, made once and kept in its database; what it sends is signed with it.

A fingerprint anyone can recompute proves nothing about who made a file; a signature does,
once the receiver knows the key is the sender's. That is what the key's short code is for:
it is printed on the signed paper report, and the province confirms a unit's key by
comparing the code on the paper with the code in the file.
"""
from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.core.errors import InvalidInput

KEY_BYTES = 32


def new_private_key() -> str:
    """A new private key, as base64 text (what the database keeps)."""
    return _b64(Ed25519PrivateKey.generate().private_bytes_raw())


def public_key(private_key: str) -> str:
    """The public key of a private key, as base64 text."""
    return _b64(_private(private_key).public_key().public_bytes_raw())


# The alphabet of the codes: base32 (RFC 4648), the letters A-Z and the digits 2-7. No digit 0
# or 1 is ever in a code, so a 0 or a 1 typed can only be the letter O or I misread on the paper
# (in the letter's Times bold O and 0 look alike): `normalise_code` reads them so.
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_MISREAD = str.maketrans({"0": "O", "1": "I"})
assert set(base64.b32encode(bytes(range(256))).decode("ascii").rstrip("=")) == set(CODE_ALPHABET) \
    and not set("01") & set(CODE_ALPHABET)


def key_code(public: str) -> str:
    """The key's short code as people compare it: "K7QX-3M2P-ABCD-EFGH" (the first 80 bits
    of its SHA-256, base32: letters and digits 2-7 only; a 0 or 1 typed for O or I is read as
    those letters by `normalise_code`)."""
    digest = hashlib.sha256(base64.b64decode(public)).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    """A code as typed ("k7qx 3m2p abcd efgh") in its printed form: case, spaces and dashes do
    not matter, and the digits 0 and 1, which no code has, are read as the letters O and I
    (as `listing_code.typed_code` reads them). Every code typed goes through here: the
    catalogue update's import, chitieu keys confirm/revoke and the Khóa ký tab (`keys.find_by_code`),
    chitieu verify --code (`submission_reader.matches_paper`)."""
    text = "".join(c for c in (code or "").upper() if c.isalnum()).translate(_MISREAD)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


# A key's code: 16 letters and digits, in 4 groups of 4 (`key_code`); the fingerprint a paper prints
# is its first 16 digits. A code typed with fewer (or, for a key's code, more) is refused saying
# so, not sought among the keys ("ABCD" was told it matched none of the unit's keys: walk 20, #6).
CODE_LENGTH = 16


def typed_code(code: str | None, field: str, *, key: bool = False) -> str | None:
    """A code typed (on the command line, in a window), or None when none was given. Refused: one
    with no letter or digit in it, not read as "no code" (a script passing an empty variable meant
    to compare one, and `verify --code ""` would otherwise pass any intact file, `keys revoke --code
    ""` revoke the key in use); one with fewer than 16 letters and digits; `key`: a key's code,
    one with more than 16 too (else the paper's fingerprint, 16 digits or more, is accepted)."""
    if code is None:
        return None
    n = len(normalise_code(code).replace("-", ""))
    if not n:
        raise InvalidInput(f"{field}: không có chữ hay số nào. Gõ mã in trên giấy, ví dụ K7QX-3M2P-ABCD-EFGH, "
                           "hoặc bỏ hẳn --code.", field=field)
    if n < CODE_LENGTH or (key and n > CODE_LENGTH):
        fingerprint, fingerprint_en = ("", "") if key else (
            "; hoặc mã xác thực, từ 16 chữ số đầu", "; or the fingerprint, its first 16 digits or more")
        # A key's field is named "Mã khóa…" already ("Mã khóa: mã khóa có 16…" said it twice, walk U1 F7);
        # a paper's code may be either, so its message names both.
        what = "cần đúng" if key else "mã khóa có"
        raise InvalidInput(
            f"{field}: {what} {CODE_LENGTH} chữ cái và chữ số (4 nhóm 4 ký tự, ví dụ K7QX-3M2P-ABCD-EFGH"
            f"{fingerprint}); đã gõ {n}.", field=field,
            en=f"A key's code has {CODE_LENGTH} letters and digits (4 groups of 4, for example "
               f"K7QX-3M2P-ABCD-EFGH{fingerprint_en}); {n} were typed.")
    return code


SIGNATURE_BYTES = 64


# Ed25519 public keys are points of the curve, written as their y coordinate (the low 255 bits,
# little-endian) and the sign of x (the top bit). The points of small order (the identity,
# the point of order 2, two of order 4, four of order 8) have y among these, whatever the sign:
# with such a "key", a signature of R = the identity and S = 0 verifies for ANY document (no
# private key needed), so none of them is anybody's key. A y from p on is another spelling of
# a y below p: refused like every other second spelling (`_decoded`).
_P = 2**255 - 19
_SMALL_ORDER_Y = frozenset((
    0, 1, _P - 1,
    0x5fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826,
    0x7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7,
))


def usable_key(raw: bytes) -> bool:
    """Whether 32 bytes are a public key someone can hold the private key of, written the one
    way: not a point of small order, y below p."""
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    return len(raw) == KEY_BYTES and y < _P and y not in _SMALL_ORDER_Y


def well_formed(public: str, signature: str) -> bool:
    """Whether a public key and a signature as a file states them have the right form
    (base64 of 32 and of 64 bytes, written the one standard way; a key that is a point,
    written the one way, of no small order), before anything is computed from them."""
    if not (isinstance(public, str) and isinstance(signature, str) and len(public) < 100 and len(signature) < 200):
        return False
    raw = _decoded(public, KEY_BYTES)
    return raw is not None and usable_key(raw) and _decoded(signature, SIGNATURE_BYTES) is not None


def sign(private_key: str, payload: bytes) -> str:
    return _b64(_private(private_key).sign(payload))


# The checks that held in this process, each by the SHA-256 of everything it was made of (the key's
# 32 bytes, the signature's 64, the payload): a pure function of them, so nothing can make one
# stale. A file's signature is checked when intake reads it and again, over the copy as stored,
# at each consolidation (`province_reports.bears_its_signature`): the same bytes are verified
# once (Ed25519 takes some 0,1 ms, 0,35 s for 3.321 files); a stored copy changed since is other
# bytes, checked in full.
_HELD: set[bytes] = set()


def verifies(public: str, payload: bytes, signature: str) -> bool:
    """Whether `signature` is `public`'s signature of `payload` (False for anything malformed)."""
    raw, sig = _decoded(public, KEY_BYTES), _decoded(signature, SIGNATURE_BYTES)
    if raw is None or sig is None or not usable_key(raw):
        return False
    made_of = hashlib.sha256(raw + sig + payload).digest()  # fixed lengths: one way to read it
    if made_of in _HELD:
        return True
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, payload)
    except (InvalidSignature, ValueError, TypeError):
        return False
    _HELD.add(made_of)
    return True


def _decoded(text: str, size: int) -> bytes | None:
    """The `size` bytes `text` is the standard base64 of; None for anything else. Base64 has
    other spellings of the same bytes (the unused low bits of the last character): accepted,
    the same key would be a second entry of the register, escaping its revocation, and the same
    signature a second version of one file."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, TypeError):
        return None
    return raw if len(raw) == size and _b64(raw) == text else None


def _private(private_key: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
