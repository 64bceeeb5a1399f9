"""The short code of a list of changes made outside the program (`verify_history`'s findings), which
`chitieu audit acknowledge` prints under the list it shows and `--yes` needs back: the command
line's way of acknowledging only what was listed, as the window's box passes the findings it
showed (`ApprovalActions.acknowledge_changes(seen)`). Without it, `--yes` would record as checked
whatever the history finds when it runs, a change made after the listing included.

The code is "ABCD-EFGH-JKLM": its first group a digest of the changes' messages (which changes),
the other two a digest of the messages with each finding's mark (each record by the state it was
listed in: a figure changed again reads the same message). So a refusal can say which of the two
differs, and name a change added since the listing when it is one. Base32 (A-Z, 2-7), as the
signing keys' codes; typed in either case, with or without dashes or spaces, 0 read as O and 1
as I.
"""
from __future__ import annotations

import base64
import hashlib
import json

from desktop_app.core.errors import InvalidInput

FIELD = "Mã danh sách"
_LENGTH = 12  # characters: 20 bits for which changes, 40 for which changes in which states


def listing_code(found: list) -> str:
    """The code of `found` (findings with `.message` and `.mark`), in the order listed."""
    text = _digest([t.message for t in found])[:4] + _digest([[t.message, t.mark] for t in found])[:8]
    return "-".join(text[i:i + 4] for i in range(0, _LENGTH, 4))


def typed_code(text: str) -> str:
    """The code as typed, in its printed form; refused unless 12 base32 characters."""
    plain = "".join(c for c in (text or "").upper() if c.isalnum()).replace("0", "O").replace("1", "I")
    if len(plain) != _LENGTH or any(c not in _ALPHABET for c in plain):
        raise InvalidInput(
            f"{FIELD} «{text}» không đúng dạng: cần 12 chữ cái và chữ số như in dưới danh sách, ví dụ "
            "K7QX-3M2P-ABCD (chữ A-Z và số 2-7). Chạy chitieu audit acknowledge (không có --yes) để xem danh sách "
            "các thay đổi và mã của nó.", field=FIELD,
            en=f"The list code «{text}» is not in the right form: 12 letters and digits as printed under the list, "
               "for example K7QX-3M2P-ABCD (letters A-Z, digits 2-7). Run chitieu audit acknowledge (without --yes) "
               "to see the list of changes and its code.")
    return "-".join(plain[i:i + 4] for i in range(0, _LENGTH, 4))


def refuse_unless_listed(code: str, found: list) -> None:
    """Refuse, naming what differs, unless `found` (what the history finds now) is the list whose
    code is `code` (typed_code's form): nothing is to be recorded as checked that was not listed."""
    now = listing_code(found)
    if now == code:
        return
    if now[:4] == code[:4]:
        # the same changes: a record among them is in another state (only records carry theirs)
        records = [t for t in found if t.mark and t.mark[0] == "record"]
        which = f": {records[0].message}" if len(records) == 1 else "."
        what = (f"các thay đổi vẫn là {len(found)} thay đổi đã liệt kê, nhưng có thay đổi trong danh sách mà số "
                f"liệu đã bị sửa lần nữa (số liệu đã xem không còn là số liệu đang lưu){which}")
        what_en = (f"the changes are still the {len(found)} listed, but a record listed was changed again (the data "
                   f"read are no longer the data stored){which}")
    else:
        added = [t for i, t in enumerate(found) if _digest([s.message for s in found[:i] + found[i + 1:]])[:4]
                 == code[:4]]  # one change more than listed: named
        if added:
            what = f"có thêm một thay đổi chưa liệt kê: {added[0].message}"
            what_en = f"one change more has been found, not listed: {added[0].message}"
        else:
            what = f"lịch sử số liệu nay tìm thấy thay đổi khác với danh sách đã liệt kê (nay có {len(found)})."
            what_en = f"the data history now finds changes other than the ones listed (now {len(found)})."
    raise InvalidInput(
        f"Chưa xác nhận, chưa ghi nhận gì: mã {code} không phải mã của các thay đổi ngoài chương trình hiện có; từ "
        f"lúc liệt kê, {what} Chạy lại chitieu audit acknowledge để xem danh sách hiện nay, kiểm tra rồi xác nhận "
        "bằng mã mới in dưới danh sách.", field=FIELD,
        en=f"Not acknowledged, nothing recorded: {code} is not the code of the changes made outside the program "
           f"found now; since the listing, {what_en} Run chitieu audit acknowledge again to see the list as it is "
           "now, check it, then acknowledge with the new code printed under it.")


_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def _digest(value) -> str:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return base64.b32encode(hashlib.sha256(data).digest()[:10]).decode("ascii")
