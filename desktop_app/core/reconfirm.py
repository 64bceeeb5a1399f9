"""A key the province revoked, confirmed again (walk U10, F1).

Confirming a revoked key again is the way back from a revocation made by mistake: the files it signs
count again. It is never done silently: a key is revoked when the unit's laptop was lost or the key
leaked, and its code is printed on every paper report the unit ever sent, so anyone holding one can
type it. `confirm_key` refuses such a key (`RevokedAgain`, naming who revoked it and when) unless the
caller says it confirms a revoked key again (`again=True`, `chitieu keys confirm … --again`, the
window's question answered Yes). A key revoked automatically, when another pending key of the unit
was confirmed, is revoked all the same.

The revocation stays visible afterwards: the register keeps no revocation time on a confirmed key
(`revoked_at` reads "revoked or replaced since" whatever the state, `desktop_app.core.keys`), so the
history's row of the re-confirmation says it (`again_note`), and the register reads it back from
there (`reconfirmed_words`): "đã thu hồi lúc … (người), xác nhận lại lúc … (người)".

Qt-free and without I/O.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import parse_time, when_text
from desktop_app.core.keys import PAPER_CODE, KeyState, UnitKey
from desktop_app.core.words import Words

AGAIN_FLAG = "--again"
_NOTE = "xác nhận lại khóa đã thu hồi lúc "
# "…; xác nhận lại khóa đã thu hồi lúc 14:05 20/09/2026 bởi Lê Thị Thu (van-thu)": the last part of the row
_NOTE_READ = re.compile(re.escape("; " + _NOTE) + r"(?P<when>.+?) bởi (?P<who>.+)$")


class RevokedAgain(InvalidInput):
    """`confirm_key` refusing a key the province revoked for the unit, until told it is confirmed again.
    `facts`: what the window's question says (Words), without the command to type."""

    def __init__(self, message: str, key: UnitKey, facts: Words, en: str):
        super().__init__(message, field="Mã khóa", en=en)
        self.key = key
        self.facts = facts


def person(username: str | None, full_name: str | None) -> str:
    """"Lê Thị Thu (van-thu)", as the register names people; "không rõ" when the register names no one."""
    if not username:
        return "không rõ"
    return f"{full_name} ({username})" if full_name else username


def automatic(key: UnitKey, keys: Iterable[UnitKey]) -> UnitKey | None:
    """The unit's key whose confirmation revoked `key` (pending then: revoked in the same second), if any."""
    if not key.revoked_at:
        return None
    return next((k for k in keys if k.id != key.id and k.confirmed_at == key.revoked_at), None)


def _when(at: str | None) -> str:
    return when_text(at) if at and parse_time(at) is not None else "không rõ"


def revoked_again_refusal(key: UnitKey, unit_name: str, unit_code: str, keys: list[UnitKey],
                          name_of: Callable[[str | None], str]) -> RevokedAgain:
    """Why `key`, revoked for its unit, is not confirmed again without `again`: who revoked it and when,
    what a revocation means, what confirming it again does, and what to type to go on."""
    who, when = name_of(key.revoked_by), _when(key.revoked_at)
    by_other = automatic(key, keys)
    how = (f" (tự động, khi xác nhận khóa mã {by_other.key_code} của đơn vị)" if by_other else "")
    how_en = (f" (automatically, when key {by_other.key_code} of the unit was confirmed)" if by_other else "")
    in_use = next((k for k in keys if k.id != key.id and k.state == KeyState.XAC_NHAN), None)
    ends = (f" Khóa đang dùng mã {in_use.key_code} sẽ thành «Đã thay»." if in_use else "")
    ends_en = (f" The key in use, {in_use.key_code}, becomes replaced." if in_use else "")
    facts = Words(
        f"Khóa mã {key.key_code} của {unit_name} đã bị tỉnh thu hồi lúc {when} bởi {who}{how}. Một khóa bị thu hồi "
        "khi máy của đơn vị bị mất hoặc khóa bị lộ; mã khóa in trên mọi báo cáo giấy đơn vị đã gửi, nên ai cầm một "
        "bản giấy cũ cũng gõ được mã này. Xác nhận lại thì các tệp ký bằng khóa này lại được tính vào tổng hợp."
        f"{ends} Chỉ xác nhận lại khi việc thu hồi là nhầm, đã hỏi lại đơn vị.",
        f"Key {key.key_code} of {unit_name} was revoked by the province at {when} by {who}{how_en}. A key is "
        "revoked when the unit's laptop was lost or the key leaked; the key code is printed on every paper report "
        "the unit ever sent, so anyone holding an old paper can type it. Confirmed again, the files signed by this "
        f"key count in the consolidation again.{ends_en} Confirm it again only if the revocation was a mistake, "
        "after asking the unit.")
    command = f"chitieu keys confirm {unit_code} {PAPER_CODE} {AGAIN_FLAG}"
    return RevokedAgain(
        f"Chưa xác nhận: {facts} Nếu đúng vậy, gõ lại lệnh kèm {AGAIN_FLAG} ({command}).", key, facts,
        en=f"Not confirmed: {facts.en} If so, type the command again with {AGAIN_FLAG}.")


def again_note(key: UnitKey, name_of: Callable[[str | None], str]) -> str:
    """What the history's row of the re-confirmation adds after the key code: when and by whom the key had
    been revoked ("; xác nhận lại khóa đã thu hồi lúc … bởi …"), read back by `reconfirmed_words`."""
    return f"; {_NOTE}{_when(key.revoked_at)} bởi {name_of(key.revoked_by)}"


def reconfirmed_words(rows, name_of: Callable[[str | None], str]) -> dict[tuple[str, str], Words]:
    """(unit code, key code) -> "đã thu hồi lúc … (người), xác nhận lại lúc … (người)", from the history's
    rows of `key_confirm` (`AuditRow`s, oldest first): the latest re-confirmation of each key."""
    out: dict[tuple[str, str], Words] = {}
    for r in rows:
        m = _NOTE_READ.search(r.new or "")
        if m is None or not r.commune:
            continue
        again, by = _when(r.at), name_of(r.user)
        out[(r.commune, (r.new or "").split(";")[0].strip())] = Words(
            f"đã thu hồi lúc {m['when']} ({m['who']}), xác nhận lại lúc {again} ({by})",
            f"revoked at {m['when']} ({m['who']}), confirmed again at {again} ({by})")
    return out
