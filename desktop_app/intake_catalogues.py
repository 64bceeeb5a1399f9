"""The province's own documents of the catalogue versions the files of one intake run name
(`Store.catalog`), each read once a run (3.321 files name one or two versions): the names it gives
the units (`Intake._named_otherwise`) and whether a file states the targets it gives them
(`core.intake_catalogue.stated_otherwise`, red-team R2 F6).
"""
from __future__ import annotations

from desktop_app.core.catalog import Catalog
from desktop_app.core.intake_catalogue import stated_otherwise
from desktop_app.core.submission import Submission
from desktop_app.core.validation import clean_text


class HeldCatalogues:
    """What `store` holds of each catalogue version; `current`, the province's in use, as loaded."""

    def __init__(self, store, current: Catalog):
        self.store = store
        self._documents: dict[str, dict] = {current.version: current.document}
        self._catalogs: dict[str, Catalog | None] = {current.version: current}
        self._units: dict[str, dict[str, tuple[str, str]]] = {}

    def _document(self, version: str) -> dict:
        if version not in self._documents:
            self._documents[version] = self.store.catalog(version) or {}
        return self._documents[version]

    def units(self, version: str) -> dict[str, tuple[str, str]]:
        """The units of `version` as the province holds it, code -> (name, kind); none when it
        does not hold it."""
        if version not in self._units:
            self._units[version] = {
                str(d.get("code")): (clean_text(str(d.get("name", ""))), str(d.get("kind", "")))
                for d in self._document(version).get("communes", ()) if isinstance(d, dict)}
        return self._units[version]

    def stated_otherwise(self, sub: Submission) -> str:
        """The example of a target `sub` states otherwise than the province's own document of the
        version it names (`core.intake_catalogue.stated_otherwise`); "" when they agree, or the
        province does not hold that version (a newer one: `intake_notes.catalog_note` says so)."""
        version = sub.catalog_version
        if version not in self._catalogs:
            document = self._document(version)
            try:
                self._catalogs[version] = Catalog(document) if document else None
            except (KeyError, TypeError, ValueError, AttributeError):  # changed outside the program: not compared
                self._catalogs[version] = None
        held = self._catalogs[version]
        return stated_otherwise(held, sub) if held is not None else ""
