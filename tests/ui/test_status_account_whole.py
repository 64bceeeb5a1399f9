"""The status bar keeps who is logged in whole at 1366×728 (walk 29c, b06: "Nguyễn Thị Hồng Nhung —
Cán bộ nhập…", the role cut beside a long counts line); the counts give way instead: those at 0 go,
"Chưa nhập N" first, and what still does not fit is cut with "…", whole in the line's tooltip.
With the longest unit (Phường Phan Đình Phùng) and a long officer's name, in both languages."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import window_in_english
from tests.ui.test_walk18_status_and_reasons import NOT_ENTERED, OFFICER, opened, ward  # noqa: F401 (the fixture)


def _account_whole(window, role: str) -> None:
    account, summary = window.account_label, window.summary_label
    assert account.text() == f"{OFFICER} — {role}"
    assert not account.is_elided(), (account.width(), account.sizeHint().width())
    assert account.width() >= account.sizeHint().width()
    assert summary.x() + summary.width() <= account.x()
    assert account.x() + account.width() <= window.saved_label.x()


def test_the_account_stays_whole_beside_a_long_counts_line(make_window, ward, qtbot, english):  # noqa: F811
    window = opened(make_window, ward, (1366, 728))
    _account_whole(window, "Cán bộ nhập liệu")
    shown = window.summary_label.text()
    assert re.fullmatch(rf"· Tỉnh giao 8: {NOT_ENTERED} 1, .*", shown), shown  # the counts at 0 gone, Chưa nhập first
    window_in_english(window, qtbot, english)
    QApplication.processEvents()
    _account_whole(window, "Data-entry officer")
    summary = window.summary_label
    assert re.fullmatch(rf"· Assigned 8: {NOT_ENTERED} 1, .*", summary.text()), summary.text()
    if summary.is_elided():  # cut at its end: the line whole in its tooltip
        assert summary.toolTip().startswith(summary.text().strip())


def test_narrower_still_the_counts_are_cut_not_the_account(make_window, ward):  # noqa: F811
    window = opened(make_window, ward, (1024, 700))
    _account_whole(window, "Cán bộ nhập liệu")
    summary = window.summary_label
    assert summary.is_elided() and summary.toolTip().startswith(summary.text().strip())
    assert summary.text().startswith("· Tỉnh giao 8: Chưa nhập 1, ")
