"""A command printed for a person to copy and paste into a terminal (`chitieu verify "PATH"`), given only for
a path that runs nothing when pasted: a file's name is the sender's to choose, and a name such as
`2026 & del q & x.pdf` pasted unquoted into cmd runs `del q` (red-team 25 F4, R7)."""
from __future__ import annotations

import re

# Letters (Vietnamese ones too), digits, spaces and the signs of a path; no "$", backquote, quote, bracket,
# ";", "&" or "|", which a shell (bash, PowerShell, cmd) would run as a command of the file name's choosing.
_PASTABLE = re.compile(r"[\w .,/\\:~+-]+")


def verify_command(path: object) -> str:
    """'chitieu verify "PATH"' to paste, for a path that runs nothing when pasted; "" otherwise (the name is
    then only shown)."""
    return f'chitieu verify "{path}"' if _PASTABLE.fullmatch(str(path)) else ""
