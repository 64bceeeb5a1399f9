"""One file's intake asks the database each question once within its transaction (issue 14: the
intake of 3.321 files ran 30 statements a file): the register of keys, asked the same thing again
by the key's check, the choice of the kept version and the reason's words, answers from its first
reading (`Store.register_read_once`) until the register is written; the unit's versions of the
period are read once, the document just stored is not read back."""
from __future__ import annotations

import collections
import re

from desktop_app.core.keys import KeyState, UnitKey
from tests.province.conftest import PERIOD


def _transactions(statements: list[str]) -> list[list[str]]:
    """The traced statements, one list per write transaction."""
    out, current = [], None
    for s in statements:
        if s.startswith("BEGIN IMMEDIATE"):
            current = []
        elif s.startswith("COMMIT") and current is not None:
            out.append(current)
            current = None
        elif current is not None:
            current.append(s)
    return out


def _asked_again(transaction: list[str], table: str) -> list[str]:
    """The SELECTs of `table` asked more than once (the same statement, the same values) with no write
    to the table between."""
    seen, again = collections.Counter(), []
    for s in transaction:
        if re.match(rf"(INSERT INTO|UPDATE|DELETE FROM) {table}\b", s):
            seen.clear()
        elif s.startswith("SELECT") and re.search(rf"\bFROM {table}\b", s):
            seen[s] += 1
            if seen[s] == 2:
                again.append(s)
    return again


def test_each_file_asks_the_register_once(office, inbox):
    statements: list[str] = []
    office.store.conn.set_trace_callback(statements.append)
    try:
        run = office.intake(inbox["folder"], PERIOD)
    finally:
        office.store.conn.set_trace_callback(None)
    assert sum(r.accepted for r in run.results) >= 12
    files = _transactions(statements)
    assert len(files) >= len(run.results)
    for transaction in files:
        assert _asked_again(transaction, "unit_keys") == []
        assert _asked_again(transaction, "received") == []  # the unit's versions: once


def test_the_register_read_once_sees_its_own_writes(office):
    store = office.store
    with store.transaction(), store.register_read_once():
        assert store.unit_keys("01") == []
        assert store.units_signed_by("k1", "02") == []
        key_id = store.add_unit_key(UnitKey(None, "01", "k1", "AAAA", KeyState.CHO.value, "2026-07-01", "a.xlsx"))
        [key] = store.unit_keys("01")
        assert (key.id, key.state) == (key_id, KeyState.CHO.value)
        assert [k.unit_code for k in store.units_signed_by("k1", "02")] == ["01"]
        store.update_unit_key(key_id, state=KeyState.XAC_NHAN.value)
        assert [k.state for k in store.unit_keys("01")] == [KeyState.XAC_NHAN.value]
        assert [k.state for k in store.unit_keys()] == [KeyState.XAC_NHAN.value]
        store.unit_keys("01").clear()  # a caller's list is its own
        assert len(store.unit_keys("01")) == 1
        from db.rows import ReceivedRow

        assert store.received("2026-6M", unit_code="01", current_only=False) == []
        store.add_received(ReceivedRow(None, "01", "2026-6M", "f", "", "", "a.xlsx", "", 1, "Hợp lệ", "", "1", 0,
                                       version_id="v"), "{}", "{}")
        assert [v.current for v in store.received("2026-6M", unit_code="01", current_only=False)] == [0]
        assert len(store.unit_keys("01")) == 1  # a version written: the register's answers stay
    assert [k.state for k in store.unit_keys("01")] == [KeyState.XAC_NHAN.value]


def test_the_kept_version_set_from_the_versions_read_changes_what_the_query_would(office):
    """`set_kept_version` given the versions its caller read changes the rows the query finds: a
    `current` NULL (edited outside the program) is left as the query leaves it."""
    from db.rows import ReceivedRow

    store = office.store
    outcomes = []
    for given in (False, True):
        with store.transaction():
            ids = [store.add_received(ReceivedRow(None, f"u{given}", "2026-6M", f"f{n}", "", "", f"{n}.xlsx", "", 1,
                                                  "Hợp lệ", "", "1", current, version_id=f"v{n}"), "{}", "{}")
                   for n, current in enumerate((1, 0, None, 0))]
        with store.transaction():
            versions = store.received("2026-6M", unit_code=f"u{given}", current_only=False)
            store.set_kept_version(f"u{given}", "2026-6M", ids[1], versions if given else None)
            touched = sorted(key for _table, key in store._touched)
        outcomes.append(([v.current for v in store.received("2026-6M", unit_code=f"u{given}", current_only=False)],
                         [ids.index(k[0]) for k in touched]))
    assert outcomes[0] == outcomes[1] == ([0, 1, None, 0], [0, 1])
