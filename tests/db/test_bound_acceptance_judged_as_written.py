"""Red-team 33, F3: a province that worked with no accounts on schema 9 (the clerk "van-thu", the
operating-system user, accepting Xã Phú Bình 05908's unsigned report), then made its first account
with that older version, was told on the upgrade that van-thu had "accepted an unsigned version …
at <the upgrade's time> … this is for Lãnh đạo. The accounts may have been deleted outside the
program": `audit verify` exited 1 and the finding held the province's exports back until an
administrator acknowledged it. The upgrade to schema 13 restates each acceptance in the old words for
the whole version (`bind_legacy_acceptances`), under its acceptor's name at the upgrade's moment, and
the role check judged that row against the accounts of the upgrade. It is now judged as the row it
restates was, at its own moment; an acceptance the program writes today is judged as before.

The old state is built as the older version left it: the committed schema-9 database
(tests/db/data/README.md), and its accounts added with sqlite3 in the rows and chain that version wrote."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db import integrity
from db.acceptances import UNSIGNED_ACCEPT
from db.chain_format import ACK_ACTION, dumps
from db.store import Store
from desktop_app.__main__ import main
from desktop_app.core.users import hash_password

DATA = Path(__file__).parent / "data"
PW = "cay-tre-2026"
UNIT, PERIOD = "05908", "2026-6M"
AT = "2026-12-04T09:00:00+00:00"  # after the acceptance (2026-12-02), before the upgrade
ADMIN, LEADER, OFFICER = "Quản trị", "Lãnh đạo", "Cán bộ nhập liệu"
CLEAN = "Nhật ký thay đổi nguyên vẹn: không có dòng nào và không có số liệu nào bị sửa ngoài chương trình."


def _older_version_accounts(folder: Path, *accounts: tuple[str, str, str]) -> None:
    """`chitieu user add NAME --role ROLE` of the older version (schema 9), each (name, role, by whom):
    the account's row, its chained `user_add` row and the row recording its state."""
    conn = sqlite3.connect(folder / "chitieu.db")
    try:
        for name, role, by in accounts:
            conn.execute("INSERT INTO users (username, full_name, role, password_hash, active, failed_logins,"
                         " created_at) VALUES (?, ?, ?, ?, 1, 0, ?)", (name, name.title(), role, hash_password(PW), AT))
            row = conn.execute("INSERT INTO audit (at, user, action, field, new) VALUES (?, ?, 'user_add', 'user', ?)",
                               (AT, by, f"{name} ({role})")).lastrowid
            integrity.seal(conn, {("users", (name,)): None}, AT, [row], integrity.REFUSE)
        conn.commit()
    finally:
        conn.close()


def _older_version_role_changed(folder: Path, name: str, role: str) -> None:
    """The account's role changed with sqlite3, then acknowledged by the administrator in the older
    version: its acknowledgement row and the account's state taken into the chain."""
    conn = sqlite3.connect(folder / "chitieu.db")
    try:
        conn.execute("UPDATE users SET role = ? WHERE username = ?", (role, name))
        marks = dumps([["record", "users", name, integrity.record_state(conn, "users", (name,))]])
        row = conn.execute("INSERT INTO audit (at, user, action, field, old, new) VALUES (?, 'admin', ?, 'history', ?,"
                           " 'Đã kiểm tra')", (AT, ACK_ACTION, marks)).lastrowid
        integrity.seal(conn, {("users", (name,)): integrity.UNCHECKED}, AT, [row], integrity.LEAVE)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def province(tmp_path) -> Path:
    """The schema-9 province database (van-thu accepted 05908's unsigned report, no account), whose
    administrator account the older version made afterwards."""
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(DATA / "schema9_province.db", folder / "chitieu.db")
    _older_version_accounts(folder, ("admin", ADMIN, "root"))
    return folder


def _upgraded(folder: Path) -> None:
    """The new version opens the database (the window's start, a command that writes): the upgrade."""
    Store(folder / "chitieu.db").close()


def _verify(folder: Path, monkeypatch, capsys) -> tuple[int, str]:
    """`chitieu --user admin audit verify`: its exit code and what it printed."""
    monkeypatch.setenv("CHITIEU_PASSWORD", PW)
    rc = main(["--data-dir", str(folder), "--user", "admin", "audit", "verify"])
    out = capsys.readouterr()
    return rc, out.out + out.err


def test_an_acceptance_made_before_any_account_is_no_alarm_after_the_upgrade(province, monkeypatch, capsys):
    """The red-team's steps: upgraded, `audit verify` says the history is intact (it exited 1 naming
    van-thu's acceptance at the upgrade's time, row 26, 'việc này dành cho Lãnh đạo'), and the
    upgrade bound the acceptance as before: the restating row keeps van-thu's name."""
    _upgraded(province)
    assert _verify(province, monkeypatch, capsys) == (0, CLEAN + "\n")
    store = Store(province / "chitieu.db")
    try:
        rows = store.chained_audit_rows(UNSIGNED_ACCEPT, period=PERIOD)
    finally:
        store.close()
    assert [(r.user, r.commune, bool(r.old)) for r in rows] == [("van-thu", UNIT, False), ("van-thu", UNIT, True)]


@pytest.mark.parametrize("later", ["an officer's account", "a leader's account whose role was changed"])
def test_the_acceptor_s_role_at_the_upgrade_does_not_judge_the_acceptance(province, monkeypatch, capsys, later):
    """Accounts made after the acceptance: van-thu's own name given to an officer's account, or to a
    leader's whose role the administrator later changed (with sqlite3, acknowledged): the acceptance
    was made when no account existed, so the upgrade's restatement of it is not 'beyond the role'."""
    if later == "an officer's account":
        _older_version_accounts(province, ("van-thu", OFFICER, "admin"))
    else:
        _older_version_accounts(province, ("van-thu", LEADER, "admin"))
        _older_version_role_changed(province, "van-thu", OFFICER)
    _upgraded(province)
    assert _verify(province, monkeypatch, capsys) == (0, CLEAN + "\n")


@pytest.mark.parametrize("restating", [False, True], ids=["today's words", "the upgrade's words"])
def test_an_acceptance_by_an_officer_written_today_is_still_named(province, monkeypatch, capsys, restating):
    """After the upgrade, an officer's acceptance of 05908's version, chained as the program writes one
    (an earlier version wrote it for an officer whose role was flipped with sqlite3 for the moment:
    red-team 16), in today's words or dressed as the upgrade's restatement (the old words beside
    them, which another account wrote): named, as before, and nothing else is."""
    _older_version_accounts(province, ("canbo", OFFICER, "admin"))
    _upgraded(province)
    store = Store(province / "chitieu.db")
    try:
        bound = next(r for r in store.chained_audit_rows(UNSIGNED_ACCEPT, period=PERIOD) if r.old)
        with store.transaction():
            store.audit("canbo", UNSIGNED_ACCEPT, commune=UNIT, period=PERIOD, field="fingerprint",
                        old=bound.old if restating else None, new=bound.new)
        row = next(r.id for r in store.chained_audit_rows(UNSIGNED_ACCEPT) if r.user == "canbo")
    finally:
        store.close()
    rc, said = _verify(province, monkeypatch, capsys)
    header, finding = said.splitlines()
    assert (rc, header) == (1, "Phát hiện thay đổi ngoài chương trình:")
    assert finding.startswith(f"  - Tài khoản canbo (Cán bộ nhập liệu) đã chấp nhận bản chưa ký của đơn vị mã {UNIT} "
                              "(kỳ 6 tháng đầu năm 2026) lúc ")
    assert finding.endswith(f" (dòng số {row} của nhật ký thay đổi): vai trò Cán bộ nhập liệu không được duyệt kỳ báo "
                            "cáo, việc này dành cho Lãnh đạo. Nhật ký không ghi chương trình đổi vai trò của tài khoản "
                            "này: vai trò có thể đã bị sửa ngoài chương trình trong lúc làm việc đó.")
