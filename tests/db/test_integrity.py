"""A change made with sqlite3 behind the program's back is found and named: in the audit
chain (a row changed or deleted) or in the records (a figure, an account, a state)."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from db.schema import MIGRATIONS
from db.store import Store
from desktop_app.__main__ import main
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.edited_outside import edit_with_sqlite3

PW = {"admin": "cay-tre-2026", "canbo": "nhaplieu-2026"}


@pytest.fixture
def filled(data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", Role.OFFICER, PW["canbo"])
    ws.login("canbo", PW["canbo"])
    ws.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    ws.set_entry("2026", "bhyt", comment="Đã rà soát")
    ws.set_narrative("2026", "ket_qua", "Hoàn thành phần lớn chỉ tiêu.")
    ws.close()
    return data_dir


_sql = edit_with_sqlite3


def _problems(data_dir) -> list[str]:
    ws = Workspace.open(data_dir)
    try:
        return [p.message for p in ws.store.verify_integrity({i.code: i.name for i in ws.catalog.indicators})]
    finally:
        ws.close()


def test_the_programs_own_writes_leave_an_intact_history(filled):
    """Everything written through the program verifies."""
    assert _problems(filled) == []


def test_a_figure_changed_with_sqlite3_is_named(filled):
    """An UPDATE of a stored figure names the indicator and the period."""
    _sql(filled, "UPDATE entries SET numerator = '9900' WHERE indicator = 'bhyt'")
    assert _problems(filled) == [
        "Số liệu chỉ tiêu Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2026) đã bị sửa ngoài chương trình."]


def test_a_deleted_figure_and_a_promoted_account_are_named(filled):
    """A DELETE of a record and a role changed by hand are both reported."""
    _sql(filled, "DELETE FROM narratives", "UPDATE users SET role = 'Quản trị' WHERE username = 'canbo'")
    assert _problems(filled) == ["Nội dung báo cáo năm 2026 (mục ket_qua) đã bị xóa ngoài chương trình.",
                                 "Tài khoản canbo đã bị sửa ngoài chương trình."]


def test_an_edit_written_over_by_the_program_stays_named(filled):
    """A figure and an account edited with sqlite3, then written again through the program (a
    comment added to the figure, the officer's password changed): the program's write found
    them otherwise than the chain had them, and that stays in the history, where before the
    write recorded the edited record as its own and the edit vanished from the check."""
    _sql(filled, "UPDATE entries SET numerator = '9999' WHERE indicator = 'bhyt'")
    ws = Workspace.open(filled)
    ws.login("canbo", PW["canbo"])
    ws.set_entry("2026", "bhyt", comment="Đã rà soát lại")
    # the account edited after: edited, it may enter no figure (AccountActions.require), but may
    # change its own password
    _sql(filled, "UPDATE users SET full_name = 'Người Khác' WHERE username = 'canbo'")
    ws.set_password("canbo", "nhaplieu-2027", PW["canbo"])
    ws.close()
    problems = _problems(filled)
    assert len(problems) == 2, problems
    assert problems[0].startswith("Số liệu chỉ tiêu Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2026) đã bị sửa "
                                  "ngoài chương trình trước lần chương trình ghi lúc ")
    assert problems[1].startswith("Tài khoản canbo đã bị sửa ngoài chương trình trước lần chương trình ghi lúc ")


def test_an_audit_row_changed_or_deleted_names_the_first_broken_row(filled):
    """Changing the old value an audit row records, or deleting a row, breaks the chain there."""
    conn = sqlite3.connect(filled / "chitieu.db")
    entry_id = conn.execute("SELECT min(id) FROM audit WHERE action = 'entry'").fetchone()[0]
    conn.close()
    _sql(filled, f"UPDATE audit SET new = '9600' WHERE id = {entry_id}")
    problems = _problems(filled)
    assert len(problems) == 1 and f"từ dòng số {entry_id} " in problems[0]

    _sql(filled, f"UPDATE audit SET new = '9500' WHERE id = {entry_id}")  # put back: intact again
    assert _problems(filled) == []
    _sql(filled, f"DELETE FROM audit WHERE id = {entry_id}")
    assert f"từ dòng số {entry_id + 1} " in _problems(filled)[0]


def test_audit_verify_on_the_command_line(filled, capsys, monkeypatch):
    """`chitieu audit verify`: status 0 and a sentence when intact, 1 and the row when not."""
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    assert main(["--data-dir", str(filled), "--user", "canbo", "audit", "verify"]) == 0
    assert "nguyên vẹn" in capsys.readouterr().out
    _sql(filled, "UPDATE entries SET comment = 'Không có gì' WHERE indicator = 'bhyt'")
    assert main(["--data-dir", str(filled), "--user", "canbo", "audit", "verify"]) == 1
    assert "Số liệu chỉ tiêu Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2026) đã bị sửa" in capsys.readouterr().err


def test_a_database_of_an_earlier_version_starts_its_chain_when_upgraded(tmp_path):
    """A schema-4 database with data opens, verifies, and a later hand edit is found."""
    path = tmp_path / "chitieu.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for number in range(4):
        MIGRATIONS[number](db)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO entries (commune, period, indicator, value, comment) "
                 "VALUES ('05503', '2026', 'thu_ngan_sach', '45000', '')")
    conn.execute("INSERT INTO audit (at, user, action, commune, period, indicator, field, new) "
                 "VALUES ('2026-06-01T08:00:00+07:00', 'canbo', 'entry', '05503', '2026', 'thu_ngan_sach', "
                 "'value', '45000')")
    conn.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS) and store.verify_integrity() == []
    store.close()
    _sql(tmp_path, "UPDATE entries SET value = '55000'")
    store = Store(path)
    assert [p.message for p in store.verify_integrity()] == [
        "Số liệu chỉ tiêu thu_ngan_sach (năm 2026) đã bị sửa ngoài chương trình."]
    store.close()
