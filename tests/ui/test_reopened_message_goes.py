"""The status bar's "Kỳ năm 2026 đã được mở lại để nhập…" after Mở lại goes when the period's state or the person
logged in changes, and the entry bar and the verdicts' counts come back (walk U17 F1: it stayed through the
officer's and the leader's next logins, the approval and the export, over the bar and counts, while the header
said "Đã xuất")."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, type_text
from ui.workflow_actions import ReopenDialog

REOPENED = "Kỳ năm 2026 đã được mở lại để nhập"


def _reopened_by_keys(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    window = make_window(office, today=dt.date(2026, 12, 20))
    window.resize(1366, 768)

    def reason(dialog):
        type_text("Sửa thu ngân sách theo quyết toán")
        press(Qt.Key.Key_Return)

    script = Script((ReopenDialog, reason), (QMessageBox, lambda box: press(Qt.Key.Key_Return, widget=box)))
    window.reopen_action.trigger()
    script.check()
    assert window.statusBar().currentMessage().startswith(REOPENED)
    assert not window.summary_label.isVisible()  # under the message, as long as it holds
    return window


def _bar_and_counts_back(window) -> None:
    shot(window, "s94_reopened_message_gone")
    assert window.statusBar().currentMessage() == ""
    assert window.completeness.isVisible() and window.summary_label.isVisible()
    assert window.summary_label.text().startswith("· Tỉnh giao 8:"), window.summary_label.text()


def test_the_officer_logging_in_finds_the_bar_and_counts(make_window, office):  # noqa: F811
    window = _reopened_by_keys(make_window, office)
    as_(office, "canbo")
    window.follow_changes()  # as after Tệp › Đăng nhập tài khoản khác…
    _bar_and_counts_back(window)


def test_marked_complete_meanwhile_the_message_goes(make_window, office):  # noqa: F811
    window = _reopened_by_keys(make_window, office)
    as_(office, "canbo")
    office.complete("2026")  # in another window
    as_(office, "lanhdao")
    window.follow_changes()
    _bar_and_counts_back(window)
