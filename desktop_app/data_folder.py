"""Where a data folder is and what its database file is called: asked by commands that only
look (`chitieu verify` of an Excel or a PDF file) before anything loads the services."""
from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "chitieu.db"


def default_data_dir() -> Path:
    """The per-user data folder, unless CHITIEU_DATA_DIR says otherwise."""
    env = os.environ.get("CHITIEU_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("chitieu", appauthor=False))
