"""Walk 8, finding 4: another unit's paper code typed while confirming a key. The register knows
whose code it is, so the refusal says so ("Mã này là mã khóa của Xã … (mã …), không phải của …: có
phải đang cầm báo cáo giấy của đơn vị khác?") instead of "các tệp đã nhận không do máy của đơn vị
ký", which reads as a forgery. Nothing is confirmed; a code no unit has still gets the old words."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.errors import InvalidInput
from desktop_app.core.keys import KeyState
from tests.province.test_keys_window import (  # noqa: F401 - fixtures: the e-mailed folder, the window
    click,
    click_row,
    key_row,
    mail,
    received,
    unit_row,
    window,
)
from tests.ui.conftest import Script, press, type_text
from ui.province_key_dialog import KeyConfirmDialog

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the window as a person sees it, saved there


def _mixed_up(paper, unit) -> str:
    return (f"Mã này là mã khóa của {paper.unit_name} (mã {paper.unit_code}), không phải của {unit.unit_name}: "
            "có phải đang cầm báo cáo giấy của đơn vị khác?")


def test_another_unit_s_code_is_named_as_theirs(qtbot, received, mail, office):
    """The key register tab by keyboard: B's key chosen, Enter opens "Xác nhận khóa", A's code typed
    (as read off A's paper: lower case, spaces), Enter: the message names A as the code's unit and
    speaks of the wrong paper, not of files not signed by B's computer; the dialog keeps the code
    selected, Escape closes it, B's key still awaits confirmation."""
    window, a, b = received, mail["a"], mail["b"]
    window.resize(1366, 768)
    window.table.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    tab = window.keys_tab
    assert window.tabs.currentWidget() is tab
    click_row(qtbot, tab.table, key_row(tab, b.unit_code, b.key_code))
    shown = {}

    def other_unit_s_code(dialog):
        type_text(a.key_code.lower().replace("-", " "))
        # pressed from the event loop: the refusal's message box runs a loop of its own
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def read(box):
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        if SHOTS:
            box.grab().save(os.path.join(SHOTS, "key_of_another_unit_message.png"))
        press(Qt.Key.Key_Return)

    def still_open(dialog):
        shown["selected"] = dialog.code.selectedText()
        shown["focus"] = QApplication.focusWidget() is dialog.code
        press(Qt.Key.Key_Escape)

    script = Script((KeyConfirmDialog, other_unit_s_code), (QMessageBox, read), (KeyConfirmDialog, still_open))
    press(Qt.Key.Key_Return)
    script.check()
    assert shown["title"] == "Không xác nhận được khóa"
    assert shown["text"] == _mixed_up(a, b)
    assert "không do máy của đơn vị ký" not in shown["text"]
    assert shown["selected"] == a.key_code.lower().replace("-", " ") and shown["focus"]
    assert {k.key_code: k.state for k in office.keys(b.unit_code)}[b.key_code] == KeyState.CHO
    assert {k.key_code: k.state for k in office.keys(a.unit_code)}[a.key_code] == KeyState.CHO
    assert unit_row(window, b.unit_code)["Tình trạng"] == "Đã nhận, khóa chờ xác nhận"
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "key_of_another_unit_after.png"))


def test_the_service_names_the_unit_and_confirms_nothing(received, mail, office):
    """`confirm_key` (the window's and the command line's): A's code for B names A; a code no unit
    has keeps the words asking to compare the paper again."""
    a, b = mail["a"], mail["b"]
    with pytest.raises(InvalidInput) as refused:
        office.confirm_key(b.unit_code, a.key_code)
    assert refused.value.message == _mixed_up(a, b) and refused.value.field == "Mã khóa"
    with pytest.raises(InvalidInput) as refused:
        office.confirm_key(b.unit_code, "AAAA-BBBB-CCCC-DDDD")
    assert "các tệp đã nhận không do máy của đơn vị ký" in refused.value.message
    assert a.unit_name not in refused.value.message
    assert office.key_state(b.unit_code).state == office.key_state(a.unit_code).state == KeyState.CHO
