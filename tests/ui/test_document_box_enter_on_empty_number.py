"""Walk U16: at an approval's first export the number and date box (ui/document_dialog.py) opens with the cursor in
the empty Số văn bản; Enter there exported with no number, "written by hand", tied to the approval for good, with
nothing said. Enter on the empty number now says what is missing and keeps the cursor there, nothing written; the
number written by hand is a choice of its own (Alt + the letter of "Số viết tay trên bản in"), then Enter exports."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.core.doc_number import Issued  # noqa: E402
from exports.submission_reader import read_submission  # noqa: E402
from tests.ui.conftest import Script, press, shot, type_text  # noqa: E402
from tests.ui.test_document_number_box import TODAY, XLSX, _action, approved  # noqa: E402, F401 (the fixture)
from ui.document_dialog import DocumentDialog  # noqa: E402

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]


def _alt(qtbot, box) -> None:
    """Alt + the handwritten choice's letter, read from the box as a person reads it; the box's click comes a
    moment later (a button's Alt letter animates the click)."""
    ticked = box.by_hand.isChecked()
    letter = re.search(r"&(\w)", box.by_hand.text()).group(1).upper()
    press(Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.by_hand.isChecked() != ticked, timeout=2000)


def test_enter_on_the_empty_number_exports_nothing_and_says_what_is_missing(qtbot, approved, tmp_path,  # noqa: F811
                                                                           monkeypatch):
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = {}

    def enter_then_by_hand(box):
        box.resize(box.sizeHint().expandedTo(box.size()))
        press(Qt.Key.Key_Return)
        seen["open"] = box.isVisible()
        seen["error"] = box.error.text() if box.error.isVisible() else ""
        seen["in number"] = QApplication.focusWidget() is box.number
        seen["written"] = list(out.iterdir())
        shot(box, "s93_document_enter_on_empty")
        _alt(qtbot, box)
        seen["ticked"] = box.by_hand.isChecked() and not box.number.isEnabled()
        shot(box, "s93_document_by_hand")
        press(Qt.Key.Key_Return)

    script = Script((DocumentDialog, enter_then_by_hand))
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    script.check()
    assert seen["open"] and seen["in number"] and seen["written"] == [], seen
    assert seen["error"].startswith("Type the document number, or tick") or \
        seen["error"].startswith("Gõ số văn bản"), seen["error"]
    assert seen["ticked"]
    assert approved.issued("2026") == Issued("", TODAY)
    assert read_submission(out / XLSX).doc_number == ""


def test_the_choice_taken_back_puts_the_cursor_in_the_number(qtbot, approved, tmp_path, monkeypatch):  # noqa: F811
    """Ticked, then unticked (the number is known after all): the number field back, the cursor in it; the
    number typed exports. A number typed, the choice is off: Tab goes from the number to the date."""
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = {}

    def tick_untick_type(box):
        _alt(qtbot, box)  # ticked
        seen["number off"] = not box.number.isEnabled()
        _alt(qtbot, box)  # unticked
        seen["in number"] = QApplication.focusWidget() is box.number and box.number.isEnabled()
        type_text("21")
        seen["choice off"] = not box.by_hand.isEnabled()
        press(Qt.Key.Key_Tab)
        seen["tab to date"] = QApplication.focusWidget() is box.date
        press(Qt.Key.Key_Return)

    script = Script((DocumentDialog, tick_untick_type))
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    script.check()
    assert seen == {"number off": True, "in number": True, "choice off": True, "tab to date": True}
    assert read_submission(out / XLSX).doc_number == "21"
