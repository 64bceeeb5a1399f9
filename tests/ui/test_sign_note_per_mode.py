"""The signing dialog's grey note speaks of what the way chosen asks (walk 14, L3): with the
certificate file chosen it said "Mã PIN được hỏi mỗi lần ký … Thiết bị ký số tự khóa sau vài lần nhập
sai mã PIN liên tiếp", where no PIN is asked but the file's password. The token's note shows with
the token only, the file's with the file, and the dialog keeps its height from one to the other.
(The file's words before and after the translator's: the source's English until then.)"""
from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.core.periods import parse_period
from tests.signature.conftest import approved, pki  # noqa: F401 (the fixtures)
from tests.ui.conftest import Script, press
from ui.export_dialog import SETTINGS_KEY as EXPORT_FOLDER_KEY
from ui.sign_dialog import SignDialog

FILE_NOTE = r"(Mật khẩu tệp chứng thư số|The certificate file's password) .*"


def visible_notes(dialog) -> list[str]:
    """The texts of the dialog's labels in sight that speak of a PIN or a password."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisible() and re.search(r"PIN|mật khẩu|password", label.text(), re.IGNORECASE)
            and not label.text().endswith(":")]  # a field's name


def test_the_pin_note_shows_with_the_token_only(qtbot, make_window, approved):  # noqa: F811
    ws, out, _export = approved
    QSettings().setValue(EXPORT_FOLDER_KEY, str(out))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    seen = {}

    def look(dialog):
        QApplication.processEvents()
        seen["file"] = (dialog.source.currentText(), visible_notes(dialog), dialog.height())
        dialog.source.setFocus()
        press(Qt.Key.Key_Up)  # Thiết bị ký số (token USB)
        QApplication.processEvents()
        seen["token"] = (dialog.source.currentText(), visible_notes(dialog), dialog.height())
        press(Qt.Key.Key_Down)  # back to the file
        QApplication.processEvents()
        seen["file again"] = (visible_notes(dialog), dialog.height())
        press(Qt.Key.Key_Escape)

    script = Script((SignDialog, look))
    assert window.sign_report() is None
    script.check()
    shown, notes, height = seen["file"]
    assert shown == "Tệp chứng thư số (.p12, .pfx)"
    assert len(notes) == 1 and re.fullmatch(FILE_NOTE, notes[0]), notes
    assert "PIN" not in notes[0]
    shown, notes, token_height = seen["token"]
    assert shown == "Thiết bị ký số (token USB)"
    assert notes == ["Mã PIN được hỏi mỗi lần ký và không bao giờ được lưu. Thiết bị ký số tự khóa sau vài lần "
                     "nhập sai mã PIN liên tiếp."]
    assert seen["file again"][0] == seen["file"][1]
    assert token_height == height == seen["file again"][1]  # no jump from one way to the other
