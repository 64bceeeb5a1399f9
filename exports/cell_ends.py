"""Texts of a submission's sheets that begin or end with line breaks, spaces or characters that
print nothing, as `chitieu verify` refuses them (`exports.report_check`), in every sheet it reads.

A reader compares a cell's text trimmed (`submission_format.cell_text`), and the rows' heights are
reckoned from it: eight line breaks put before "Không đạt" (Excel, LibreOffice, openpyxl keep them)
pushed it below its row, which printed blank, in a file `verify` called intact, and the same
before the verdicts of "Dữ liệu" (red-team R26 F2). Spaces after a right-aligned text push it out
of its cell's left edge the same way. The writer trims every text it writes (`clean_text`: a
comment, a note or a narrative typed with spaces or empty lines at its ends is stored without
them), and LibreOffice saves a file again with its texts as they are; the texts it writes so are
a rule of the heading ("          ———" in "Báo cáo"'s B3) and the pieces of a narrative longer than
a cell holds, cut every `MAX_CELL_TEXT` characters wherever they fall (`chunk_ends`), which `kept`
lets pass."""
from __future__ import annotations

import unicodedata

from exports.sheet_cells import cell_ref
from exports.submission_format import MAX_CELL_TEXT

SHOWN = 6  # cells of a sheet said at most


def _blank(ch: str) -> bool:
    """Whether a character prints nothing visible: a space of any kind, a line break, a tab, a
    control or format (invisible) character. Not every character Python calls unprintable: Word's
    Symbol-font bullet (U+F0B7, private use) pasted before a comment, or an emoji newer than
    Python's Unicode, print a mark and are stored and written as typed (red team R27: a genuine
    file was called changed)."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def cell_ends(rows: list[list], where: str, kept=lambda r, c, text: False) -> list[str]:
    """The cells of a sheet (`rows` as python-calamine reads them, untrimmed) whose text begins or
    ends with what prints nothing, each named with what it holds there, in Vietnamese; `kept(r, c,
    text)` (1-based) for a cell the writer writes so."""
    found = []
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value.__class__ is not str or not value or not (_blank(value[0]) or _blank(value[-1])):
                continue
            if kept(r, c, value):
                continue
            found.append(f'{where}, ô {cell_ref(r, c)} ("{" ".join(value.split())[:30]}"): {_said(value)} (phần mềm '
                         "không ghi): khi in, chữ bị đẩy lệch hoặc ra khỏi ô, ô có thể trông như trống")
            if len(found) >= SHOWN:
                return found
    return found


def _said(text: str) -> str:
    """What `text` holds at its ends that prints nothing, in a person's words."""
    parts = []
    for side, part in (("đầu", _lead(text)), ("cuối", _lead(text[::-1]))):
        if not part:
            continue
        breaks = sum(part.count(ch) for ch in "\n\r\x0b\x0c\x85\u2028\u2029")
        what = (f"{breaks} lần xuống dòng" if breaks else
                f"{len(part)} dấu cách" if set(part) == {" "} else f"{len(part)} ký tự trắng hoặc không hiện")
        parts.append(f"{what} ở {side}")
    return "nội dung ô có " + " và ".join(parts)


def _lead(text: str) -> str:
    """The characters printing nothing at the beginning of `text`."""
    k = 0
    while k < len(text) and _blank(text[k]):
        k += 1
    return text[:k]


def chunk_ends(rows: list[list]):
    """`cell_ends`' `kept` for "Dữ liệu" (`rows` as read, row 1 its column codes): a narrative's
    piece (column `text`) may end with what prints nothing when it is a whole piece
    (`MAX_CELL_TEXT` characters, more following on the next row), and begin with it when the row
    above holds a whole piece (it follows one): the reader joins them as they are."""
    codes = rows[0] if rows else []
    column = next((c for c, code in enumerate(codes, 1) if code == "text"), None)

    def text_at(r: int) -> str:
        row = rows[r - 1] if 0 < r <= len(rows) else []
        value = row[column - 1] if column is not None and column <= len(row) else ""
        return value if value.__class__ is str else ""

    def kept(r: int, c: int, text: str) -> bool:
        if c != column or r < 2:
            return False
        return ((not _blank(text[0]) or len(text_at(r - 1)) == MAX_CELL_TEXT)
                and (not _blank(text[-1]) or len(text) == MAX_CELL_TEXT))
    return kept
