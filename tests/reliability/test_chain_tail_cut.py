"""Red-team h4, F2: an approved and sent report cut off the END of the audit chain with sqlite3 (the audit rows
after the approval's chain head, the approval, the history's steps after "Hoàn thành" deleted, the period put
back to Hoàn thành) left a shorter chain that still follows: `chitieu audit verify` said "nguyên vẹn", the
number issued vanished, and a new approval printed no "Duyệt lại …, thay bản mã …". The backups remember the
rows (every one kept is compared since red-team r1 F2: tests/reliability/test_chain_tail_every_backup.py): the
history's check (the window's at start-up, `audit verify`, every approval and export) now names them, holding
every period back as a break of the chain does, until an administrator acknowledges; and no automatic backup is
taken meanwhile, whose copies of the shortened history would rotate out the ones holding the rows
(db/backup_chain.py). A restore through the program, a backup taken before an upgrade, no backup, another
database's backup, and a backup file that is no database say nothing."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from db import audit_log, store
from desktop_app import backups
from desktop_app.backup_files import backup_dir, list_backups
from desktop_app.core.errors import ChangedOutside
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.edited_outside import edit_with_sqlite3
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)
SAID = "nhưng dữ liệu đang dùng không còn giữ nguyên các dòng đó (đã bị xóa hoặc khác đi)"


def _approved_and_sent(ws, out: Path) -> None:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    export_period(ws, "2026", out, doc_number="07", report_date=DAY)


def _cut_the_tail(ws) -> None:
    """truncate_tail.sh of the red-team: with sqlite3 only, the approval of 2026 and everything after it off the
    end of the chain, the period back to Hoàn thành as the chain last recorded it."""
    code = ws.commune.code
    edit_with_sqlite3(
        Path(ws.store.path),
        "DELETE FROM audit WHERE id > (SELECT a.id FROM audit a JOIN approvals p ON a.hash = p.chain_head"
        " WHERE p.period = '2026')",
        "DELETE FROM approvals WHERE period = '2026'",
        f"DELETE FROM period_history WHERE period = '2026' AND id > (SELECT min(id) FROM period_history"
        f" WHERE commune = '{code}' AND period = '2026' AND to_state = 'Hoàn thành')",
        "UPDATE period_states SET state = 'Hoàn thành', fingerprint = NULL, approved_at = NULL, approved_by = NULL,"
        " sent_at = NULL, approval_id = NULL WHERE period = '2026'")


def _automatic(ws) -> list[Path]:
    return [b.path for b in list_backups(Path(ws.store.path)) if b.automatic]


def test_a_sent_report_cut_off_the_end_of_the_chain_is_named_from_the_newest_automatic_backup(laptop_in_vietnam, office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    as_(office, "admin")

    found = office.verify_history()  # was []: "Nhật ký thay đổi nguyên vẹn"

    assert len(found) == 1, [t.message for t in found]
    taken = next(b for b in list_backups(Path(office.store.path)) if b.path == kept).taken_at
    assert f"Bản sao lưu tự động {kept.name} (lấy lúc {taken:%H:%M %d/%m/%Y}) có các dòng nhật ký thay đổi từ dòng số" \
           in found[0].message
    assert SAID in found[0].message and "dữ liệu có thể đã bị sửa ngoài chương trình" in found[0].message
    # as a break of the chain: every period held back, nothing approved or exported
    as_(office, "lanhdao")
    with pytest.raises(ChangedOutside, match="Bản sao lưu tự động"):
        office.approve("2026")
    with pytest.raises(ChangedOutside, match="Bản sao lưu tự động"):
        export_period(office, "2026-6M", tmp_path / "gui-2")
    # and no automatic backup of the shortened history, which the next start would compare with
    with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: .*{kept.name}"):
        backups.auto_backup(office, "mo", now=dt.datetime.now() + dt.timedelta(days=2))
    assert _automatic(office) == [kept]


def test_the_command_says_so_and_exits_1(office, tmp_path, monkeypatch, capsys):  # noqa: F811
    from desktop_app.cli import run

    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    folder = Path(office.store.path).parent
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])

    assert run(["--data-dir", str(folder), "--user", "lanhdao", "audit", "verify"]) == 1
    said = capsys.readouterr()
    assert "nguyên vẹn" not in said.out
    assert kept.name in said.err and SAID in said.err


def test_once_acknowledged_the_finding_clears_and_automatic_backups_go_on(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    as_(office, "admin")
    found = office.verify_history()

    assert office.acknowledge_changes(found) == [found[0].message]

    assert office.verify_history() == []
    taken = backups.auto_backup(office, "mo", now=dt.datetime.now() + dt.timedelta(days=2))
    assert taken is not None and _automatic(office) == [taken, kept]
    assert office.verify_history() == []


def test_a_restore_row_added_with_sqlite3_explains_nothing(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    edit_with_sqlite3(Path(office.store.path), "INSERT INTO audit (at, user, action, field, new) VALUES"
                                               " ('2026-12-16T08:00:00+00:00', 'admin', 'restore', 'backup', 'x.db')")
    as_(office, "admin")

    assert any(SAID in t.message for t in office.verify_history())


def test_an_older_database_copied_over_the_file_by_hand_is_named(office, tmp_path):  # noqa: F811
    older = backups.take_backup(office, "thu-cong", target_dir=tmp_path / "usb")
    _approved_and_sent(office, tmp_path / "gui")
    backups.auto_backup(office, "dong")
    path = Path(office.store.path)
    office.close()
    shutil.copy(older, path)  # over the data in use, not through the program's restore
    ws = as_(Workspace.open(path.parent), "admin")
    try:
        assert any(SAID in t.message for t in ws.verify_history())
    finally:
        ws.close()


def test_a_restore_of_an_older_backup_through_the_program_says_nothing(office, tmp_path):  # noqa: F811
    older = backups.auto_backup(office, "mo")
    _approved_and_sent(office, tmp_path / "gui")
    newer = backups.auto_backup(office, "dong")  # holds the approval the restore takes back
    as_(office, "admin")
    backups.restore(office, older)
    ws = as_(Workspace.open(Path(older).parents[1]), "admin")
    try:
        assert ws.verify_history() == []
        taken = backups.auto_backup(ws, "mo", now=dt.datetime.now() + dt.timedelta(days=2))
        assert taken is not None and _automatic(ws)[:3] == [taken, newer, older]
    finally:
        ws.close()


@pytest.mark.parametrize("old", ["schema2_commune.db", "schema13_commune.db"])
def test_an_automatic_backup_taken_before_an_upgrade_says_nothing(tmp_path, old):
    """The newest automatic backup of a database an older version wrote (schema 2: no chain yet; schema 13),
    the database then opened by this version: its migrations add rows and fill in the hashes."""
    folder = tmp_path / "data"
    backup_dir(folder / "chitieu.db").mkdir(parents=True)
    source = Path(__file__).parents[1] / "db" / "data" / old
    shutil.copy(source, folder / "chitieu.db")
    shutil.copy(source, backup_dir(folder / "chitieu.db") / "chitieu-000004-20261201-170000-tudong-dong.db")
    ws = Workspace.open(folder)
    try:
        ws.login("quantri", "Admin!2026pw")
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_no_backup_folder_and_another_database_s_backup_say_nothing(office, tmp_path, monkeypatch):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    as_(office, "admin")
    assert not backup_dir(Path(office.store.path)).exists() and office.verify_history() == []
    # A database set up anew, on another day: no row in common. Its first rows (the schema's steps) hold
    # nothing but their moment, so two databases made in the same second share them: the test, set up
    # in the same second as `office` one run in two, failed then.
    for module in (audit_log, store):
        monkeypatch.setattr(module, "now", lambda: "2026-03-02T08:00:00+07:00")
    other = Workspace.open(tmp_path / "may-khac")
    other.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    other.close()
    monkeypatch.undo()
    backup_dir(Path(office.store.path)).mkdir()
    shutil.copy(tmp_path / "may-khac" / "chitieu.db",
                backup_dir(Path(office.store.path)) / "chitieu-000009-20261201-170000-tudong-mo.db")

    assert office.verify_history() == []


@pytest.mark.parametrize("hostile", ["text", "cut", "zeros", "view", "computed"])
def test_a_newest_automatic_backup_that_is_no_database_of_ours_does_not_stop_the_check(office, tmp_path, hostile):  # noqa: F811
    import sqlite3

    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    bad = kept.with_name("chitieu-000002-20261216-080000-tudong-mo.db")
    if hostile == "text":
        bad.write_text("không phải cơ sở dữ liệu\n", encoding="utf-8")
    elif hostile == "cut":
        bad.write_bytes(kept.read_bytes()[:3000])
    elif hostile == "zeros":  # its last page missing, which SQLite reads as zeros: a row 0 (red-team r1 F1)
        data = kept.read_bytes()
        bad.write_bytes(data[:len(data) * 99 // 100])
    else:
        conn = sqlite3.connect(bad)
        if hostile == "view":  # counting for ever at every read
            conn.execute("CREATE VIEW audit AS WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n)"
                         " SELECT id, '' AS at FROM n")
        else:
            conn.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT,"
                         " hash TEXT AS (hex(zeroblob(10000000))))")
            conn.execute("INSERT INTO audit (id, at) VALUES (1, 'x')")
        conn.commit()
        conn.close()
    as_(office, "admin")

    assert office.verify_history() == []
    # Nor the automatic backups: one refused with "'NoneType' object has no attribute 'get'" after the file
    # of zeros, one hung for ever reading the view's max(id). Skipped (None) when nothing was written since.
    backups.auto_backup(office, "mo", now=dt.datetime(2026, 12, 16, 9, 0))
