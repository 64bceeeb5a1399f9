"""No undo crosses a sign-off step (walk 7, L2): Ctrl+Z after "Đánh dấu hoàn thành" undid a figure
typed before it and put the period back to Đang nhập, without a question, only the status bar
saying so. Hoàn thành, Duyệt and Mở lại clear the figures' and the report text's undo histories."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_after_marking_complete_undoes_nothing(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    window = make_window(office, today=dt.date(2026, 12, 1))
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    type_text("9.600")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab, CTRL)  # the report text
    type_text("Đạt kế hoạch năm.")
    text = QApplication.focusWidget()
    press(Qt.Key.Key_Tab, CTRL)
    assert window.undo_action.isEnabled() and text.document().isUndoAvailable()

    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_Return)))  # "Kỳ năm 2026 đã đánh dấu Hoàn thành."
    window.complete_action.trigger()
    script.check()
    assert office.period_state("2026") == State.COMPLETE
    assert not window.undo_action.isEnabled() and not window.undo_button.isEnabled()
    window.activateWindow()  # back from the box, as the window manager does
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)

    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is text
    press(Qt.Key.Key_Z, CTRL)
    window.narratives.flush()
    assert office.period_state("2026") == State.COMPLETE
    assert office.row("2026", "bhyt").entry.numerator == Decimal(9600)
    assert text.toPlainText() == "Đạt kế hoạch năm."
