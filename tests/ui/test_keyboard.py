"""The keyboard alone, as an officer types: every dialog opens in its first field, Tab goes
field to field then to the buttons, Enter accepts, Escape cancels, and no typed character
presses a button. The first run, a login and a new account are typed key by key (Vietnamese
names with spaces) through the real start-up, up to the main window."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.core.periods import parse_period
from desktop_app.core.users import Role
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button, commit_text, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog
from ui.app import start
from ui.baseline_dialog import BaselineDialog
from ui.login_dialog import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from ui.main_window import MainWindow
from ui.mode_dialog import ModeDialog
from ui.setup_dialog import SetupDialog

PASSWORD = "hoa-sen-2026"


def tab_sequence(dialog, count: int) -> list:
    """The widgets the focus visits, starting where the dialog put it, then `count` Tabs."""
    visited = [QApplication.focusWidget()]
    for _ in range(count):
        press(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def shown(qtbot, dialog):
    """`dialog` on screen with the keyboard, as after opening it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def button(dialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_a_keyboard_only_login_reaches_the_main_window(qtbot, office):  # noqa: F811
    """User name, Tab, password, Enter: the officer's main window, logged in (the buttons come
    after the fields in Tab's order, so Tab never lands on "Thoát")."""
    seen = {}

    def log_in(dialog):
        seen["first"] = QApplication.focusWidget() is dialog.username
        type_text("canbo")
        press(Qt.Key.Key_Tab)
        seen["tab"] = QApplication.focusWidget() is dialog.password
        type_text(PW["canbo"])
        press(Qt.Key.Key_Return)

    script = Script((LoginDialog, log_in))
    window = start(office)
    script.check()
    qtbot.addWidget(window)
    assert seen == {"first": True, "tab": True}
    assert isinstance(window, MainWindow) and window.isVisible()
    assert office.account.username == "canbo"
    assert window.account_label.text() == "Nguyễn Văn An — Cán bộ nhập liệu"
    # The cursor in the form: the first figure typed goes into its first cell, not the period list.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    period = window.period
    type_text("95")
    press(Qt.Key.Key_Return)
    assert window.period == period and "Đã lưu" in window.feedback.text()
    window.close()


def test_the_login_dialog_s_tab_order_and_escape(qtbot, office):  # noqa: F811
    """Tab: user name, password, Log in, Quit, the interface language (last, not in the way), and
    round again; Enter typed back in a field after Tab went over "Thoát" logs in (never quits);
    Escape quits."""
    dialog = shown(qtbot, LoginDialog(office))
    login, quit_ = button(dialog, "Đăng nhập"), button(dialog, "Thoát")
    assert tab_sequence(dialog, 5) == [dialog.username, dialog.password, login, quit_, dialog.language,
                                       dialog.username]
    assert login.isDefault() and not quit_.autoDefault()
    type_text("canbo")
    press(Qt.Key.Key_Tab)
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and office.account.username == "canbo"

    office.logout()
    again = shown(qtbot, LoginDialog(office))
    type_text("canbo")
    press(Qt.Key.Key_Escape)
    assert again.result() == again.DialogCode.Rejected and not again.isVisible() and office.account is None


def test_a_keyboard_only_first_run_makes_both_accounts_and_opens_as_the_officer(qtbot, blank_workspace):
    """One person alone: the administrator's form typed with a Vietnamese name (spaces and
    all: a space never presses a button), "I also enter the figures" ticked with Space, the
    proposed officer name kept, Enter; the mode and the unit by keyboard; the main window then
    opens logged in as the officer, and both accounts exist."""
    ws = blank_workspace
    seen = {}

    def administrator(dialog):
        seen["first"] = QApplication.focusWidget() is dialog.username
        type_text("thao")
        press(Qt.Key.Key_Tab)
        type_text("Nguyễn Thị Phương Thảo")
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        seen["box"] = QApplication.focusWidget() is dialog.also_officer
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Tab)
        seen["officer field"] = QApplication.focusWidget() is dialog.officer
        seen["proposed"] = dialog.officer.text()
        seen["name"] = dialog.full_name.text()
        press(Qt.Key.Key_Return)

    def commune(dialog):
        seen["mode"] = QApplication.focusWidget() is dialog.commune
        press(Qt.Key.Key_Return)

    def unit(dialog):
        seen["search"] = QApplication.focusWidget() is dialog.search
        type_text("tan cuong")
        press(Qt.Key.Key_Return)  # the unit found: on to the preparer
        commit_text("Nguyễn Thị Phương Thảo")  # as Telex commits it
        press(Qt.Key.Key_Tab)
        type_text("Hoàng Nguyễn Minh Khoa")
        press(Qt.Key.Key_Return)  # on to the next field: the signer's title
        seen["title"] = QApplication.focusWidget() is dialog.signer_title
        press(Qt.Key.Key_Return)  # saved from there (the document code may stay empty)

    script = Script((FirstAdminDialog, administrator), (ModeDialog, commune), (SetupDialog, unit))
    window = start(ws)
    script.check()
    qtbot.addWidget(window)
    assert seen == {"first": True, "box": True, "officer field": True, "proposed": "thao.nhaplieu",
                    "name": "Nguyễn Thị Phương Thảo", "mode": True, "search": True, "title": True}
    assert {(a.username, a.role) for a in ws.users()} == {("thao", Role.ADMIN), ("thao.nhaplieu", Role.OFFICER)}
    assert ws.account.username == "thao.nhaplieu"
    assert ws.commune.name == "Xã Tân Cương" and ws.settings.signer == "Hoàng Nguyễn Minh Khoa"
    assert window.account_label.text() == "Nguyễn Thị Phương Thảo — Cán bộ nhập liệu"
    assert not window.frozen_label.isVisible()  # the officer may type the figures
    window.close()


def test_the_first_run_form_s_tab_order(qtbot, blank_workspace):
    """Fields in reading order, the box, its user name only when ticked, then Tạo tài khoản and
    Thoát; letters typed in a field never press a button, whatever its mnemonic."""
    dialog = shown(qtbot, FirstAdminDialog(blank_workspace))
    ok, cancel = button(dialog, "Tạo tài khoản"), button(dialog, "Thoát")
    order = [dialog.username, dialog.full_name, dialog.password, dialog.again, dialog.also_officer, ok, cancel,
             dialog.username]
    assert tab_sequence(dialog, 7) == order
    dialog.also_officer.setChecked(True)
    assert tab_sequence(dialog, 5)[4:] == [dialog.also_officer, dialog.officer]
    dialog.username.setFocus()
    dialog.username.clear()
    type_text("ok huy thoat ")
    assert dialog.isVisible() and dialog.username.text() == "ok huy thoat "
    assert not blank_workspace.has_accounts


def test_adding_an_account_by_keyboard(qtbot, office):  # noqa: F811
    """Quản trị › Tài khoản…: the list first, Tab to "Thêm tài khoản…", Space; the new form
    opens in its user name, Tab through name, role (Down picks Lãnh đạo), passwords, Enter;
    Escape closes the list."""
    as_(office, "admin")
    seen = {}

    def accounts(dialog):
        seen["list first"] = QApplication.focusWidget() is dialog.list
        press(Qt.Key.Key_Tab)
        seen["add button"] = QApplication.focusWidget().text()
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Space))  # opens its form: the script goes on there

    def add(dialog):
        seen["form first"] = QApplication.focusWidget() is dialog.username
        seen["order"] = [w is x for w, x in zip(tab_sequence(dialog, 4),
                                                [dialog.username, dialog.full_name, dialog.role, dialog.password,
                                                 dialog.again])]
        dialog.username.setFocus()
        type_text("pho.chutich")
        press(Qt.Key.Key_Tab)
        type_text("Hoàng Nguyễn Minh Khoa")
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Return)
        QTimer.singleShot(0, close)  # back in the list

    def close():
        seen["listed"] = any("pho.chutich" in dialog.list.item(i).text() for i in range(dialog.list.count()))
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    script = Script((AccountsDialog, accounts), (AddAccountDialog, add))
    dialog = AccountsDialog(office)
    dialog.exec()
    script.check()
    assert seen == {"list first": True, "add button": "&Thêm tài khoản…", "form first": True,
                    "order": [True] * 5, "listed": True}
    added = next(a for a in office.users() if a.username == "pho.chutich")
    assert added.full_name == "Hoàng Nguyễn Minh Khoa" and added.role == Role.LEADER


def test_changing_one_s_own_password_by_keyboard(qtbot, office):  # noqa: F811
    """Quản trị › Đổi mật khẩu…, for any account: old, new, again, Enter."""
    as_(office, "canbo")

    def change(dialog):
        type_text(PW["canbo"])
        press(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-2026")
        press(Qt.Key.Key_Tab)
        type_text("mat-khau-moi-2026")
        press(Qt.Key.Key_Return)

    script = Script((ChangePasswordDialog, change))
    assert ChangePasswordDialog(office).exec() == ChangePasswordDialog.DialogCode.Accepted
    script.check()
    office.logout()
    assert office.login("canbo", "mat-khau-moi-2026").username == "canbo"


def test_settings_open_in_the_first_field_the_account_may_change(qtbot, office):  # noqa: F811
    """The administrator starts in the unit's search box; an officer, who may change only the
    interface language, starts on it, the unit's settings greyed."""
    as_(office, "admin")
    admin = shown(qtbot, SetupDialog(office, first_run=False))
    assert QApplication.focusWidget() is admin.search and admin.preparer.isEnabled()
    as_(office, "canbo")
    officer = shown(qtbot, SetupDialog(office, first_run=False))
    assert QApplication.focusWidget() is officer.language
    assert not officer.preparer.isEnabled() and not officer.lock_minutes.isEnabled()
    assert "Quản trị" in officer.error.text()


def test_the_first_run_setup_s_tab_order(qtbot, blank_workspace):
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    start_, quit_ = button(dialog, "Bắt đầu"), button(dialog, "Thoát")
    assert tab_sequence(dialog, 8) == [dialog.search, dialog.preparer, dialog.signer, dialog.signer_title,
                                       dialog.doc_prefix, dialog.province_email, start_, quit_, dialog.search]
    assert start_.isDefault() and not quit_.autoDefault()


def test_the_start_of_term_figures_open_in_the_first_field(qtbot, workspace):
    dialog = shown(qtbot, BaselineDialog(workspace))
    first = next(iter(dialog.fields.values()))
    assert QApplication.focusWidget() is first
    type_text("250")
    # Escape over a figure typed and not saved asks first (Quay lại sửa is the default).
    script = Script((QMessageBox, lambda box: click_button(box, "Đóng, không lưu")))
    press(Qt.Key.Key_Escape)
    script.check()
    assert not dialog.isVisible() and workspace.baselines() == {}


def test_a_letter_typed_in_a_question_box_answers_nothing(qtbot):
    """QMessageBox would press "&Có" for a "c" typed without Alt: here only Enter, Space, Escape
    or Alt+letter answer it."""
    answers = []

    def type_on(box):
        type_text("ck")
        answers.append(box.isVisible())
        press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the mnemonic, as meant

    script = Script((QMessageBox, type_on))
    answer = QMessageBox.question(None, "Duyệt", "Duyệt kỳ báo cáo?")
    script.check()
    assert answers == [True] and answer == QMessageBox.StandardButton.Yes


def test_the_mode_dialog_by_keyboard(qtbot):
    """Continue is the default (Enter); Escape quits; the first choice has the focus."""
    dialog = shown(qtbot, ModeDialog())
    assert QApplication.focusWidget() is dialog.commune and dialog.continue_button.isDefault()
    press(Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected


def test_an_approval_s_code_is_explained(qtbot, office):  # noqa: F811
    """The box after Duyệt names the authentication code and says what it is, and the key's code."""
    from tests.core.test_workflow import fill_year
    from tests.ui.approve_keys import yes_by_alt
    from ui import workflow_actions

    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    texts = []

    def read(box):
        texts.append((box.text(), box.informativeText(), box.toolTip()))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, read))  # the question: Alt+C, Có; then OK
    assert workflow_actions.approve_period(None, office, parse_period("2026"))
    script.check()
    text, info, tip = texts[0]
    code = office.approval("2026").fingerprint[:16]
    assert f"Mã xác thực: {code}" in text
    assert "dấu vân tay của số liệu" in info and office.key_code in info and tip == info


def test_own_targets_open_in_the_year_s_cell(qtbot, office):  # noqa: F811
    """A leader's own targets: the cursor in the table, on the first indicator's cell of the year
    shown; typing enters it; Escape closes."""
    from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog

    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2027))
    assert QApplication.focusWidget() is dialog.table
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (0, FIRST_YEAR_COLUMN + 1)
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_own_targets_typed_down_a_column_land_in_their_rows(qtbot, office):  # noqa: F811
    """"96 ↵ 80 ↵ 75 ↵" down the 2026 column: each target in its own row (Enter saves and goes
    down, as in the entry table); the arrows go to the next year (Tab is the dialog's:
    test_own_targets_tab); Enter on a cell not being typed in goes down too, and never closes the
    dialog; a refused target keeps the cursor on its cell."""
    from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog

    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2026))
    codes = [i.code for i in dialog.indicators]
    first = codes.index("bhyt")
    dialog.table.setCurrentCell(first, FIRST_YEAR_COLUMN)
    for text in ("96", "80", "75"):
        type_text(text)
        press(Qt.Key.Key_Return)
    typed = {code: str(t.value) for (year, code), t in office.own_targets().items() if year == 2026}
    assert typed == {codes[first]: "96", codes[first + 1]: "80", codes[first + 2]: "75"}
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (first + 3, FIRST_YEAR_COLUMN)
    assert dialog.table.item(first, FIRST_YEAR_COLUMN).text() == "96"

    press(Qt.Key.Key_Return)  # not typing: down, the dialog stays
    assert dialog.isVisible() and dialog.table.currentRow() == first + 4
    type_text("90")
    press(Qt.Key.Key_Return)  # saved, down
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Right)  # on to 2027 of the same row
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (first + 4, FIRST_YEAR_COLUMN + 1)
    assert office.own_targets()[(2026, codes[first + 4])].value == 90
    type_text("abc")
    press(Qt.Key.Key_Return)  # refused: the cursor stays, the reason under the table
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (first + 4, FIRST_YEAR_COLUMN + 1)
    assert "Chưa lưu" in dialog.message.text() and dialog.isVisible()
    assert (2027, codes[first + 4]) not in office.own_targets()
    type_text("91")
    press(Qt.Key.Key_Return)  # typed over: saved, and down the 2027 column
    assert office.own_targets()[(2027, codes[first + 4])].value == 91
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (first + 5, FIRST_YEAR_COLUMN + 1)
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_resetting_a_password_by_keyboard(qtbot, office):  # noqa: F811
    """Quản trị › Tài khoản…: Down to an account, Tab to "Đặt lại mật khẩu…", Space; the password
    asked twice in a form whose first field has the cursor, Enter after each; the officer logs in with it,
    a temporary one (walk U7 F2, F4)."""
    from ui.accounts_dialog import ResetPasswordDialog

    as_(office, "admin")
    dialog = AccountsDialog(office)
    names = [dialog.list.item(i).data(256) for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(names.index("canbo"))

    def new_password(form):
        assert QApplication.focusWidget() is form.password
        type_text("mat-khau-moi-2026")
        press(Qt.Key.Key_Return)
        type_text("mat-khau-moi-2026")
        press(Qt.Key.Key_Return)

    def told(box):
        press(Qt.Key.Key_Return)

    script = Script((ResetPasswordDialog, new_password), (QMessageBox, told))
    dialog.reset()
    script.check()
    office.logout()
    assert office.login("canbo", "mat-khau-moi-2026").username == "canbo"
    assert office.password_to_change() is not None  # the administrator's: the officer's own is asked first
