"""Where the app's bundled files are, whether run from a checkout or a PyInstaller build."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def app_version() -> str:
    """The program's version: a build carries it as resources/version.txt, a checkout
    reads pyproject.toml, an installed package its metadata."""
    built = resource_path("version.txt")
    if built.is_file():
        return built.read_text(encoding="utf-8").strip()
    pyproject = resource_root().parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("chitieu")
    except PackageNotFoundError:
        return "0+unknown"
