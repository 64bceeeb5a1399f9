"""Enter on the login box's language, the user name still empty, puts the cursor in the user name
(walk U16: the box's default button tried to log in with nothing typed and said "Type the password",
after English was chosen with Alt+G, Down); with the name typed, in the password; both typed, it
logs in as from the password."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import PW, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from ui import i18n
from ui.login_dialog import LoginDialog

ENTER = Qt.Key.Key_Return


def _box(qtbot, office):  # noqa: F811
    office.logout()
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    return dialog


def test_enter_on_the_language_goes_to_the_first_empty_field_then_logs_in(qtbot, office):  # noqa: F811
    dialog = _box(qtbot, office)
    try:
        press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Ngôn n&gữ
        assert QApplication.focusWidget() is dialog.language
        press(Qt.Key.Key_Down)  # English, said at once
        assert dialog.language.currentData() == i18n.ENGLISH
        press(ENTER)
        assert QApplication.focusWidget() is dialog.username and dialog.error.text() == ""
        assert dialog.isVisible() and office.account is None
        type_text("canbo")
        press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        press(ENTER)
        assert QApplication.focusWidget() is dialog.password and dialog.error.text() == ""
        type_text(PW["canbo"])
        press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        press(ENTER)
        assert office.account is not None and office.account.username == "canbo"
    finally:
        i18n.switch_language(i18n.VIETNAMESE)
