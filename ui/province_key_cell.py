"""The "Khóa ký" cell of "Tình hình gửi báo cáo": "6DZX-6675-MV5S-QS2E · Đã xác nhận" when the column
is wide enough, else the code shortened and the state whole ("6DZX-6675-… · Đã xác nhận"), never the
state cut ("6DZX-…· Đã xác…", "Chờ…": walk U5 F10, 1366 px in Vietnamese). The state is what a
reviewer acts on; the code is compared with the paper in its tooltip, whole, and on "Khóa ký".

`KeyElide` draws the cell so; `key_least` is how narrow the column may go when it gives room to the
note (`ui.province_note_column.Giver`): its states whole after a code's first group.
"""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from ui.province_tables import ELLIPSIS, WordElide, elide_words

SEPARATOR = " · "  # between the code and the state (`ui.province_labels.key_text`)
GROUP = "-"  # between the code's groups of four
CELL_MARGINS = 8  # the cell's padding, both sides, and a pixel or two


def short_key(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text` ("CODE · STATE") as it fits in `room` pixels: whole; else the code's first groups that
    fit, then "…", before the whole state; else (not even its first group) cut at a word."""
    if metrics.horizontalAdvance(text) <= room or SEPARATOR not in text:
        return elide_words(text, metrics, room)
    code, state = text.split(SEPARATOR, 1)
    groups = code.split(GROUP)
    for n in range(len(groups) - 1, 0, -1):
        shorter = GROUP.join(groups[:n]) + GROUP + ELLIPSIS + SEPARATOR + state
        if metrics.horizontalAdvance(shorter) <= room:
            return shorter
    return elide_words(text, metrics, room)


def key_least(metrics: QFontMetrics, texts, header_hint: int) -> int:
    """The narrowest the column goes: each of `texts` ("CODE · STATE") as its code's first group and
    its whole state, never narrower than its header."""
    widths = []
    for text in texts:
        if SEPARATOR in text:
            code, state = text.split(SEPARATOR, 1)
            text = code.split(GROUP)[0] + GROUP + ELLIPSIS + SEPARATOR + state
        widths.append(metrics.horizontalAdvance(text) + CELL_MARGINS)
    return max([header_hint, *widths])


class KeyElide(WordElide):
    """The key's cell: its state whole, its code shortened when the column is narrow (`short_key`)."""

    fitted = staticmethod(short_key)
