"""A period that has not begun (the list's "Chưa đến kỳ") does not invite typing (red-team 7,
finding 8: on 2 December 2026 Quý I of 2027 took 7/7 figures while the list and the header said
"Chưa đến kỳ"): its form is read only, with a line saying from which day it can be entered; a
key typed on it says so; Tab and the period keys go on as on any period. Figures an older
version let someone type in it are shown, and said to be kept."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import Period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from ui.entry_model import Col

DEC_2 = dt.date(2026, 12, 2)
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
Q1_2027 = Period(2027, "Q1")
SAID = ("Chưa đến kỳ: kỳ này bắt đầu từ ngày 15/12/2026 (số liệu của kỳ tính từ ngày đó), từ ngày đó mới nhập "
        "được. Đến khi đó chỉ xem.")


def focus():
    return QApplication.focusWidget()


def test_a_period_not_begun_is_view_only_saying_when_it_can_be_entered(make_window, office, qtbot):  # noqa: F811
    """From the year 2026 (due on 20 December) Alt+PgDown goes on to Quý I 2027: read only, the
    line over the table saying when; a digit typed says it again and saves nothing; Tab goes from
    cell to cell; back in 2026 typing saves as ever."""
    office.today_is = DEC_2
    as_(office, "canbo")
    window = make_window(office, today=DEC_2)
    assert window.period == Period(2026, "Y") and not window.frozen_label.isVisible()
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    press(Qt.Key.Key_PageDown, ALT)
    assert window.period == Q1_2027 and focus() is window.table
    assert window.deadline_label.text().endswith("Trạng thái: Chưa đến kỳ")
    assert window.frozen_label.isVisible() and window.frozen_label.text() == SAID
    assert window.keys_hint.text().startswith("Chỉ xem")

    type_text("9")
    assert window.table.state() != window.table.State.EditingState and QApplication.activeModalWidget() is None
    assert SAID in window.feedback.text()
    start = window.table.currentIndex()
    press(Qt.Key.Key_Tab)
    assert focus() is window.table and window.table.currentIndex() != start
    assert all(editor.isReadOnly() for editor in window.narratives.editors.values())
    assert office.row("2027-Q1", "bhyt").entry.is_empty

    press(Qt.Key.Key_PageUp, ALT)
    assert window.period == Period(2026, "Y") and not window.frozen_label.isVisible()
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    type_text("9.500")
    press(Qt.Key.Key_Return)
    assert office.row("2026", "bhyt").entry.numerator == 9500


def test_figures_an_older_version_took_are_shown_and_said_kept(make_window, office, qtbot):  # noqa: F811
    office.today_is = dt.date(2027, 3, 1)  # as a version without the rule let them be typed
    as_(office, "canbo")
    fill_year(office, "2027-Q1")
    office.today_is = DEC_2
    window = make_window(office, today=DEC_2)
    window.navigator.select(Q1_2027)
    assert window.period == Q1_2027
    assert window.frozen_label.text() == (
        "Chưa đến kỳ: kỳ này bắt đầu từ ngày 15/12/2026 (số liệu của kỳ tính từ ngày đó), từ ngày đó mới nhập "
        "được. Số liệu đã có, nhập bằng phiên bản trước của chương trình, được giữ nguyên: đến khi đó chỉ xem.")
    line = window.model.line_of("bhyt")
    assert window.model.index(line, Col.IN1).data() == "9.500"
    assert window.navigator._items[Q1_2027].text(1) == "7/7"
    window.table.setCurrentIndex(window.model.index(line, Col.IN1))
    window.table.setFocus()
    press(Qt.Key.Key_Delete)
    assert office.row("2027-Q1", "bhyt").entry.numerator == 9500  # not cleared either


def test_sign_off_items_are_greyed_saying_why_for_a_period_not_begun(make_window, office, qtbot):  # noqa: F811
    """Kỳ báo cáo › Đánh dấu hoàn thành and Duyệt kỳ báo cáo have nothing to sign off in a period
    not begun: greyed, their status tip and tooltip saying from which day; Mở lại stays (a
    leader's, for a period an older version let be approved); back in 2026 both work again."""
    office.today_is = DEC_2
    as_(office, "canbo")
    window = make_window(office, today=DEC_2)
    signing_off = (window.complete_action, window.approve_action)
    # the officer's Duyệt is greyed for the role (stop 41), not for the period
    assert window.complete_action.isEnabled() and all(a.statusTip() != SAID for a in signing_off)
    press(Qt.Key.Key_PageDown, ALT)
    assert window.period == Q1_2027
    for action in signing_off:
        assert not action.isEnabled()
        assert action.statusTip() == SAID and action.toolTip() == SAID
    assert window.reopen_action.statusTip() != SAID  # greyed, if at all, for the officer's role (stop 41)
    press(Qt.Key.Key_PageUp, ALT)
    # the officer's Duyệt is greyed for the role (stop 41), not for the period
    assert window.complete_action.isEnabled() and all(a.statusTip() != SAID for a in signing_off)
