"""Tệp › Khôi phục từ bản sao lưu…, another unit's backup (red-team 12, finding 2): one box says whose
backup it is and whose the database, and what to do; no question about replacing the data, and
nothing is replaced."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press


def test_another_units_backup_chosen_from_the_menu_is_refused(qtbot, make_window, office, tmp_path):
    other = Workspace.open(tmp_path / "vanlang")
    other.add_user("quantri", "Hoàng Văn Quản", Role.ADMIN, "hoasen-2026")
    other.login("quantri", "hoasen-2026")
    other.setup("05665", "Nguyễn Văn An", "Trần Thị Bình")
    other.close()
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    as_(office, "admin")
    key = office.key_code
    window = make_window(office)
    shown = []

    def read_then_enter(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        if os.environ.get("CHITIEU_SHOT"):
            box.grab().save(os.environ["CHITIEU_SHOT"])
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read_then_enter))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName",
                      lambda *a, **k: (str(tmp_path / "vanlang" / "chitieu.db"), ""))
        window.restore_action.trigger()
    script.check()
    assert len(shown) == 1
    _title, text, buttons = shown[0]
    assert ("Bản sao lưu chitieu.db là của Xã Văn Lăng (mã 05665), không phải của Xã Tân Cương (mã 05503), đơn vị "
            "của cơ sở dữ liệu đang dùng: không khôi phục, chưa có gì bị thay.") in text
    assert "Thay toàn bộ" not in text and "Có" not in buttons
    assert window.isVisible() and office.commune.code == "05503" and office.key_code == key
    assert office.row("2026-Q1", "bhyt").entry.numerator is not None
