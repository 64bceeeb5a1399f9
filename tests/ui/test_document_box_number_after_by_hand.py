"""With "Số viết tay trên bản in" ticked, the number's own key (Alt+S, its label's letter) unticks it and puts the
cursor in the number, and a digit typed on the ticked box does the same, the digit in the number (walk U17 F6:
both did nothing, the number field off, the digits typed lost without a word)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.ui.conftest import Script, press, type_text  # noqa: E402
from tests.ui.test_document_box_enter_on_empty_number import _alt  # noqa: E402
from tests.ui.test_document_number_box import _action, approved  # noqa: E402, F401 (the fixture)
from ui.document_dialog import DocumentDialog  # noqa: E402

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]


def test_alt_s_and_a_digit_on_the_ticked_box_go_back_to_the_number(qtbot, approved, tmp_path, monkeypatch):  # noqa: F811
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = {}

    def keys(box):
        _alt(qtbot, box)  # ticked: the number off, the cursor on the box
        type_text("17")
        seen["typed"] = (box.by_hand.isChecked(), box.number.text(), QApplication.focusWidget() is box.number)
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        press(Qt.Key.Key_Backspace)  # the number gone, the choice on again
        _alt(qtbot, box)
        press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Số văn bản:"
        seen["alt s"] = (box.by_hand.isChecked(), QApplication.focusWidget() is box.number)
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, keys))
    action.trigger()
    script.check()
    assert seen == {"alt s": (False, True), "typed": (False, "17", True)}
