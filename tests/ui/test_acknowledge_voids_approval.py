"""The window's acknowledgement of a change made outside the program to an approved period: the
question names the approval it will void, and after it a box says that the period's approval was
voided and that the leader must approve again; the period shows Hoàn thành (trust review 3, finding 1)."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button
from ui.app import check_at_start


def _approved_then_edited(ws) -> None:
    """The 2026 report approved by the leader, then its approval's record changed with sqlite3."""
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    conn = sqlite3.connect(ws.store.path)
    conn.execute("UPDATE approvals SET user = 'nguoi-khac'")
    conn.commit()
    conn.close()
    as_(ws, "admin")


def _acknowledge(window) -> list[str]:
    asked = []
    script = Script((QMessageBox, lambda box: (asked.append(box.text()),
                                              click_button(box, box.buttons()[0].text()))))
    assert window.acknowledge_changes() is not None
    script.check()
    return asked


def test_the_question_names_the_approval_and_a_box_says_it_was_voided(make_window, office):  # noqa: F811
    _approved_then_edited(office)
    window = make_window(office)
    check_at_start(window, office)
    for box in list(window.notice_boxes):
        box.done(0)
    window.show_period(parse_period("2026"))
    assert "Trạng thái: Đã duyệt" in window.deadline_label.text()
    asked = _acknowledge(window)
    assert "Xác nhận cũng hủy bản duyệt kỳ năm 2026" in asked[0]
    assert office.period_state("2026") == State.COMPLETE
    said = window.notice_boxes[-1].text()
    assert said.startswith("Bản duyệt kỳ năm 2026 bị hủy vì dữ liệu của kỳ đã bị sửa ngoài chương trình")
    assert "Lãnh đạo phải xem lại số liệu hiện có và duyệt lại" in said
    assert "Trạng thái: Hoàn thành" in window.deadline_label.text()


def test_the_english_window_says_it_in_english(make_window, office, english):  # noqa: F811
    _approved_then_edited(office)
    window = make_window(office)
    check_at_start(window, office)
    english()
    for box in list(window.notice_boxes):
        box.done(0)
    asked = _acknowledge(window)
    assert "Confirming also voids the approval of year 2026" in asked[0]
    said = window.notice_boxes[-1].text()
    assert said.startswith("The approval of year 2026 was voided because the period's data were changed outside")
    assert "a leader must look at the figures as they now are and approve it again" in said.lower()


def test_no_approval_touched_no_such_words(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    conn = sqlite3.connect(office.store.path)
    conn.execute("UPDATE entries SET numerator = '9900' WHERE indicator = 'bhyt'")
    conn.commit()
    conn.close()
    as_(office, "admin")
    window = make_window(office)
    check_at_start(window, office)
    for box in list(window.notice_boxes):
        box.done(0)
    asked = _acknowledge(window)
    assert "hủy bản duyệt" not in asked[0]
    assert not any("bị hủy" in box.text() for box in window.notice_boxes)
