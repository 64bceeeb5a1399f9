"""The leader approves 2027 in the window while 2028, worked out from 2027's term total, is marked
Hoàn thành: 2028 is not sent back (its leader approves the new figures, which its review code binds),
and the Approved box says 2028 now counts 2027's approved figures (S68)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, make_window, press  # noqa: F401 (the fixture)
from ui.workflow_actions import approve_period


def _2028_waits_on_2027(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "canbo")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)
    office.complete("2028")  # while 2027 is a draft: its term total leaves 2027 out
    office.complete("2027")
    as_(office, "lanhdao")


def test_the_approved_box_names_a_later_complete_year_whose_figures_change(qtbot, office):  # noqa: F811
    _2028_waits_on_2027(office)
    said = {}

    def approved(box):
        said["more"] = box.informativeText()
        box.accept()

    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()),
                    (QMessageBox, approved))
    assert approve_period(None, office, parse_period("2027"))
    script.check()
    assert ("Kỳ năm 2028 (Hoàn thành, chờ duyệt) nay tính cả số liệu đã duyệt của năm 2027: xem lại số liệu mới "
            "của năm 2028 trước khi duyệt.") in said["more"]
    assert "Các kỳ đã duyệt sau đây" not in said["more"]  # 2028 is not approved
    assert office.period_state("2028") == State.COMPLETE


def test_in_the_window_it_comes_before_what_comes_next(make_window, office):  # noqa: F811
    """Walk U13 F2: the line came after "Bước tiếp theo", the box's last paragraph, and was missed."""
    _2028_waits_on_2027(office)
    window = make_window(office, today=dt.date(2029, 2, 1))
    window.show_period(parse_period("2027"))
    said = []

    def approved(box):
        said.append(box.informativeText())
        box.accept()

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, approved))
    window.approve_action.trigger()
    script.check()
    paragraphs = said[0].split("\n\n")
    named = next(k for k, p in enumerate(paragraphs) if p.startswith("Kỳ năm 2028 (Hoàn thành, chờ duyệt)"))
    assert paragraphs[-1].startswith("Bước tiếp theo") and named < len(paragraphs) - 1, paragraphs


def test_marking_complete_says_an_earlier_year_not_approved_is_left_out(make_window, office):  # noqa: F811
    """Walk U13 F1: 2027 marked complete while 2026 is a draft said only "A leader can approve it": approved
    first, 2027 keeps 2026 out of its term total. The box says it now, as Duyệt's question does."""
    as_(office, "canbo")
    fill_year(office, "2026")
    fill_year(office, "2027", baselines=False)
    window = make_window(office, today=dt.date(2028, 1, 20))
    window.show_period(parse_period("2027"))
    said = []

    def complete(box):
        said.append((box.text(), box.informativeText()))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, complete))
    window.complete_action.trigger()
    script.check()
    [(text, more)] = said
    assert text.startswith("Kỳ năm 2027 đã đánh dấu Hoàn thành. Lãnh đạo có thể duyệt.")  # then how (S88)
    assert "tổng nhiệm kỳ chưa tính năm 2026 (chưa được duyệt)" in more and "duyệt báo cáo năm đó trước" in more, more
