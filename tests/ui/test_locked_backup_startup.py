"""A backup another program holds locked, at the window's start and after the administrator's acknowledgement.
The start-up box said 'Cơ sở dữ liệu đã bị sửa ngoài chương trình …' over it and advised restoring a backup, the
backup's name broken at a hyphen ('…-tudong-' / 'mo.db'); the red line offered 'Xác nhận đã kiểm tra…' for it. After
acknowledging the changes found with it, the red line still said the history 'đã bị sửa ngoài chương trình (1 chỗ)'
with the same link, as if the acknowledgement had failed. Now the lock is said in its own words, apart from the
changes, and what the acknowledgement leaves is said as such (desktop_app/history.left_by_acknowledging)."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.rich_text import links
from tests.ui.conftest import Script, press
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui.app import check_at_start

NO_BREAK_HYPHEN = "\u2011"
LOCKED = "đang bị một chương trình khác khóa"


@pytest.fixture
def locked_backup(office):  # noqa: F811
    """The automatic backup, held by a sqlite3 session (BEGIN EXCLUSIVE) while the window opens."""
    as_(office, "admin")
    kept = backups.auto_backup(office, "mo")
    holder = sqlite3.connect(kept, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield kept
    holder.execute("ROLLBACK")
    holder.close()


def _at_1366(window) -> None:
    window.resize(1366, 768)
    QApplication.processEvents()


def test_the_start_up_box_says_the_lock_whole(qtbot, make_window, office, locked_backup, clock):  # noqa: F811
    window = make_window(office)
    _at_1366(window)
    check_at_start(window, office)
    box, = window.notice_boxes
    qtbot.waitExposed(box)
    text = box.text()
    shown_name = locked_backup.name.replace("-", NO_BREAK_HYPHEN)  # no line ends inside it
    assert f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {shown_name}: tệp {LOCKED}" in text, text
    assert "Hãy đóng chương trình đang mở tệp đó rồi kiểm tra lại" in text
    # was "Cơ sở dữ liệu đã bị sửa ngoài chương trình …", "… có thể khôi phục một bản sao lưu …"
    assert "sửa ngoài chương trình" not in text and "khôi phục" not in text, text
    assert box.windowTitle().startswith("Không kiểm tra được nhật ký") and box.icon() == QMessageBox.Icon.Warning
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and box.isAncestorOf(QApplication.focusWidget()))
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert QApplication.focusWidget() is ok and ok.isDefault() and box.buttons() == [ok]  # Enter: read, closed
    assert box.width() <= 1366 and box.height() <= 768
    label = window.tampering_label.text()  # no "Xác nhận đã kiểm tra…" for what it would not clear
    assert LOCKED in label and links(label) == [] and "sửa ngoài chương trình" not in label, label
    clock.passes(2)  # the person reads, then presses Enter
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.notice_boxes == [])


def test_after_acknowledging_the_lock_is_said_to_stay(qtbot, make_window, office, locked_backup):  # noqa: F811
    conn = sqlite3.connect(office.store.path)
    conn.execute("UPDATE settings SET value = '\"Nguyễn Văn Ba\"' WHERE key = 'preparer'")
    conn.commit()
    conn.close()
    window = make_window(office)
    _at_1366(window)
    check_at_start(window, office)
    box, = window.notice_boxes
    text = box.text()  # the change first, then the lock apart, as an acknowledgement would leave it
    assert text.index("sửa ngoài chương trình") < text.index("Việc xác nhận đã kiểm tra không xóa được điều sau")
    assert text.index("Việc xác nhận đã kiểm tra không xóa được điều sau") < text.index(LOCKED)
    box.done(0)
    assert "(1 chỗ)" in window.tampering_label.text() and LOCKED in window.tampering_label.text()

    asked, told = [], []

    def confirm(question):
        asked.append(question.text())
        assert QApplication.focusWidget() is question.defaultButton()  # Hủy: Enter records nothing
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # to "Xác nhận: đã kiểm tra"
        press(Qt.Key.Key_Space)

    script = Script((QMessageBox, confirm))
    said = window.acknowledge_changes()
    script.check()
    assert len(said) == 1 and LOCKED not in said[0]
    assert asked[0].startswith("Lịch sử số liệu tìm thấy 1 thay đổi ngoài chương trình:")  # was 2, the lock counted
    assert asked[0].index("Thay đổi ngoài chương trình xảy ra sau này vẫn bị báo lại.") < asked[0].index(LOCKED)
    assert asked[0].index("Việc xác nhận đã kiểm tra không xóa được") < asked[0].index(LOCKED)
    qtbot.waitUntil(lambda: len(window.notice_boxes) == 1)
    told = window.notice_boxes[0].text()
    assert told.startswith("Đã ghi nhận: đã kiểm tra 1 thay đổi ngoài chương trình"), told
    assert "Việc xác nhận đã kiểm tra không xóa được điều sau" in told and LOCKED in told
    label = window.tampering_label.text()  # was "… đã bị sửa ngoài chương trình (1 chỗ) … Xác nhận đã kiểm tra…"
    assert LOCKED in label and "sửa ngoài chương trình" not in label and links(label) == [], label
    window.notice_boxes[0].done(0)
