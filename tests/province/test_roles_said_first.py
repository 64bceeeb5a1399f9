"""A province whose only account is the administrator's (walk 6, finding 1): receiving the
communes' reports is an officer's task, confirming a key a leader's. The administrator is told
so as the task is asked for, before a folder, a date or a code is typed, with the accounts that
may, or, where there is none, where such an account is made (Tệp › Tài khoản…, opened from the
message); and the first run, once "Cấp tỉnh" is chosen, says which accounts the province's work
needs and makes them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.users import Role
from tests.province.test_keys_window import TODAY, key_row, mail  # noqa: F401 (fixture)
from tests.ui.conftest import Script, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog
from ui.app import start
from ui.login_dialog import FirstAdminDialog
from ui.mode_dialog import ModeDialog
from ui.province_first_run import ProvinceFirstRunDialog

PASSWORD = "hoa-sen-2026"
ADMIN = "tinh.tonghop"


def shown(qtbot, window):
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    return window


@pytest.fixture
def admin_window(qtbot, office, mail):  # noqa: F811
    """The province window of an office with the administrator and an officer, the folder read by
    the officer (its keys await confirmation), opened by the administrator."""
    from ui.province_window import ProvinceWindow

    ws = office.ws
    ws.add_first_accounts(ADMIN, "Đỗ Thị Thu Hương", PASSWORD, "tinh.nhaplieu")
    ws.login("tinh.nhaplieu", PASSWORD)
    office.intake(mail["folder"], "2026-6M")
    ws.login(ADMIN, PASSWORD)
    window = ProvinceWindow(ws, today=TODAY)
    window.period_box.setCurrentIndex(window.period_box.findData("2026-6M"))
    return shown(qtbot, window)


def read_and(key, seen: dict):
    """The refusal read (its words, its buttons), then `key`."""
    def step(box: QMessageBox):
        seen["text"] = box.text().replace("\u00a0", " ")  # ui.unbroken_paths
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text() if box.defaultButton() else None
        press(key)
    return step


def test_receiving_is_refused_before_the_folder_is_asked(qtbot, admin_window):
    """Alt+N (Nhận báo cáo từ thư mục…): the refusal comes at once, naming the officer's account to
    log in with (no account to make: no "Tài khoản…" button); Escape closes it and no folder dialog
    follows (a Script step would be needed for it: it would be left open and reported)."""
    window, seen = admin_window, {}
    window.table.setFocus()
    script = Script((QMessageBox, read_and(Qt.Key.Key_Escape, seen)))
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    script.check()
    assert seen["text"] == (f"Tài khoản {ADMIN} (Quản trị) không được nhận báo cáo của các xã, phường. Việc này do "
                            "Cán bộ nhập liệu làm: Đỗ Thị Thu Hương (tinh.nhaplieu) — đăng xuất (Tệp › Đăng xuất) "
                            "và đăng nhập bằng tài khoản đó.")
    assert seen["buttons"] == ["Đóng"]
    # nothing read: the tab lists the officer's reading still, from its records
    assert len(window.office.store.intake_runs()) == 1 and window.tabs.currentIndex() == 0


def test_the_refusals_accounts_button_opens_the_account_list(qtbot, admin_window, mail):  # noqa: F811
    """No leader's account yet: Enter on a key's row is refused with "Tài khoản…", the default, which
    Enter opens the account list with (where the administrator makes the leader); Escape closes it,
    and the key waits still."""
    from desktop_app.core.keys import KeyState

    window, seen, listed = admin_window, {}, {}

    def accounts(dialog):
        listed["accounts"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        press(Qt.Key.Key_Escape)

    on_the_key(window, mail["a"])
    script = Script((QMessageBox, read_and(Qt.Key.Key_Return, seen)), (AccountsDialog, accounts))
    press(Qt.Key.Key_Return)
    script.check()
    assert seen["default"] == "&Tài khoản…"
    assert any(line.startswith("tinh.nhaplieu") for line in listed["accounts"])
    assert window.office.key_state(mail["a"].unit_code).state == KeyState.CHO


def on_the_key(window, sub) -> None:
    """The keyboard on `sub`'s key in the register of the "Khóa ký" tab."""
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.table.model().index(key_row(tab, sub.unit_code, sub.key_code), 0))


def test_confirming_a_key_is_refused_before_the_code_is_asked(qtbot, admin_window, mail):  # noqa: F811
    """Enter on a key awaiting confirmation: the refusal names the leader's role before any code
    is typed (no KeyConfirmDialog follows)."""
    window, seen = admin_window, {}
    on_the_key(window, mail["a"])
    script = Script((QMessageBox, read_and(Qt.Key.Key_Escape, seen)))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    script.check()
    assert seen["text"].startswith(f"Tài khoản {ADMIN} (Quản trị) không được xác nhận hoặc thu hồi khóa ký")
    assert ("Việc này do Lãnh đạo làm, mà chưa có tài khoản Lãnh đạo nào: tạo một tài khoản vai trò Lãnh đạo ở "
            "Tệp › Tài khoản… (cho chính mình cũng được, với tên đăng nhập khác), rồi đăng xuất (Tệp › Đăng xuất) "
            "và đăng nhập bằng tài khoản đó.") in seen["text"]


def test_an_officer_is_told_to_ask_the_administrator(qtbot, office, mail):  # noqa: F811
    """The officer, who receives, may not confirm a key: told to ask the administrator for a
    leader's account, with no account list to open (only the administrator makes accounts)."""
    from ui.province_window import ProvinceWindow

    ws = office.ws
    ws.add_first_accounts(ADMIN, "Đỗ Thị Thu Hương", PASSWORD, "tinh.nhaplieu")
    ws.login("tinh.nhaplieu", PASSWORD)
    office.intake(mail["folder"], "2026-6M")
    window = shown(qtbot, ProvinceWindow(ws, today=TODAY))
    window.period_box.setCurrentIndex(window.period_box.findData("2026-6M"))
    seen = {}
    on_the_key(window, mail["a"])
    script = Script((QMessageBox, read_and(Qt.Key.Key_Return, seen)))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    script.check()
    assert ("mà chưa có tài khoản Lãnh đạo nào: đề nghị quản trị viên tạo một tài khoản vai trò Lãnh đạo cho bạn "
            "(ở Tệp › Tài khoản…)") in seen["text"]
    assert seen["buttons"] == ["Đóng"]


def _administrator(dialog):
    for text in ("tinh", "Đỗ Thị Thanh Hương", PASSWORD, PASSWORD):
        type_text(text)
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)


def _province(dialog):
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)


def test_the_first_run_says_which_accounts_the_province_needs_and_makes_them(qtbot, blank_workspace):
    """After "Cấp tỉnh": no officer, no leader yet, said in the first-run box; "Tạo tài khoản…"
    (Tab from the names: Space) opens the account list, where a leader is made; back in the box
    the leader is listed, and Enter opens the province window, as the administrator."""
    ws, seen = blank_workspace, {}

    def accounts_needed(dialog):
        seen["before"] = dialog.accounts.text()
        seen["focus"] = QApplication.focusWidget() is dialog.signers.preparer
        for _ in range(3):  # the names left for later: Tab over them and the title
            press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.accounts_button
        # pressed from the event loop: the account list runs a loop of its own, where the next step is polled
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Space))

    def add(dialog):
        seen["accounts"] = dialog
        QTimer.singleShot(0, dialog.action_buttons[0].click)

    def leader(dialog):
        type_text("tinh.lanhdao")
        press(Qt.Key.Key_Tab)
        type_text("Hoàng Văn Lãnh")
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Down)  # Cán bộ nhập liệu › Lãnh đạo
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)
        QTimer.singleShot(0, seen["accounts"].close_button.click)

    def go_on(dialog):
        seen["after"] = dialog.accounts.text()
        press(Qt.Key.Key_Return)

    script = Script((FirstAdminDialog, _administrator), (ModeDialog, _province),
                    (ProvinceFirstRunDialog, accounts_needed), (AccountsDialog, add), (AddAccountDialog, leader),
                    (ProvinceFirstRunDialog, go_on))
    window = start(ws)
    script.check()
    qtbot.addWidget(window)
    assert seen["focus"]
    assert "Nhận báo cáo của các xã, phường: cần tài khoản vai trò Cán bộ nhập liệu — <b>chưa có</b>" in seen["before"]
    assert "tài khoản vai trò Lãnh đạo — <b>chưa có</b>" in seen["before"]
    assert "tinh.lanhdao (Hoàng Văn Lãnh)" in seen["after"]
    assert ("tinh.lanhdao", Role.LEADER) in {(a.username, a.role) for a in ws.users()}
    assert ws.account.username == "tinh" and type(window).__name__ == "ProvinceWindow"
    window.close()


def test_quitting_the_first_run_box_leaves_the_mode_unchosen(qtbot, blank_workspace):
    """Escape in the province's first-run box: the program closes, and the next start asks again."""
    from desktop_app.database_mode import mode_of

    script = Script((FirstAdminDialog, _administrator), (ModeDialog, _province),
                    (ProvinceFirstRunDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    assert start(blank_workspace) is None
    script.check()
    assert mode_of(blank_workspace.store) is None
