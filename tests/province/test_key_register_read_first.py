"""The key register's time column says what it holds: when the program first read a file signed
by the key ("Đọc lần đầu"), not when the file was received (walk 8, finding 9: "Nhận lần đầu
19:54 02/12/2026" beside a 6-month report received on 19/06 read as a late date). The date of
receipt that decides lateness is in "Tình hình gửi báo cáo"."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt

from tests.province.test_keys_window import (  # noqa: F401 - fixtures: the e-mailed folder, the window
    mail,
    received,
    window,
)
from tests.ui.conftest import press
from ui.province_key_lists import KeysModel

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the window as a person sees it, saved there


def test_the_register_says_first_read_not_received(qtbot, received, mail):
    """Alt+A opens Khóa ký; the column and each row's tooltip say "đọc" (read), never "nhận"."""
    window = received
    window.resize(1366, 768)
    window.table.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.keys_tab
    table = window.keys_tab.table
    header = table.model().headerData(KeysModel.FIRST_SEEN, Qt.Orientation.Horizontal)
    assert header == "Đọc lần đầu"
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == mail["a"].unit_code)
    tip = model.index(row, KeysModel.FIRST_SEEN).data(Qt.ItemDataRole.ToolTipRole)
    assert ": tệp đầu tiên ký bằng khóa này, đọc lúc " in tip and "nhận" not in tip
    if SHOTS:
        qtbot.wait(10)  # the columns fitted
        window.grab().save(os.path.join(SHOTS, "key_register_read_first.png"))
