"""Where a file dialog opens: a folder that is there and means something to the person.

Qt's dialogs, given no folder ("", a bare file name) or one that is not there, open in the
program's working folder: on Windows, started from the Start menu, the folder it is installed
in; and a "Documents" that does not exist left the folder dialog's "Chọn" greyed (walk U1 F8).
Every picker asks here, giving the folders that mean something for its action, best first.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def start_folder(*choices: str | Path | None) -> str:
    """The first of `choices` that is a folder there now (the one last used for this action, the
    action's own folder…), else the person's Documents if there is one, else their home folder.
    A relative path is no choice: it would be read against the working folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for choice in (*choices, documents):
        if choice and Path(choice).is_absolute() and Path(choice).is_dir():
            return str(Path(choice))
    return str(Path.home())


def start_file(name: str, *choices: str | Path | None) -> str:
    """The file `name` a save dialog proposes, in `start_folder(*choices)`."""
    return str(Path(start_folder(*choices)) / name)
