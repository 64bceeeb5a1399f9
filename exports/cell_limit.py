"""How much text a cell of a workbook holds, and the cut of a longer text the writers make.

Excel holds at most `EXCEL_CELL` characters in a cell and cuts the rest where it falls, saying
nothing; a file holding more is not one Excel wrote (`exports.submission_format` refuses it). The
audit record and the consolidated workbook's notes cut a longer text themselves and say so."""
from __future__ import annotations

EXCEL_CELL = 32_767  # characters
CUT_AT = 32_000  # a longer text is cut here: the mark after it stays within `EXCEL_CELL`


def within_cell(text: str) -> str:
    """`text` whole, or its first `CUT_AT` characters and '… (còn N ký tự)'."""
    return text if len(text) <= CUT_AT else text[:CUT_AT] + f"… (còn {len(text) - CUT_AT} ký tự)"
