"""A copy out in the change log (Lịch sử thay đổi) reads as its own action, "Backed up outside this computer",
with the folder and the time, not as a "Settings" line naming the setting (U13 F3)."""
from __future__ import annotations

import datetime as dt

from desktop_app import copied_out
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import english  # noqa: F401 (the fixture)
from tests.ui.test_keyboard import shown
from ui.audit_dialog import AuditDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

ACTION, FIELD, NEW = 2, 5, 7


def test_the_copy_out_line_says_what_was_done_where_and_when(laptop_in_vietnam, qtbot, office, english, tmp_path):  # noqa: F811
    as_(office, "canbo")
    copied_out.record(office, tmp_path / "usb", now=dt.datetime(2026, 12, 6, 19, 3, 40))
    as_(office, "admin")
    english()
    model = shown(qtbot, AuditDialog(office)).model
    [row] = [r for r in range(model.rowCount()) if str(tmp_path / "usb") in (model.index(r, NEW).data() or "")]
    assert (model.index(row, ACTION).data(), model.index(row, FIELD).data(), model.index(row, NEW).data()) == (
        "Backed up outside this computer", "Folder, time", f"{tmp_path / 'usb'}, 06/12/2026 19:03")
