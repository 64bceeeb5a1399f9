"""S129: the question before a restore at start that takes away accounts the backup lacks (a damaged database,
ui/backup_actions._confirm_warning) was a plain message box with the whole warning as its text: sixty accounts
with long Vietnamese names made it taller than the 728 px a 1366×768 laptop leaves above the taskbar, its
"Vẫn khôi phục"/"Hủy" under it. Now asked as the menu's restore asks (ui/restore_question_box.py): the question and
its buttons in sight at 100 % and 150 %, every account named where the person can read it (the frame scrolls, whole
lines in sight), "Hủy" the default: Enter does not restore; Tab reaches the buttons."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QScrollArea

from desktop_app import backups
from tests.ui.conftest import Script, press, shot, text_size  # noqa: F401 (the fixture)
from ui.backup_actions import _confirm_warning
from ui.restore_question_box import TITLE_BAR

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng")
NAMES = [f"{SURNAMES[i % 10]} Thị Phương Thảo Nguyệt Hằng Ánh Tuyết số {i + 1}" for i in range(60)]


def _sixty_accounts_since(workspace, tmp_path):
    """A backup with the administrator alone, then sixty officers added: restoring it takes sixty accounts away."""
    workspace.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    workspace.login("quantri", "cay-tre-2026")
    backup = backups.take_backup(workspace, "thu-cong", target_dir=tmp_path)
    for i, name in enumerate(NAMES):
        workspace.add_user(f"canbo{i + 1}", name, "Cán bộ nhập liệu", "nhaplieu-2026")
    return backups.restore_warning(backups.Path(workspace.store.path), backup)


def _in_sight(widget, screen: QRect) -> bool:
    return widget.isVisible() and screen.contains(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("percent", [100, 150])
def test_the_accounts_question_fits_a_laptop_names_every_account_and_enter_cancels(
        percent, qtbot, make_window, workspace, tmp_path, text_size, monkeypatch):
    warning = _sixty_accounts_since(workspace, tmp_path)
    assert warning is not None and all(name in warning for name in NAMES)
    text_size(percent)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))  # 768 less the taskbar
    seen = {}

    def enter_answers_cancel(box):
        qtbot.waitExposed(box)
        shot(box, f"s129_accounts_question_{percent}")
        screen = QRect(box.screen().availableGeometry())
        seen["frame"], seen["height"], seen["screen"] = QRect(box.frameGeometry()), box.height(), screen
        buttons = {b.text().replace("&", ""): b for b in box.findChildren(QPushButton)}
        seen["buttons"] = sorted(buttons)
        seen["in sight"] = [_in_sight(b, screen) for b in buttons.values()]
        seen["question"] = _in_sight(box.findChild(QLabel, "qt_msgbox_label"), screen)
        scroll = box.findChild(QScrollArea)
        # every account where the person can read it: in the frame in sight that scrolls to it
        seen["readable"] = "\n".join(label.text() for label in box.findChildren(QLabel)
                                     if _in_sight(label, screen) or (scroll is not None and scroll.isAncestorOf(label)
                                                                     and _in_sight(scroll, screen)))
        seen["first"] = QApplication.focusWidget().text().replace("&", "") if isinstance(
            QApplication.focusWidget(), QPushButton) else None
        tabbed = []
        for _ in range(3):
            press(Qt.Key.Key_Tab)
            tabbed.append(QApplication.focusWidget())
        seen["tab"] = buttons["Vẫn khôi phục"] in tabbed
        for _ in range(3):
            if QApplication.focusWidget() is not buttons["Vẫn khôi phục"]:
                break
            press(Qt.Key.Key_Tab)  # Enter on a focused button presses it, as anywhere
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, enter_answers_cancel))
    window = make_window(workspace)  # the box over a window, as the tests of the other restore question (at start
    window.setGeometry(0, 30, 1366, 698)  # there is none: the offscreen 1366×728 screen gives a box alone no focus)
    restored = _confirm_warning(window, warning)
    script.check()
    frame, available = seen["frame"], seen["screen"]
    assert available.contains(frame), (frame, available)
    assert seen["height"] + TITLE_BAR <= available.height(), seen  # room for the title bar Windows draws above it
    assert seen["buttons"] == ["Hủy", "Vẫn khôi phục"] and all(seen["in sight"]) and seen["question"], seen
    assert all(name in seen["readable"] for name in NAMES), seen["readable"]
    assert seen["first"] == "Hủy" and seen["tab"], seen
    assert restored is False  # Enter answered Hủy


def test_the_frame_that_scrolls_shows_whole_lines_at_150_percent(qtbot, text_size, monkeypatch):
    """The frame of what a restore undoes, when it scrolls, is a whole number of its lines tall, and Page Down goes
    on by whole lines: the last line in sight is never cut in half (S129: at 150 % it was)."""
    from ui.restore_question_box import RestoreQuestion

    text_size(150)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    warning = "\n\n".join(f"Kỳ {i + 1}: đã được Lãnh đạo duyệt sau khi sao lưu; sau khi khôi phục trở lại Đang nhập."
                          for i in range(40))
    seen = {}

    def read(box):
        qtbot.waitExposed(box)
        shot(box, "s129_whole_lines_150")
        scroll = box.findChild(QScrollArea)
        line = scroll.widget().fontMetrics().lineSpacing()
        seen["line"], seen["in sight"] = line, scroll.viewport().height()
        seen["scrolls"] = scroll.verticalScrollBar().maximum() > 0
        scroll.setFocus()
        for _ in range(3):
            press(Qt.Key.Key_PageDown)
            seen.setdefault("offsets", []).append(scroll.verticalScrollBar().value())
        press(Qt.Key.Key_Escape)

    script = Script((QMessageBox, read))
    RestoreQuestion("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu?", warning).exec()
    script.check()
    assert seen["scrolls"], seen
    assert seen["in sight"] % seen["line"] == 0, seen
    assert all(offset % seen["line"] == 0 for offset in seen["offsets"]), seen
