"""The leader reopens 2026 in the window while 2027 Quý I, worked out from 2026's term total, is
approved: the Reopened box says that approved period keeps its figures until approved again (walk
U11 F6)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.workflow_actions import ReopenDialog, approve_period, reopen_period

LATER = "2027-Q1"


def _approve(office, period):  # noqa: F811
    as_(office, "canbo")
    office.complete(period)
    as_(office, "lanhdao")
    office.approve(period)


def test_the_reopened_box_names_the_approved_period_worked_out_from_the_year(qtbot, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    as_(office, "canbo")
    fill_year(office, LATER, baselines=False)
    _approve(office, LATER)
    said = {}

    def reason(dialog):
        type_text("Sửa thu ngân sách theo quyết toán")
        press(Qt.Key.Key_Return)

    def reopened(box):
        said["text"], said["more"] = box.text(), box.informativeText()
        box.accept()

    script = Script((ReopenDialog, reason), (QMessageBox, reopened))
    assert reopen_period(None, office, parse_period("2026"))
    script.check()
    assert said["text"].startswith("Kỳ năm 2026 đã được mở lại")
    assert "Các kỳ đã duyệt sau đây tính kết quả từ số liệu năm 2026: quý I năm 2027." in said["more"]
    assert said["more"].startswith("Sửa số liệu")  # what comes next for 2026 itself, first


def test_the_approved_box_names_an_approved_year_that_left_this_one_out(qtbot, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    as_(office, "canbo")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)
    _approve(office, "2028")  # while 2027 is a draft: its term total leaves 2027 out
    as_(office, "canbo")
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
    assert "Các kỳ đã duyệt sau đây tính kết quả từ số liệu năm 2027 và nay tính ra khác: năm 2028." in said["more"]
