"""The province's own documents of the catalogue versions the files of one intake run (or one
consolidation) name (`Store.catalog`), each read once (3.321 files name one or two versions): the
names it gives the units (`Intake._named_otherwise`), whether a file states the targets it gives them
(`core.intake_catalogue.stated_otherwise`, red-team R2 F6), and the catalogue a file is judged
against (`judging`): an approved period keeps the catalogue it was approved under, at the commune
(desktop_app/approval.py) and at the province alike (walk U10 F3).
"""
from __future__ import annotations

from db.catalogs import WITHDRAWN
from desktop_app.core.catalog import Catalog, version_order
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.intake import parse_time
from desktop_app.core.intake_catalogue import stated_otherwise
from desktop_app.core.submission import Submission
from desktop_app.core.validation import clean_text


class HeldCatalogues:
    """What `store` holds of each catalogue version; `current`, the province's in use, as loaded."""

    def __init__(self, store, current: Catalog):
        self.store = store
        self.current = current
        self._aside: set[str] | None = None  # the versions set aside (`WITHDRAWN`), read at the first asked
        self._documents: dict[str, dict] = {current.version: current.document}
        self._catalogs: dict[str, Catalog | None] = {current.version: current}
        self._units: dict[str, dict[str, tuple[str, str]]] = {}
        self._next: dict[str, tuple[str, str] | None] = {}  # `_following`'s, by version

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
        held = self._catalog(sub.catalog_version)
        return stated_otherwise(held, sub) if held is not None else ""

    def _catalog(self, version: str) -> Catalog | None:
        """The province's own catalogue of `version`; None when it does not hold it (or cannot read it)."""
        if version not in self._catalogs:
            document = self._document(version)
            try:
                self._catalogs[version] = Catalog(document) if document else None
            except (KeyError, TypeError, ValueError, AttributeError):  # changed outside the program: not compared
                self._catalogs[version] = None
        return self._catalogs[version]

    def judging(self, sub: Submission) -> Catalog:
        """The catalogue `sub` is recomputed and judged against: for an approved file (its signed
        approval state) naming a version older than the current one that the province holds as
        its own (one it published, never set aside), that version's, which the unit's approval was
        made under, if the approval came before the province published the next version
        (`superseded_before`), whatever the file states of it (the province's own document: a forged update
        numbered so gains nothing); for a draft, or a version the province does not hold, the
        current one. A draft naming an old version is judged by today's targets, as before."""
        current = self.current
        version = sub.catalog_version
        if not sub.approved or version == current.version or not _older(version, current.version):
            return current
        if version in self._withdrawn():
            return current
        held = self._catalog(version)
        if held is None or self.superseded_before(sub) is not None:
            return current
        try:
            held.commune_by_code(sub.unit_code)
        except ChiTieuError:  # a unit that version did not have: judged as today
            return current
        return held

    def superseded_before(self, sub: Submission) -> tuple[str, str] | None:
        """(version, when) of the province's version that replaced the one `sub` names, when the
        province had published it before `sub` was approved (red-team R19 F1: a unit that never
        imported the stricter update kept the easier targets it approved under weeks later); None
        when the approval came first. The approval's time is the unit's signed clock, the
        publication's the province's own; an approval time that does not read is never before."""
        following = self._following(sub.catalog_version)
        if following is None:
            return None
        approved = parse_time(sub.approved_at)
        return following if approved is None or approved > parse_time(following[1]) else None

    def _following(self, version: str) -> tuple[str, str] | None:
        """The province's first version after `version` (not set aside) and when it stored it, read once a
        version; None when it has none, or its time does not read."""
        if version not in self._next:
            later = [v for v in self.store.catalog_versions() if _older(version, v) and v not in self._withdrawn()]
            following = min(later, key=version_order) if later else None
            stored = self.store.catalog_stored_at(following) if following else None
            self._next[version] = (following, stored) if stored and parse_time(stored) is not None else None
        return self._next[version]

    def _withdrawn(self) -> set[str]:
        if self._aside is None:
            try:
                self._aside = set(self.store.get_setting(WITHDRAWN) or ())
            except ChiTieuError:  # unreadable: none is taken as the province's
                self._aside = set(self._catalogs) | set(self.store.catalog_versions())
        return self._aside


def _older(version: str, current: str) -> bool:
    """Whether `version` is an earlier catalogue version than `current` ("2026.9" before "2026.10"); a
    version not written as one is neither earlier nor later."""
    mine, theirs = version_order(version), version_order(current)
    return mine[0] == theirs[0] == 1 and mine < theirs
