"""Approved before the figures' last day, the boxes say the report is dated from that day and may be
printed and exported before it with that date (walk U6 F5: after Duyệt on 06/12 the box said "Từ ngày
14/12/2026: in báo cáo… rồi gửi", and the question "xuất và in được từ ngày đó", yet Tệp › Xuất báo
cáo… on 06/12 works at once, proposing 14/12/2026); one sentence for both (`dated_from`)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press
from ui.workflow_actions import dated_from

DECEMBER_6, END = dt.date(2026, 12, 6), dt.date(2026, 12, 14)
DATED = ("The report is dated 14/12/2026 or later (the day the period's figures are whole): it can be printed "
         "and exported before then, with that date.")


def _approve(make_window, office, english=None) -> tuple[str, str]:  # noqa: F811
    """The approve question and the box after it, approving the year on 06/12/2026."""
    office.today_is = DECEMBER_6
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    if english is not None:
        english()
    window = make_window(office, today=DECEMBER_6)
    texts = []

    def read(box):
        texts.append(f"{box.text()}\n{box.informativeText()}".replace("\u00a0", " "))

    script = Script((QMessageBox, lambda box: (read(box), yes_by_alt(box))),  # the question: Có
                    (QMessageBox, lambda box: (read(box), press(Qt.Key.Key_Return, widget=box))))  # approved: OK
    window.approve_action.trigger()
    script.check()
    assert office.period_state("2026").value == "Đã duyệt"
    return texts[0], texts[1]


def test_the_boxes_say_the_report_can_be_made_ahead_with_its_date(make_window, office, english):  # noqa: F811
    asked, approved = _approve(make_window, office, english)
    assert DATED in asked, asked
    assert "exported and printed from that day" not in asked
    assert approved.split("\n\n")[-2] == DATED, approved
    assert approved.split("\n\n")[-1].startswith("Next: print the report with"), approved
    assert "From 14/12/2026" not in approved


def test_in_vietnamese_the_box_no_longer_says_from_which_day_to_print(make_window, office):  # noqa: F811
    asked, approved = _approve(make_window, office)
    assert dated_from(END) in asked and dated_from(END) in approved
    assert "xuất và in được từ ngày đó" not in asked
    assert "Từ ngày 14/12/2026:" not in approved
    assert approved.split("\n\n")[-1].startswith("Bước tiếp theo: in báo cáo bằng"), approved
