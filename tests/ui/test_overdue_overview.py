"""The overview and the window of a ward set up in June 2026: Quý I, due in March and sent on
paper, is not overdue and no red bar names it; 6 tháng, due 20/06 after the set-up, is overdue
from 21/06."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

import db.audit_log
from desktop_app.core.periods import parse_period
from desktop_app.services import Workspace
from ui.main_window import MainWindow

pytestmark = pytest.mark.set_up_day  # sets the audit clock itself (tests/conftest.py)

JUNE = dt.date(2026, 6, 3)


@pytest.fixture
def ward_set_up_in_june(data_dir, monkeypatch):
    monkeypatch.setattr(db.audit_log, "now", lambda: "2026-06-03T09:15:00+07:00")
    ws = Workspace.open(data_dir, user="can-bo")
    ws.setup("Phan Đình Phùng", "Nguyễn Văn An", "Trần Thị Bình")
    return ws


def overdue(ws, today):
    return [s.period.code for s in ws.overview(today) if s.overdue]


def test_quy_i_is_not_overdue_and_6_thang_is_once_its_deadline_passes(ward_set_up_in_june):
    assert overdue(ward_set_up_in_june, JUNE) == []
    assert overdue(ward_set_up_in_june, dt.date(2026, 6, 20)) == []
    assert overdue(ward_set_up_in_june, dt.date(2026, 6, 21)) == ["2026-6M"]


def test_the_window_shows_no_red_bar_for_a_period_sent_on_paper(qtbot, ward_set_up_in_june):
    window = MainWindow(ward_set_up_in_june, today=JUNE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert not window.overdue_label.isVisible()
    late = MainWindow(ward_set_up_in_june, today=dt.date(2026, 6, 21))
    qtbot.addWidget(late)
    late.show()
    qtbot.waitExposed(late)
    QApplication.processEvents()
    assert late.overdue_label.isVisible() and "6 tháng" in late.overdue_label.text()
    assert "Quý I" not in late.overdue_label.text()


def test_the_header_of_quy_i_does_not_call_it_overdue(qtbot, ward_set_up_in_june):
    """Quý I, due 20/03 before the ward was set up, is not overdue: its header says its
    deadline passed, not "quá hạn N ngày"; 6 tháng, late from 21/06, still says how late."""
    window = MainWindow(ward_set_up_in_june, today=dt.date(2026, 6, 21))
    qtbot.addWidget(window)
    window.show_period(parse_period("2026-Q1"))
    header = window.deadline_label.text()
    assert "Quý I" in window.period_label.text() and "(đã qua)" in header and "quá hạn" not in header
    window.show_period(parse_period("2026-6M"))
    assert "quá hạn 1 ngày" in window.deadline_label.text()
