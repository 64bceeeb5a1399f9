"""Tệp › Khôi phục từ bản sao lưu… walked with the keyboard alone at 1366×768: the list has the keyboard, the newest
chosen; Tab goes list, Khôi phục bản đã chọn, Chọn tệp sao lưu khác…, Hủy and round; Alt+K restores the one chosen;
the question answers Không to Escape and Có to Enter; the box that ends it names the backups, each name on one line
(it wrapped 'chitieu-000003-…-truoc-khoi-' / 'phuc.db'), and Enter, after a pause, closes it. A backup another program
holds locked stops the restore, said whole, nothing replaced."""
from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui.backup_actions import RestoreAtStartDialog
from ui.fitting import unbroken_names
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

LOCKED = "đang bị một chương trình khác khóa"


def _two_backups(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    older = backups.take_backup(office, "tudong-mo", now=dt.datetime(2026, 6, 14, 8, 0))
    fill_year(office, "2026-6M")
    newer = backups.take_backup(office, "thu-cong", now=dt.datetime(2026, 6, 15, 9, 30))
    as_(office, "admin")
    return older, newer


def _focused():
    return QApplication.focusWidget()


def test_the_restore_is_chosen_asked_and_read_with_the_keyboard(laptop_in_vietnam, qtbot, make_window, office, clock):  # noqa: F811
    older, _newer = _two_backups(office)
    window = make_window(office)
    window.resize(1366, 768)
    seen = {}

    def walk_the_list(dialog):
        seen["first"] = _focused() is dialog.list and dialog.list.currentRow() == 0
        order = []
        for _ in range(4):
            press(Qt.Key.Key_Tab)
            order.append(_focused())
        seen["tab"] = order == [dialog.restore_button, dialog.choose_button, dialog.quit_button, dialog.list]
        press(Qt.Key.Key_Escape)

    def older_by_alt_k(dialog):
        press(Qt.Key.Key_Down)  # the older one
        press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Khôi phục bản đã chọn"

    def escape_answers_no(box):
        seen["asked"] = box.said()  # the question and, in its frame, what it would undo
        # figures entered since would be lost (the warning): Enter answers Không, Có takes Alt+C
        seen["default"] = _focused() is box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        seen["fits"] = box.width() <= 1366 and box.height() <= 768
        press(Qt.Key.Key_Escape)

    script = Script((RestoreAtStartDialog, walk_the_list))
    assert window.restore_action.trigger() is None
    script.check()
    assert seen["first"] and seen["tab"], seen
    script = Script((RestoreAtStartDialog, older_by_alt_k), (QMessageBox, escape_answers_no))
    window.restore_action.trigger()
    script.check()
    assert seen["default"] and seen["fits"]
    assert "bằng bản sao lưu lúc 08:00 14/06/2026?" in seen["asked"] and "⚠" in seen["asked"]
    assert unbroken_names(older.name) in seen["asked"], seen["asked"]  # no line ends inside the name
    assert office.row("2026-6M", "bhyt").entry.numerator is not None  # Escape: No, nothing replaced

    def alt_c_answers_yes(box):
        press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Có"
        qtbot.waitUntil(lambda: not box.isVisible())  # a mnemonic clicks as a mouse does, a moment later

    def read_then_enter(box):
        qtbot.waitExposed(box)
        seen["done"] = box.text() + "\n" + box.informativeText()
        seen["ok"] = _focused() is box.button(QMessageBox.StandardButton.Ok)
        clock.passes(2)  # read: the key is no stray one
        press(Qt.Key.Key_Return)

    script = Script((RestoreAtStartDialog, older_by_alt_k), (QMessageBox, alt_c_answers_yes),
                    (QMessageBox, read_then_enter))
    window.restore_action.trigger()
    script.check()
    saved = next(backups.backup_dir(office.store.path).glob("*truoc-khoi-phuc.db"))
    assert seen["ok"] and f"({unbroken_names(older.name)})" in seen["done"], seen["done"]
    assert unbroken_names(saved.name) in seen["done"], seen["done"]  # was broken at "…-truoc-khoi-" / "phuc.db"
    assert QApplication.activeModalWidget() is None


def test_a_locked_backup_stops_the_restore_and_says_so(qtbot, make_window, office, clock):  # noqa: F811
    _older, newer = _two_backups(office)
    window = make_window(office)
    window.resize(1366, 768)
    holder = sqlite3.connect(newer, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    said = []

    def yes(box):
        press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not box.isVisible())

    def refused(box):
        said.append(box.text())
        clock.passes(2)  # it opened by itself, after the copying: read, then Enter
        press(Qt.Key.Key_Return)

    try:
        script = Script((RestoreAtStartDialog, lambda dialog: (press(Qt.Key.Key_Down), press(Qt.Key.Key_Return))),
                        (QMessageBox, yes), (QMessageBox, refused))
        window.restore_action.trigger()
        script.check()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert said[0].startswith(f"Chưa khôi phục, chưa có gì bị thay: bản sao lưu {newer.name} {LOCKED}"), said
    assert said[0].rstrip().endswith("rồi khôi phục lại."), said
    assert office.row("2026-6M", "bhyt").entry.numerator is not None  # nothing replaced
