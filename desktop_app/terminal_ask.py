"""A command's yes/no question at a terminal, No the default: `chitieu keys revoke` ("Thu hồi? (c/K)") and
`chitieu reopen` ("Mở lại? (c/K)") ask it before doing what cannot be taken back; without a terminal (a
script) they refuse unless given --yes, there being nobody to answer."""
from __future__ import annotations

import sys
import unicodedata

YES = ("c", "có", "co")


def at_a_terminal() -> bool:
    """Whether someone at a keyboard can answer: the command's input is a terminal."""
    return bool(sys.stdin) and sys.stdin.isatty()


def answered_yes(question: str) -> bool:
    """Ask `question` ("Thu hồi? (c/K) ") and read the answer: "c" or "có" (any case, with or without its
    accent) is yes; Enter, anything else or the end of the input (Ctrl+D) is No."""
    try:
        answer = input(question)
    except EOFError:
        answer = ""
    return unicodedata.normalize("NFC", answer).strip().lower() in YES
