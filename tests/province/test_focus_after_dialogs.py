"""After each dialog of the province window closes, the keyboard is back on the list the person
acts on or on the button that opened the dialog: never on a control picked by Qt because the
one it was on was greyed or hidden meanwhile (the period, the unsigned files, a check box).

Offscreen Qt has no window manager to give the window the keyboard back after a dialog:
`back_in_the_window` does what it would, then the window's own focus is what the person has."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.test_keys_window import key_row, mail, received, window  # noqa: F401 (fixtures)
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (fixture)
from ui.province_intake_dialog import IntakeDialog
from ui.province_key_dialog import KeyConfirmDialog
from ui.province_settings import ProvinceSettingsDialog


def back_in_the_window(window, qtbot) -> None:  # noqa: F811 (the window shown)
    """A dialog closed: the window manager gives the keyboard back to the window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)


def focus_on(qtbot, widget) -> None:
    """The keyboard on `widget`, as after Tab brought it there."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=10000)


def menu(qtbot, window, letter) -> None:  # noqa: F811
    """Alt+T (Tệp), then the item's letter."""
    QApplication.processEvents()
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    QTest.keyClick(QApplication.activePopupWidget(), letter)  # into the open menu


def read_folder(folder):
    def fill(dialog):
        type_text(str(folder))
        press(Qt.Key.Key_Return)
    return fill


def yes(box) -> None:
    """"Có" in a warning whose default is "Không": Tab from it, then Space."""
    assert QApplication.focusWidget() is box.button(QMessageBox.StandardButton.No)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is box.button(QMessageBox.StandardButton.Yes)
    press(Qt.Key.Key_Space)


def test_after_reading_a_folder_the_keyboard_is_on_the_files_read(qtbot, window, mail):  # noqa: F811
    """"Nhận báo cáo từ thư mục…" with Space, or Tệp › Nhận… from "Tình hình gửi báo cáo" (whose
    list the reading hides): either way the keyboard ends on "Kết quả nhận tệp"'s list, on the
    first refused file (not on the check box above it)."""
    focus_on(qtbot, window.intake_button)
    script = Script((IntakeDialog, read_folder(mail["folder"])))
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        press(Qt.Key.Key_Space)
    script.check()
    back_in_the_window(window, qtbot)
    assert QApplication.focusWidget() is window.intake_table
    chosen = window.intake_table.selectionModel().selectedRows()
    assert len(chosen) == 1 and chosen[0].siblingAtColumn(1).data() != "Hợp lệ"

    window.tabs.setCurrentIndex(0)
    focus_on(qtbot, window.table)
    script = Script((IntakeDialog, read_folder(mail["folder"])))
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        menu(qtbot, window, Qt.Key.Key_N)  # &Nhận báo cáo từ thư mục…
    script.check()
    back_in_the_window(window, qtbot)
    assert window.tabs.currentIndex() == 1 and QApplication.focusWidget() is window.intake_table


def test_after_a_key_is_revoked_the_keyboard_is_on_the_key_list(qtbot, received, mail, office):  # noqa: F811
    """"Thu hồi khóa…" with Space, "Có": the button greys (the key is revoked) and the keyboard
    is on the key register, on the revoked key's row, not on the unsigned files below."""
    win, a = received, mail["a"]
    tab = win.keys_tab
    win.tabs.setCurrentWidget(tab)
    focus_on(qtbot, tab.table)
    tab.table.selectRow(key_row(tab, a.unit_code, a.key_code))
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.revoke_button
    script = Script((QMessageBox, yes))
    press(Qt.Key.Key_Space)
    script.check()
    assert office.keys(a.unit_code)[-1].state == KeyState.THU_HOI
    back_in_the_window(win, qtbot)
    assert not tab.revoke_button.isEnabled()
    assert QApplication.focusWidget() is tab.table
    assert tab.selected_key().key_code == a.key_code


def test_after_an_unsigned_file_is_accepted_the_keyboard_is_on_its_list(qtbot, received, mail):  # noqa: F811
    """"Nhận tệp chưa ký…" with Space, "Có": the button greys and the keyboard is on the unsigned
    files (it went to the period at the win's top)."""
    win = received
    tab = win.keys_tab
    win.tabs.setCurrentWidget(tab)
    focus_on(qtbot, tab.unsigned_table)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.accept_button
    script = Script((QMessageBox, yes))
    press(Qt.Key.Key_Space)
    script.check()
    back_in_the_window(win, qtbot)
    assert not tab.accept_button.isEnabled()
    assert QApplication.focusWidget() is tab.unsigned_table


def test_after_confirming_or_cancelling_a_key_the_keyboard_is_where_it_was(qtbot, received, mail):  # noqa: F811
    """Enter on a key, its code typed, Enter: back on the key register; "Xác nhận khóa…" with
    Space and Escape: back on the button."""
    win, b = received, mail["b"]
    tab = win.keys_tab
    win.tabs.setCurrentWidget(tab)
    focus_on(qtbot, tab.table)
    tab.table.selectRow(key_row(tab, b.unit_code, b.key_code))

    def code(dialog):
        type_text(b.key_code)
        press(Qt.Key.Key_Return)

    script = Script((KeyConfirmDialog, code))
    press(Qt.Key.Key_Return)
    script.check()
    back_in_the_window(win, qtbot)
    assert QApplication.focusWidget() is tab.table
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.confirm_button
    script = Script((KeyConfirmDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    press(Qt.Key.Key_Space)
    script.check()
    back_in_the_window(win, qtbot)
    assert QApplication.focusWidget() is tab.confirm_button


def test_after_the_settings_and_an_export_the_keyboard_is_on_the_list(qtbot, received, monkeypatch,  # noqa: F811
                                                                       tmp_path, clock):  # noqa: F811
    """Tệp › Cài đặt… (Escape) and Tệp › Xuất bảng tổng hợp Excel… from "Tình hình gửi báo
    cáo", whose box naming the file written is closed with Escape once read: the keyboard is on
    its list again."""
    win = received
    win.tabs.setCurrentIndex(0)
    focus_on(qtbot, win.table)
    script = Script((ProvinceSettingsDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    menu(qtbot, win, Qt.Key.Key_I)  # Cà&i đặt…
    script.check()
    back_in_the_window(win, qtbot)
    assert QApplication.focusWidget() is win.table
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "tong-hop.xlsx"), ""))
    with qtbot.waitSignal(win.export_done, timeout=30000):
        menu(qtbot, win, Qt.Key.Key_E)  # Xuất bảng tổng hợp &Excel…
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.export_dialog.close_button, timeout=10000)
    clock.passes(1.0)  # read (the box opened by itself: ui.keyboard.unprompted)
    press(Qt.Key.Key_Escape)
    assert not win.export_dialog.isVisible()
    back_in_the_window(win, qtbot)
    assert (tmp_path / "tong-hop.xlsx").exists()
    assert QApplication.focusWidget() is win.table
