"""Two restores in a row (edge 1 of "Restore edges"). A restore keeps the number and date an approval it
brings back was issued with after its backup (red-team 26 F2), read from the data it replaces. The second
of two restores replaced the first one's result, whose history is not the second backup's: the first
backup chosen by mistake (too old, or not the newest), the right one restored straight after came back
Đã duyệt with no number, the warning silent about it (or saying the period comes back as in the backup),
and the next export issued the code the province holds as 15 under another number. Each restore records in
its row of the history the numbers the data it replaced knew issued: a restore straight after another reads
them there, in the chain of the database it replaces (desktop_app/restore_carry.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core.doc_number import Issued
from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)
KEPT = ("Báo cáo đã duyệt kỳ năm 2026 (mã xác thực {code}) đã phát hành số 15/BC-UBND ngày 15/12/2026 sau khi "
        "sao lưu, mà bản sao lưu chưa ghi")


def _approved(ws) -> str:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    as_(ws, "admin")
    return ws.approval("2026").fingerprint


def _export(ws, out: Path, number: str = "15", day: dt.date | None = DAY):
    as_(ws, "canbo")
    try:
        return export_period(ws, "2026", out, doc_number=number, report_date=day).submission
    finally:
        as_(ws, "admin")


def _restored(ws, backup: Path) -> Workspace:
    """The restore from the menu: the program opens again on the restored data, the administrator logs in."""
    as_(ws, "admin")
    backups.restore(ws, backup)
    again = Workspace.open(Path(ws.store.path).parent)
    return as_(again, "admin")


def _warning(ws, backup: Path) -> str:
    return str(backups.restore_warning(Path(ws.store.path), backup) or "")


def test_the_newer_backup_restored_after_an_older_one_keeps_the_number_issued_before_both(office, tmp_path):  # noqa: F811
    before = backups.take_backup(office, "truoc")  # nothing approved yet: the backup chosen by mistake
    code = _approved(office)
    right = backups.take_backup(office, "dung")  # approved, not yet exported
    _export(office, tmp_path / "gui-1")  # the province holds the report as 15 of 15/12/2026
    ws = _restored(office, before)

    warning = _warning(ws, right)  # was None: nothing said of the report the province holds
    assert KEPT.format(code=code[:16]) in warning, warning
    assert "đọc từ lịch sử của cơ sở dữ liệu đang dùng: lần khôi phục lúc" in warning, warning

    ws = _restored(ws, right)
    try:
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
        with pytest.raises(InvalidInput, match="đã xuất gửi tỉnh với số 15/BC-UBND ngày 15/12/2026"):
            _export(ws, tmp_path / "gui-2", "16", dt.date(2026, 12, 20))
        again = _export(ws, tmp_path / "gui-3", "", None)
        assert (again.fingerprint, again.doc_number, again.report_date) == (code, "15", DAY)
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_a_number_the_first_restore_carried_is_kept_by_the_second(office, tmp_path):  # noqa: F811
    code = _approved(office)
    first = backups.take_backup(office, "mot")
    as_(office, "canbo")
    office.set_entry("2026-6M", "thu_ngan_sach", value="1.000")  # the next backup is not the same file
    second = backups.take_backup(office, "hai")
    _export(office, tmp_path / "gui-1")
    ws = _restored(office, first)
    assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)  # carried

    warning = _warning(ws, second)
    assert KEPT.format(code=code[:16]) in warning, warning
    # it did say the period comes back as the backup has it, Đã duyệt, while the restore keeps it Đã gửi
    assert "trong bản sao lưu ở trạng thái Đã duyệt" not in warning, warning

    ws = _restored(ws, second)
    try:
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
        assert ws.row("2026-6M", "thu_ngan_sach").entry.value == 1000
        with pytest.raises(InvalidInput, match="đã xuất gửi tỉnh với số 15/BC-UBND ngày 15/12/2026"):
            _export(ws, tmp_path / "gui-2", "16", dt.date(2026, 12, 20))
        assert ws.verify_history() == []
    finally:
        ws.close()
