"""A copy restored from a stick reads in the change log as what happened, with the copy's own time, in English
too (red-team R24 F5: "Backed up outside this computer <folder>, <restore time>" beside the restore's line)."""
from __future__ import annotations

from pathlib import Path

from desktop_app import backups, copied_out, restored_copy_out
from desktop_app.services import Workspace
from tests.core.test_copy_out_vouched import _approve
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import english  # noqa: F401 (the fixture)
from tests.ui.test_keyboard import shown
from ui.audit_dialog import AuditDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

ACTION, FIELD, NEW = 2, 5, 7


def test_the_restored_copy_line_says_it_was_restored(laptop_in_vietnam, qtbot, office, english, tmp_path, monkeypatch):  # noqa: F811
    for module in (copied_out, restored_copy_out):
        monkeypatch.setattr(module, "same_disk", lambda folder, database: False)
    _approve(office, "2026")
    usb = tmp_path / "usb"
    usb.mkdir()
    old = usb / "chitieu-20261020-143000-thu-cong.db"
    copied_out.copy_out(office, usb).path.rename(old)
    as_(office, "admin")
    backups.restore(office, old)
    again = as_(Workspace.open(Path(office.store.path).parent), "admin")
    try:
        english()
        model = shown(qtbot, AuditDialog(again)).model
        rows = [(model.index(r, ACTION).data(), model.index(r, FIELD).data(), model.index(r, NEW).data())
                for r in range(model.rowCount()) if str(usb) in (model.index(r, NEW).data() or "")]
        assert rows == [("Restored from a copy outside this computer (counts as backed up outside)",
                         "Folder, time backed up", f"{usb}, 20/10/2026 14:30")], rows
    finally:
        again.close()
