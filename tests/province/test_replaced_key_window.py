"""The window's side of a reinstalled laptop (red-team 15, F2): confirming the new key in the key
register changes the version a period keeps, and so the figures the summary counts; the window
says which version it keeps now in a box the reviewer reads and closes, not only in the status
bar's line (cut at its width, gone in 10 seconds)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.province.test_keys_window import click, click_row, key_row
from tests.province.test_replaced_key_report import _read, clock, reports  # noqa: F401 (fixtures)
from tests.ui.conftest import Script, press, type_text
from ui.province_key_dialog import KeyConfirmDialog


def test_confirming_the_new_key_says_which_version_is_kept_now(qtbot, office, reports, tmp_path, clock):  # noqa: F811
    from ui.province_window import ProvinceWindow

    k1, k2, copy = reports["k1"], reports["k2"], reports["copy"]
    _read(office, tmp_path / "1", k1)
    office.confirm_key(k1.unit_code, k1.key_code)
    _read(office, tmp_path / "2", k2)  # refused: K2 waits for the paper
    _read(office, tmp_path / "3", copy)  # the copy's, signed by K1: kept for now
    window = ProvinceWindow(office.ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, key_row(tab, k2.unit_code, k2.key_code))
    said = []

    def type_the_paper_code(dialog):
        type_text(k2.key_code)
        press(Qt.Key.Key_Return)

    def read_and_close(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((KeyConfirmDialog, type_the_paper_code), (QMessageBox, read_and_close))
    click(qtbot, tab.confirm_button)
    script.check()
    assert said[0].startswith(f"Đã xác nhận khóa {k2.key_code} của {k2.unit_name}")
    assert f"nay giữ bản đã duyệt, mã xác thực {k1.fingerprint[:16]}" in said[0]
    assert f"trước đó giữ bản đã duyệt, mã xác thực {copy.fingerprint[:16]}" in said[0]
    assert window.statusBar().currentMessage().startswith(f"Đã xác nhận khóa {k2.key_code}")
