"""Red-team 31 on 9514882: one code, one number through restores.

F1: a restore of a backup taken before the approval records the number the replaced data issued (15) for code F;
the same figures approved again give code F, and its export took 16 without a word; restoring the right backup then
named neither and the next export took 17. The export now prints the number the restore recorded.
F2: a fork of the data exported 99 for the same code, restored over data Đã gửi 15, said nothing, and the next
restore carried 99. The warning now names both, and the next restore carries the first sent (15).
F6: the change log cleaned a restore row's text before parsing its JSON, so escaped control and direction
characters came through, and the numbers the row records were not shown."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.rows import now
from desktop_app import backups
from desktop_app.approval import record_sent
from desktop_app.core.doc_number import Issued
from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)


def _approved(ws) -> str:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    code = ws.approve("2026")
    as_(ws, "admin")
    return code


def _export(ws, out, number="15", day=DAY):
    as_(ws, "canbo")
    try:
        return export_period(ws, "2026", out, doc_number=number, report_date=day).submission
    finally:
        as_(ws, "admin")


def _restored(ws, backup):
    as_(ws, "admin")
    backups.restore(ws, backup)
    return as_(Workspace.open(Path(ws.store.path).parent), "admin")


def _warning(db, backup) -> str:
    return str(backups.restore_warning(Path(db), backup) or "")


def test_same_figures_approved_again_after_a_wrong_restore_print_the_number_recorded(office, tmp_path):  # noqa: F811
    before = backups.take_backup(office, "truoc")
    code = _approved(office)
    right = backups.take_backup(office, "dung")
    _export(office, tmp_path / "gui-1")
    ws = _restored(office, before)
    assert _approved(ws) == code  # the same figures: the same code, which the province holds as 15
    assert ws.issued("2026") == Issued("15", DAY)
    with pytest.raises(InvalidInput) as refused:
        _export(ws, tmp_path / "gui-2", "16", dt.date(2026, 12, 18))
    assert "đã xuất gửi tỉnh với số 15/BC-UBND ngày 15/12/2026 (lần khôi phục lúc" in str(refused.value)
    assert "đã ghi lại số và ngày đó từ dữ liệu lần đó thay thế" in str(refused.value)
    sub = _export(ws, tmp_path / "gui-2", "")
    assert (sub.doc_number, sub.report_date) == ("15", DAY)
    assert ws.period_state("2026") == State.SENT
    warning = _warning(ws.store.path, right)
    assert "Tỉnh đang giữ báo cáo số 15/BC-UBND ngày 15/12/2026" in warning
    ws = _restored(ws, right)
    try:
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
        with pytest.raises(InvalidInput):
            _export(ws, tmp_path / "gui-3", "17", dt.date(2026, 12, 20))
    finally:
        ws.close()


def test_a_second_number_an_older_version_issued_is_said_and_the_first_kept(office, tmp_path):  # noqa: F811
    before = backups.take_backup(office, "truoc")
    code = _approved(office)
    right = backups.take_backup(office, "dung")
    _export(office, tmp_path / "gui-1")
    ws = _restored(office, before)
    assert _approved(ws) == code
    with ws.store.transaction():  # what a version before the fix wrote: the export issued 16 for the same code
        record_sent(ws.store, "canbo", ws.commune.code, parse_period("2026"), now(), Issued("16", dt.date(2026, 12, 18)))
    warning = _warning(ws.store.path, right)
    assert "Tỉnh đang giữ báo cáo số 15/BC-UBND ngày 15/12/2026" in warning
    assert ("Dữ liệu đang dùng còn ghi số 16/BC-UBND ngày 18/12/2026 cho cùng mã xác thực đó, phát hành sau: tỉnh có "
            "thể đang giữ cả hai báo cáo; máy giữ số 15/BC-UBND ngày 15/12/2026, số gửi trước.") in warning
    ws = _restored(ws, right)
    try:
        assert ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()


def test_a_fork_exported_under_another_number_is_said_and_the_first_sent_carried(office, tmp_path):  # noqa: F811
    code = _approved(office)
    right = backups.take_backup(office, "dung")
    real = Path(office.store.path)
    fork_dir = tmp_path / "fork"
    fork_dir.mkdir()
    shutil.copy(right, fork_dir / "chitieu.db")
    _export(office, tmp_path / "gui-1")  # the province holds 15
    fork = as_(Workspace.open(fork_dir), "admin")
    _export(fork, tmp_path / "gui-fork", "99", dt.date(2026, 12, 16))
    fork_backup = backups.take_backup(fork, "nhanh")
    fork.close()
    planted = backups.backup_dir(real) / fork_backup.name
    shutil.copy(fork_backup, planted)
    first = _warning(real, planted)
    assert (f"Bản sao lưu ghi báo cáo kỳ năm 2026 (mã xác thực {code[:16]}) Đã xuất với số 99/BC-UBND ngày 16/12/2026, "
            "còn dữ liệu đang dùng ghi số 15/BC-UBND ngày 15/12/2026 cho cùng mã xác thực đó: tỉnh có thể đang giữ cả "
            "hai báo cáo.") in first
    ws = _restored(office, planted)
    second = _warning(real, right)
    assert "Tỉnh đang giữ báo cáo số 15/BC-UBND ngày 15/12/2026" in second
    assert "Tỉnh đang giữ báo cáo số 99" not in second
    assert "Dữ liệu đang dùng còn ghi số 99/BC-UBND ngày 16/12/2026 cho cùng mã xác thực đó" in second
    ws = _restored(ws, right)
    try:
        assert ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()


def test_change_log_of_a_restore_row_is_cleaned_once_parsed_and_shows_its_numbers(office):  # noqa: F811
    _approved(office)
    db = Path(office.store.path)
    office.close()
    old = json.dumps({"copy": "bao\u202egpj.db\nDòng thứ hai\x07", "history": 0, "issued": [
        {"unit": "05503", "period": "2026", "fingerprint": "x", "number": "99", "date": "2026-12-16",
         "symbol": "BC-UBND", "sent_at": "2026-12-16T08:00:00+07:00"}]}, ensure_ascii=False)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO audit (at, user, action, field, old, new) VALUES "
                 "('2026-12-14T08:00:00+07:00', 'admin', 'restore', 'backup', ?, 'x.db')", (old,))
    conn.commit()
    conn.close()
    ws = as_(Workspace.open(db.parent), "admin")
    try:
        line = [row for row in ws.audit_trail() if row.action_code == "restore"][-1]
        assert line.old == ("baogpj.db Dòng thứ hai; số và ngày báo cáo ghi lại: kỳ 2026, mã x: "
                            "số 99/BC-UBND ngày 16/12/2026")
        assert ws.verify_history()  # the forged row is named by the history's check
    finally:
        ws.close()
