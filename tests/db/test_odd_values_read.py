"""Values the program never writes, put with sqlite3 in records the program reads outside the
chain's own walk (db/integrity.py): an account's user name made binary and acknowledged, or an
account's state row rewritten (the replay of the accounts' roles, db/acting_roles.py), a setting
that is no JSON (db/settings.py), a catalogue version that is binary data or a document that does
not read (db/catalogs.py), a file name of megabytes or binary data in a finding's name
(db/tamper_names.py). Each is reported, acknowledged, or refused with words naming it; none stops a
command with a traceback."""
from __future__ import annotations

import sqlite3

import pytest

from db import backup as sqlite_backup
from desktop_app.__main__ import main
from desktop_app.core.errors import DatabaseDamaged
from desktop_app.province import ProvinceOffice
from desktop_app.services import export_period
from exports.submission_xlsx import write_submission
from tests.acknowledge_code import listed_code
from tests.core.test_changed_outside import PW, _as, _cli, _sql, office  # noqa: F401 (the fixture)
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


def _read(data_dir, query: str) -> list:
    conn = sqlite3.connect(data_dir / "chitieu.db")
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def _acknowledge(data_dir, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    code = listed_code("--data-dir", str(data_dir), "--user", "admin")
    assert _cli(data_dir, "admin", monkeypatch, "audit", "acknowledge", "--yes", code) == 0, capsys.readouterr().err
    capsys.readouterr()


def test_an_account_s_name_made_binary_and_acknowledged_leaves_audit_verify_working(
        office, monkeypatch, capsys):  # noqa: F811
    _sql(office, "UPDATE users SET username = x'00ff' WHERE username = 'canbo'")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert "x'00ff'" in capsys.readouterr().err
    _acknowledge(office, monkeypatch, capsys)
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 0, capsys.readouterr().err


@pytest.mark.parametrize("value", ["x'00ff'", "'abc'"])
def test_a_setting_that_is_no_json_is_reported_and_acknowledged(office, monkeypatch, capsys, value):  # noqa: F811
    _sql(office, f"UPDATE settings SET value = {value} WHERE key = 'preparer'")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert "Cài đặt preparer" in capsys.readouterr().err
    _acknowledge(office, monkeypatch, capsys)
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 0, capsys.readouterr().err


def test_the_signing_key_made_unreadable_is_refused_by_name_not_made_again(
        office, monkeypatch, capsys, tmp_path):  # noqa: F811
    """Read as never set, the signing key would be made again over the one the province registered."""
    _sql(office, "UPDATE settings SET value = 'abc' WHERE key = 'signing_key'")
    _acknowledge(office, monkeypatch, capsys)
    leader = _as(office, "lanhdao")
    with pytest.raises(DatabaseDamaged, match=r"^Cài đặt signing_key trong cơ sở dữ liệu không đọc được "
                                              r"\(đã bị sửa ngoài chương trình\): nó giữ 'abc'"):
        leader.approve("2026")
        export_period(leader, "2026", tmp_path / "out")
    leader.close()
    assert _read(office, "SELECT value FROM settings WHERE key = 'signing_key'") == [("abc",)]


@pytest.mark.parametrize("version", ["x'00ff'", "NULL"])
def test_a_catalogue_version_made_binary_is_reported_and_the_program_opens(
        office, monkeypatch, capsys, version):  # noqa: F811
    """A catalogue row whose version is no text stopped every command at opening (TypeError: choosing the
    catalogue in force by its version) before any check ran: it is no version the program reads."""
    _sql(office, f"INSERT INTO catalogs (version, format_version, imported_at, document) SELECT {version}, "
                 "format_version, imported_at, document FROM catalogs")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert (f"Dòng của bảng catalogs có khóa version = {version} đã được thêm ngoài chương trình"
            in capsys.readouterr().err)
    assert _cli(office, "admin", monkeypatch, "status") == 0
    capsys.readouterr()
    _acknowledge(office, monkeypatch, capsys)
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 0, capsys.readouterr().err


LONG = "A" * 3_000_000


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("odd-values")
    ws, subs = make_submissions(root / "files", pick_units(2, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return subs


@pytest.fixture
def province(units, tmp_path):
    """A province database that has received two units' reports."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for sub in units.values():
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    tinh = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    tinh.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    tinh.intake(folder, PERIOD)
    tinh.close()
    return tmp_path / "tinh"


def test_a_file_name_of_megabytes_or_binary_data_is_quoted_cut_short(province, capsys):
    """A finding named the intake log's row by its file name, a stored report by its file name, in full:
    a name of 3 MB made a message of 3 MB, binary data showed as b'\\x00\\xff'."""
    _sql(province, f"UPDATE intake_log SET file_name = '{LONG}' WHERE id = 1",
         "UPDATE received SET file_name = x'00ff' WHERE id = 1")
    assert main(["--data-dir", str(province), "audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert (f"Dòng số 1 của nhật ký nhận tệp (tệp '{'A' * 120}'… (3000000 ký tự)) đã bị sửa ngoài chương "
            "trình") in said
    assert "nhận từ tệp x'00ff' (bản lưu số 1)" in said
    assert "b'" not in said and len(said) < 5_000


def test_a_state_of_megabytes_in_a_period_s_history_is_quoted_cut_short(office, monkeypatch, capsys):  # noqa: F811
    _sql(office, f"UPDATE period_history SET from_state = x'00ff', to_state = '{LONG}' WHERE id = 1")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert f"Dòng số 1 của lịch sử trạng thái kỳ năm 2026 (x'00ff' → '{'A' * 120}'… (3000000 ký tự))" \
        in said
    assert "b'" not in said and len(said) < 5_000


@pytest.mark.parametrize("value, shown", [("x'00ff'", "x'00ff'"), (f"'{LONG}'", f"'{'A' * 80}'… (3000000 ký tự)")],
                         ids=["binary", "megabytes"])
def test_a_history_row_s_value_of_megabytes_or_binary_data_is_quoted_cut_short(
        office, monkeypatch, capsys, value, shown):  # noqa: F811
    _sql(office, "UPDATE entries SET numerator = '9870' WHERE indicator = 'bhyt' AND period = '2026'",
         f"UPDATE audit SET new = {value} WHERE id = (SELECT max(id) FROM audit WHERE action = 'entry' AND "
         "field = 'numerator' AND indicator = 'bhyt' AND period = '2026')")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert f"tử số trong cơ sở dữ liệu nay là 9.870, nhật ký ghi «{shown}» (" in said
    assert "b'" not in said and len(said) < 5_000


def test_a_backup_s_setting_that_does_not_read_is_not_read(office):  # noqa: F811
    """What reads another database file (a backup, before restoring it) takes such a setting as not read."""
    _sql(office, "UPDATE settings SET value = 'abc' WHERE key = 'signing_key'")
    assert sqlite_backup.setting(office / "chitieu.db", "signing_key") == (False, None)
    assert sqlite_backup.catalog_in_force(office / "chitieu.db") is not None


@pytest.mark.parametrize("document", ["x'00ff'", "'abc'", "'[]'"])
def test_a_catalogue_document_that_does_not_read_is_refused_by_its_version(
        office, monkeypatch, capsys, document):  # noqa: F811
    """The catalogue in force is what every command works with: one that does not read stopped each with
    JSONDecodeError. It is named, and the backups still tell what they hold."""
    _sql(office, f"UPDATE catalogs SET document = {document}")
    assert _cli(office, "admin", monkeypatch, "status") != 0
    said = capsys.readouterr().err
    assert ("Bộ chỉ tiêu phiên bản 2026.1 trong cơ sở dữ liệu không đọc được (đã bị sửa ngoài chương trình): "
            "chương trình không làm việc được khi không có bộ chỉ tiêu. Hãy khôi phục bản sao lưu còn tốt gần "
            "nhất.") in said
    assert sqlite_backup.catalog_in_force(office / "chitieu.db") is None


@pytest.mark.parametrize("new", ["'[\"users\", ['", "'[[\"users\", [\"canbo\"]]]'", "'[[\"users\", [], \"s\"]]'",
                                 "'[[\"users\", [[1]], \"s\"]]'"])
def test_an_account_s_state_row_rewritten_by_hand_is_a_break_not_a_traceback(
        office, monkeypatch, capsys, new):  # noqa: F811
    """The replay of the accounts' roles read each account's state row, its hash unchecked (the walk
    checks it): one rewritten into what the chain never writes stopped audit verify (JSONDecodeError,
    ValueError, IndexError, TypeError); the walk names it as a break."""
    _sql(office, f"UPDATE audit SET new = {new} WHERE id = (SELECT max(id) FROM audit WHERE action = 'record_state' "
                 "AND new LIKE '%\"users\", [\"canbo\"]%')")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert "Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số" in capsys.readouterr().err


def test_an_acknowledgement_s_marks_rewritten_by_hand_clear_nothing(office, monkeypatch, capsys):  # noqa: F811
    _sql(office, "UPDATE users SET role = 'Lãnh đạo' WHERE username = 'canbo'")
    _acknowledge(office, monkeypatch, capsys)
    _sql(office, "UPDATE audit SET old = '[[' WHERE action = 'tamper_ack'")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert "Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số" in capsys.readouterr().err


@pytest.mark.parametrize("key, value", [("period_rules", "'5'"), ("period_rules", "'{\"cutoff_day\": \"x\"}'"),
                                        ("commune_code", "'[1]'"), ("signer", "'3'")])
def test_a_setting_of_another_shape_is_reported_and_acknowledged(office, monkeypatch, capsys, key, value):  # noqa: F811
    """JSON of a shape the program never writes (H12's note: `period_rules = 5` stopped `status` and
    `audit acknowledge` with a TypeError, `commune_code = [1]` with an unhashable list)."""
    _sql(office, f"INSERT OR REPLACE INTO settings (key, value) VALUES ('{key}', {value})")
    assert _cli(office, "admin", monkeypatch, "status") in (0, 2)  # the unit's code damaged: named (stored_unit)
    assert "Traceback" not in capsys.readouterr().err
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    assert f"Cài đặt {key}" in capsys.readouterr().err
    _acknowledge(office, monkeypatch, capsys)
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 0, capsys.readouterr().err


@pytest.mark.parametrize("table", ["approvals", "period_history", "audit"])
@pytest.mark.parametrize("at", ["0001-01-01T00:00:00", "9999-12-31T23:59:59-23:59"])
def test_a_moment_no_clock_can_show_is_named_not_a_traceback(office, monkeypatch, capsys, table, at):  # noqa: F811
    """Red-team 23, F3: a time put by hand at year 1 or 9999 stopped audit verify (and the checks
    before export, sign and send) with "year 0 is out of range" or an OverflowError."""
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _sql(office, f"UPDATE {table} SET at = '{at}' WHERE rowid = (SELECT max(rowid) FROM {table})")
    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "bị sửa" in err


@pytest.mark.parametrize("period", [b"\x00\xff", "2027-13M"])
def test_an_acknowledged_row_of_no_period_does_not_stop_later_edits(office, period):  # noqa: F811
    """Red-team 23, F2: a period_states row put in by hand for no period, state Hoàn thành, once
    acknowledged, made every figure saved (TypeError sorting bytes with text, or 'Kỳ báo cáo
    "2027-13M" không đúng dạng', a period nobody typed) and every new signer stop on it."""
    conn = sqlite3.connect(office / "chitieu.db")
    conn.execute("INSERT INTO period_states (commune, period, state) VALUES ('05503', ?, 'Hoàn thành')", (period,))
    conn.commit()
    conn.close()
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    admin.setup("tan cuong", "Nguyễn Văn An", "Lê Văn Cường")
    admin.close()
    officer = _as(office, "canbo")
    officer.set_entry("2026-6M", "thu_ngan_sach", value="1")
    assert officer.row("2026-6M", "thu_ngan_sach").entry.value is not None
    officer.close()
