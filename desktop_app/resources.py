"""What the installation ships: its version, the default catalogue, the reference lists."""
from __future__ import annotations

import json

from desktop_app.core.catalog import Catalog
from desktop_app.core.resources import resource_path, resource_root

__all__ = ["app_version", "default_catalog", "load_reference", "resource_path"]


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


def default_catalog() -> Catalog:
    """The catalogue this version ships (`resources/catalog/catalog.json`)."""
    return Catalog(json.loads(resource_path("catalog", "catalog.json").read_text(encoding="utf-8")))


def load_reference() -> dict:
    """Phụ lục 1 (the province's 40 indicators) and the 2026 resolution's 36, read-only."""
    return json.loads(resource_path("catalog", "reference.json").read_text(encoding="utf-8"))
