""""Người thực hiện" tells two people apart by their account: a name too long for the cell's two
lines wrapped and lost its "(canbo)" at the end (walk U4 F7). Such a name is cut on its first
line, the account under it; the whole stays in the tooltip; a usual name reads as before."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_keyboard import shown
from ui.audit_dialog import BY_COLUMN, AuditDialog

LONG = "Nguyễn Thị Phương Thảo Hoàng Minh Nguyệt"


def test_a_long_name_keeps_its_account_in_sight(qtbot, workspace):
    workspace.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    workspace.login("quantri", "cay-tre-2026")
    workspace.add_user("canbo", LONG, "Cán bộ nhập liệu", "nhaplieu-2026")
    workspace.logout()
    workspace.login("canbo", "nhaplieu-2026")
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    dialog = shown(qtbot, AuditDialog(workspace))
    dialog.resize(1346, 620)
    rows = range(dialog.model.rowCount())
    cells = {dialog.model.index(r, BY_COLUMN).data() for r in rows}
    long = next(c for c in cells if c.startswith("Nguyễn"))
    first, second = long.split("\n")
    assert second == "(canbo)" and first.endswith("…") and LONG.startswith(first[:-1])
    metrics = dialog.table.fontMetrics()
    assert metrics.horizontalAdvance(first) <= dialog.table.columnWidth(BY_COLUMN)
    assert "Hoàng Văn Quản (quantri)" in cells  # wraps beside its account, as before
    tips = {dialog.model.index(r, BY_COLUMN).data(Qt.ItemDataRole.ToolTipRole) for r in rows}
    assert f"{LONG} (canbo)" in tips
