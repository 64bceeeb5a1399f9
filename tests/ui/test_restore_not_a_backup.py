"""Restoring from a file that is no backup of this program (a text file, a spreadsheet): refused at
once, in Vietnamese, naming the file and what is accepted; never a question about replacing the
data, built from that file (walk 3, H1 and L2)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button, press
from tests.ui.test_session_and_safety import _damaged_with_accounts
from ui.backup_actions import RestoreAtStartDialog, offer_restore_at_start


def _text_file(folder):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "damaged.db"
    path.write_text("Danh sách hộ nghèo\n" * 50, encoding="utf-8")
    return path


def test_restoring_a_text_file_from_the_menu_is_refused_at_once(qtbot, make_window, office, tmp_path):
    """Tệp › Khôi phục từ bản sao lưu…, a text file: one box says the file cannot be read, that it is
    no database and which files can be restored; no "Thay toàn bộ số liệu…?" with 0 accounts and
    periods going back; Enter closes it and nothing is replaced."""
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    as_(office, "admin")
    window = make_window(office)
    text_file = _text_file(tmp_path / "usb")
    shown = []

    def read_then_enter(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read_then_enter))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(text_file), ""))
        window.restore_action.trigger()
    script.check()
    assert len(shown) == 1
    title, text, buttons = shown[0]
    assert "damaged.db" in text and "không phải tệp cơ sở dữ liệu" in text
    assert "Chỉ khôi phục được từ bản sao lưu do chương trình Chỉ tiêu xã tạo ra" in text
    for question in ("Thay toàn bộ", "tài khoản", "Có", "file is not a database"):
        assert question not in text
    assert "Có" not in buttons
    assert office.row("2026-Q1", "bhyt").entry.numerator is not None and window.isVisible()


def test_a_text_file_chosen_at_start_is_refused_before_the_administrator_s_login(qtbot, data_dir, tmp_path):
    """A damaged database with accounts, "Chọn tệp sao lưu khác…", a text file: refused at once (no
    login for a file that cannot be restored), then the choice of backups again; the database's own
    damage is said in Vietnamese too."""
    db = _damaged_with_accounts(data_dir)
    text_file = _text_file(tmp_path / "usb")
    seen = []

    def choose_the_text_file(dialog):
        seen.append(("dialog", dialog.findChildren(QLabel)[0].text()))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(text_file), ""))
            click_button(dialog, "Chọn tệp sao lưu khác…")

    def read_then_enter(box):
        seen.append((type(box).__name__, box.text()))
        press(Qt.Key.Key_Return)

    script = Script((RestoreAtStartDialog, choose_the_text_file), (QMessageBox, read_then_enter),
                    (RestoreAtStartDialog, lambda d: click_button(d, "Thoát")))
    assert offer_restore_at_start(db) is False
    script.check()
    assert seen[1][0] == "QMessageBox"
    assert "damaged.db" in seen[1][1] and "không phải tệp cơ sở dữ liệu" in seen[1][1]
    assert "Tệp chitieu.db không đọc được (tệp cơ sở dữ liệu bị hỏng)." in seen[0][1]
    assert "malformed" not in seen[0][1]


def test_sqlite_s_words_are_said_in_vietnamese_and_english(tmp_path):
    """The service's refusal: SQLite's English only in the English text, and said simply."""
    text_file = _text_file(tmp_path)
    with pytest.raises(backups.BackupError) as refused:
        backups.verify_backup(text_file)
    assert refused.value.message.startswith("Tệp damaged.db không đọc được (đây không phải tệp cơ sở dữ liệu).")
    assert "file is not a database" not in refused.value.message
    assert refused.value.en.startswith("The file damaged.db cannot be read (this is not a database file).")
