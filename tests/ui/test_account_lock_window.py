"""Quản trị › Tài khoản…, locking by keyboard (walk 15, M1): Alt+K asks first, naming the person
and role, "Không" the default (Enter keeps the account); a locked account stays in the list,
greyed and marked, and "Mở khóa tài khoản" gives it back; the last Leader is warned of. At
login, the locked person with the right password is told to ask the administrator. And L1: a
refused new password empties both password fields, the cursor in the first."""
from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog
from ui.i18n import translate
from ui.login_dialog import ChangePasswordDialog, LoginDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)


def _letter(text: str) -> Qt.Key:
    letter = re.search(r"&([^&])", text.replace("&&", "")).group(1).upper()
    return Qt.Key(ord(letter))


def _alt(letter_of: str, widget) -> None:
    QTimer.singleShot(0, lambda: press(_letter(letter_of), Qt.KeyboardModifier.AltModifier, widget=widget))


def _back(dialog) -> None:
    """After a box closes: the dialog active again, as the window manager makes it."""
    QTimer.singleShot(0, dialog.activateWindow)


def _rows(dialog) -> list[tuple[str, bool]]:
    """Each row's text and whether it is greyed."""
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    return [(i.text(), i.foreground().color().name() == "#888888") for i in items]


def test_alt_k_asks_naming_the_person_no_by_default_and_a_locked_account_stays_listed(qtbot, office):  # noqa: F811
    as_(office, "admin")
    seen = {}

    def in_the_list(dialog):
        seen["first focus"] = QApplication.focusWidget() is dialog.list
        seen["first row"] = dialog.list.currentRow()
        press(Qt.Key.Key_Down)  # admin, canbo, lanhdao: to canbo
        _alt("&Khóa tài khoản", dialog)

    def asked(box):
        seen["question"] = box.text()
        seen["icon"] = box.icon()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        seen["focus on No"] = QApplication.focusWidget() is box.button(QMessageBox.StandardButton.No)
        press(Qt.Key.Key_Return)  # Enter: Không
        _back(dialog)

    def not_locked(dialog):
        seen["after Enter"] = office.store.user("canbo").active
        _alt("&Khóa tài khoản", dialog)

    def asked_again(box):
        seen["yes"] = box.button(QMessageBox.StandardButton.Yes).text()
        QTimer.singleShot(0, lambda: press(_letter(seen["yes"]), Qt.KeyboardModifier.AltModifier, widget=box))
        _back(dialog)

    def locked(dialog):
        seen["rows"] = _rows(dialog)
        seen["chosen"] = dialog.selected()
        seen["focus back"] = QApplication.focusWidget() is dialog.list
        seen["said"] = dialog.said.text()
        seen["buttons"] = (dialog.lock_button.isEnabled(), dialog.unlock_button.isEnabled())
        order = []
        for _ in range(4):
            press(Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        add, reset, _lock, unlock = dialog.action_buttons
        seen["tab order"] = order == [add, reset, unlock, dialog.close_button]
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # back to "Mở khóa tài khoản"
        press(Qt.Key.Key_Space)  # no question: unlocking gives back what was there
        seen["unlocked"] = office.store.user("canbo").active
        seen["rows after"] = _rows(dialog)
        seen["said after"] = dialog.said.text()
        press(Qt.Key.Key_Escape, widget=dialog)

    script = Script((AccountsDialog, in_the_list), (QMessageBox, asked), (AccountsDialog, not_locked),
                    (QMessageBox, asked_again), (AccountsDialog, locked))
    dialog = AccountsDialog(office)
    dialog.exec()
    script.check()
    assert seen["first focus"] and seen["first row"] == 0
    assert seen["question"].startswith("Khóa tài khoản canbo — Nguyễn Văn An, Cán bộ nhập liệu?")
    assert "không đăng nhập được cho đến khi quản trị viên mở khóa" in seen["question"]
    assert seen["icon"] == QMessageBox.Icon.Question and "⚠" not in seen["question"]
    assert seen["default"] and seen["focus on No"] and seen["after Enter"] == 1
    assert seen["yes"] == "&Có"
    marked = translate("AccountsDialog", "locked")  # "đã khóa" once translated
    assert seen["rows"][-1] == (f"canbo — Nguyễn Văn An — Cán bộ nhập liệu — {marked}", True)
    assert [greyed for _text, greyed in seen["rows"]] == [False, False, True]
    assert seen["chosen"] == "canbo" and seen["focus back"] and seen["buttons"] == (False, True)
    assert seen["said"] == "Đã khóa tài khoản canbo (Nguyễn Văn An)."
    assert seen["tab order"]
    assert seen["unlocked"] == 1 and not any(greyed for _text, greyed in seen["rows after"])
    assert seen["said after"].startswith("Đã mở khóa tài khoản canbo (Nguyễn Văn An)")
    assert [r.new for r in office.store.audit_rows() if r.action == "user_active"] == ["canbo: False", "canbo: True"]


def test_locking_the_last_leader_warns_and_no_stays_the_default(qtbot, office):  # noqa: F811
    as_(office, "admin")
    seen = {}

    def in_the_list(dialog):
        press(Qt.Key.Key_End)  # lanhdao, the only Leader
        _alt("&Khóa tài khoản", dialog)

    def warned(box):
        seen["text"], seen["icon"] = box.text(), box.icon()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        press(Qt.Key.Key_Return)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape, widget=dialog))

    script = Script((AccountsDialog, in_the_list), (QMessageBox, warned))
    dialog = AccountsDialog(office)
    dialog.exec()
    script.check()
    assert seen["icon"] == QMessageBox.Icon.Warning and seen["default"]
    assert "⚠ lanhdao là tài khoản Lãnh đạo cuối cùng còn đăng nhập được" in seen["text"]
    assert "không ai duyệt, mở lại kỳ báo cáo hay ký số báo cáo được nữa" in seen["text"]
    assert office.store.user("lanhdao").active


def test_the_locked_person_s_right_password_says_ask_the_administrator(qtbot, office):  # noqa: F811
    as_(office, "admin")
    office.lock_account("canbo")
    office.logout()
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    type_text("canbo")
    press(Qt.Key.Key_Return)
    type_text("doan-thu-1")
    press(Qt.Key.Key_Return)
    assert dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu. Kiểm tra bộ gõ (Unikey) và phím Caps Lock."  # a wrong guess learns nothing
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert dialog.error.text().startswith("Tài khoản canbo (Cán bộ nhập liệu) đã bị quản trị viên khóa. Việc mở "
                                          "khóa do Quản trị làm: Hoàng Văn Quản (admin)")
    assert dialog.isVisible() and office.account is None


def test_add_account_after_two_different_passwords_empties_both_the_cursor_in_the_first(qtbot, office):  # noqa: F811
    as_(office, "admin")
    seen = {}

    def add(dialog):
        type_text("canbo2")
        press(Qt.Key.Key_Tab)
        type_text("Lê Thị Hoa")
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Tab)  # the role as it is
        type_text("hoasen-2027")
        press(Qt.Key.Key_Tab)
        type_text("hoasen-2028")
        press(Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["fields"] = (dialog.password.text(), dialog.again.text())
        seen["focus"] = QApplication.focusWidget() is dialog.password
        type_text("hoasen-2027")
        press(Qt.Key.Key_Return)  # Enter goes on to the empty second field
        seen["on to again"] = QApplication.focusWidget() is dialog.again
        type_text("hoasen-2027")
        press(Qt.Key.Key_Return)

    script = Script((AddAccountDialog, add))
    assert AddAccountDialog(office).exec() == AddAccountDialog.DialogCode.Accepted
    script.check()
    assert seen["error"] == "Hai lần nhập mật khẩu không giống nhau."
    assert seen["fields"] == ("", "") and seen["focus"] and seen["on to again"]
    assert office.login("canbo2", "hoasen-2027").full_name == "Lê Thị Hoa"


def test_change_password_after_two_different_new_ones_empties_both_the_old_one_kept(qtbot, office):  # noqa: F811
    as_(office, "canbo")
    seen = {}

    def change(dialog):
        type_text(PW["canbo"])
        press(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-1")
        press(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-2")
        press(Qt.Key.Key_Return)
        seen["fields"] = (dialog.old.text() == PW["canbo"], dialog.new.text(), dialog.again.text())
        seen["focus"] = QApplication.focusWidget() is dialog.new
        type_text("mat-khau-moi-3")
        press(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-3")
        press(Qt.Key.Key_Return)

    script = Script((ChangePasswordDialog, change))
    assert ChangePasswordDialog(office).exec() == ChangePasswordDialog.DialogCode.Accepted
    script.check()
    assert seen["fields"] == (True, "", "") and seen["focus"]
    office.logout()
    assert office.login("canbo", "mat-khau-moi-3").username == "canbo"


def test_a_temporary_lock_is_listed_with_the_day_it_ends(laptop_in_vietnam, qtbot, office):  # noqa: F811
    """Five wrong passwords lock an account for a while; the Accounts list says until when, with the
    date: a lock taken at 23:58 ends the next day (the time alone read as "until 00:03" today)."""
    from desktop_app.core.errors import ChiTieuError
    from desktop_app.core.users import MAX_FAILURES

    for _ in range(MAX_FAILURES):
        with pytest.raises(ChiTieuError):
            office.login("canbo", "sai-mat-khau-9")
    as_(office, "admin")
    [row] = [r for r in office.accounts() if r.account.username == "canbo"]
    dialog = AccountsDialog(office)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    until = f"{row.locked_until:%H:%M %d/%m/%Y}"
    assert any(t.startswith("canbo — ") and t.endswith(f"tạm khóa đến {until}") for t in texts), texts
