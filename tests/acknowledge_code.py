"""What an administrator does on the command line before acknowledging changes made outside the
program: `chitieu audit acknowledge` lists them and prints the list's code, which `--yes` needs
(desktop_app/core/listing_code.py), a new one at each listing (its salt). Tests that acknowledge by
the command take the code this way, from the listing just made."""
from __future__ import annotations

import io
import re
from contextlib import redirect_stderr


def listed_code(*argv: str) -> str:
    """The code `chitieu *argv audit acknowledge` prints under its list (argv: --data-dir, --user;
    the password from CHITIEU_PASSWORD, set by the caller)."""
    from desktop_app.cli import run

    said = io.StringIO()
    with redirect_stderr(said):
        assert run([*argv, "audit", "acknowledge"]) == 1, said.getvalue()
    return re.search(r"^Mã danh sách: (\S+)$", said.getvalue(), re.MULTILINE).group(1)
