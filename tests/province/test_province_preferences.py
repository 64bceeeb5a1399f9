"""The province window's own settings as a person meets them: Tệp › Cài đặt… sets the lock's
minutes as the commune window does, and the widths a person gives the lists' columns survive
every refresh and a restart."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD
from ui import idle_lock

TODAY = dt.date(2026, 6, 19)  # the 6-month report is the current one


@pytest.fixture
def fresh_settings(qapp):
    """This computer's lock minutes and the people's column widths as a new installation has them."""
    settings = QSettings()
    settings.remove(idle_lock.LOCK_MINUTES_KEY)
    settings.remove("users")
    yield settings
    settings.remove(idle_lock.LOCK_MINUTES_KEY)
    settings.remove("users")


def open_window(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, office, fresh_settings):
    return open_window(qtbot, office)


def in_dialog(qtbot, keys):
    """Once the modal dialog is up: `keys(dialog)` pressed in it; returns what was seen."""
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        seen["focus"] = dialog.focusWidget()  # where the cursor is in the dialog
        keys(dialog)

    QTimer.singleShot(0, act)
    return seen


def test_file_settings_sets_the_lock_minutes_with_the_keyboard(qtbot, window, fresh_settings):
    """Tệp › Cài đặt…: the cursor in the first name (who prepares the report, above the minutes);
    in the minutes, 5 typed over them and Enter saves them for this computer, where the commune
    window reads them, and the window now locks after 5 minutes."""
    assert window.idle_lock.minutes == idle_lock.DEFAULT_LOCK_MINUTES
    assert window.settings_action.text() == "Cà&i đặt…"

    def type_five(dialog):
        dialog.minutes.setFocus()
        qtbot.keyClick(dialog.minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.minutes, "5")
        qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)

    seen = in_dialog(qtbot, type_five)
    window.settings_action.trigger()
    assert seen["focus"] is seen["dialog"].signers.preparer
    assert seen["dialog"].minutes.value() == 5 and not seen["dialog"].isVisible()
    assert idle_lock.lock_minutes(fresh_settings) == 5
    assert window.idle_lock.minutes == 5 and window.idle_lock.timer.isActive()

    # Escape leaves it as it was; 0 ("Không khóa") turns the lock off
    seen = in_dialog(qtbot, lambda d: (qtbot.keyClicks(d.minutes, "30"), qtbot.keyClick(d.minutes, Qt.Key.Key_Escape)))
    window.settings_action.trigger()
    assert idle_lock.lock_minutes(fresh_settings) == 5 and window.idle_lock.minutes == 5
    seen = in_dialog(qtbot, lambda d: (d.minutes.setFocus(), qtbot.keyClick(d.minutes, Qt.Key.Key_A,
                                                                            Qt.KeyboardModifier.ControlModifier),
                                       qtbot.keyClicks(d.minutes, "0"), qtbot.keyClick(d.minutes, Qt.Key.Key_Return)))
    window.settings_action.trigger()
    assert seen["dialog"].minutes.text() == "Không khóa"
    assert idle_lock.lock_minutes(fresh_settings) == 0
    assert window.idle_lock.minutes == 0 and not window.idle_lock.timer.isActive()


def test_only_an_administrator_changes_the_lock_minutes(qtbot, office, fresh_settings):
    """As in the commune window, the lock is this computer's: a reviewer without the right to
    change the unit's settings sees the minutes greyed and why; Enter changes nothing."""
    office.ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", "hoasen123")
    office.ws.login("quan-tri", "hoasen123")
    office.ws.add_user("lanh-dao", "Trần Thị Duyệt", "Lãnh đạo", "hoasen123")
    office.ws.login("lanh-dao", "hoasen123")
    window = open_window(qtbot, office)

    def try_enter(dialog):
        qtbot.keyClicks(dialog.minutes, "9")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    seen = in_dialog(qtbot, try_enter)
    window.settings_action.trigger()
    dialog = seen["dialog"]
    assert not dialog.minutes.isEnabled() and "Chỉ Quản trị" in dialog.note.text()
    assert idle_lock.lock_minutes(fresh_settings) == idle_lock.DEFAULT_LOCK_MINUTES
    assert window.idle_lock.minutes == idle_lock.DEFAULT_LOCK_MINUTES


def drag(table, column: int, width: int) -> None:
    """The person drags the edge of `column`'s header (what QHeaderView does on a drag)."""
    table.horizontalHeader().resizeSection(column, width)


def test_column_widths_set_by_hand_survive_a_refresh_and_a_period_change(qtbot, window):
    """A column made wider or narrower in "Tình hình gửi báo cáo", "Tổng hợp chỉ tiêu" and the key
    register keeps its width when the window consolidates again (as after a key confirmed) and
    when another period is chosen; the columns not touched are still fitted by the program."""
    names, units, keys = window.table, window.summary_table, window.keys_tab.table
    untouched = names.columnWidth(3)
    drag(names, 2, 333)
    drag(units, 3, 140)
    drag(keys, 1, 260)
    window.keys_tab.changed.emit("Đã xác nhận khóa")  # what a key confirmed does: consolidate again
    assert (names.columnWidth(2), units.columnWidth(3), keys.columnWidth(1)) == (333, 140, 260)
    window.period_box.setCurrentIndex(window.period_box.currentIndex() - 1)
    assert window.period.code != PERIOD
    assert (names.columnWidth(2), units.columnWidth(3), keys.columnWidth(1)) == (333, 140, 260)
    assert names.columnWidth(3) == untouched


def test_column_widths_survive_reading_a_folder(qtbot, window, inbox):
    """After "Nhận báo cáo từ thư mục…" fills the lists, the widths the person set are kept, in
    "Tình hình gửi báo cáo" and in "Kết quả nhận tệp"."""
    drag(window.table, 4, 150)
    drag(window.intake_table, 0, 180)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"])
    assert window.table.columnWidth(4) == 150
    assert window.intake_table.columnWidth(0) == 180


def test_column_widths_are_the_persons_own_across_restarts(qtbot, window, office):
    """Closed and opened again, the window shows the columns as the person left them; another
    person logging in on the same computer has the program's widths."""
    default = window.table.columnWidth(2)
    drag(window.table, 2, 345)
    drag(window.differences_table, 1, 120)
    window.close()
    again = open_window(qtbot, office)
    assert again.table.columnWidth(2) == 345 and again.differences_table.columnWidth(1) == 120

    office.ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", "hoasen123")
    office.ws.login("quan-tri", "hoasen123")
    other = open_window(qtbot, office)
    assert other.table.columnWidth(2) == default


def test_a_tab_chosen_from_the_period_takes_the_cursor_into_it(qtbot, window, inbox):
    """From the period (Alt+K), Alt+A opens the key register with the cursor in its search: two
    Tabs reach the keys and Enter asks for the code on the paper (the cursor used to stay on the
    period, and Enter two Tabs later started an export); Ctrl+Tab does the same."""
    from tests.ui.conftest import press
    from ui.province_key_dialog import KeyConfirmDialog

    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"])
    window.activateWindow()  # the intake's progress dialog took the keyboard
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    keys = window.keys_tab
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.period_box
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is keys and QApplication.focusWidget() is keys.search
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is keys.table and keys.selected_key() is not None
    seen = in_dialog(qtbot, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Escape))
    press(Qt.Key.Key_Return)
    assert isinstance(seen["dialog"], KeyConfirmDialog)

    window.activateWindow()  # the offscreen platform does not give the window back by itself
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.period_box.setFocus()
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # from the last tab round to the first
    assert window.tabs.currentIndex() == 0 and QApplication.focusWidget() is window.search
