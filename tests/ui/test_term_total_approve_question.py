"""Duyệt's question names a term total that leaves out an earlier year not approved (walk U11 F1: the
2028 report was approved and signed with a draft 2027 in its budget total, said nowhere): the line of
the core (`checks.not_approved_lines`) under the counts, and what it means; approving is not refused."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press, shot

LINE = ("• Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết: "
        "tổng nhiệm kỳ chưa tính năm 2027 (chưa được duyệt)")


def test_approve_question_names_the_year_left_out(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)
    office.complete("2026")
    office.complete("2028")
    as_(office, "lanhdao")
    office.approve("2026")  # 2027 typed, not approved
    window = make_window(office, today=dt.date(2028, 12, 16))
    window.show_period(office.period_view("2028").period)
    seen = []

    def yes(box):
        seen.append(box.text())
        shot(box, "s62_approve_question")
        yes_by_alt(box)

    script = Script((QMessageBox, yes), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))
    window.approve_action.trigger()
    script.check()
    lines = seen[0].splitlines()
    assert lines[0] == "Duyệt kết quả năm 2028?"
    assert LINE in lines
    assert lines[lines.index(LINE) + 1].startswith("Số liệu năm chưa được duyệt không tính vào tổng nhiệm kỳ")
    assert office.period_state("2028") == State.APPROVED
