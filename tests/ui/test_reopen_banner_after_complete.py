"""A period reopened, corrected and marked Hoàn thành again says over the table that it waits for the
leader's new approval (walk 19, M1: it still said "Correct the figures, then mark the period complete",
under a header reading Hoàn thành); the leader is told where to approve it; once approved, no reopening
is said."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button, window_in_english

DAY = dt.date(2026, 12, 1)
WHY = "Sửa số hộ nghèo theo rà soát"
OLD_VI = "Sửa số liệu, rồi đánh dấu Hoàn thành"
OLD_EN = "Correct the figures, then mark the period complete"


def _reopened_and_corrected(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    office.reopen("2026", WHY)
    as_(office, "canbo")
    office.set_entry("2026", "giam_ngheo", numerator="45", denominator="1.000")


def _menu_action(window, text: str):
    return next(a for a in window.period_menu.actions() if a.text().replace("&", "") == text)


def test_the_banner_follows_the_reopened_period_to_its_new_approval(make_window, office, qtbot, english):  # noqa: F811
    _reopened_and_corrected(office)
    window = make_window(office, today=DAY)
    window.resize(1366, 768)
    assert window.period.code == "2026"
    assert OLD_VI in window.frozen_label.text()  # still being corrected: what to do

    script = Script((QMessageBox, lambda box: click_button(box, "OK")))  # "Đã đánh dấu hoàn thành"
    _menu_action(window, "Đánh dấu hoàn thành").trigger()
    script.check()
    assert office.period_state("2026") == State.COMPLETE
    text = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert window.frozen_label.isVisible() and WHY in text and "Trần Thị Bình" in text
    assert OLD_VI not in text and OLD_EN not in text
    assert text.endswith(f"“{WHY}”. Số liệu đã sửa được đánh dấu Hoàn thành, chờ lãnh đạo duyệt lại."), text
    window_in_english(window, qtbot, english)
    text = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert text.startswith("Reopened by Trần Thị Bình at ")
    assert text.endswith(f": “{WHY}”. The corrected figures are marked complete and wait for a leader to "
                         "approve them again.")

    # The leader: who reopened it and why, and where to approve it, as the menu bar reads.
    as_(office, "lanhdao")
    window.reload(window.period)
    text = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert text.startswith("Reopened by Trần Thị Bình at ")
    assert text.endswith(f": “{WHY}”. The corrected figures are marked complete and wait for a leader's approval "
                         "again (Period › Approve the period: Alt+P, A).")
    QApplication.processEvents()

    office.approve("2026")
    window.reload(window.period)
    text = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert "Approved" in text or "approved" in text
    assert "Reopened" not in text and WHY not in text
    QApplication.processEvents()
