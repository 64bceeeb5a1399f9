"""Two province windows on one database: while window A is open on catalogue 2026.1, window B
publishes 2026.2. A's publishing, built on 2026.1, would drop what 2026.2 changed and give the
communes an update they refuse (made from a version they no longer hold): it is refused, naming
both versions, nothing is written, A now holds 2026.2, and publishing again builds on it.
Publishing that fails at its commit or at its cover note leaves no update file to send."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app.core.workflow import CatalogChanged
from desktop_app.province import ProvinceOffice

TAN_CUONG = "05503"


def test_publishing_on_a_catalogue_another_window_replaced_is_refused(office, tmp_path):
    a = office  # opened first: catalogue 2026.1 loaded
    base = a.ws.catalog.version
    b = ProvinceOffice.open(tmp_path / "tinh", user="van-thu-2")
    try:
        cu.edit(b.ws, cu.set_target, "bhyt", ">=", "50", unit=TAN_CUONG)
        cu.publish(b.ws, "2026.2", tmp_path / "b" / "bo-chi-tieu-2026.2")
    finally:
        b.close()
    assert a.ws.catalog.version == base  # A has not looked again

    out = tmp_path / "a" / "bo-chi-tieu-2026.3"
    with pytest.raises(CatalogChanged) as refused:
        cu.publish(a.ws, "2026.3", out)
    err = refused.value
    assert err.field == "Bộ chỉ tiêu"
    assert "phiên bản 2026.2" in err.message and f"từ phiên bản {base}" in err.message
    assert "bảo hiểm y tế" in err.message  # what 2026.2 changed, which A's update would have dropped
    assert not (tmp_path / "a").exists()  # no update file, no cover note
    assert a.ws.store.current_catalog_version() == "2026.2"
    assert a.ws.catalog.version == "2026.2"  # A now shows the new version

    update = cu.publish(a.ws, "2026.3", out)
    assert update["base_version"] == "2026.2"

    def bhyt(doc):
        return next(i for i in doc["indicators"] if i["code"] == "bhyt")

    assert bhyt(update["catalog"]) == bhyt(a.ws.store.catalog("2026.2"))  # B's change kept



def test_the_refusal_reads_in_english_too(office, tmp_path):
    """The province window in English shows the refusal in English, naming both versions."""
    b = ProvinceOffice.open(tmp_path / "tinh", user="van-thu-2")
    try:
        cu.edit(b.ws, cu.set_target, "bhyt", ">=", "50", unit=TAN_CUONG)
        cu.publish(b.ws, "2026.2", tmp_path / "b" / "bo-chi-tieu-2026.2")
    finally:
        b.close()
    with pytest.raises(CatalogChanged) as refused:
        cu.publish(office.ws, "2026.3", tmp_path / "a" / "bo-chi-tieu-2026.3")
    en = refused.value.en
    assert en.startswith("Not published: another window or command of the program has just published version "
                         "2026.2 of the province's indicator catalogue (1 change; in Vietnamese: ")
    assert "built from version 2026.1" in en and "No file was written" in en


def test_a_failed_commit_leaves_no_update_file_to_send(office, tmp_path, monkeypatch):
    """The disk fills as publishing commits: the version is not published, and no update file or
    cover note is left in the folder to be mailed to the communes as if it were."""
    import sqlite3

    from db import store as store_module

    base = office.ws.catalog.version
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "50", unit=TAN_CUONG)

    seal = store_module.integrity.seal

    def full_disk(conn, *args):  # publishing's commit only (a key made on first use commits before)
        if conn.execute("SELECT 1 FROM audit WHERE action = 'catalog_publish'").fetchone():
            raise sqlite3.OperationalError("database or disk is full")
        seal(conn, *args)

    out = tmp_path / "gui-xa"
    out.mkdir()
    monkeypatch.setattr(store_module.integrity, "seal", full_disk)  # the last step before COMMIT
    with pytest.raises(Exception) as refused:
        cu.publish(office.ws, "2026.2", out / "bo-chi-tieu-2026.2")
    monkeypatch.undo()
    assert "đầy" in str(refused.value) or "full" in str(refused.value)
    assert list(out.iterdir()) == []  # no update, no cover note, no temporary file
    assert office.ws.store.current_catalog_version() == base


def test_a_cover_note_that_cannot_be_written_publishes_nothing(office, tmp_path):
    """The cover note's name is taken by a folder (as a file open in a PDF reader on Windows
    refuses to be replaced): nothing is published, and the update file is not left alone."""
    base = office.ws.catalog.version
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "50", unit=TAN_CUONG)
    out = tmp_path / "gui-xa"
    path = out / ("bo-chi-tieu-2026.2" + cu.SUFFIX)
    cu.cover_note_path(path).mkdir(parents=True)
    with pytest.raises(Exception) as refused:
        cu.publish(office.ws, "2026.2", out / "bo-chi-tieu-2026.2")
    assert "Không ghi được" in refused.value.message
    assert sorted(p.name for p in out.iterdir()) == [cu.cover_note_path(path).name]  # only the folder in the way
    assert office.ws.store.current_catalog_version() == base
    assert cu.draft(office.ws) is not None  # the draft is kept to publish again
