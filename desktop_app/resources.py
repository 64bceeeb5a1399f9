"""What the installation ships: its version, the default catalogue, the reference lists."""
from __future__ import annotations

import functools
import json

from desktop_app.core.catalog import Catalog
from desktop_app.core.resources import resource_path, resource_root

__all__ = ["app_version", "catalog_of", "default_catalog", "load_reference", "resource_path"]


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


@functools.cache
def _shipped_english() -> dict[str, str]:
    return default_catalog().english_words()


def catalog_of(document: dict) -> Catalog:
    """A stored catalogue document as the program uses it: the English names of fields and
    units that it lacks (a database made before catalogues carried them keeps its own
    document, which is never rewritten) come from the shipped catalogue's, for the same
    Vietnamese words."""
    return Catalog(document, english=_shipped_english())


def load_reference() -> dict:
    """Phụ lục 1 (the province's 40 indicators) and the 2026 resolution's 36, read-only."""
    return json.loads(resource_path("catalog", "reference.json").read_text(encoding="utf-8"))
