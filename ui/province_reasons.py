"""A file's reason and a unit's note as the province window shows them, in the interface's language.

Stored in Vietnamese as the intake wrote them (the log, the workbook and the command line keep those
words). The window names a command's action as its own (`core.keys.in_window`); in the English
interface it says a reason in English wherever `core.reasons_english` knows each of its sentences
(walk U15: an English reviewer read every reason and note in Vietnamese), a unit's note led by the
refused file's result in the window's words ("Altered: …"). Any other reason is shown as stored, its
tooltip and the text under the table led by "The program says (in Vietnamese):", as before. The
words keep the "ProvinceWindow" translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop_app.core.intake import FileClass
from desktop_app.core.keys import in_window
from desktop_app.core.reasons_english import in_english
from ui.i18n import is_english, translate
from ui.province_labels import class_label
from ui.province_tables import vietnamese_tip
from ui.table_model import RowsModel

_CLASSES = {c.value for c in FileClass}
# The tooltip of the reason's and the note's headers in English: which words stay Vietnamese.
MOSTLY_ENGLISH = QT_TRANSLATE_NOOP(
    "ProvinceWindow", "The program's reasons in English where it can say them; a reason it says only in "
    "Vietnamese is shown as stored, led by “The program says (in Vietnamese):” in its tooltip and under the table.")


def english(text: str) -> str | None:
    """`text` (its actions the window's, `in_window`) in English, None when not all of it is known;
    a unit's note "Đã bị sửa: …" (a refused file's result, then its reason) led by the result in the
    window's words."""
    result, colon, rest = text.partition(": ")
    if colon and result in _CLASSES:
        said = in_english(rest)
        return f"{class_label(result)}: {said}" if said is not None else None
    return in_english(text)


def reason_text(stored: str) -> tuple[str, bool]:
    """A stored reason or note as the window says it, and whether that is in the interface's language
    (False: Vietnamese in the English interface)."""
    text = in_window(stored, is_english())
    if not is_english() or not text:
        return text, True
    said = english(text)
    return (said, True) if said is not None else (text, False)


def reason_shown(stored: str) -> str:
    """A cell's reason or note."""
    return reason_text(stored)[0]


def reason_tip(stored: str) -> str:
    """A reason or note whole, as its tooltip and the text under the table say it: led by "The program
    says (in Vietnamese):" when it stays Vietnamese in English."""
    text, known = reason_text(stored)
    return text if known else vietnamese_tip(text)


def reason_header(model: RowsModel, section: int, orientation, role):
    """The reason's or note's header: the model's word, and in English a tooltip saying which reasons
    stay Vietnamese (`MOSTLY_ENGLISH`)."""
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and is_english():
        return translate("ProvinceWindow", MOSTLY_ENGLISH)
    return RowsModel.headerData(model, section, orientation, role)
