"""The window's key tab with a key that signs for two units: marked on both rows, and
confirmed for the second unit only after a question naming the first (No by default)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.conftest import PERIOD
from tests.province.test_shared_keys import _inbox, reports  # noqa: F401 - the module fixture
from tests.ui.conftest import Script, press, type_text
from ui.province_key_dialog import KeyConfirmDialog

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def window(qtbot, office, reports, tmp_path):  # noqa: F811
    from ui.province_window import ProvinceWindow

    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": reports["forged"], "2.xlsx": reports["t"]}), PERIOD)
    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1500, 600)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    return w


def _rows(tab):
    proxy = tab.table.model()
    return [{proxy.headerData(c, Qt.Orientation.Horizontal): proxy.index(r, c).data()
             for c in range(proxy.columnCount())} for r in range(proxy.rowCount())]


def test_a_shared_key_is_marked_on_both_rows_and_confirmed_only_when_said_shared(qtbot, window, office, reports):
    t, d = reports["t"], reports["d"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    rows = {(r["Mã"], r["Mã khóa"]): r for r in _rows(tab)}
    assert rows[(t.unit_code, t.key_code)]["Cũng ký cho"] == f"Xã Đại Phúc (mã {d.unit_code}, chờ xác nhận)"
    assert rows[(d.unit_code, t.key_code)]["Cũng ký cho"] == f"Xã Tân Cương (mã {t.unit_code}, chờ xác nhận)"
    proxy = tab.table.model()
    tips = {proxy.index(r, 4).data(Qt.ItemDataRole.ToolTipRole) for r in range(proxy.rowCount())}
    assert tips == {f"Khóa này cũng ký tệp của Xã Đại Phúc (mã {d.unit_code}, chờ xác nhận).",
                    f"Khóa này cũng ký tệp của Xã Tân Cương (mã {t.unit_code}, chờ xác nhận)."}
    assert tab.select_key(d.unit_code, t.key_code)
    said = {}

    def type_code(dialog):
        type_text(t.key_code)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))  # the question's box polls the next step

    def answer(box, button):
        said.setdefault("texts", []).append(box.text())
        said.setdefault("default", []).append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        if button == QMessageBox.StandardButton.No:
            press(Qt.Key.Key_Return)  # the default
        else:
            box.button(button).click()

    script = Script((KeyConfirmDialog, type_code), (QMessageBox, lambda b: answer(b, QMessageBox.StandardButton.No)),
                    (KeyConfirmDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    tab.confirm_key()
    script.check()
    assert f"cũng ký tệp của Xã Tân Cương (mã {t.unit_code}, chờ xác nhận)" in said["texts"][0]
    assert said["default"] == [True]
    assert {k.unit_code: k.state for k in office.keys()} == {t.unit_code: KeyState.CHO, d.unit_code: KeyState.CHO}

    script = Script((KeyConfirmDialog, type_code), (QMessageBox, lambda b: answer(b, QMessageBox.StandardButton.Yes)))
    tab.confirm_key()
    script.check()
    assert {k.unit_code: k.state for k in office.keys()} == {t.unit_code: KeyState.CHO, d.unit_code: KeyState.XAC_NHAN}
    assert window.statusBar().currentMessage().startswith(f"Đã xác nhận khóa {t.key_code} của Xã Đại Phúc")


def test_the_other_units_are_named_in_english_in_the_english_window(qtbot, window, reports):
    """Walk 17, L4: the "Also signs for" column was built in Vietnamese whatever the window's language."""
    from ui import i18n

    t, d = reports["t"], reports["d"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    try:
        i18n.switch_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: any("Also signs for" in r for r in _rows(tab)), timeout=10000)
        rows = {(r["Code"], r["Key code"]): r for r in _rows(tab)}
        assert rows[(t.unit_code, t.key_code)]["Also signs for"] == (
            f"Xã Đại Phúc (code {d.unit_code}, awaiting confirmation)")
    finally:
        i18n.install_language(i18n.VIETNAMESE)
        i18n.save_language(i18n.VIETNAMESE)
