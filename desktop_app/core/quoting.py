"""Text from inside a file, quoted in what the program says of it.

A reason, a difference, a refusal quotes what a file holds (a section's title, an indicator's
code, the verdict it states). Whatever that text is, the quote is one short line of what a
person can see: a line break in it would print a line of the file's choosing among the
program's own ("Xã Đại Phúc: Hợp lệ"), a direction override (U+202E) would turn the words after
it round ("Hợp lệ" printed from "ệl pợH"), 30 000 characters would fill the sheet.
`intake.shown_name` does the same for a file's name, where a character is kept as "?".
"""
from __future__ import annotations

from desktop_app.core.validation import one_line

QUOTE_MOST = 60  # characters of a quote: a verdict, a code or a title is far shorter


def quoted(text, most: int = QUOTE_MOST) -> str:
    """`text` (any value; None is "") as a quote: NFC, on one line (line breaks and tabs as one
    space), without control or format characters (Cc, Cf: a direction override, a zero-width
    space), at most `most` characters, the rest left out as "…"."""
    t = one_line("" if text is None else str(text))
    return t if len(t) <= most else t[:most].rstrip() + "…"
