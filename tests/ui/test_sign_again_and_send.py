"""Kỳ báo cáo › Ký số báo cáo… as the leader meets it:

- a report already signed in the export's folder is said before any PIN is typed: which file,
  by whom, when; Enter (the default) and Escape sign nothing again, "Ký lại" signs again, and
  "Gửi cặp tệp đã ký cho tỉnh…" sends the signed pair as it is;
- once signed, the box offers "Gửi cho tỉnh…" for the signed pair; it opened after the token's
  work, so a key typed through it does not close it (tests/ui/test_unprompted_boxes.py).

Real key presses in the real window (PKCS#12 file as the key; the desktop's mail program and
folder patched at the edges)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.certificates import KeySource
from desktop_app.core.periods import parse_period
from desktop_app.report_signing import sign_report
from tests.signature.conftest import P12_PASSWORD, approved, pki  # noqa: F401 (the fixtures)
from tests.signature.test_send_signed import attachments, folder_state
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_send_report import desktop  # noqa: F401 (the fixture)
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui.export_dialog import SETTINGS_KEY as EXPORT_FOLDER_KEY
from ui.sign_dialog import SignDialog


@pytest.fixture
def leader_window(make_window, approved):  # noqa: F811
    """The window on the approved year 2026, its export in `out` (the folder remembered)."""
    ws, out, export = approved
    QSettings().setValue(EXPORT_FOLDER_KEY, str(out))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    return window, ws, out, export.submission.file_stem


def type_the_password(pki):  # noqa: F811
    def sign(dialog):
        dialog.source.setCurrentIndex(dialog.source.findData("p12"))
        dialog.p12.setText(str(pki.leader_p12))
        dialog.pin.setFocus()
        type_text(P12_PASSWORD)
        press(Qt.Key.Key_Return)
    return sign


def test_signing_a_signed_report_says_so_first_and_enter_signs_nothing_again(leader_window, pki, clock):  # noqa: F811
    window, ws, out, stem = leader_window
    sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    before = folder_state(out)
    seen = []

    def read_and_enter(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText(), box.defaultButton().text(),
                     [b.text() for b in box.buttons()]))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read_and_enter))
    assert window.sign_report() is None
    script.check()
    title, text, informative, default, buttons = seen[0]
    assert title == "Báo cáo đã ký số"
    assert text.startswith(f"Báo cáo đã được ký số: {stem}_ky-so.pdf (thư mục {out}), do Trần Thị Bình ký lúc ")
    assert text.endswith(f"Tệp {stem}.xlsx ghi mã của bản đã ký đó.")
    assert f"Ký lại sẽ thay {stem}_ky-so.pdf bằng bản có chữ ký mới" in informative
    assert default == "Hủy" and sorted(buttons) == ["&Gửi cặp tệp đã ký cho tỉnh…", "&Ký lại", "Hủy"]
    assert not hasattr(window, "sign_dialog") or not window.sign_dialog.isVisible()  # no PIN asked
    assert folder_state(out) == before

    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_Escape)))
    assert window.sign_report() is None
    script.check()
    assert folder_state(out) == before

    def done(box):
        clock.passes(2.0)  # reads it
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)),
                    (SignDialog, type_the_password(pki)), (QMessageBox, done))
    result = window.sign_report()
    script.check()
    after = folder_state(out)
    assert result is not None and result.pdf == out / f"{stem}_ky-so.pdf"
    assert after[f"{stem}_ky-so.pdf"] != before[f"{stem}_ky-so.pdf"]
    assert after[f"{stem}_ky-so.pdf"] == result.sha256  # the new signature, named by the workbook written again
    assert after[f"{stem}.pdf"] == before[f"{stem}.pdf"]  # the export itself untouched


def test_the_question_sends_the_signed_pair_as_it_is(leader_window, pki, desktop, qtbot):  # noqa: F811
    window, ws, out, stem = leader_window
    signed = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)))
    assert window.sign_report() is None
    script.check()
    qtbot.waitUntil(lambda: window.send_controller.done_dialog is not None, timeout=30000)
    draft = window.send_controller.done_dialog.draft
    assert draft.signed and draft.export.pdf == signed.pdf
    assert sorted(attachments(out / f"{stem}.eml")) == [f"{stem}.xlsx", f"{stem}_ky-so.pdf"]


def test_the_signed_box_offers_sending_and_a_key_typed_through_does_not_close_it(
        leader_window, pki, desktop, qtbot, clock):  # noqa: F811
    window, ws, out, stem = leader_window
    seen = {}

    def typed_through_then_send(box):
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        press(Qt.Key.Key_Return)  # the leader's Enter again, "did it sign?"
        press(Qt.Key.Key_Space)
        seen["open after Enter and Space"] = box.isVisible()
        clock.passes(2.0)  # reads it
        press(Qt.Key.Key_Backtab)
        seen["focus"] = QApplication.focusWidget().text()
        press(Qt.Key.Key_Space)

    script = Script((SignDialog, type_the_password(pki)), (QMessageBox, typed_through_then_send))
    result = window.sign_report()
    script.check()
    assert result is not None
    seen["buttons"] = sorted(seen["buttons"])
    assert seen == {"buttons": ["&Gửi cho tỉnh…", "Đóng"], "default": "Đóng", "open after Enter and Space": True,
                    "focus": "&Gửi cho tỉnh…"}
    qtbot.waitUntil(lambda: window.send_controller.done_dialog is not None, timeout=30000)
    dialog = window.send_controller.done_dialog
    assert dialog.draft.signed and dialog.draft.export.pdf == result.pdf
    assert "ký số" in dialog.attached  # the signed report, attached as it is
    assert sorted(attachments(out / f"{stem}.eml")) == [f"{stem}.xlsx", f"{stem}_ky-so.pdf"]
