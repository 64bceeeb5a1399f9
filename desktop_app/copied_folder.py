"""Whether a folder of received files looks copied in one go, asked before it is read.

The intake dialog and `chitieu consolidate` warn when every file of a folder was modified within
minutes (`desktop_app.core.intake.copied_at`): read with each file's own date, every unit would
count as received on the day of copying. The files looked at are those an intake reads and the
report PDFs e-mailed beside them (`desktop_app.intake.scan_folder`); lock, temporary and hidden
files are left out, as Excel or the system writes them later, not the sender.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.intake import copied_at
from desktop_app.intake import scan_folder


def folder_copied_at(folder: str | Path) -> dt.datetime | None:
    """The copy's time when the folder's files look copied in one go; None otherwise, and for a
    folder that cannot be listed (the intake itself says why when it is read)."""
    try:
        files, _, companions = scan_folder(folder)
        times = [p.stat().st_mtime for p in files] + [(Path(folder) / n).stat().st_mtime for n in companions]
    except (OSError, ChiTieuError):
        return None
    return copied_at(times)
