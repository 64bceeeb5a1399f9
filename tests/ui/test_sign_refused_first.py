"""Kỳ báo cáo › Ký số báo cáo… on a period that is not approved (walk 13, M2: the dialog opened,
took the token's PIN, which counts towards the token's lock-out, and only then refused): refused at
once, before any PIN is asked, in the words the service refuses it with; an approved period still
opens the dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.certificates import KeySource
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import parse_period
from desktop_app.report_signing import sign_report, signature_settings
from tests.signature.conftest import approved, pki  # noqa: F401 (the fixtures)
from tests.ui.conftest import Script, press
from ui.export_dialog import SETTINGS_KEY as EXPORT_FOLDER_KEY
from ui.sign_dialog import SignDialog

ALT = Qt.KeyboardModifier.AltModifier


def sign_from_the_menu(qtbot, window) -> None:
    """Alt+K (Kỳ báo cáo), K (Ký số báo cáo…), as a leader does it."""
    press(Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.period_menu, timeout=10000)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_K)


def test_a_period_being_entered_is_refused_before_the_pin_in_the_services_words(qtbot, window, workspace, tmp_path):
    period = window.period
    assert not workspace.period_state(period).frozen  # Đang nhập: not approved
    with pytest.raises(ChiTieuError) as refused:  # what the service says (it refuses it too)
        sign_report(workspace, period, tmp_path, KeySource("p12", str(tmp_path / "khoa.p12"), secret="x"))
    service = refused.value.message
    assert "chỉ ký số được báo cáo của kỳ đã duyệt" in service
    seen = []

    def read(box):
        seen.append((box.windowTitle(), box.text().replace("\u00a0", " ")))  # ui.unbroken_paths
        press(Qt.Key.Key_Return)

    assert not window.sign_action.isEnabled() and window.sign_action.statusTip() == service  # stop 41
    script = Script((QMessageBox, read))
    window.sign_report()  # called all the same
    qtbot.waitUntil(lambda: bool(seen) or bool(script.errors), timeout=20000)
    script.check()
    assert seen == [("Không ký số được báo cáo", service)]
    assert not hasattr(window, "sign_dialog")  # no PIN was asked


def test_an_approved_period_opens_the_dialog_asking_the_pin(qtbot, make_window, approved):  # noqa: F811
    ws, out, _export = approved
    QSettings().setValue(EXPORT_FOLDER_KEY, str(out))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    asked = []

    def cancel(dialog):
        asked.append(dialog.focusWidget() in (dialog.pin, dialog.p12))  # p12: no token library here
        press(Qt.Key.Key_Escape)

    script = Script((SignDialog, cancel))
    sign_from_the_menu(qtbot, window)
    script.check()
    assert asked == [True]


def test_without_a_token_library_no_pin_is_asked_for_the_token(qtbot, make_window, approved):  # noqa: F811
    """No token library chosen on this computer (walk 13, M2: the dialog still asked the token's PIN,
    Ký số the default button): it opens on the certificate file, the file's box in focus; chosen with
    the keyboard, "Token" greys the PIN and Ký số, the line saying who chooses the library."""
    ws, out, _export = approved
    assert not signature_settings(ws).pkcs11_module
    QSettings().setValue(EXPORT_FOLDER_KEY, str(out))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    seen = {}

    def look(dialog):
        seen["opened on"] = (dialog.source.currentText(), dialog.focusWidget() is dialog.p12)
        dialog.source.setFocus()
        press(Qt.Key.Key_Up)  # Thiết bị ký số (token)
        seen["token"] = (dialog.source.currentIndex(), dialog.pin.isEnabled(), dialog.ok_button.isEnabled(),
                         dialog.module.text())
        press(Qt.Key.Key_Escape)

    script = Script((SignDialog, look))
    assert window.sign_report() is None
    script.check()
    assert seen["opened on"] == ("Tệp chứng thư số (.p12, .pfx)", True)
    index, pin, sign, line = seen["token"]
    assert (index, pin, sign) == (0, False, False)
    assert "Quản trị" in line and "Chữ ký số" in line
