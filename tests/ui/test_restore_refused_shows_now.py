"""Tệp › Khôi phục… refused because the data changed while its question was open (f3cd0a9: a leader's
approval from the command line meanwhile): the window shows the data as they are now, at once, not
the figures and state it showed before the question (until the next time the window is activated),
and the keyboard stays on the cell it was on."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script
from tests.ui.test_restore_what_was_confirmed_ui import _approve_elsewhere

Q1 = Period(2026, "Q1")


def test_a_refused_restore_shows_the_approval_made_meanwhile_at_once(qtbot, make_window, office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "admin")
    backup = backups.take_backup(office, "thu-cong", target_dir=tmp_path)
    window = make_window(office)
    window.show_period(Q1)
    window.table.setCurrentIndex(window.model.index(window.model.line_of("bhyt"), 3))
    window.table.setFocus()
    code = window.current_code()
    assert window.navigator._items[Q1].text(3).startswith("Hoàn thành")

    def approved_meanwhile_then_yes(box):
        _approve_elsewhere(Path(office.store.path).parent)
        box.button(QMessageBox.StandardButton.Yes).click()

    # The refusal box is the last thing the window's user sees before coming back to it: what the
    # window shows while it is read is already the data as they are.
    seen = []

    def read_and_close(box):
        seen.append((window.navigator._items[Q1].text(3), window.deadline_label.text()))
        box.buttons()[0].click()

    script = Script((QMessageBox, approved_meanwhile_then_yes), (QMessageBox, read_and_close))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        window.restore()
    script.check()
    assert office.period_state("2026-Q1") == State.APPROVED and not window.restored
    status, deadline = seen[0]
    assert status.startswith("Đã duyệt") and "Trạng thái: Đã duyệt" in deadline, seen
    assert window.current_code() == code and window.table.currentIndex().column() == 3
    window.activateWindow()  # back from the box (the offscreen platform gives the window no activation itself)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=10000)
    assert window.current_code() == code and window.table.currentIndex().column() == 3
