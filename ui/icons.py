"""The application icon (resources/icons/, drawn by scripts/make_icons.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_files() -> list[Path]:
    return [resource_path("icons", f"chitieu-{size}.png") for size in SIZES]


def app_icon() -> QIcon:
    """Every size, so the title bar, the task bar and Alt+Tab each get a sharp one."""
    icon = QIcon()
    for path in icon_files():
        if path.is_file():
            icon.addFile(str(path))
    return icon
