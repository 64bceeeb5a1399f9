"""The short code of a list of changes made outside the program (`verify_history`'s findings), which
`chitieu audit acknowledge` prints under the list it shows and `--yes` needs back: the command
line's way of acknowledging only what was listed, as the window's box passes the findings it
showed (`ApprovalActions.acknowledge_changes(seen)`). Without it, `--yes` would record as checked
whatever the history finds when it runs, a change made after the listing included.

The code is "SSSS-HHHH-HHHH-HHHH": a salt drawn at random at each listing (its first group), then an
HMAC-SHA-256 keyed by that salt of every finding listed, its message and its mark (each record by
the exact state it was listed in: a figure changed again reads the same message). `--yes` reads the
salt back from the code and computes the same over what the history finds then. Listing writes
nothing: the code carries all it needs. Base32 (A-Z, 2-7), as the signing keys' codes; typed in
either case, with or without dashes or spaces, 0 read as O and 1 as I. The 12-character code of
before (unsalted, red-team 10's finding 1) is refused, saying to list again.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

from desktop_app.core.errors import InvalidInput

FIELD = "Mã danh sách"

# Why these sizes. Whoever edits the database with sqlite3 chooses both the state the administrator
# is shown and the state written after the listing. Unsalted, the 40 bits the 12-character code gave
# the states fell to a birthday search of about 2^20 states each side, prepared in advance: some
# 100 s on one core (red-team 10). Now:
# - salt, 20 bits drawn at each listing: a pair prepared in advance collides under the one salt it
#   was searched for, so it works at one listing in 2^20 (about a million), each miss a refusal the
#   administrator sees; a shown state to fit many salts needs a second preimage for each (below).
# - hash, 60 bits of the HMAC: once the code is printed, finding another state that gives it is a
#   second preimage, about 2^60 tries: at 10^10 a second (a GPU) some 3,6 years, where the
#   administrator confirms within minutes or hours. (The old 40 bits: under two minutes so.)
# 80 bits in all: 16 base32 characters, printed in 4 groups of 4, to be read and retyped.
_SALT = 4  # characters: 20 bits
_HASH = 12  # characters: 60 bits
_LENGTH = _SALT + _HASH
_OLD_LENGTH = 12  # the code before the salt


def listing_code(found: list, salt: str | None = None) -> str:
    """The code of `found` (findings with `.message` and `.mark`), in the order listed, under `salt`
    (4 base32 characters; None: drawn at random, as each listing does)."""
    salt = salt or base64.b32encode(secrets.token_bytes(5)).decode("ascii")[:_SALT]
    return _grouped(salt + _keyed(salt, found))


def typed_code(text: str) -> str:
    """The code as typed, in its printed form; refused unless 16 base32 characters (a code of the
    12 characters printed before the salt: said so, list again)."""
    plain = "".join(c for c in (text or "").upper() if c.isalnum()).replace("0", "O").replace("1", "I")
    well_formed = all(c in _ALPHABET for c in plain)
    if well_formed and len(plain) == _OLD_LENGTH:
        raise InvalidInput(
            f"{FIELD} «{text}» là mã dạng cũ (12 ký tự), phiên bản này không nhận nữa: mã nay gồm 16 chữ cái và "
            "chữ số, mỗi lần liệt kê một mã mới. Chạy lại chitieu audit acknowledge (không có --yes) để liệt kê lại "
            "các thay đổi, kiểm tra chúng, rồi xác nhận bằng mã mới in dưới danh sách. Chưa ghi nhận gì.",
            field=FIELD,
            en=f"The list code «{text}» is of the old form (12 characters), which this version no longer accepts: "
               "codes now have 16 letters and digits, a new one at each listing. Run chitieu audit acknowledge "
               "(without --yes) again to list the changes, check them, then acknowledge with the new code printed "
               "under the list. Nothing recorded.")
    if len(plain) != _LENGTH or not well_formed:
        raise InvalidInput(
            f"{FIELD} «{text}» không đúng dạng: cần 16 chữ cái và chữ số như in dưới danh sách, ví dụ "
            "Q4TZ-K7QX-3M2P-ABCD (chữ A-Z và số 2-7, gõ hoa hay thường, có hay không có dấu gạch). Chạy chitieu "
            "audit acknowledge (không có --yes) để xem danh sách các thay đổi và mã của nó.", field=FIELD,
            en=f"The list code «{text}» is not in the right form: 16 letters and digits as printed under the list, "
               "for example Q4TZ-K7QX-3M2P-ABCD (letters A-Z, digits 2-7, in either case, with or without dashes). "
               "Run chitieu audit acknowledge (without --yes) to see the list of changes and its code.")
    return _grouped(plain)


def refuse_unless_listed(code: str, found: list) -> None:
    """Refuse, naming what differs, unless `found` (what the history finds now) is the list whose
    code is `code` (typed_code's form): nothing is to be recorded as checked that was not listed."""
    salt = code[:_SALT]
    if hmac.compare_digest(listing_code(found, salt), code):
        return
    added = [t for i, t in enumerate(found)
             if listing_code(found[:i] + found[i + 1:], salt) == code]  # the list, each in its state, and one more
    if added:
        what = f"có thêm một thay đổi chưa liệt kê: {added[0].message}"
        what_en = f"one change more has been found, not listed: {added[0].message}"
    else:
        # the code names no message apart from the states, so which of the two differs is not known
        what = (f"lịch sử số liệu nay tìm thấy {len(found)} thay đổi không đúng như danh sách đã liệt kê: có thay đổi "
                "khác, hoặc có thay đổi trong danh sách mà số liệu đã bị sửa lần nữa (số liệu đã xem không còn là số "
                "liệu đang lưu).")
        what_en = (f"the data history now finds {len(found)} changes that are not as listed: another change, or a "
                   "record listed changed again (the data read are no longer the data stored).")
    raise InvalidInput(
        f"Chưa xác nhận, chưa ghi nhận gì: mã {code} không phải mã của các thay đổi ngoài chương trình hiện có; từ "
        f"lúc liệt kê, {what} Chạy lại chitieu audit acknowledge để xem danh sách hiện nay, kiểm tra rồi xác nhận "
        "bằng mã mới in dưới danh sách.", field=FIELD,
        en=f"Not acknowledged, nothing recorded: {code} is not the code of the changes made outside the program "
           f"found now; since the listing, {what_en} Run chitieu audit acknowledge again to see the list as it is "
           "now, check it, then acknowledge with the new code printed under it.")


_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def _keyed(salt: str, found: list) -> str:
    """60 bits of HMAC-SHA-256, keyed by `salt`, of every finding's message and mark, in base32."""
    data = json.dumps([[t.message, t.mark] for t in found], ensure_ascii=False, sort_keys=True, default=str)
    mac = hmac.new(salt.encode("ascii"), data.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(mac[:10]).decode("ascii")[:_HASH]


def _grouped(plain: str) -> str:
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))
