"""A period approved before its figures' last day is said to be so in the approve question (walk 17,
L1): a leader approving the year on 04/12 (figures to 14/12) was asked the usual question, and only
the export and the print refused afterwards. The approval itself stays allowed (a leader away on
the day); the question says from which day its report can be exported and printed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from ui.workflow_actions import dated_from


def _approve_question(make_window, office, today: dt.date) -> str:  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.today_is = today
    window = make_window(office, today=today)
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append(box.text()), press(Qt.Key.Key_Escape))))
    window.approve_action.trigger()
    script.check()
    assert office.period_state("2026") == State.COMPLETE  # Escape: not approved
    return seen[0]


def test_approving_before_the_figures_end_says_when_the_report_can_be_exported(make_window, office, qtbot):  # noqa: F811
    said = _approve_question(make_window, office, dt.date(2026, 12, 4))
    assert said.startswith("Duyệt kết quả năm 2026?")
    # dated from that day, and can be made before it with that date (walk U6 F5: `dated_from`)
    assert dated_from(dt.date(2026, 12, 14)) in said.split("\n\n")[-1], said


def test_on_the_last_day_the_question_is_the_usual_one(make_window, office, qtbot):  # noqa: F811
    said = _approve_question(make_window, office, dt.date(2026, 12, 14))
    assert "tính đến ngày" not in said


def test_the_question_says_why_targets_read_in_progress(make_window, office, qtbot):  # noqa: F811
    """Walk U6: "Duyệt kết quả năm 2026?" counted "Đang thực hiện 6" of 8 province targets in a YEAR
    report and did not say why; the paper says it under its table (`wording.JUDGED_WHEN`)."""
    said = _approve_question(make_window, office, dt.date(2026, 12, 14))
    counts, why = said.split("\n\n")[0].split("\n")[1:3]
    assert "Đang\u00a0thực\u00a0hiện\u00a06" in counts  # held whole: the box wraps only after a comma
    assert why == ("“Đang thực hiện”: chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ ở kỳ báo "
                   "cáo năm 2030."), said
