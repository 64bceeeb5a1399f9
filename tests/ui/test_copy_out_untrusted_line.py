"""The status line of a copy out dated after tomorrow (the clock ahead at the copy, or a forged record: R23 F4)
says a copy out is due again, and why in its tooltip; not "Chưa từng sao lưu ra ngoài máy"."""
from __future__ import annotations

import datetime as dt

from desktop_app import copied_out
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import shot


def test_the_line_says_to_back_up_again(make_window, office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    copied_out.record(office, tmp_path / "usb", now=dt.datetime.now() + dt.timedelta(days=5))
    window = make_window(office)
    window.resize(1366, 768)
    assert window.copy_out_label.isVisible()
    assert window.copy_out_label.text() == "⚠ Cần sao lưu lại ra ngoài máy (USB)"
    tip = window.copy_out_label.toolTip()
    assert tip.startswith("Lần sao lưu ra ngoài máy gần nhất ghi ngày ") and "cần sao lưu lại" in tip, tip
    shot(window.statusBar(), "s76_copy_out_untrusted_line")
