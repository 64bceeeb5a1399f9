"""Tệp › Khôi phục từ bản sao lưu… shows the program's backups by date and reason, newest first (as the
start-up offer does), not a file dialog of elided names ("chitieu-000002-2…937-tudong-mo.db"; walk 15 L8,
walk 17): Enter restores the one chosen (after the same question as before), Escape cancels, and
"Chọn tệp sao lưu khác…" opens the file dialog for a backup elsewhere (a USB stick)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from ui.backup_actions import RestoreAtStartDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)


def another_file(dialog) -> None:
    """Alt+C: "&Chọn tệp sao lưu khác…"."""
    press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)


def test_the_menu_restore_lists_the_backups_by_date_and_enter_restores_the_chosen_one(laptop_in_vietnam, 
        qtbot, make_window, office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    backups.take_backup(office, "tudong-mo", now=dt.datetime(2026, 6, 14, 8, 0))
    fill_year(office, "2026-6M")
    backups.take_backup(office, "thu-cong", now=dt.datetime(2026, 6, 15, 9, 30))
    usb = backups.take_backup(office, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 5, 2, 7, 45))
    as_(office, "admin")
    window = make_window(office)
    files, seen, asked = [], {}, []
    file_dialog = lambda *a, **k: (files.append(1), (str(usb), ""))[1]  # noqa: E731

    def older_then_enter(dialog):
        seen["title"] = dialog.windowTitle()
        seen["rows"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["buttons"] = [b.text().replace("&", "") for b in (dialog.restore_button, dialog.choose_button,
                                                               dialog.quit_button)]
        press(Qt.Key.Key_Down)  # from the newest to the one before
        press(Qt.Key.Key_Return)

    def answer_no(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((RestoreAtStartDialog, older_then_enter), (QMessageBox, answer_no))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", file_dialog)
        window.restore_action.trigger()
    script.check()
    assert files == []  # no file dialog of elided names
    assert seen["title"] == "Khôi phục từ bản sao lưu"
    assert seen["rows"][0].startswith("09:30 15/06/2026 — ") and seen["rows"][1].startswith("08:00 14/06/2026 — ")
    assert "chitieu-" not in " ".join(seen["rows"])
    assert seen["buttons"] == ["Khôi phục bản đã chọn", "Chọn tệp sao lưu khác…", "Hủy"]
    assert "bằng bản sao lưu lúc 08:00 14/06/2026?" in asked[0]  # the one chosen, then the same question
    assert office.row("2026-6M", "bhyt").entry.numerator is not None and window.isVisible()  # No: kept

    # Escape cancels: no question, nothing restored.
    script = Script((RestoreAtStartDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", file_dialog)
        assert window.restore_action.trigger() is None
    script.check()
    assert files == [] and len(asked) == 1 and window.isVisible()
    assert QApplication.activeModalWidget() is None

    # Alt+C: a backup elsewhere (a USB stick), chosen in the file dialog, then the same question.
    script = Script((RestoreAtStartDialog, another_file), (QMessageBox, answer_no))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", file_dialog)
        window.restore_action.trigger()
    script.check()
    assert files == [1] and "bằng bản sao lưu lúc 07:45 02/05/2026?" in asked[1]
