"""Hoàn tác and Làm lại name the period of the step they take when it is not the one shown (walk
29b: on 6 tháng, Đã gửi and view only, "Hoàn tác Thu ngân sách lũy kế từ đầu năm: 5.200" offered an
edit of 9 tháng, unnamed, and Ctrl+Z went there to undo it)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.core.periods import Period
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
NINE, SIX = Period(2026, "9M"), Period(2026, "6M")


def test_an_undo_of_another_period_names_it(make_window, office):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office, today=dt.date(2026, 10, 1))
    window.show_period(NINE)
    window.table.setCurrentIndex(window.model.index_of("thu_ngan_sach", "value"))
    type_text("5.200")
    press(Qt.Key.Key_Return)
    here = window.undo_action.text()
    assert here.startswith("&Hoàn tác ") and "5.200" in here and "9 tháng" not in here

    window.show_period(SIX)
    said = window.undo_action.text()
    assert said.startswith("&Hoàn tác (9 tháng năm 2026) ") and said.endswith(here[len("&Hoàn tác "):])
    assert window.undo_action.toolTip() == said.replace("&", "", 1)

    window.show_period(NINE)  # back on its period: unnamed again
    assert window.undo_action.text() == here
    press(Qt.Key.Key_Z, CTRL)
    assert window.redo_action.text().startswith("&Làm lại ") and "9 tháng" not in window.redo_action.text()
    window.show_period(SIX)
    assert window.redo_action.text().startswith("&Làm lại (9 tháng năm 2026) ")
    assert window.undo_action.text() == "&Hoàn tác"
