"""The change log lists a restore whose row records a loss with that loss (S3 item 1): the restore's row records
what the data it replaced had lost, unexplained (`lost`, `lost_rows`: red-team R4 F1), and the check says it until
acknowledged; the change log, in the window and the exported record, listed that restore like any other, its copy's
name alone. An honest restore is listed as before."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture
from tests.reliability.test_chain_tail_cut import _approved_and_sent, _cut_the_tail

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def _restore_line(ws):
    [line] = [line for line in ws.audit_trail() if line.action_code == "restore"]
    return line


def _seen_whole_in_the_window(ws, qapp) -> None:
    """Nhật ký thay đổi: the restore's row as tall as its old value needs, not cut at two lines past the copy's name."""
    from PySide6.QtCore import QRect, Qt

    from ui.audit_dialog import OLD_COLUMN, AuditDialog

    dialog = AuditDialog(ws)
    try:
        dialog.resize(1366, 700)
        dialog.show()
        qapp.processEvents()
        table, model = dialog.table, dialog.model
        [row] = [i for i, line in enumerate(model.rows) if line.action_code == "restore"]
        text = model.index(row, OLD_COLUMN).data()
        assert "không rõ lý do" in text
        needed = table.fontMetrics().boundingRect(QRect(0, 0, table.columnWidth(OLD_COLUMN) - 8, 10_000),
                                                  int(Qt.TextFlag.TextWordWrap), text).height()
        assert table.rowHeight(row) >= needed, (table.rowHeight(row), needed)
    finally:
        dialog.close()


def test_a_restore_recording_rows_lost_says_them_in_the_change_log(office, tmp_path, qapp):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    _cut_the_tail(office)
    as_(office, "admin")
    db = Path(office.store.path)
    backups.restore(office, kept, confirmed=backups.restore_warning(db, kept))
    ws = as_(Workspace.open(db.parent), "admin")
    try:
        _seen_whole_in_the_window(ws, qapp)
        line = _restore_line(ws)
        assert line.action == "Khôi phục bản sao lưu"
        assert line.old.startswith("chitieu-"), line.old  # the copy kept of the data replaced, as before
        cut = json.loads(ws.store.conn.execute("SELECT old FROM audit WHERE action = 'restore'").fetchone()[0])
        first, last = cut["lost_rows"]["first"], cut["lost_rows"]["last"]
        # the approval, the export and their steps, and the row before the first backup (db/anchoring_mark.mark): cut
        assert last == first + 4
        assert (f"(dữ liệu bị thay thế đã mất 5 dòng nhật ký thay đổi không rõ lý do, từ dòng số {first} đến dòng số "
                f"{last}, mà bản sao lưu {kept.name} còn giữ)") in line.old, line.old
    finally:
        ws.close()


def test_an_honest_restore_is_listed_as_before(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    as_(office, "admin")
    db = Path(office.store.path)
    saved = backups.restore(office, kept, confirmed=backups.restore_warning(db, kept))
    ws = as_(Workspace.open(db.parent), "admin")
    try:
        line = _restore_line(ws)
        assert line.old.startswith(f"{saved.name}; số và ngày báo cáo ghi lại: ") and "mất" not in line.old, line.old
    finally:
        ws.close()
