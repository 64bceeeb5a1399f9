"""The SQLite store: durable settings, versioned schema, all-or-nothing writes."""
import sqlite3

import pytest

from db.schema import SCHEMA_VERSION
from db.store import Store
from desktop_app.core.errors import NewerDatabase


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def test_new_database_is_at_the_latest_schema_with_durable_settings(store):
    """WAL, synchronous=FULL (2) and foreign keys: an acknowledged edit survives a power cut."""
    assert store.schema_version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_does_not_migrate_again(tmp_path):
    """Opening an up-to-date database writes nothing to it."""
    Store(tmp_path / "t.db").close()
    before = (tmp_path / "t.db").read_bytes()
    Store(tmp_path / "t.db").close()
    assert (tmp_path / "t.db").read_bytes() == before


def test_database_from_a_newer_version_is_refused(tmp_path):
    """A file written by a newer app is not opened (and not damaged) by an older one."""
    conn = sqlite3.connect(tmp_path / "new.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerDatabase, match="phiên bản mới hơn"):
        Store(tmp_path / "new.db")


def test_a_failed_transaction_leaves_nothing_behind(store):
    """A value and its audit row are written together or not at all."""
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put_setting("preparer", "A")
            store.audit("u", "setting", field="preparer", new="A")
            raise RuntimeError("power cut")
    assert store.settings() == {}
    assert store.audit_rows() == []


def test_settings_round_trip_vietnamese_text(store):
    """Names keep their diacritics exactly."""
    with store.transaction():
        store.put_setting("signer", "Nguyễn Thị Hoà")
    assert store.get_setting("signer") == "Nguyễn Thị Hoà"


def test_a_version_1_database_opens_in_the_current_version(tmp_path):
    """A database written before accounts existed keeps its values and gains the new tables."""
    import sqlite_utils

    from db.schema import MIGRATIONS

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    MIGRATIONS[0](sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO entries (commune, period, indicator, numerator, denominator, comment)"
        " VALUES ('05503', '2026', 'bhyt', '9500', '10000', 'cũ')"
    )
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    row = store.entry("05503", "2026", "bhyt")
    assert (row.numerator, row.denominator, row.comment) == ("9500", "10000", "cũ")
    assert store.user_count() == 0 and store.period_states("05503") == {}
    store.close()


def test_a_version_3_province_database_keeps_its_received_files_in_version_4(tmp_path):
    """Version 4 drops two indexes of `received` no query needs; the rows stay, and (version 6)
    one unit and period holds a version once: a row the intake did not write gets an identity
    of its own."""
    import sqlite_utils

    from db.schema import MIGRATIONS

    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    for migrate in MIGRATIONS[:3]:
        migrate(sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version = 3")
    row = ("05503", "2026-6M", "ab" * 32, "2026-07-01T10:00:00+07:00", "2026-07-02T08:00:00+07:00",
           "2026-6M_xa-tan-cuong.xlsx", "cd" * 32, 1, "Hợp lệ", "Đã nhận", "2026.1", 1, "{}", '{"scheme":1}')
    insert = ("INSERT INTO received (unit_code, period, fingerprint, generated_at, received_at, file_name,"
              " file_sha256, approved, class, reason, catalog_version, current, document, canonical)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    conn.execute(insert, row)
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION >= 4
    [kept] = store.received("2026-6M", unit_code="05503")
    assert (kept.file_name, kept.fingerprint, kept.current) == ("2026-6M_xa-tan-cuong.xlsx", "ab" * 32, 1)
    indexes = {r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'received'")}
    assert indexes == {"idx_received_unit_code_period_version_id", "idx_received_period_current"}
    assert kept.version_id and kept.accepted_by  # unsigned, received before signatures: still counted
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(insert.replace("current,", "current, version_id,").replace("?)", "?, ?)"),
                           row[:12] + (kept.version_id,) + row[12:])
    store.close()
