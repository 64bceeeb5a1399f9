"""Where the app's bundled files are, whether run from a checkout or a PyInstaller build.

Only the paths: reading them is the services' job (`desktop_app.resources`) or, for the
report fonts, the writer's."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
