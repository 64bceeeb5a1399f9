"""A restore of a backup from another branch of the data's history (red-team R17 F4): canbo completes 2026, backup
b0; a figure of 2026-Q1, backup b1; b0 restored; lanhdao approves 2026; b1 restored. The question said the two files'
histories differ and 2026 was Đã duyệt (mã …) here, Hoàn thành in the backup; after it the period was Hoàn thành and
nobody was told: the restore recorded nothing undone when the data replaced did not carry on the backup's history.
An approval the data replaced hold and the backup does not (same period, same code) is recorded undone whatever the
histories; one the backup holds with the same code is not."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core import restore_record
from desktop_app.core.workflow import State
from tests.core.test_restore_undid_carried import _restore, _status
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def test_an_approval_a_sibling_backup_does_not_hold_is_said_undone(office):  # noqa: F811
    ws = office
    as_(ws, "canbo")
    fill_year(ws, "2026-6M")
    ws.complete("2026-6M")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026-6M")  # held by both branches, the same code: not undone
    as_(ws, "canbo")
    b0 = backups.take_backup(ws, "b0")
    ws.set_entry("2026-Q1", "thu_ngan_sach", value="1.000")
    b1 = backups.take_backup(ws, "b1")
    ws = _restore(ws, b0)
    as_(ws, "lanhdao")
    ws.approve("2026")
    code = ws.approval("2026").fingerprint
    question = str(backups.restore_warning(Path(ws.store.path), b1))
    assert "Bản sao lưu không phải bản sao trước đây" in question
    ws = _restore(ws, b1)
    try:
        assert ws.period_state("2026") == State.COMPLETE
        assert ws.period_state("2026-6M").frozen
        record = restore_record.read(ws.store.chained_audit_rows("restore")[-1].old)
        (approval,) = record.undone.approvals
        assert (approval.period, approval.fingerprint, approval.approver, approval.approver_name) == (
            "2026", code, "lanhdao", "Trần Thị Bình")

        as_(ws, "lanhdao")
        said = ws.undid_approval("2026").words()  # the line over the table
        assert said.startswith(f"Kỳ này đã được Trần Thị Bình duyệt ngày 04/12/2026 (mã {code[:16]}); lúc "), said
        assert f"khôi phục bản sao lưu {b1.name} nên việc duyệt bị hủy. Cần duyệt lại." in said
        assert ws.undid_approval("2026-6M") is None
        assert f"! {said}" in _status(ws)
        row, lines = ws.restore_undid_mine()  # the box
        (line,) = lines
        assert f"việc bạn duyệt kỳ năm 2026 ngày 04/12/2026 (mã {code[:16]}) bị hủy" in line, line
    finally:
        ws.close()
