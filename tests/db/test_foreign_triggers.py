"""A trigger or view added to the database outside the program never runs inside its writes
(red-team 14, finding 1: a trigger planted with sqlite3 rewrote the approved BHYT figure as the
approval was stored, and the history recorded the rewritten figure as the program's own)."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from db.store import Store
from desktop_app import backups
from desktop_app.backups import BackupError
from desktop_app.core.errors import ChangedOutside
from desktop_app.services import export_period
from exports.submission_reader import verify_file
from tests.core.test_changed_outside import _as, office  # noqa: F401 (the fixture)

REWRITE_BHYT = """CREATE TRIGGER "zz_sửa" AFTER UPDATE ON entries BEGIN
  UPDATE entries SET numerator = '9990' WHERE rowid = NEW.rowid AND indicator = 'bhyt' AND numerator <> '9990';
END"""


def _plant(data_dir, sql: str = REWRITE_BHYT) -> None:
    conn = sqlite3.connect(data_dir / "chitieu.db")
    conn.execute(sql)
    conn.commit()
    conn.close()


def _schema(data_dir) -> list[str]:
    conn = sqlite3.connect(data_dir / "chitieu.db")
    try:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')")]
    finally:
        conn.close()


def _bhyt(ws, period: str) -> str:
    return str(ws.store.entry(ws.commune.code, period, "bhyt").numerator)


def test_a_new_database_has_no_trigger_or_view(office):  # noqa: F811
    """What the removal relies on: the program makes none (one added to db/schema.py would be removed)."""
    assert _schema(office) == []


def test_a_trigger_planted_while_closed_is_removed_at_opening_and_holds_the_periods_back(office, tmp_path):  # noqa: F811
    _plant(office)
    officer = _as(office, "canbo")
    assert _schema(office) == []  # gone before anything was written
    entered = _bhyt(officer, "2026")
    officer.set_entry("2026-6M", "bhyt", numerator="9.600", denominator="10.000")
    assert _bhyt(officer, "2026-6M") == "9600"  # the trigger would have made it 9990
    officer.close()

    leader = _as(office, "lanhdao")
    found = leader.verify_history()
    assert len(found) == 1 and 'trigger "zz_sửa" do người ngoài chương trình thêm vào' in found[0].message
    assert "chương trình đã gỡ bỏ lúc mở" in found[0].message
    with pytest.raises(ChangedOutside, match="zz_sửa"):  # every period held until the administrator checks
        leader.approve("2026")
    leader.close()

    admin = _as(office, "admin")
    assert any("zz_sửa" in said for said in admin.acknowledge_changes())
    admin.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    result = export_period(leader, "2026", tmp_path / "out", pdf=False)
    verdict = verify_file(result.xlsx)
    bhyt = next(i for i in verdict.submission.items if i.code == "bhyt")
    assert verdict.ok and bhyt.numerator == entered != "9990"  # what the officer entered, never the trigger's
    assert leader.verify_history() == []
    leader.close()


def test_a_trigger_planted_while_the_program_runs_refuses_the_next_write(office):  # noqa: F811
    officer = _as(office, "canbo")
    officer.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")
    _plant(office)
    with pytest.raises(ChangedOutside, match='vừa bị thêm trigger "zz_sửa" ngoài chương trình') as refused:
        officer.set_entry("2026-6M", "bhyt", numerator="9.600", denominator="10.000")
    assert "đóng chương trình rồi mở lại" in refused.value.message
    assert _bhyt(officer, "2026-6M") == "9500"  # nothing of the refused write, nothing of the trigger
    officer.close()
    officer = _as(office, "canbo")  # opened again: removed, and said
    assert _schema(office) == []
    assert any("zz_sửa" in t.message for t in officer.verify_history())
    officer.close()


def test_a_command_that_only_looks_names_a_trigger_still_there(office):  # noqa: F811
    _plant(office)
    store = Store(office / "chitieu.db", read_only=True)
    try:
        found = store.verify_integrity()
    finally:
        store.close()
    assert [t.message for t in found if "zz_sửa" in t.message] == [
        'Cơ sở dữ liệu có trigger "zz_sửa" do người ngoài chương trình thêm vào: nó chạy cùng mỗi lần chương trình '
        "ghi và có thể sửa số liệu mà nhật ký không thấy. Chương trình sẽ gỡ bỏ khi mở cơ sở dữ liệu để ghi."]
    assert _schema(office) == ['zz_sửa']  # looking removes nothing


def test_a_backup_holding_a_trigger_or_view_is_not_restored(office, tmp_path):  # noqa: F811
    copy = tmp_path / "sao-luu.db"
    shutil.copy(office / "chitieu.db", copy)
    conn = sqlite3.connect(copy)
    conn.execute("CREATE VIEW v_users AS SELECT * FROM users")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match='có view \\(bảng ảo\\) "v_users" do người ngoài chương trình thêm vào'):
        backups.verify_backup(copy)
