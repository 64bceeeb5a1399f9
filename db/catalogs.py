"""The catalogue versions in the database (the units, indicators and targets the province
assigns): every version imported is kept, the newest is the one in force.

A mixin that `Store` inherits, like db/province_records.py: its methods stay the store's.
"""
from __future__ import annotations

import json
import sqlite3

from db.chain_format import literal
from db.rows import now
from db.settings import Unreadable
from desktop_app.core.catalog import version_order as _version_order

# A commune's setting: the catalogue versions set aside, as imported from updates signed by a
# province key an administrator forgot as not the province's (desktop_app/province_key_reset.py).
# They stay stored (a period approved under one still reads it) but are never the one in force.
WITHDRAWN = "catalogs_withdrawn"


class Catalogs:
    """The catalogues' part of `Store`: uses its connection and `_touch` (a catalogue is a
    protected record, db/integrity.py)."""

    conn: sqlite3.Connection

    def current_catalog(self, aside=()) -> dict | None:
        """The newest version imported. Chosen by its version number (an update is only ever
        newer), not by when it was imported: that time is no protected record, and setting an
        old row's time ahead with sqlite3 brought an old catalogue back unseen. `aside`: versions
        taken as set aside too (what a restore sets aside again: desktop_app/forgotten_keys.py)."""
        withdrawn = set(self.get_setting(WITHDRAWN) or ()) | set(aside)
        rows = [r for r in self.conn.execute("SELECT version, document FROM catalogs ORDER BY rowid")
                if r[0] not in withdrawn]
        if not rows:
            return None
        return _document(*max(rows, key=lambda r: _version_order(r[0])))

    def current_catalog_version(self) -> str | None:
        """The version `current_catalog` returns, without reading any document: what an action
        compares with the catalogue its workspace loaded, since another window or command may
        have imported a newer one meanwhile (desktop_app/approval.py `refuse_if_catalog_changed`)."""
        withdrawn = set(self.get_setting(WITHDRAWN) or ())
        versions = [v for v in self.catalog_versions() if v not in withdrawn]
        return max(versions, key=_version_order) if versions else None

    def catalog_versions(self) -> list[str]:
        """Every catalogue version stored, withdrawn ones (`WITHDRAWN`) too, oldest first."""
        return sorted((r[0] for r in self.conn.execute("SELECT version FROM catalogs")), key=_version_order)

    def add_catalog(self, document: dict) -> None:
        """Add a catalogue version; the very same one already there is no change (two copies started
        on a new data folder at once each add the shipped catalogue)."""
        text = json.dumps(document, ensure_ascii=False, sort_keys=True)
        stored = self.conn.execute("SELECT document FROM catalogs WHERE version = ?",
                                   (document["catalog_version"],)).fetchone()
        if stored and stored[0] == text:
            return
        self._touch("catalogs", document["catalog_version"])
        self.conn.execute(
            "INSERT INTO catalogs (version, format_version, imported_at, document) VALUES (?, ?, ?, ?)",
            (document["catalog_version"], document["format_version"], now(), text),
        )

    def catalog_stored_at(self, version: str) -> str | None:
        """When `version` was stored here (`imported_at`): at the province, when it published it."""
        row = self.conn.execute("SELECT imported_at FROM catalogs WHERE version = ?", (version,)).fetchone()
        return row[0] if row else None

    def catalog(self, version: str) -> dict | None:
        row = self.conn.execute("SELECT document FROM catalogs WHERE version = ?", (version,)).fetchone()
        return _document(version, row[0]) if row else None


def _document(version, text) -> dict:
    """A catalogue version's document as the program wrote it (a JSON object under its row's version);
    one changed outside the program into anything else (binary data, a text that is no JSON, a list) is
    refused, named, and so is one whose own version is not its row's (a row's version rewritten, or a
    row added naming another version: it would be read as a catalogue it is not)."""
    try:
        document = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):  # not JSON; JSON nested deeper than Python reads
        document = None
    if isinstance(document, dict) and document.get("catalog_version") == version:
        return document
    version = _quoted(version)
    if isinstance(document, dict):
        own = _quoted(document.get("catalog_version"))
        raise Unreadable(
            f"Bộ chỉ tiêu phiên bản {version} trong cơ sở dữ liệu đã bị sửa ngoài chương trình: dòng của nó ghi phiên "
            f"bản {version} nhưng nội dung bên trong ghi phiên bản {own}. Chương trình không dùng bộ chỉ tiêu dưới "
            "một phiên bản không phải của nó. Hãy khôi phục bản sao lưu còn tốt gần nhất.", field="Bộ chỉ tiêu",
            en=f"The indicator catalogue version {version} in the database was changed outside the program: its row "
               f"says version {version} but what it holds says version {own}. The program does not use a catalogue "
               "under a version that is not its own. Restore the latest good backup.")
    raise Unreadable(
        f"Bộ chỉ tiêu phiên bản {version} trong cơ sở dữ liệu không đọc được (đã bị sửa ngoài chương trình): chương "
        "trình không làm việc được khi không có bộ chỉ tiêu. Hãy khôi phục bản sao lưu còn tốt gần nhất.",
        field="Bộ chỉ tiêu",
        en=f"The indicator catalogue version {version} in the database cannot be read (changed outside the "
           "program): the program cannot work without its catalogue. Restore the latest good backup.")


def _quoted(version) -> str:
    """A version as a message names it: as written when it is a short text, else as SQLite writes it, cut short."""
    return version if isinstance(version, str) and len(version) <= 40 else literal(version, 40)
