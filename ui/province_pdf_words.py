"""What the core says of a unit's report PDF (`desktop_app.core.pdf_said`, `PdfCheck`'s summary and lines:
`desktop_app.core.words.Words`) as the province window shows it: its English in the English interface, else
as the core wrote it. Apart from `ui.province_file_details` and `ui.province_intake_rows`, which both show it.
"""
from __future__ import annotations

from desktop_app.core.keys import in_window
from ui.i18n import is_english
from ui.province_tables import vietnamese_tip


def pdf_shown(said: str, lead: bool = True) -> str:
    """`said` in the interface's language. `lead`: a text under a table, where a command is named as the
    window's action (`in_window`) and a text without English is led in English by "The program says (in
    Vietnamese):"; else a cell's or a tooltip line's words, as they are."""
    english = getattr(said, "en", "") if is_english() else ""
    if not lead:
        return english or str(said)
    return in_window(english, True) if english else vietnamese_tip(in_window(said, is_english()))
