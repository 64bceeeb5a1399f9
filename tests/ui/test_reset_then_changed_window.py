"""R16 F1 in the window, by real keys: after the administrator reset the leader's password, changed it and
approved as the leader, the leader's own password is refused under the login form naming the reset and the
change; after the next reset, the new-password form lists the approval made under the leader's name, with its
code."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.core.test_reset_then_changed import RESET_THEN_CHANGED, taken_over
from tests.core.test_temporary_password import PW, filled, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.login_dialog import LoginDialog, NewPasswordDialog

pytestmark = pytest.mark.temporary_passwords
SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the forms saved as seen


def shot(form, name: str) -> None:
    """With CHITIEU_SHOTS: `form` as seen, in the middle of a 1366×768 screen."""
    if not SHOTS:
        return
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen, seen = QPixmap(1366, 768), form.grab()
    screen.fill(QColor("#6d7f8f"))
    painter = QPainter(screen)
    painter.drawPixmap((1366 - seen.width()) // 2, (768 - seen.height()) // 2, seen)
    painter.end()
    screen.save(os.path.join(SHOTS, name))


def test_the_leader_sees_the_reset_the_change_and_the_approval(qtbot, office):  # noqa: F811
    filled(office)
    code = taken_over(office)
    seen = {}

    def own_password(login):
        type_text("lanhdao")
        press(Qt.Key.Key_Return)
        type_text(PW["lanhdao"])  # the leader's own, which the administrator's change replaced
        press(Qt.Key.Key_Return)
        seen["own"] = login.error.text()
        shot(login, "s51_own_password_refused.png")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))

    script = Script((LoginDialog, own_password))
    LoginDialog(office).exec()
    script.check()
    office.login("admin", PW["admin"])
    office.set_password("lanhdao", "lai-tam-thoi-2026")  # the leader asks the administrator again
    office.logout()

    def log_in(login):
        type_text("lanhdao")
        press(Qt.Key.Key_Return)
        type_text("lai-tam-thoi-2026")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def new_password(form):
        seen["intro"] = form.intro.text()
        seen["size"] = (form.width(), form.height())
        shot(form, "s51_new_password_lists.png")
        type_text("cua-rieng-toi-2026")
        press(Qt.Key.Key_Tab)
        type_text("cua-rieng-toi-2026")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    script = Script((LoginDialog, log_in), (NewPasswordDialog, new_password))
    login = LoginDialog(office)
    accepted = login.exec()
    script.check()
    assert all(words in seen["own"] for words in RESET_THEN_CHANGED), seen["own"]
    assert "dưới tên lanhdao đã có:\n– đổi mật khẩu lúc " in seen["intro"]
    assert ";\n– duyệt kỳ năm 2026 lúc " in seen["intro"] and f"(mã {code[:16]})" in seen["intro"]
    assert seen["size"][0] <= 1366 and seen["size"][1] <= 768  # whole on the smallest screen
    assert accepted == LoginDialog.DialogCode.Accepted and office.password_to_change() is None
