"""Tệp › Sao lưu ra…: the box that says the copy was made speaks to the commune officer who made it
(walk 15, L8: it also spoke of the province's catalogue updates, which a commune never signs)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import copied_out
from tests.ui.conftest import Script


def test_the_backup_box_names_the_copy_and_the_key_it_holds_without_the_province(qtbot, window, tmp_path):
    said = []

    def read(box):
        said.append((box.text(), box.informativeText()))
        box.done(QMessageBox.StandardButton.Ok)

    usb = tmp_path / "usb"
    usb.mkdir()
    script = Script((QMessageBox, read))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
        patch.setattr(copied_out, "same_disk", lambda folder, database: False)  # a stick: another disk
        window.backup_action.trigger()
    script.check()
    (text, note), = said
    copy = next(usb.glob("*.db"))
    assert text.startswith("Đã sao lưu và kiểm tra tệp") and str(copy) in text, text
    assert "khóa ký của máy này" in note and "báo cáo mang tên đơn vị" in note, note
    assert "tỉnh" not in note and "bộ chỉ tiêu" not in note, note
