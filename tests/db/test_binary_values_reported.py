"""A protected record, or a row of the history, holding a value of a kind the program never writes
there (binary data put with sqlite3: `UPDATE approvals SET fingerprint = x'00ff'`, a real number in
an integer column, a text of megabytes) is reported as a change made outside the program, naming the
record, its table and its column, by `audit verify` and by every refusal that runs the check: it
stopped them with `TypeError: bytes is not JSON serializable`. Such a record, acknowledged, enters
the chain as found. A record the program wrote keeps the state it had (tests/db/test_old_database.py
checks the older databases)."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from db import integrity
from desktop_app.core.errors import ChangedOutside
from desktop_app.services import export_period
from tests.acknowledge_code import listed_code
from tests.core.test_changed_outside import PW, _as, _cli, _sql, office  # noqa: F401 (the fixture)


@pytest.fixture
def approved(office):  # noqa: F811
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    return office


def test_an_approval_s_code_made_binary_is_named_with_its_table_and_column(approved, monkeypatch, capsys):
    _sql(approved, "UPDATE approvals SET fingerprint = x'00ff'")
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert ("Bản duyệt số 1 đã bị sửa ngoài chương trình (bảng approvals: cột fingerprint giữ dữ liệu nhị phân "
            "x'00ff', loại dữ liệu chương trình không ghi vào đó).") in said
    # and the approval no longer agrees with the step of the period's history written with it
    assert "Bản duyệt số 1 của kỳ năm 2026, Xã Tân Cương (mã 05503), ghi mã x'00ff'" in said
    assert "Traceback" not in said


def test_a_figure_made_binary_holds_the_export_back(approved, tmp_path):
    _sql(approved, "UPDATE entries SET numerator = x'3938373030' WHERE indicator = 'bhyt' AND period = '2026'")
    officer = _as(approved, "canbo")
    with pytest.raises(ChangedOutside, match="cột numerator giữ dữ liệu nhị phân x'3938373030'"):
        export_period(officer, "2026", tmp_path / "refused")
    officer.close()


def test_a_key_made_binary_names_the_row_by_its_table_and_key_and_is_acknowledged(approved, monkeypatch, capsys):
    _sql(approved, "UPDATE entries SET indicator = x'00ff' WHERE indicator = 'bhyt' AND period = '2026'")
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert ("Dòng của bảng entries có khóa commune = '05503', period = '2026', indicator = x'00ff' đã được thêm "
            "ngoài chương trình (bảng entries: cột indicator giữ dữ liệu nhị phân x'00ff'") in said
    # acknowledged, the row enters the chain as found (its key's bytes too): nothing left to report
    code = listed_code("--data-dir", str(approved), "--user", "admin")
    assert _cli(approved, "admin", monkeypatch, "audit", "acknowledge", "--yes", code) == 0
    capsys.readouterr()
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 0


def test_a_real_number_and_a_text_of_megabytes_are_named_and_cut_short(approved, monkeypatch, capsys):
    _sql(approved, "UPDATE users SET active = 1.5 WHERE username = 'canbo'",
         f"UPDATE entries SET comment = '{'A' * 3_000_000}' WHERE indicator = 'bhyt' AND period = '2026'")
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert "Tài khoản canbo đã bị sửa ngoài chương trình (bảng users: cột active giữ số thực 1.5" in said
    assert f"ghi chú trong cơ sở dữ liệu nay là «'{'A' * 80}'… (3000000 ký tự)»" in said
    assert len(said) < 5_000


def test_a_history_row_whose_hash_was_made_binary_is_a_break_and_the_walk_goes_on(approved, monkeypatch, capsys):
    _sql(approved, "UPDATE audit SET hash = x'00' WHERE id = 20", "UPDATE audit SET at = x'00ff' WHERE id = 30")
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert "Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số 20 (" in said
    assert "Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số 30 (x'00ff'," in said


def test_a_stored_report_made_binary_with_the_same_bytes_is_not_as_recorded():
    """A hashed column (a stored report's canonical text, read as its SHA-256) set to binary data of the
    same bytes (`CAST(canonical AS BLOB)`) had the state of the text; the program reads bytes there."""
    keys, columns = integrity.PROTECTED["received"]
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE received ({', '.join((*keys, *columns))})")
    conn.execute("INSERT INTO received (id, unit_code, canonical, document) VALUES (1, '05503', '{\"a\": 1}', 'd')")
    written = integrity.record_state(conn, "received", (1,))
    (values,) = [v for _k, v in integrity.records(conn, "received")]
    assert values[columns.index("canonical")] == hashlib.sha256(b'{"a": 1}').hexdigest()  # the text's state, as before
    conn.execute("UPDATE received SET canonical = CAST(canonical AS BLOB)")
    assert integrity.record_state(conn, "received", (1,)) != written


@pytest.mark.parametrize("period", ["x'00ff'", "NULL", "'2026-13M'"])
def test_an_approved_state_moved_to_no_period_is_acknowledged_as_found(approved, monkeypatch, capsys, period):
    """The approved period's state row moved to a period that is none (binary data, NULL, a code that
    is no period's): named, and the acknowledgement, with no approval of a period to void (it stopped
    with a TypeError, or refused the code), clears it; the approval no state stands on is cleared too."""
    _sql(approved, f"UPDATE period_states SET period = {period}")
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 1
    assert "Trạng thái kỳ năm 2026 đã bị xóa ngoài chương trình." in capsys.readouterr().err
    code = listed_code("--data-dir", str(approved), "--user", "admin")
    assert _cli(approved, "admin", monkeypatch, "audit", "acknowledge", "--yes", code) == 0
    capsys.readouterr()
    assert _cli(approved, "admin", monkeypatch, "audit", "verify") == 0, capsys.readouterr().err
