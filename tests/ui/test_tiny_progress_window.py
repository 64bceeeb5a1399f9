"""The entry window says what the report says of a share of the target that rounds to 0 but is
not 0 (walk-through 6: "Đang thực hiện / 0% chỉ tiêu" for 1.234,5 of a five-year 4.450.844)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import cell_text, go_to
from ui.entry_model import Col


def test_typed_1234_5_of_4_450_844_reads_0_03_percent(make_window, ward_workspace):
    window = make_window(ward_workspace)
    go_to(window, "thu_ngan_sach", "value")
    type_text("1235")
    press(Qt.Key.Key_Return)
    assert cell_text(window, "thu_ngan_sach", Col.VERDICT) == "Đang thực hiện\n0,03% chỉ tiêu"
