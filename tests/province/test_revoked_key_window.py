"""The window's side of a revoked key confirmed again (walk U10, F1): "Xác nhận khóa…" on a revoked row
asks first, naming who revoked it and when, No by default (Enter, Escape); "Có" (Alt+C) goes on to the
code typed from the paper; the code of a revoked key typed for another row asks the same; after, the
row says the revocation and the confirmation again."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.test_keys_window import key_row, mail, received, window  # noqa: F401 - fixtures
from tests.ui.conftest import Script, press, shot, type_text
from ui.province_key_dialog import KeyConfirmDialog

WHEN = r"\d\d:\d\d \d\d/\d\d/\d{4}"


def _shot(widget, name: str) -> None:
    shot(widget, f"s55_{name}")


def _states(office, unit_code):
    return {k.key_code: k.state for k in office.keys(unit_code)}


def test_a_revoked_row_asks_first_and_its_revocation_stays_in_view(qtbot, received, mail, office):  # noqa: F811
    window, a = received, mail["a"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    office.revoke_key(a.unit_code)
    tab.show_period(tab.period)
    assert tab.select_key(a.unit_code, a.key_code)
    asked = []

    def answer(box, keys):
        asked.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        _shot(box, "question")
        press(*keys, widget=box)

    for keys in ((Qt.Key.Key_Return,), (Qt.Key.Key_Escape,)):  # No, the default; Escape says No too
        script = Script((QMessageBox, lambda box, keys=keys: answer(box, keys)))
        assert tab.confirm_key() is None
        script.check()
        assert _states(office, a.unit_code) == {a.key_code: KeyState.THU_HOI}
    text, default_no = asked[0]
    assert default_no and re.search(f"đã bị tỉnh thu hồi lúc {WHEN} bởi van-thu", text)
    assert "khi máy của đơn vị bị mất hoặc khóa bị lộ" in text and "--again" not in text

    def type_code(dialog):
        type_text(a.key_code)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    said = []  # the box after: the version kept changed (it counts again)
    script = Script((QMessageBox, lambda box: answer(box, (Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier))),
                    (KeyConfirmDialog, type_code),
                    (QMessageBox, lambda box: (said.append(box.text()), press(Qt.Key.Key_Return, widget=box))))
    assert tab.confirm_key() is not None
    script.check()
    assert _states(office, a.unit_code) == {a.key_code: KeyState.XAC_NHAN}
    assert len(asked) == 3 and "nay giữ bản đã duyệt" in said[0], said
    row = key_row(tab, a.unit_code, a.key_code)
    proxy = tab.table.model()
    assert proxy.index(row, 3).data() == "Đã xác nhận"
    cell = proxy.index(row, 7).data()
    assert re.fullmatch(f"đã thu hồi lúc {WHEN} \\(van-thu\\), xác nhận lại lúc {WHEN} \\(van-thu\\)", cell)
    assert proxy.index(row, 7).data(Qt.ItemDataRole.ToolTipRole) == cell
    window.resize(1366, 700)
    _shot(window, "register_row")


def test_a_revoked_keys_code_typed_for_another_row_asks_too(qtbot, received, mail, office):  # noqa: F811
    """B's key revoked; the row of B's reinstalled laptop's key chosen and B's old code typed (the paper
    in hand an old one): asked, Escape says No, the dialog stays; nothing changes."""
    window, b, new = received, mail["b"], mail["reinstalled"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    office.revoke_key(b.unit_code, b.key_code)
    before = _states(office, b.unit_code)
    assert before[b.key_code] == KeyState.THU_HOI
    tab.show_period(tab.period)
    assert tab.select_key(b.unit_code, new.key_code)
    asked = []

    def type_code(dialog):
        type_text(b.key_code)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def answer(box):
        asked.append(box.text())
        press(Qt.Key.Key_Escape, widget=box)

    script = Script((KeyConfirmDialog, type_code), (QMessageBox, answer),
                    (KeyConfirmDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    assert tab.confirm_key() is None
    script.check()
    assert len(asked) == 1 and f"Khóa mã {b.key_code}" in asked[0] and "đã bị tỉnh thu hồi" in asked[0]
    assert _states(office, b.unit_code) == before
