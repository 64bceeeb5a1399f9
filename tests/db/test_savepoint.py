"""`Store.savepoint`: a part of a write transaction undone alone (a province intake stores each file
of a batch in one). What the part wrote is gone, the rest of the transaction is committed, and the
audit chain records only what stayed: `verify` finds nothing changed outside the program."""
from __future__ import annotations

import sqlite3

import pytest

from db.store import Store


def test_a_part_that_fails_leaves_nothing_and_the_rest_is_sealed(tmp_path):
    store = Store(tmp_path / "chitieu.db")
    with store.transaction():
        store.put_setting("truoc", 1)
        store.audit("van-thu", "test_before", new="1")
        with pytest.raises(ValueError), store.savepoint():
            store.put_setting("hong", 2)
            store.audit("van-thu", "test_failed", new="2")
            raise ValueError("một tệp hỏng giữa chừng")
        with store.savepoint():
            store.put_setting("sau", 3)
            store.audit("van-thu", "test_after", new="3")
    other = sqlite3.connect(store.path)  # as another window sees it: committed
    try:
        assert dict(other.execute("SELECT key, value FROM settings WHERE key IN ('truoc', 'hong', 'sau')")) == {
            "truoc": "1", "sau": "3"}
        actions = [a for (a,) in other.execute("SELECT action FROM audit WHERE action LIKE 'test_%' ORDER BY id")]
        assert actions == ["test_before", "test_after"]
    finally:
        other.close()
    assert store.verify_integrity() == []
    store.close()


def test_a_savepoint_outside_a_write_transaction_is_refused(tmp_path):
    store = Store(tmp_path / "chitieu.db")
    with pytest.raises(RuntimeError), store.savepoint():
        store.put_setting("ngoai", 1)
    with store.reading(), pytest.raises(RuntimeError), store.savepoint():
        pass
    assert store.get_setting("ngoai") is None
    store.close()
