"""Red team R27: in Chỉ tiêu xã tự đặt, "≥ 12.500" typed for a coverage rate was told "… gõ 12500; nếu là số thập
phân, gõ 12,5", and 12500 typed as told was then refused as over 100 %. The refusal now offers only the reading a
rate's target takes; typed as offered, it is saved."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, shot, type_text
from tests.ui.test_keyboard import shown
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog


def test_the_refusal_offers_only_a_reading_the_target_takes(qtbot, office):  # noqa: F811
    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2026))
    dialog.resize(1366, 768)
    bhyt = [i.code for i in dialog.indicators].index("bhyt")
    dialog.table.setCurrentCell(bhyt, FIRST_YEAR_COLUMN)
    type_text("≥ 12.500")
    press(Qt.Key.Key_Return)
    said = dialog.message.text()
    qtbot.wait(50)  # laid out again for the line
    shot(dialog, "s93_own_target_12500")
    assert "Chưa lưu" in said and "gõ 12,5." in said, said
    assert "12500" not in said, said  # not offered: a rate's target is at most 100
    assert (2026, "bhyt") not in office.own_targets()
    type_text("≥ 12,5")  # as offered, over the cell kept red
    press(Qt.Key.Key_Return)
    assert office.own_targets()[(2026, "bhyt")].value == Decimal("12.5"), dialog.message.text()
