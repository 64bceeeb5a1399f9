"""Walk h3 at the commune, keyboard only at 1366×768 (login, the period, figures, start-of-term
figures, Hoàn thành, log out, the leader's login and approval):

- the start-of-term figures from the menu (Alt+D, N): Enter after the first figure saved it alone and
  closed the dialog, the second never asked for; Enter now goes on to the next empty field, as in the
  other forms, and saves from the last;
- the leader logging in after the officer found the officer's last cell, the table scrolled down and
  the first rows out of view: another person now starts at the first cell, the table at its top;
- the line over the table told the leader where to approve by the menu only: it says the keys too.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_entry_form import current_code_and_field, go_to
from tests.ui.test_entry_help import back_in_the_window
from ui.baseline_dialog import BaselineDialog
from ui.login_dialog import LoginDialog

ALT = Qt.KeyboardModifier.AltModifier
JULY = dt.date(2026, 7, 10)


def test_enter_in_the_start_of_term_figures_goes_on_to_the_next_then_saves(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office, today=JULY)
    seen = {}

    def figures(dialog):
        type_text("5,2")
        press(Qt.Key.Key_Return)
        seen["after the first"] = (dialog.isVisible(), dialog.focusWidget() is dialog.fields["ket_nap_dang_vien"],
                                   office.baselines())
        type_text("250")
        press(Qt.Key.Key_Return)

    script = Script((BaselineDialog, figures))
    press(Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.data_menu, timeout=10000)
    QTest.keyClick(window.data_menu, Qt.Key.Key_N)
    script.check()
    back_in_the_window(window, qtbot)
    assert seen["after the first"] == (True, True, {})  # open, on the next field, nothing saved yet
    assert {code: str(value) for code, value in office.baselines().items()} == {
        "giam_ngheo": "5.2", "ket_nap_dang_vien": "250"}


def test_the_leader_logging_in_starts_at_the_first_cell_and_is_told_the_keys_to_approve(make_window, office,  # noqa: F811
                                                                                       qtbot):
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    window = make_window(office, today=JULY)
    window.resize(1366, 768)
    go_to(window, "nong_thon_moi", "flag")  # the officer's last cell, far down the table
    window.table.scrollTo(window.table.currentIndex())
    assert window.table.verticalScrollBar().value() > 0

    def leader(_dialog):
        type_text("lanhdao")
        press(Qt.Key.Key_Return)
        type_text(PW["lanhdao"])
        press(Qt.Key.Key_Return)

    script = Script((LoginDialog, leader))
    window.log_out_action.trigger()
    script.check()
    back_in_the_window(window, qtbot)
    assert office.account.username == "lanhdao" and window.period.code == "2026-6M"
    assert current_code_and_field(window) == ("thu_ngan_sach", "value")
    assert window.table.verticalScrollBar().value() == 0
    assert window.frozen_label.text().replace("\u00a0", " ") == ("Kỳ này đã được đánh dấu hoàn thành, chờ lãnh đạo duyệt (Kỳ báo cáo › "
                                          "Duyệt kỳ báo cáo: Alt+K, D).")
