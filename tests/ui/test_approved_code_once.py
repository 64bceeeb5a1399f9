"""The "Đã duyệt" box after Duyệt gives the authentication code once: on its own line under the
heading, where the officer compares it with the paper's; the explanation under it says what the
code is without giving it again, and names the signing key's code (walk 12, finding 8)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press


def test_the_approved_box_gives_the_code_once(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office, today=dt.date(2026, 12, 1))
    seen = []

    def yes(box):
        seen.append(box.text())
        yes_by_alt(box)

    def read(box):
        seen.append((box.text(), box.informativeText(), box.toolTip()))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes), (QMessageBox, read))
    window.approve_action.trigger()
    script.check()
    assert seen[0].startswith("Duyệt kết quả năm 2026?")
    assert {s.period.code: s.state for s in office.overview(window.today)}["2026"] == State.APPROVED
    text, info, tip = seen[1]
    code = office.approval("2026").fingerprint[:16]
    assert text == f"Đã duyệt năm 2026.\nMã xác thực: {code}"
    assert (text + info).count(code) == 1
    assert info.startswith("Mã xác thực: dấu vân tay của số liệu") and office.key_code in info
    assert tip == info
