"""A period marked Hoàn thành waits for the leader: the officer's window says so over the table, and
the first edit asks before taking it back to Đang nhập (walk 26, M: a stray "7" and Enter took it
back without a word; Ctrl+Z put the figure back, not the state, and did not say so). "No", the
default: nothing saved, the period stays Hoàn thành; "Yes": saved, and the line under the table
says to mark it complete again, with the menu's keys (also after Ctrl+Z)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text, window_in_english

DAY = dt.date(2026, 12, 1)
ASKED = "is Complete and waits for a leader's approval"
AGAIN = "The period is back to Entering: when done, mark it complete again (Alt+P, C)."


def _complete(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")


def _officer_window(make_window, office, qtbot, english):  # noqa: F811
    _complete(office)
    window = make_window(office, today=DAY)
    window.resize(1366, 728)
    window_in_english(window, qtbot, english)
    assert window.period.code == "2026"
    assert window.table.currentIndex().row() == 1  # the first indicator's figure
    return window


def _answer(key, seen: list, modifiers=Qt.KeyboardModifier.NoModifier):
    def act(box):
        seen.append(box.text())
        press(key, modifiers, widget=box)
    return act


def test_the_officer_is_told_over_the_table_that_the_period_waits_for_the_leader(make_window, office, qtbot,  # noqa: F811
                                                                                 english):
    window = _officer_window(make_window, office, qtbot, english)
    assert window.frozen_label.isVisible()
    assert window.frozen_label.text() == (
        "This period has been marked complete and waits for a leader's approval. Changing its figures takes it "
        "back to Entering; it must then be marked complete again.")


def test_a_stray_figure_asks_and_no_keeps_the_period_complete(make_window, office, qtbot, english):  # noqa: F811
    window = _officer_window(make_window, office, qtbot, english)
    before = window.model.index(1, 4).data()
    seen: list = []
    script = Script((QMessageBox, _answer(Qt.Key.Key_Return, seen)))  # Enter: the default, No
    type_text("7")
    press(Qt.Key.Key_Return)
    script.check()
    assert len(seen) == 1 and ASKED in seen[0] and seen[0].startswith("Year 2026 "), seen
    assert office.period_state("2026") == State.COMPLETE
    assert window.model.index(1, 4).data() == before
    qtbot.waitUntil(lambda: window.table.currentIndex().row() == 1, timeout=10000)  # back on the cell, as Esc
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=10000)  # the keyboard back on the table
    assert "Nothing saved" in window.feedback.text()

    script = Script((QMessageBox, _answer(Qt.Key.Key_Escape, seen)))  # Escape: No too
    type_text("7")
    press(Qt.Key.Key_Return)
    script.check()
    assert office.period_state("2026") == State.COMPLETE and window.model.index(1, 4).data() == before


def test_yes_saves_and_says_to_mark_it_complete_again_also_after_undo(make_window, office, qtbot,  # noqa: F811
                                                                      english):
    window = _officer_window(make_window, office, qtbot, english)
    before = window.model.index(1, 4).data()
    seen: list = []
    script = Script((QMessageBox, _answer(Qt.Key.Key_Y, seen, Qt.KeyboardModifier.AltModifier)))  # Alt+Y: Yes
    type_text("7")
    press(Qt.Key.Key_Return)
    script.check()
    assert len(seen) == 1
    assert office.period_state("2026") == State.ENTERING
    assert window.model.index(1, 4).data() == "7"
    assert AGAIN in window.feedback.text().replace("\u00a0", " "), window.feedback.text()
    assert not window.frozen_label.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=10000)  # the keyboard back on the table

    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Đang nhập now: no question
    assert window.model.index(1, 4).data() == before
    assert office.period_state("2026") == State.ENTERING
    assert AGAIN in window.feedback.text().replace("\u00a0", " "), window.feedback.text()
