"""Walk U24 F4: a restore that undoes four periods' approvals asked in a box 500×798 px; on a 1366×768 laptop (728 px
above the taskbar) its last lines and its Có/Không were under the screen. The question, its buttons and what it would
undo now fit the screen at 100 % and at Windows' 150 % text, every period named where the person can read it (the
frame under the question scrolls); Enter still answers Không, Tab reaches the buttons.

The screen's room is 1366×728 (QScreen.availableGeometry, as the other 1366×728 tests); run also under
QT_QPA_PLATFORM="offscreen:configfile=…" with a 1366×728 screen, as walk U19 did."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
)

from desktop_app import backups
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, text_size  # noqa: F401 (the fixture)
from ui.restore_question_box import TITLE_BAR

PERIODS = ("2026-Q1", "2026-6M", "2026-9M", "2026")
NAMES = ("Kỳ quý I năm 2026", "Kỳ 6 tháng đầu năm 2026", "Kỳ 9 tháng năm 2026", "Kỳ năm 2026")


def _four_approvals_since(office, tmp_path):  # noqa: F811
    """A backup of four periods entered, then each completed, approved by the leader and exported for the province
    (U24's): the restore undoes four approvals sent, a paragraph each, and one figure changed since."""
    as_(office, "canbo")
    for i, period in enumerate(PERIODS):
        fill_year(office, period, baselines=i == 0)
    backup = backups.take_backup(office, "thu-cong", target_dir=tmp_path)
    office.set_entry("2026-6M", "lao_dong_dao_tao", numerator="790", denominator="1.000")
    for period in PERIODS:
        as_(office, "canbo")
        office.complete(period)
        as_(office, "lanhdao")
        office.approve(period)
        export_period(office, period, tmp_path / "gui-tinh", pdf=False)
    as_(office, "admin")
    return backup


def _in_sight(widget, screen: QRect) -> bool:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return widget.isVisible() and screen.contains(QRect(top_left, widget.size()))


def _readable(label: QLabel, screen: QRect) -> bool:
    """In sight, or in a frame in sight that scrolls to it."""
    scroll = label.parentWidget().parentWidget() if label.parentWidget() is not None else None
    return _in_sight(scroll if isinstance(scroll, QScrollArea) else label, screen)


@pytest.mark.parametrize("percent", [100, 150])
def test_the_restore_question_fits_a_laptop_and_names_every_period(
        percent, qtbot, make_window, office, tmp_path, text_size, monkeypatch):  # noqa: F811
    backup = _four_approvals_since(office, tmp_path)
    text_size(percent)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))  # 768 less the taskbar
    window = make_window(office)
    window.setGeometry(0, 30, 1366, 698)
    seen = {}

    def enter_answers_no(box):
        qtbot.waitExposed(box)
        shot(box, f"s128_restore_question_{percent}")
        seen["frame"], seen["size"] = QRect(box.frameGeometry()), box.size()
        seen["screen"] = QRect(box.screen().availableGeometry())
        seen["buttons"] = [_in_sight(box.button(b), seen["screen"])
                           for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)]
        seen["question"] = _in_sight(box.findChild(QLabel, "qt_msgbox_label"), seen["screen"])
        seen["said"] = "\n".join(label.text() for label in box.findChildren(QLabel) if _readable(label, seen["screen"]))
        seen["first"] = QApplication.focusWidget() is box.button(QMessageBox.StandardButton.No)
        tabbed = []
        for _ in range(3):
            press(Qt.Key.Key_Tab)
            tabbed.append(QApplication.focusWidget())
        seen["tab"] = box.button(QMessageBox.StandardButton.Yes) in tabbed
        while QApplication.focusWidget() is box.button(QMessageBox.StandardButton.Yes):
            press(Qt.Key.Key_Tab)  # Enter on the focused Có restores, as any focused button is pressed
        press(Qt.Key.Key_Return)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    script = Script((QMessageBox, enter_answers_no))
    window.restore()
    script.check()
    frame, available = seen["frame"], seen["screen"]
    assert available.contains(frame), (frame, available)
    # with room kept for the title bar Windows draws above it (the offscreen frame has none)
    assert seen["size"].height() + TITLE_BAR <= available.height(), (seen["size"], available)
    assert all(seen["buttons"]) and seen["question"], seen
    assert seen["first"] and seen["tab"], seen
    said = seen["said"]
    assert all(f"{name} đã được Lãnh đạo duyệt sau khi sao lưu" in said for name in NAMES), said
    # Enter answered Không: nothing replaced, the approvals stand
    assert all(office.period_state(p).frozen for p in PERIODS)
    assert not list(backups.backup_dir(office.store.path).glob("*truoc-khoi-phuc.db"))
