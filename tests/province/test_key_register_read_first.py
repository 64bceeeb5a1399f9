"""The key register's date column is the date the key's first file was received ("Nhận lần đầu",
dd/mm/yyyy, `received.received_on`), which a reviewer compares with the deadline; when the program
read it is in the tooltip (walk 8, finding 9: "Nhận lần đầu 19:54 02/12/2026", the reading's time,
beside a 6-month report received on 19/06 read as a late date; 1d45635 renamed the column "Đọc lần
đầu" meanwhile). A key none of whose files is stored (refused) shows the day its file was received,
a date as the others (walk 15, L6: "18:45 03/12/2026" among "18/09/2026"; walk 29, M2: then the day
it was read), the time it was read in the tooltip, in Vietnam time (red-team 16, F5)."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt

from desktop_app.core.keys import KeyState
from tests.province.helpers import ON_TIME
from tests.province.test_keys_window import (  # noqa: F401 - fixtures: the e-mailed folder, the window
    key_row,
    mail,
    received,
    window,
)
from tests.ui.conftest import press
from ui.i18n import translate
from ui.province_key_lists import KeysModel

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the window as a person sees it, saved there


def test_the_register_shows_the_date_of_receipt(qtbot, received, mail, office):
    """Alt+A opens Khóa ký: "Nhận lần đầu" shows 18/06/2026 (the files' date of receipt) for A's
    key, its tooltip the first file and when it was read; the reinstalled laptop's key, its only
    file refused ("Chữ ký không khớp"), shows the day that file was received too, the tooltip saying
    it was refused and when it was read."""
    window = received
    window.resize(1366, 768)
    window.table.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.keys_tab
    table = window.keys_tab.table
    model = table.model()
    assert model.headerData(KeysModel.FIRST_SEEN, Qt.Orientation.Horizontal) == "Nhận lần đầu"
    a = mail["a"]
    cell = model.index(key_row(window.keys_tab, a.unit_code, a.key_code), KeysModel.FIRST_SEEN)
    assert cell.data() == ON_TIME.strftime("%d/%m/%Y") == "18/06/2026"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{a.file_stem}.xlsx: tệp đầu tiên ký bằng khóa này, đọc lúc ") and "18/06/2026" not in tip
    read_at = tip.rsplit("đọc lúc ", 1)[1]
    new = mail["reinstalled"]
    candidate = model.index(key_row(window.keys_tab, new.unit_code, new.key_code), KeysModel.FIRST_SEEN)
    read_day = read_at.split(" ")[1]
    assert read_at == f"{read_at[:5]} {read_day}" and len(read_day) == len("18/06/2026")
    # the day its file was received, as the others (it was "18:45 03/12/2026", then the day read,
    # "đọc 05/12/2026": walk 29, M2), the tooltip saying the file was refused
    assert candidate.data() == "18/06/2026"
    tip = candidate.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("may-moi.xlsx: ") and f" {read_at}." in tip  # when it was read
    assert tip.endswith(translate("KeysTab", ". No file signed by this key is stored (its files were refused): "
                                             "the date shown is the day this file was received."))
    assert {k.key_code: (k.state, k.first_received, k.none_stored) for k in office.keys(new.unit_code)} == {
        mail["b"].key_code: (KeyState.CHO, "2026-06-18", False), new.key_code: (KeyState.CHO, "2026-06-18", True)}
    if SHOTS:
        qtbot.wait(10)  # the columns fitted
        window.grab().save(os.path.join(SHOTS, "key_register_first_received.png"))
