"""A schema number set back with sqlite3 launders nothing (red-team 8, finding 1): the province's
stored reports and intake log edited, then `PRAGMA user_version = 9`, used to make the next opening
run the migrations that take those tables into the audit chain again, adopting the edits. Now a
database whose history records the migrations is not opened (restore a backup); one whose history
lost those rows, or never had them (written by the previous version), is upgraded without adopting
a table the chain already held: the edits are named and not counted."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from desktop_app import backups
from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import DatabaseDamaged
from desktop_app.province import ProvinceOffice
from tests.edited_outside import edit_with_sqlite3

DATA = Path(__file__).parent / "data"
PERIOD = "2026-6M"
UNSIGNED = "05908"  # unsigned, accepted by the province: only the chain guards it (tests/db/data/README.md)
FORGED_LINE = "Tệp đã bị sửa sau khi ký: đơn vị tự sửa số liệu. Không nhận."


def _folder(tmp_path, fixture: str) -> Path:
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(DATA / fixture, folder / "chitieu.db")
    return folder


def _forgeries(folder: Path) -> list[str]:
    """The attacker's edits (red-team 8, a3): the unsigned version's figure raised with its
    fingerprint hashed again, and a log line invented in a run of its own."""
    conn = sqlite3.connect(folder / "chitieu.db")
    rid, canonical = conn.execute("SELECT id, canonical FROM received WHERE unit_code = ? AND current = 1",
                                  (UNSIGNED,)).fetchone()
    conn.close()
    doc = json.loads(canonical)
    next(i for i in doc["items"] if i["code"] == "thu_ngan_sach").update(
        input_value="999999", value="999999", value_text="999.999")
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("'", "''")
    digest = hashlib.sha256(text.replace("''", "'").encode()).hexdigest()
    return [f"UPDATE received SET canonical = '{text}', fingerprint = '{digest}' WHERE id = {rid}",
            "INSERT INTO intake_runs (id, started_at, finished_at, folder, period, user, files, accepted, refused,"
            f" cancelled) VALUES (99, '2026-06-19T01:00:00+00:00', '2026-06-19T01:00:05+00:00', 'C:/hop-thu', '{PERIOD}',"
            " 'van-thu', 1, 0, 1, 0)",
            "INSERT INTO intake_log (run_id, at, file_name, class, reason, unit_code, period) VALUES (99,"
            f" '2026-06-19T01:00:03+00:00', '2026-6M_05881_xa-thanh-cong(1).xlsx', 'Bị sửa', '{FORGED_LINE}', '05881',"
            f" '{PERIOD}')"]


def _upgraded_by_this_version(folder: Path) -> None:
    """Opened by this version: its migrations recorded in the chain."""
    ProvinceOffice.open(folder, user="van-thu").close()


def _schema(folder: Path) -> int:
    conn = sqlite3.connect(folder / "chitieu.db")
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _not_laundered(office, *, log: bool = True) -> None:
    """The forged figure is not counted, the invented line printed nowhere (`log`: a log the chain
    held), and the history names both."""
    found = [t.message for t in office.store.verify_integrity()]
    assert any("Xã Phú Bình (mã 05908)" in m and m.endswith(" ngoài chương trình.") for m in found), found
    con = office.checked_completeness(PERIOD)
    assert next(u.status for u in con.units if u.code == UNSIGNED) == ReportStatus.BI_TU_CHOI
    assert office.consolidation(PERIOD).item(UNSIGNED, "thu_ngan_sach") is None
    if log:
        assert any("(tệp 2026-6M_05881_xa-thanh-cong(1).xlsx) đã được thêm ngoài chương trình." in m for m in found)
        assert FORGED_LINE not in [line.reason for line in office.store.intake_log(run_period=PERIOD)]


def test_a_schema_number_set_back_is_refused_at_every_opening(tmp_path, capsys):
    """The window's start, an opening that writes and `audit verify` all refuse the database,
    saying the number was set back outside the program and to restore a backup; nothing is migrated."""
    folder = _folder(tmp_path, "schema9_province.db")
    _upgraded_by_this_version(folder)
    edit_with_sqlite3(folder, *_forgeries(folder), "PRAGMA user_version = 9")

    with pytest.raises(DatabaseDamaged) as refused:
        ProvinceOffice.open(folder, user="van-thu")
    said = refused.value.message
    assert said.startswith(f"Cơ sở dữ liệu {folder / 'chitieu.db'} ghi số lược đồ 9, nhưng nhật ký thay đổi của nó "
                           f"ghi chương trình đã nâng cấp nó lên lược đồ {SCHEMA_VERSION} lúc ")
    assert "số lược đồ đã bị sửa ngoài chương trình" in said and "Hãy khôi phục bản sao lưu gần nhất" in said
    assert refused.value.en and "restore the latest backup" in refused.value.en.lower()
    assert _schema(folder) == 9

    assert run(["--data-dir", str(folder), "audit", "verify"]) != 0
    assert "ghi số lược đồ 9" in capsys.readouterr().err
    problem = backups.check_database(folder / "chitieu.db")  # the window offers the backups at start
    assert isinstance(problem, DatabaseDamaged) and "ghi số lược đồ 9" in problem.message
    assert _schema(folder) == 9


def test_with_its_migration_rows_deleted_the_break_is_named_and_nothing_adopted(tmp_path):
    """The attacker deletes the rows naming the schema reached too: the chain breaks where they
    were, `audit verify` says so, and the migrations run again adopt nothing."""
    folder = _folder(tmp_path, "schema9_province.db")
    _upgraded_by_this_version(folder)
    edit_with_sqlite3(folder, *_forgeries(folder), "DELETE FROM audit WHERE action = 'schema'",
                      "PRAGMA user_version = 9")
    office = ProvinceOffice.open(folder, user="van-thu")
    try:
        assert office.store.schema_version == SCHEMA_VERSION
        found = [t.message for t in office.store.verify_integrity()]
        assert any(m.startswith("Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số ") for m in found), found
        _not_laundered(office)
    finally:
        office.close()


@pytest.mark.parametrize("fixture", ["schema10_province.db", "schema11_province.db"])
def test_a_database_of_an_earlier_version_set_back_adopts_nothing_its_chain_held(tmp_path, fixture):
    """A database an earlier version wrote (its history names no schema reached) edited and set
    back to schema 9: upgraded, the tables its chain already recorded are not adopted, so the edits
    are named and not counted (schema 10's chain held the stored reports, not yet the intake log)."""
    folder = _folder(tmp_path, fixture)
    edit_with_sqlite3(folder, *_forgeries(folder), "PRAGMA user_version = 9")
    office = ProvinceOffice.open(folder, user="van-thu")
    try:
        assert office.store.schema_version == SCHEMA_VERSION
        _not_laundered(office, log=fixture != "schema10_province.db")
    finally:
        office.close()


@pytest.mark.parametrize("fixture", ["schema9_province.db", "schema10_province.db", "schema11_province.db"])
def test_an_earlier_version_s_database_upgrades_clean_and_is_not_set_back(tmp_path, fixture):
    """Old to new: intact, every version counted as before; its number set back after that, refused."""
    folder = _folder(tmp_path, fixture)
    office = ProvinceOffice.open(folder, user="van-thu")
    try:
        assert office.store.schema_version == SCHEMA_VERSION and office.store.verify_integrity() == []
        statuses = {u.code: u.status for u in office.checked_completeness(PERIOD).units
                    if u.status != ReportStatus.CHUA_GUI}
        assert statuses[UNSIGNED] == ReportStatus.DA_NHAN and statuses["05881"] == ReportStatus.BI_TU_CHOI
        assert office.consolidation(PERIOD).item(UNSIGNED, "thu_ngan_sach") is not None
        assert "schema" not in {r.action for r in office.store.audit_rows()}  # the chain's own rows: no change
    finally:
        office.close()
    edit_with_sqlite3(folder, f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    with pytest.raises(DatabaseDamaged, match=f"ghi số lược đồ {SCHEMA_VERSION - 1}, nhưng"):
        ProvinceOffice.open(folder, user="van-thu")


def test_a_schema_number_set_to_0_is_refused_as_set_back_by_every_command(tmp_path, capsys):
    """Red-team 9, finding 5: 0 was not checked (the number of a new file), so `chitieu status` said
    "made by an older version: open it once to upgrade" and a writing command crashed on
    'table "meta" already exists'. Now both say the number was set back, and nothing is migrated."""
    folder = _folder(tmp_path, "schema9_province.db")
    _upgraded_by_this_version(folder)
    edit_with_sqlite3(folder, "PRAGMA user_version = 0")
    for command in (["status"], ["province-setup", "--signer", "Hoàng Thị Ký"]):
        assert run(["--data-dir", str(folder), *command]) != 0
        said = capsys.readouterr().err
        assert "ghi số lược đồ 0, nhưng nhật ký thay đổi của nó ghi chương trình đã nâng cấp nó" in said, said
        assert "Traceback" not in said and "phiên bản cũ hơn" not in said
    assert _schema(folder) == 0


def test_another_program_s_database_at_schema_0_is_named_not_ours(tmp_path, capsys):
    """A SQLite file of another program where the database should be (number 0, tables, no history):
    'not a database of this program', read-only or not, and it is left as it was."""
    folder = tmp_path / "khac"
    folder.mkdir()
    conn = sqlite3.connect(folder / "chitieu.db")
    conn.execute("CREATE TABLE meta (k, v)")
    conn.commit()
    conn.close()
    for command in (["status"], ["province-setup", "--signer", "Hoàng Thị Ký"]):
        assert run(["--data-dir", str(folder), *command]) != 0
        said = capsys.readouterr().err
        assert f"Tệp {folder / 'chitieu.db'} không phải cơ sở dữ liệu Chỉ tiêu xã." in said, said
    conn = sqlite3.connect(folder / "chitieu.db")
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["meta"]
    conn.close()
