"""Tệp › Khôi phục từ bản sao lưu…, the database in use chosen (the file dialog lists it when it opens on
the data folder; walk 11, finding 6): refused at once in one box saying what to choose instead (the backup
folder or a USB stick), never "Thay toàn bộ số liệu…?" with Có first; no backup taken, nothing replaced."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press


def test_the_database_in_use_is_refused_before_the_question(qtbot, make_window, office):
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    as_(office, "admin")
    window = make_window(office)
    db_path = Path(office.store.path)
    before = {p.name for p in backups.backup_dir(db_path).glob("*.db")}
    shown = []

    def read_then_enter(box):
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read_then_enter))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(db_path), ""))
        window.restore_action.trigger()
    script.check()
    assert len(shown) == 1
    text, buttons = shown[0]
    assert "Bản sao lưu chọn chính là cơ sở dữ liệu đang dùng (chitieu.db): không khôi phục, chưa có gì bị thay." in text
    assert f"tệp .db trong thư mục sao lưu {backups.backup_dir(db_path)}" in text and "USB" in text
    assert "Thay toàn bộ" not in text and "Có" not in buttons
    assert {p.name for p in backups.backup_dir(db_path).glob("*.db")} == before  # no "truoc-khoi-phuc" copy
    assert window.isVisible() and office.row("2026-Q1", "bhyt").entry.numerator is not None
