"""The province office's first run: the administrator made at the first run may not receive
reports, so "I also enter the figures" opens the province window as the officer (as it does for
a commune), and the administrator makes the other accounts in Tệp › Tài khoản… (before, only
`chitieu users add` could: a new office could not receive a single report from the window)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.core.users import Role
from tests.ui.conftest import Script, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog
from ui.app import start
from ui.login_dialog import FirstAdminDialog
from ui.mode_dialog import ModeDialog
from ui.province_first_run import ProvinceFirstRunDialog

PASSWORD = "hoa-sen-2026"


def _administrator(also_officer: bool):
    def fill(dialog):
        type_text("tinh")
        press(Qt.Key.Key_Tab)
        type_text("Đỗ Thị Thanh Hương")
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        if also_officer:
            press(Qt.Key.Key_Tab)
            press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)
    return fill


def _province(dialog):
    press(Qt.Key.Key_Down)  # from Xã, phường to Văn phòng tỉnh
    press(Qt.Key.Key_Return)


def _go_on(dialog):
    """The province's first-run box (who signs, the accounts its work needs): the names left
    empty, Enter in each says so and stays, Enter again goes on: from the first to the second,
    to the title, and from the title continues."""
    for _ in range(5):
        press(Qt.Key.Key_Return)


def test_i_also_enter_the_figures_opens_the_province_window_as_the_officer(qtbot, blank_workspace):
    ws = blank_workspace
    script = Script((FirstAdminDialog, _administrator(True)), (ModeDialog, _province), (ProvinceFirstRunDialog, _go_on))
    window = start(ws)
    script.check()
    qtbot.addWidget(window)
    assert ws.account.username == "tinh.nhaplieu" and ws.account.role == Role.OFFICER
    assert window.intake_button.isEnabled()
    window.file_menu.aboutToShow.emit()
    assert not window.accounts_action.isEnabled()  # the officer's: no accounts to manage
    window.close()


def test_the_administrator_makes_an_officer_in_the_province_window(qtbot, blank_workspace):
    """Without the box ticked the window opens as the administrator, whose Tệp › Tài khoản…
    makes the officer who will receive the reports."""
    ws = blank_workspace
    script = Script((FirstAdminDialog, _administrator(False)), (ModeDialog, _province), (ProvinceFirstRunDialog, _go_on))
    window = start(ws)
    script.check()
    qtbot.addWidget(window)
    assert ws.account.role == Role.ADMIN
    window.file_menu.aboutToShow.emit()
    assert window.accounts_action.isEnabled()
    assert window.accounts_action.text() == "Tài &khoản…"

    opened = {}

    def add(dialog):  # Thêm tài khoản…, after this step returns (the next dialog's loop runs the steps)
        opened["accounts"] = dialog
        opened["roles"] = dialog.findChildren(QLabel)[0].text()
        QTimer.singleShot(0, dialog.action_buttons[0].click)

    def officer(dialog):
        type_text("tinh.nhaplieu")
        press(Qt.Key.Key_Tab)
        type_text("Nông Văn Bình")
        press(Qt.Key.Key_Tab)
        assert dialog.role.currentData() == Role.OFFICER  # the first role offered
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)
        QTimer.singleShot(0, opened["accounts"].close_button.click)  # back in the list: Đóng

    script = Script((AccountsDialog, add), (AddAccountDialog, officer))
    window.accounts_action.trigger()
    script.check()
    assert ("tinh.nhaplieu", Role.OFFICER) in {(a.username, a.role) for a in ws.users()}
    assert opened["roles"].startswith("Cán bộ nhập liệu nhận báo cáo của các xã, phường; Lãnh đạo xác nhận")
    window.close()


def test_the_administrator_told_why_receiving_is_refused(qtbot, blank_workspace):
    """The administrator may not receive: the refusal names receiving, not "entering figures"."""
    import pytest

    from desktop_app.core.errors import NotPermitted
    from desktop_app.province import ProvinceOffice

    ws = blank_workspace
    ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", PASSWORD)
    ws.login("tinh", PASSWORD)
    office = ProvinceOffice(ws)
    office.setup()
    with pytest.raises(NotPermitted) as err:
        office.intake(blank_workspace.store.path, "2026-6M")
    assert err.value.message.startswith("Tài khoản tinh (Quản trị) không được nhận báo cáo của các xã, phường. "
                                        "Việc này do Cán bộ nhập liệu làm, mà chưa có tài khoản Cán bộ nhập liệu nào")
    assert err.value.en.startswith("The account tinh (Administrator) may not receive the communes' reports")


def test_enter_goes_through_the_signers_title_which_the_keys_choose(qtbot, blank_workspace):
    """Typed with Enter only, the box stops at "Chức vụ người ký" after the signer (it closed there,
    and "Phó Chủ tịch", the default nobody chose, was printed under the signature): Up chooses
    Chủ tịch UBND, Enter continues, and the office has the title chosen by the keys."""
    ws, seen = blank_workspace, {}

    def names(dialog):
        type_text("Trần Thị Minh Nguyệt")
        press(Qt.Key.Key_Return)
        assert QApplication.focusWidget() is dialog.signers.signer
        type_text("Hoàng Thị Ký")
        press(Qt.Key.Key_Return)
        seen["open at the title"] = dialog.isVisible()
        seen["focus"] = QApplication.focusWidget() is dialog.signers.signer_title
        press(Qt.Key.Key_Up)  # Phó Chủ tịch UBND › Chủ tịch UBND
        seen["title"] = dialog.signers.signer_title.currentText()
        press(Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()

    script = Script((FirstAdminDialog, _administrator(True)), (ModeDialog, _province), (ProvinceFirstRunDialog, names))
    window = start(ws)
    script.check()
    qtbot.addWidget(window)
    assert seen == {"open at the title": True, "focus": True, "title": "Chủ tịch UBND", "closed": True}
    s = window.office.settings
    assert (s.preparer, s.signer, s.signer_title) == ("Trần Thị Minh Nguyệt", "Hoàng Thị Ký", "Chủ tịch")
    window.close()


def test_tab_from_the_signer_reaches_the_title_and_escape_there_quits(qtbot, blank_workspace):
    """Tab goes down the form as it shows it (preparer, signer, title, "Tạo tài khoản…"); Escape
    from the title quits as from anywhere: the mode is asked again at the next start."""
    from desktop_app.database_mode import mode_of

    seen = []

    def tab_then_escape(dialog):
        for _ in range(3):
            seen.append(QApplication.focusWidget())
            press(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        press(Qt.Key.Key_Escape)
        boxes = dialog.signers
        seen[:] = [w is x for w, x in zip(seen, (boxes.preparer, boxes.signer, boxes.signer_title,
                                                  dialog.accounts_button))]

    script = Script((FirstAdminDialog, _administrator(False)), (ModeDialog, _province),
                    (ProvinceFirstRunDialog, tab_then_escape))
    assert start(blank_workspace) is None
    script.check()
    assert seen == [True] * 4
    assert mode_of(blank_workspace.store) is None
