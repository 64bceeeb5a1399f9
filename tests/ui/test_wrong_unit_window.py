"""The reviewer's steps: "Năm 2026", budget revenue typed 1234568 and Tab, after 104.800 at
9 months: saved, with a ⚠ naming both figures and asking to check the unit."""
from __future__ import annotations

from decimal import Decimal as D

from desktop_app.core.periods import Period
from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import TAB, cell_text, go_to
from ui.entry_model import Col

WARNING = ("Thay đổi bất thường so với 9 tháng năm 2026: 104.800 → 1.234.568 triệu đồng (gấp 11,8 lần); "
           "kiểm tra lại đơn vị tính.")


def test_a_year_ten_times_the_nine_months_is_saved_with_a_warning(make_window, workspace):
    workspace.set_entry("2026-9M", "thu_ngan_sach", value="104.800")
    window = make_window(workspace)
    window.show_period(Period(2026, "Y"))
    go_to(window, "thu_ngan_sach", "value")
    type_text("1234568"); press(TAB)
    assert workspace.row("2026", "thu_ngan_sach").entry.value == D("1234568")
    assert WARNING in window.feedback.toolTip()
    assert "⚠" in window.feedback.text()
    assert cell_text(window, "thu_ngan_sach", Col.VALUE).startswith("⚠")
    window.reload()  # and again when the period is opened
    go_to(window, "thu_ngan_sach", "value")
    assert WARNING in window.cell_info.toolTip()
