"""Every edit that takes periods marked Hoàn thành back to Đang nhập asks first, naming them (walk
26's gaps, after test_complete_edit_asks): the period typed in (no longer a later Complete period
reading the figures typed: an edit changes nothing it counts, S68), the start-of-term figures and the
commune's own targets, which several periods read; "No", the default, saves nothing and keeps what was typed. A
value refused anyway is refused with no question first. The approval's question says what the
leader approves in one line: the verdicts counted as the status bar counts them."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from tests.core.test_earlier_period_edit_sends_back import Q1, _complete_q1
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text, window_in_english
from ui.baseline_dialog import BaselineDialog
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog
from ui.workflow_actions import approve_period

YEAR = Period(2026, "Y")


def _answer(key, seen: list, modifiers=Qt.KeyboardModifier.NoModifier):
    def act(box):
        seen.append(box.text())
        press(key, modifiers, widget=box)
    return act


def _on_cell(window, qtbot, code, field):
    window.show_period(YEAR)
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=10000)


def test_a_later_complete_period_reading_the_figure_is_not_asked_about(make_window, office, qtbot,  # noqa: F811
                                                                       english):
    """Was: a later Complete period reading the figure typed was named (also when the period typed in
    was Đang nhập) and sent back. Since efde564/b92399a another period's figures count in a period's
    results only once approved (as last approved while reopened), and an approved period refuses
    edits: an edit of 2026 changes nothing 2027-Q1 counts, so 2027-Q1 is neither asked about nor sent
    back (S68); what 2026's approval changes in it is said by the approval
    (tests/core/test_complete_later_periods.py)."""
    _complete_q1(office)
    window = make_window(office)
    window_in_english(window, qtbot, english)
    _on_cell(window, qtbot, "thu_ngan_sach", "value")
    script = Script()  # no box expected: 2026 is Đang nhập, 2027-Q1 reads nothing it changes
    type_text("70000")
    press(Qt.Key.Key_Return)
    script.check()
    assert office.row("2026", "thu_ngan_sach").entry.value == Decimal(70000)
    assert office.period_state(Q1) == State.COMPLETE

    office.complete("2026")  # the one typed in alone is named now: one sentence
    window.reload(YEAR)
    _on_cell(window, qtbot, "thu_ngan_sach", "value")
    seen: list = []
    script = Script((QMessageBox, _answer(Qt.Key.Key_Y, seen, Qt.KeyboardModifier.AltModifier)))  # Alt+Y: Yes
    type_text("80000")
    press(Qt.Key.Key_Return)
    script.check()
    assert len(seen) == 1 and seen[0].startswith("Year 2026 is Complete") and "Quarter I 2027" not in seen[0], seen
    assert office.period_state("2026") == State.ENTERING and office.period_state(Q1) == State.COMPLETE


def test_a_value_refused_anyway_is_refused_without_a_question(make_window, office, qtbot, english):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    _on_cell(window, qtbot, "thu_ngan_sach", "value")
    script = Script()  # no box expected: one that opens is closed and reported
    type_text("abc")
    press(Qt.Key.Key_Return)
    script.check()
    assert ("2026", "thu_ngan_sach", "value") in window._refused  # red, with its reason under the table
    assert "Nothing saved" not in window.feedback.text() and window.feedback.text()
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE



def test_a_pasted_block_refused_anyway_is_refused_without_a_question(make_window, office, qtbot, english):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    _on_cell(window, qtbot, "thu_ngan_sach", "value")
    script = Script()  # no box expected: one that opens is closed and reported
    QApplication.clipboard().setText("abc\r\nxyz\r\n")  # a block: two rows
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    script.check()
    assert ("2026", "thu_ngan_sach", "value") in window._refused
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE

def test_the_start_of_term_figures_ask_once_naming_every_period_they_take_back(make_window, office, qtbot,  # noqa: F811
                                                                              english):
    _complete_q1(office)
    office.complete("2026")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    dialog = BaselineDialog(office, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field = dialog.fields["ket_nap_dang_vien"]
    field.setFocus()
    field.selectAll()
    seen: list = []
    script = Script()  # "abc": refused, no question
    type_text("abc")
    press(Qt.Key.Key_Return)
    script.check()
    assert "Not saved" in dialog.error.text() and office.period_state("2026") == State.COMPLETE
    field.selectAll()
    script = Script((QMessageBox, _answer(Qt.Key.Key_Escape, seen)))  # Escape: No
    type_text("260")
    press(Qt.Key.Key_Return)
    script.check()
    assert len(seen) == 1 and "2 periods marked Complete" in seen[0] and "• Year 2026\n• Quarter I 2027" in seen[0]
    assert dialog.isVisible() and field.text() == "260"  # what was typed stays
    assert office.baselines()["ket_nap_dang_vien"] == 250
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE
    assert "Nothing saved" in dialog.error.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10000)
    script = Script((QMessageBox, _answer(Qt.Key.Key_Y, seen, Qt.KeyboardModifier.AltModifier)))
    press(Qt.Key.Key_Return)
    script.check()
    assert len(seen) == 2 and not dialog.isVisible()
    assert office.baselines()["ket_nap_dang_vien"] == 260
    assert office.period_state("2026") == office.period_state(Q1) == State.ENTERING


def test_an_own_target_asks_naming_its_year_complete_periods(make_window, office, qtbot, english):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    dialog = OwnTargetsDialog(office, 2026, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    row = [i.code for i in dialog.indicators].index("bhyt")
    dialog.table.setCurrentCell(row, FIRST_YEAR_COLUMN)
    dialog.table.setFocus()
    seen: list = []
    script = Script()  # refused anyway: no question
    type_text("lots")
    press(Qt.Key.Key_Return)
    script.check()
    assert "Not saved" in dialog.message.text()
    dialog.table.setCurrentCell(row, FIRST_YEAR_COLUMN)
    script = Script((QMessageBox, _answer(Qt.Key.Key_Return, seen)))  # Enter: No
    type_text(">= 92")
    press(Qt.Key.Key_Return)
    script.check()
    assert len(seen) == 1 and seen[0].startswith("Year 2026 is Complete"), seen  # 2027-Q1 reads no 2026 target
    assert (2026, "bhyt") not in office.own_targets() and office.period_state("2026") == State.COMPLETE
    assert dialog.table.item(row, FIRST_YEAR_COLUMN).text() == ">= 92"  # kept, red, as typed
    assert "Not saved" in dialog.message.text() and "stay so" in dialog.message.text()
    assert office.period_state(Q1) == State.COMPLETE


def test_the_approval_question_counts_the_verdicts_approved(make_window, office, qtbot, english):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    seen: list = []
    script = Script((QMessageBox, _answer(Qt.Key.Key_Escape, seen)))
    assert approve_period(window, office, YEAR) is False
    script.check()
    lines = seen[0].split("\n")
    assert lines[0] == "Approve the results of year 2026?"
    # as page 1 sums them up (walk U17 F5), each count held to its verdict: the box breaks the line only after a comma
    assert lines[1] == ("Page 1, assigned indicators summed up (8): Exceeded\u00a01, Met\u00a00, "
                        "Not\u00a0met\u00a01\u00a0(indicator\u00a0no.\u00a08), In\u00a0progress\u00a06"), lines
    assert lines[2].startswith("“In progress”: a yearly target is judged in the year's report")  # why, under them
    assert lines[3] == "" and lines[4].startswith("Once approved")
    assert office.period_state("2026") == State.COMPLETE


def _baseline_dialog(window, qtbot):
    dialog = BaselineDialog(window.workspace, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_a_start_of_term_figure_refused_anyway_is_refused_without_a_question(make_window, office, qtbot,  # noqa: F811
                                                                             english):
    """The service's own checks (`check_baseline`) come before the question: 0 for a ratio of it, a
    figure below one already entered against it; and the figure stored, typed another way, asks nothing."""
    _complete_q1(office)
    office.complete("2026")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    dialog = _baseline_dialog(window, qtbot)
    party = dialog.fields["ket_nap_dang_vien"]
    for typed, said in (("0", "greater than 0"), ("5", "the rate would exceed 100%")):  # 6 admitted in 2026
        party.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is party, timeout=10000)
        party.selectAll()
        script = Script()  # no box expected: one that opens is closed and reported
        type_text(typed)
        press(Qt.Key.Key_Return)
        script.check()
        assert "Not saved" in dialog.error.text() and said in dialog.error.text(), dialog.error.text()
        assert dialog.isVisible() and party.text() == typed
    assert office.baselines() == {"giam_ngheo": Decimal("5.2"), "ket_nap_dang_vien": 250}
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE
    party.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is party, timeout=10000)
    party.selectAll()
    script = Script()  # the figure stored, typed another way: nothing goes back, nothing asked
    type_text("250,0")
    press(Qt.Key.Key_Return)
    script.check()
    assert not dialog.isVisible() and office.baselines()["ket_nap_dang_vien"] == 250
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE


def test_an_own_target_read_by_an_approved_period_is_refused_without_a_question(make_window, office, qtbot,  # noqa: F811
                                                                                english):
    """`check_own_target` before the question: 2026-Q1 approved, a target for 2026 is refused
    (asked about the Complete 2026 first, it was refused after "Yes")."""
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    fill_year(office, "2026")
    office.complete("2026-Q1")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    dialog = OwnTargetsDialog(office, 2026, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    row = [i.code for i in dialog.indicators].index("bhyt")
    dialog.table.setCurrentCell(row, FIRST_YEAR_COLUMN)
    dialog.table.setFocus()
    script = Script()  # no box expected
    type_text(">= 92")
    press(Qt.Key.Key_Return)
    script.check()
    assert "Not saved" in dialog.message.text() and "approved" in dialog.message.text(), dialog.message.text()
    assert (2026, "bhyt") not in office.own_targets() and office.period_state("2026") == State.COMPLETE


def test_no_to_an_undo_keeps_the_undo_where_it_was(make_window, office, qtbot, english):  # noqa: F811
    """Ctrl+Z over a period marked Hoàn thành asks first; "No" keeps the figure, the period and the
    undo: Ctrl+Z asks again, and "Yes" then undoes (walk 28: "No" stepped the stack back, Ctrl+Z
    lost, Redo lit for nothing undone)."""
    as_(office, "canbo")
    fill_year(office, "2026")
    window = make_window(office)
    window_in_english(window, qtbot, english)
    _on_cell(window, qtbot, "thu_ngan_sach", "value")
    before = window.model.index_of("thu_ngan_sach", "value").data()
    type_text("70000")
    press(Qt.Key.Key_Return)  # Đang nhập: saved, no question
    office.complete("2026")
    _on_cell(window, qtbot, "thu_ngan_sach", "value")
    at = window.undo_stack.index()
    seen: list = []
    script = Script((QMessageBox, _answer(Qt.Key.Key_Return, seen)))  # Enter: No, the default
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    script.check()
    assert len(seen) == 1 and window.undo_stack.index() == at and window.undo_stack.canUndo()
    assert not window.undo_stack.canRedo()
    assert window.model.index_of("thu_ngan_sach", "value").data() == "70.000"
    assert office.period_state("2026") == State.COMPLETE
    script = Script((QMessageBox, _answer(Qt.Key.Key_Y, seen, Qt.KeyboardModifier.AltModifier)))  # Alt+Y: Yes
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    script.check()
    assert len(seen) == 2 and window.undo_stack.index() == at - 1
    assert window.model.index_of("thu_ngan_sach", "value").data() == before
    assert office.period_state("2026") == State.ENTERING
