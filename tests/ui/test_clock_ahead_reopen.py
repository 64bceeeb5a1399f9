"""Walk U25 F1 in the window: a period approved while the clock ran ahead (02/03/2031), the clock now right. The
start-up warning says both possibilities (the clock now behind, or that record made with a clock running fast)
and how to get past it; an administrator's Mở lại asks first whether the clock ran fast, naming the approval's
recorded time and the clock's now, then reopens with both times in the change log."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_clock_wrong import VN, _approved, at  # noqa: F401 (the fixture)
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, type_text
from ui.app import check_at_start
from ui.workflow_actions import ReopenDialog

AHEAD = dt.datetime(2031, 3, 2, 9, 0, tzinfo=VN)
RIGHT = dt.datetime(2026, 12, 8, 9, 0, tzinfo=VN)


def test_the_start_up_warning_says_both_possibilities(make_window, office, at):  # noqa: F811
    _approved(office, at, AHEAD)
    at(RIGHT)
    window = make_window(office, today=dt.date(2026, 12, 20))
    window.resize(1366, 768)
    check_at_start(window, office)
    box = next(b for b in window.notice_boxes if "Đồng hồ máy tính đang chỉ" in b.text())
    shot(box, "s132_clock_warning")
    text = box.text()
    assert "sớm hơn lần ghi gần nhất (Trạng thái kỳ, kỳ năm 2026, lúc 09:00 02/03/2031)" in text, text
    assert "Nếu đồng hồ bây giờ chạy chậm" in text and "Nếu đồng hồ bây giờ đã đúng" in text
    assert "Quản trị viên mở lại kỳ và xác nhận đồng hồ lúc duyệt đã chạy nhanh" in text
    box.close()


def test_an_administrator_reopens_after_confirming_the_clock_ran_fast(make_window, office, at):  # noqa: F811
    _approved(office, at, AHEAD)
    at(RIGHT)
    as_(office, "admin")
    window = make_window(office, today=dt.date(2026, 12, 20))
    window.resize(1366, 768)
    assert window.reopen_action.isEnabled(), window.reopen_action.toolTip()
    asked = []

    def question(box):
        asked.append(box.text())
        shot(box, "s132_clock_ahead_question")
        box.button(QMessageBox.StandardButton.Yes).click()

    def reason(dialog):
        type_text("Duyệt lúc đồng hồ máy chạy nhanh")
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, question), (ReopenDialog, reason),
                    (QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Ok).click()))
    window.reopen_action.trigger()
    script.check()
    assert "09:00 02/03/2031" in asked[0] and "09:00 08/12/2026" in asked[0], asked
    assert office.period_state("2026") == State.ENTERING
    logged = [r.new for r in office.store.audit_rows(period="2026") if r.action == "state"][-1]
    assert "lần duyệt ghi lúc 09:00 02/03/2031" in logged and "đồng hồ lúc mở lại chỉ 09:00 08/12/2026" in logged


def test_a_leader_is_not_asked_and_is_told_who_can_get_past_it(make_window, office, at):  # noqa: F811
    _approved(office, at, AHEAD)
    at(RIGHT)
    as_(office, "lanhdao")
    window = make_window(office, today=dt.date(2026, 12, 20))
    said = []

    def refused(box):
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    script = Script((QMessageBox, refused))
    window.reopen_action.trigger()
    script.check()
    assert "chưa mở lại được: đồng hồ máy tính đang chỉ 09:00 08/12/2026" in said[0], said
    assert "hoặc Quản trị viên xác nhận đồng hồ lúc duyệt đã chạy nhanh rồi mở lại kỳ" in said[0]
    assert office.period_state("2026") == State.APPROVED
