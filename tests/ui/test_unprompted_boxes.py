"""A box that opens by itself while someone types (a failed automatic backup, the "done" box of
an export or a send, the result of long work typed through) is not dismissed by the next space
or Enter typed: it ignores Space, Enter and Escape until the person stopped typing, then the
first deliberate press acts (ui.keyboard.unprompted). A box opened by the key just pressed
answers at once, as before. Real key events, sent where the keyboard is; the pause between keys
is passed by hand (`clock`), never waited for."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from tests.ui.conftest import Script, press, type_text
from ui import keyboard
from ui.keyboard import unprompted, unprompted_boxes


class Clock:
    """The time the keyboard guard reads, moved on by the test."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def passes(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(keyboard, "clock", fake)
    return fake


@pytest.fixture
def typing_window(qtbot):
    """A window with a field the person is typing into."""
    window = QWidget()
    window.setWindowTitle("Nhập liệu")
    window.field = QLineEdit(window)
    QVBoxLayout(window).addWidget(window.field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.field)
    return window


def typed_at(clock, text: str, gap: float = 0.15) -> None:
    """`text` typed key by key, a typist's `gap` seconds apart."""
    for ch in text:
        clock.passes(gap)
        type_text(ch)


def box_over(qtbot, window, guarded: bool) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, "Sao lưu tự động không thực hiện được",
                      "Không sao lưu được: ổ đĩa đã đầy.", QMessageBox.StandardButton.Ok, window)
    if guarded:
        unprompted(box)
    box.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.button(QMessageBox.StandardButton.Ok))
    return box


def test_a_space_typed_right_after_an_unprompted_box_opens_leaves_it_open(qtbot, typing_window, clock):
    typed_at(clock, "Xin")
    box = box_over(qtbot, typing_window, guarded=True)  # a background task finished meanwhile
    typed_at(clock, " chào các bạn")  # the person goes on typing for a moment: spaces among the letters
    clock.passes(0.1)
    press(Qt.Key.Key_Return)
    clock.passes(0.1)
    press(Qt.Key.Key_Escape)
    assert box.isVisible()
    assert typing_window.field.text() == "Xin"  # the keys went to the box, not behind it
    clock.passes(2.0)  # stops, reads the box
    press(Qt.Key.Key_Space)  # and presses OK deliberately
    assert not box.isVisible() and box.result() == QMessageBox.StandardButton.Ok


def test_after_a_pause_enter_and_escape_close_it_at_once(qtbot, typing_window, clock):
    box = box_over(qtbot, typing_window, guarded=True)
    clock.passes(1.0)
    press(Qt.Key.Key_Return)
    assert not box.isVisible()
    box = box_over(qtbot, typing_window, guarded=True)
    clock.passes(0.1)
    press(Qt.Key.Key_Escape)  # at once: ignored
    assert box.isVisible()
    clock.passes(1.0)
    press(Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_a_key_held_down_never_counts_as_a_pause(qtbot, typing_window, clock):
    from PySide6.QtGui import QKeyEvent

    box = box_over(qtbot, typing_window, guarded=True)
    target = QApplication.focusWidget()
    for _ in range(10):  # Enter held for a second: the keyboard repeats it
        clock.passes(0.1)
        QApplication.sendEvent(target, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier, "\r", True))
    clock.passes(0.7)
    QApplication.sendEvent(target, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return,
                                             Qt.KeyboardModifier.NoModifier, "\r", True))
    assert box.isVisible()


def test_a_box_opened_by_the_key_just_pressed_answers_at_once(qtbot, typing_window, clock):
    box = box_over(qtbot, typing_window, guarded=False)
    press(Qt.Key.Key_Space)
    assert not box.isVisible()


def test_a_box_shown_inside_unprompted_boxes_is_guarded_and_one_opened_from_it_is_not(
        qtbot, typing_window, clock):
    """`show_error` after a background task failed; a box asked for from inside it answers at once."""
    from desktop_app.core.errors import InvalidInput
    from ui.common import show_error

    seen = {}

    def typed_through(box):
        press(Qt.Key.Key_Space)
        seen["open after a space"] = box.isVisible()
        inner = QMessageBox(QMessageBox.Icon.Information, "Chi tiết", "Ổ D: còn 0 byte.",
                            QMessageBox.StandardButton.Ok, box)
        inner.open()  # opened from the box, as its button would
        qtbot.waitUntil(lambda: QApplication.focusWidget() is inner.button(QMessageBox.StandardButton.Ok))
        press(Qt.Key.Key_Space)
        seen["inner closed at once"] = not inner.isVisible()
        box.activateWindow()  # back to the box (the offscreen platform does not do it by itself)
        qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()))
        clock.passes(1.0)
        press(Qt.Key.Key_Space)

    script = Script((QMessageBox, typed_through))
    with unprompted_boxes():
        show_error(typing_window, InvalidInput("Không ghi được tệp: ổ đĩa đã đầy.", field="Thư mục"),
                   "Không xuất được")
    script.check()
    assert seen == {"open after a space": True, "inner closed at once": True}


def test_the_export_done_dialog_waits_for_a_pause_before_a_key_closes_it(window, workspace, qtbot, clock,
                                                                         tmp_path, monkeypatch):
    """Xuất báo cáo… runs in the background while the officer goes back to typing: the dialog
    saying it is done takes the next space and Enter without closing; read, Enter closes it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from ui.export_dialog import add_export_action

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    action = add_export_action(window, None, lambda: workspace, lambda: window.period, settings=settings)
    window.add_export_action(action)
    with qtbot.waitSignal(action.controller.exported, timeout=30000):
        action.trigger()
    done = action.controller.done_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is done.close_button)
    typed_at(clock, "12 ")  # typed on, as into the table
    clock.passes(0.2)
    press(Qt.Key.Key_Return)
    assert done.isVisible()
    clock.passes(2.0)
    press(Qt.Key.Key_Return)
    assert not done.isVisible()


def test_the_backup_done_box_waits_for_a_pause(window, workspace, qtbot, clock, tmp_path, monkeypatch):
    """Sao lưu ra…: the window is frozen while the copy is made and checked; keys typed meanwhile
    reach the box that says it is done, and do not close it."""
    from PySide6.QtWidgets import QFileDialog

    from ui.backup_actions import backup_to_folder

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(usb)))
    seen = {}

    def typed_through(box):
        seen["text"] = box.text()
        seen["warned"] = box.informativeText()
        press(Qt.Key.Key_Space)
        seen["open after a space"] = box.isVisible()
        clock.passes(1.5)
        press(Qt.Key.Key_Space)

    script = Script((QMessageBox, typed_through))
    path = backup_to_folder(workspace, window)
    script.check()
    assert seen["open after a space"] and str(path) in seen["text"] and path.parent == usb
    assert "Bản sao chứa khóa ký của máy này" in seen["warned"]  # the copy signs as the unit (red-team 14, F2)


def test_tab_after_a_pause_means_the_person_is_using_the_box(qtbot, typing_window, clock):
    """Typing on: a Tab among the letters moves nothing for good; read, then Tab and Space at
    once press the button Tab went to."""
    box = QMessageBox(QMessageBox.Icon.Question, "Đã xuất báo cáo", "Mở thư mục?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, typing_window)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    unprompted(box).open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.button(QMessageBox.StandardButton.No))
    typed_at(clock, "ab")
    press(Qt.Key.Key_Tab)  # in the typing: not a pause
    press(Qt.Key.Key_Space)
    assert box.isVisible()
    clock.passes(1.5)
    press(Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    press(Qt.Key.Key_Space)
    assert not box.isVisible() and box.clickedButton() is focus


def test_the_automatic_backup_failure_box_waits_for_a_pause(window, qtbot, clock):
    """The timer's backup fails while the officer types a comment: the warning opens over the
    window and the spaces typed on do not close it unread; after a pause, Enter does."""
    typed_at(clock, "Đạt")
    window.backup_failed("Không sao lưu được vào D:\\SaoLuu: ổ đĩa đã đầy.")
    box = window.notice_boxes[-1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.button(QMessageBox.StandardButton.Ok))
    typed_at(clock, " kế hoạch")
    press(Qt.Key.Key_Return)
    assert box.isVisible() and "ổ đĩa đã đầy" in box.text()
    clock.passes(1.5)
    press(Qt.Key.Key_Return)
    assert box not in window.notice_boxes  # closed (and deleted, as every notice box is)
    # what was typed before it opened, held unsaved meanwhile, is back in its cell (ui.held_typing)
    window.activateWindow()  # the keyboard back in the window, as the window manager does
    qtbot.waitUntil(lambda: getattr(QApplication.focusWidget(), "text", str)() == "Đạt", timeout=10000)
    press(Qt.Key.Key_Escape)
