"""The leader approves 2027 in the window while 2028, worked out from 2027's term total, is marked
Hoàn thành: 2028 is not sent back (its leader approves the new figures, which its review code binds),
and the Approved box says 2028 now counts 2027's approved figures (S68)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script
from ui.workflow_actions import approve_period


def test_the_approved_box_names_a_later_complete_year_whose_figures_change(qtbot, office):  # noqa: F811
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
    said = {}

    def approved(box):
        said["more"] = box.informativeText()
        box.accept()

    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()),
                    (QMessageBox, approved))
    assert approve_period(None, office, parse_period("2027"))
    script.check()
    assert ("Kỳ năm 2028 (Hoàn thành, chờ duyệt) nay tính cả số liệu đã duyệt của năm 2027: Lãnh đạo duyệt kỳ đó sẽ "
            "thấy số liệu mới.") in said["more"]
    assert "Các kỳ đã duyệt sau đây" not in said["more"]  # 2028 is not approved
    assert office.period_state("2028") == State.COMPLETE
