"""The officer's Hoàn thành box said "Lãnh đạo có thể duyệt." and no more (walk U16): it now says how,
by the menus as they show now: the leader logs in (Tệp › Đăng nhập tài khoản khác…), then
Kỳ báo cáo › Duyệt kỳ báo cáo (Alt+K, D)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot
from ui.menu_place import menu_keys, menu_path


def test_marked_complete_by_keys_the_box_says_where_the_leader_approves(qtbot, make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    window = make_window(office, today=dt.date(2026, 12, 1))
    window.resize(1366, 768)
    said = []

    def complete(box):
        said.append(box.text())
        shot(box, "s88_complete_box")
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, complete))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # &Kỳ báo cáo
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.period_menu, timeout=10000)
    QTest.keyClick(window.period_menu, "h")  # Đánh dấu &hoàn thành
    script.check()
    assert office.period_state(parse_period("2026")) == State.COMPLETE
    [text] = said
    switch = menu_path(window.file_menu, window.switch_account_action)
    assert text.startswith("Kỳ năm 2026 đã đánh dấu Hoàn thành. Lãnh đạo có thể duyệt. "), text
    assert f"{switch} ({menu_keys(window.file_menu, window.switch_account_action)})" in text, text
    assert switch.startswith("Tệp\u00a0›\u00a0")
    assert "Kỳ\u00a0báo\u00a0cáo\u00a0›\u00a0Duyệt\u00a0kỳ\u00a0báo\u00a0cáo (Alt+K,\u00a0D)" in text, repr(text)
