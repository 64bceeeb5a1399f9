"""Duyệt's question, before Yes, names the later period marked Hoàn thành whose figures approving this one
changes (2028's term total then counts 2027): the box after Yes said it (S68), the question did not, and the
leader chose without knowing it. No: nothing approved, 2028 as it was. The question fits a 1366×768 screen."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, make_window, press, shot  # noqa: F401 (the fixture)
from tests.ui.test_approved_box_names_complete_later import _2028_waits_on_2027
from ui import i18n

ASKED = ("Duyệt kỳ năm 2027 thì kỳ năm 2028 (Hoàn thành, chờ duyệt) sẽ tính cả số liệu của năm 2027: xem lại số "
         "liệu mới của năm 2028 trước khi duyệt kỳ đó.")
ASKED_EN = ("Approving year 2027 changes the figures of year 2028 (Complete, waiting for approval), which will "
            "count the figures of year 2027: look at the new figures of year 2028 before approving it.")


def _ask(window, name: str) -> tuple[str, object]:
    said = []

    def asked(box):
        said.append((box.text(), box.frameGeometry()))
        shot(box, f"s76_approve_question_{name}")
        press(Qt.Key.Key_Escape, widget=box)  # No

    script = Script((QMessageBox, asked))
    window.approve_action.trigger()
    script.check()
    return said[0]


def test_the_question_names_the_later_complete_year_before_yes(make_window, office):  # noqa: F811
    _2028_waits_on_2027(office)
    window = make_window(office, today=dt.date(2029, 2, 1))
    window.resize(1366, 768)
    window.show_period(parse_period("2027"))
    code = office.submission("2028").fingerprint
    text, frame = _ask(window, "vi")
    assert ASKED in text, text
    assert frame.height() <= 768 and frame.width() <= 1366, frame
    assert office.period_state("2027") == State.COMPLETE  # No: nothing approved
    assert office.submission("2028").fingerprint == code

    i18n.install_language(i18n.ENGLISH)
    text, frame = _ask(window, "en")
    assert ASKED_EN in text, text
    assert frame.height() <= 768 and frame.width() <= 1366, frame


def test_nothing_is_named_when_no_later_period_is_complete(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office, today=dt.date(2027, 2, 1))
    window.show_period(parse_period("2026"))
    text, _ = _ask(window, "none")
    assert "Hoàn thành, chờ duyệt" not in text


def test_the_acknowledge_question_names_it_before_confirming(make_window, office):  # noqa: F811
    """The administrator's question, whose confirmation voids 2027's approval: 2028 (Hoàn thành) would no longer
    count 2027, said before Confirm (after it, tests/core/test_void_names_complete_later.py). Cancel: nothing."""
    from tests.core.test_void_names_complete_later import (
        _2027_approved_2028_complete_then_edited,
    )
    from ui.app import check_at_start

    _2027_approved_2028_complete_then_edited(office)
    window = make_window(office)
    check_at_start(window, office)
    for box in list(window.notice_boxes):
        box.done(0)
    said = []

    def asked(box):
        said.append(box.text())
        shot(box, "s76_acknowledge_question")
        press(Qt.Key.Key_Escape, widget=box)

    script = Script((QMessageBox, asked))
    assert window.acknowledge_changes() is None
    script.check()
    assert ("Hủy bản duyệt kỳ năm 2027 thì kỳ năm 2028 (Hoàn thành, chờ duyệt) sẽ không còn tính số liệu của năm "
            "2027: xem lại số liệu mới của năm 2028 trước khi duyệt kỳ đó.") in said[0], said[0]
    assert office.period_state("2027") == State.APPROVED
