"""The change log's row of a restore shows the file names it records whole: the copy kept of the data replaced
("Giá trị cũ") and the backup put back, broken after their hyphens to the column, the date and time on one line
(S38: "chitieu-000001-2026…" cut the date and time, which backup was restored shown only in the tooltip). Laid out
at 1366×768."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen

from desktop_app import backups
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.ui.test_keyboard import shown
from ui.audit_dialog import CELL_MARGINS, NEW_COLUMN, OLD_COLUMN, AuditDialog

DATE_TIME = re.compile(r"\d{8}-\d{6}")


def test_a_restore_row_shows_the_copy_s_and_the_backup_s_names_whole(qtbot, office, data_dir, tmp_path,  # noqa: F811
                                                                      monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    fill_year(as_(office, "canbo"), "2026-6M")
    copy = backups.take_backup(office, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 12, 6, 5, 23))
    office.set_entry("2026-6M", "thu_ngan_sach", value="61.234")
    as_(office, "admin")
    warning = backups.restore_warning(Path(office.store.path), copy)
    backups.restore(office, copy, confirmed=warning)
    restored = Workspace.open(data_dir)
    try:
        restored.login("admin", PW["admin"])
        dialog = shown(qtbot, AuditDialog(restored))
        model, metrics = dialog.model, dialog.table.fontMetrics()
        row = next(r for r, line in enumerate(model.rows) if line.action_code == "restore")
        for column, name in ((OLD_COLUMN, r"chitieu-\S+-truoc-khoi-phuc\.db"), (NEW_COLUMN, re.escape(copy.name))):
            whole = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            assert re.fullmatch(name, whole), whole
            said = model.index(row, column).data()
            room = dialog.table.columnWidth(column) - CELL_MARGINS
            lines = said.split("\n")
            assert "".join(lines) == whole  # nothing cut
            assert all(metrics.horizontalAdvance(line) <= room for line in lines), (said, room)
            assert any(DATE_TIME.search(line) for line in lines), said  # the date and time on one line
            assert dialog.table.rowHeight(row) >= len(lines) * metrics.lineSpacing()
    finally:
        restored.close()
