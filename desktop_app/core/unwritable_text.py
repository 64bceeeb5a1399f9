"""An approved report whose texts no file can hold.

This version drops what XML cannot hold (U+FFFE, U+FFFF, a lone surrogate, control
characters: `validation.clean_text`) from every text typed or read. An older version kept
U+FFFE and U+FFFF in a comment or a section of the report, and a report approved with one is
stored so. XML, and so every Excel file, cannot hold them; dropped from
the file, the file's data no longer match its approval code, and the province refuses it as
changed after it was made ("Đã bị sửa"). Such a report is refused at once, saying where the
character is and what to do: reopen the period and approve it again, which this version makes
without the character.
"""
from __future__ import annotations

from dataclasses import fields

from desktop_app.core.errors import PeriodFrozen
from desktop_app.core.periods import Period, in_sentence
from desktop_app.core.quoting import quoted
from desktop_app.core.validation import xml_safe


def _unwritable(value) -> bool:
    """A text, or a tuple of texts (an item's notes), that no file can hold."""
    if isinstance(value, tuple):
        return any(map(_unwritable, value))
    return isinstance(value, str) and xml_safe(value) != value


def _texts(obj):
    """The values of a dataclass's fields."""
    return (getattr(obj, f.name) for f in fields(obj))


def unwritable_place(sub) -> tuple[str, str] | None:
    """Where the first text of `sub` (a `Submission`: every text of its items, of its sections
    and of its own) that no file can hold is, in Vietnamese and in English; None when every
    text can be written."""
    for item in sub.items:
        if _unwritable(item.comment):
            name = quoted(item.name)
            return f'ghi chú của chỉ tiêu "{name}"', f'the comment of the indicator "{name}"'
        if any(map(_unwritable, _texts(item))):
            name = quoted(item.name)
            return f'chỉ tiêu "{name}"', f'the indicator "{name}"'
    for n in sub.narratives:
        if any(map(_unwritable, _texts(n))):
            title = quoted(n.title)
            return f'phần "{title}" của báo cáo', f'the section "{title}" of the report'
    if any(map(_unwritable, _texts(sub))):
        return "thông tin chung của báo cáo", "the report's general information"
    return None


def refuse_unwritable(sub, period: Period, fingerprint: str) -> None:
    """Refuse an approved report (`sub`, as approved, its code `fingerprint`) holding a text no
    file can hold; nothing when it holds none."""
    place = unwritable_place(sub)
    if place is None:
        return
    where, where_en = place
    code = fingerprint[:16]
    raise PeriodFrozen(
        f"Báo cáo {in_sentence(period.name)} đã duyệt (mã xác thực {code}) có ký tự không in ra được "
        f"(U+FFFE hoặc U+FFFF) trong {where}, do phiên bản cũ của chương trình lưu. Tệp Excel không ghi "
        "được ký tự này, và bỏ nó đi thì số liệu không còn khớp mã xác thực (tỉnh sẽ không nhận tệp). "
        "Muốn xuất, in hoặc gửi, Lãnh đạo mở lại kỳ (Kỳ báo cáo › Mở lại…), Cán bộ nhập liệu bấm Hoàn thành, "
        "Lãnh đạo duyệt lại: bản duyệt mới không còn ký tự này.",
        field="Kỳ báo cáo",
        en=f"The approved report of {in_sentence(period.name_en)} (code {code}) holds a character that prints nothing "
           f"(U+FFFE or U+FFFF) in {where_en}, stored by an older version of the program. An Excel file cannot "
           "hold it, and without it the data no longer match the approval code (the province would refuse the "
           "file). To export, print or send it, a leader reopens the period (Period › Reopen…), the data-entry "
           "officer marks it Complete and the leader approves it again: the new approval is without it.",
    )
