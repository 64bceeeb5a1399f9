"""The box saying a period is approved gives its code and what the code is: at its own width (341
pixels at 1366×728) the explanation ran to eleven lines; it is as wide as the question before it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import Period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press
from ui.workflow_actions import approve_period


def test_the_approved_box_is_wide_enough_to_read_its_code_explained(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office)
    widths = []

    def read(box):
        widths.append(box.width())
        press(Qt.Key.Key_Return, widget=box)

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, read))
    assert approve_period(window, office, Period(2026, "Y"))
    script.check()
    assert widths and widths[0] >= 480, widths
