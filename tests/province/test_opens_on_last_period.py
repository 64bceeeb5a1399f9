"""The province window opens on the period the person chose last, as the commune window does
(walk 8, finding 7: it opened on the period being received at every start, so in December a
leader back to confirm the 6-month keys saw "9 tháng" and "Đã nhận 0/92", and a 6-month folder
was read under 9 tháng). Each person's own; nobody's choice yet: the period being received."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Script, press, type_text
from ui.login_dialog import LoginDialog

TODAY = dt.date(2026, 12, 2)  # 9 tháng is being received; the 6-month deadline was 20/06/2026
SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the window as a person sees it, saved there
PASSWORD = "hoasen123"


@pytest.fixture
def people(office, qapp):
    """Two people of the office, the leader logged in; nobody's preferences yet."""
    QSettings().remove("users")
    ws = office.ws
    ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", PASSWORD)
    ws.login("quan-tri", PASSWORD)
    ws.add_user("lanh-dao", "Trần Thị Duyệt", "Lãnh đạo", PASSWORD)
    ws.add_user("can-bo", "Lê Văn Nhận", "Cán bộ nhập liệu", PASSWORD)
    ws.login("lanh-dao", PASSWORD)
    yield ws
    QSettings().remove("users")


def open_window(qtbot, office):
    """The window as at a start of the program (1366×768), the keyboard in it."""
    from ui.province_window import ProvinceWindow

    window = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    return window


def choose_previous_period(window) -> None:
    """Alt+K to the period's list, Up to the period before (9 tháng → 6 tháng)."""
    window.table.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.period_box
    press(Qt.Key.Key_Up)


def test_the_window_opens_again_on_the_period_chosen_last(qtbot, office, people):
    window = open_window(qtbot, office)
    assert window.period.code == "2026-9M"  # nobody has chosen yet: the period being received
    choose_previous_period(window)
    assert window.period.code == "2026-6M"
    window.close()

    again = open_window(qtbot, office)  # the program started again, the leader logged in
    assert again.period.code == "2026-6M"
    assert again.period_box.currentText() == "6 tháng đầu năm 2026 (2026-6M)"
    assert again.deadline.text() == "Hạn gửi báo cáo: 20/06/2026"
    if SHOTS:
        again.grab().save(os.path.join(SHOTS, "opens_on_last_period.png"))
    again.close()

    office.ws.login("can-bo", PASSWORD)  # another person on the same computer: their own (none yet)
    other = open_window(qtbot, office)
    assert other.period.code == "2026-9M"


def test_the_next_person_after_a_log_out_sees_their_own_period(qtbot, office, people):
    """Tệp › Đăng xuất, the officer logs in: the window turns to the period the officer chose
    last (9 tháng, the one being received, before any choice), not the leader's 6 tháng."""
    window = open_window(qtbot, office)
    choose_previous_period(window)
    assert window.period.code == "2026-6M"

    def officer(dialog):
        type_text("can-bo")
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)

    script = Script((LoginDialog, officer))
    assert window.log_out()
    script.check()
    assert office.ws.account.username == "can-bo"
    assert window.period.code == "2026-9M"


def test_the_period_list_names_the_year_once(qtbot, office, people):
    """"Năm 2026", not "Năm 2026 (2026)" (walk 16, L4): the code is shown only where it says more."""
    window = open_window(qtbot, office)
    items = [window.period_box.itemText(i) for i in range(window.period_box.count())]
    assert "Năm 2026" in items
    assert "9 tháng năm 2026 (2026-9M)" in items
    assert not [text for text in items if text.endswith(" (2026)")]
