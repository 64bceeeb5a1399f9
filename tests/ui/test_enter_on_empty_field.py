"""Enter in a required field left empty stays there and says so on the form's red line, in the core's words,
as the commune's first-run setup does ("Người lập biểu: chưa nhập họ và tên."): the login's and the
first run's user name (walk U1 F3: the cursor went on to the next field without a word), the first run's
full name, the province first run's names (which the office may leave empty: Enter again goes on). And a
refusal leaves once the person types again (walk U1 F4: two different passwords refused, then typed alike,
the refusal stayed on screen)."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.province import ProvinceOffice
from tests.core.test_workflow import PW, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.login_dialog import AdministratorDialog, ChangePasswordDialog, FirstAdminDialog, LoginDialog
from ui.province_first_run import ProvinceFirstRunDialog

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: each dialog as a person sees it, saved there
USER_NAME_RULE = ("Tên đăng nhập: 3 đến 32 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc "
                  "gạch dưới.")  # the core's rule (desktop_app.core.users.check_username)


def said(dialog, name: str) -> str:
    """The refusal the red line shows (hidden: "")."""
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, f"s27_{name}.png"))
    return dialog.error.text() if dialog.error.isVisible() else ""


def here() -> object:
    return QApplication.focusWidget()


@pytest.mark.parametrize("form", ["login", "restore"])
def test_enter_on_an_empty_user_name_stays_and_says_what_to_type(qtbot, office, form):  # noqa: F811
    dialog = shown(qtbot, LoginDialog(office) if form == "login" else AdministratorDialog(lambda _u, _p: None))
    press(Qt.Key.Key_Return)
    assert here() is dialog.username
    assert said(dialog, f"{form}_empty_enter") == USER_NAME_RULE
    type_text("canbo")
    assert said(dialog, f"{form}_typed") == ""  # the refusal goes once the name is typed
    press(Qt.Key.Key_Return)
    assert here() is dialog.password and office.account is None  # on, as before, nothing tried


def test_the_first_run_s_user_name_and_full_name_say_so_on_enter(qtbot, blank_workspace):
    dialog = shown(qtbot, FirstAdminDialog(blank_workspace))
    press(Qt.Key.Key_Return)
    assert here() is dialog.username
    assert said(dialog, "first_admin_empty_enter") == USER_NAME_RULE
    type_text("quantri")
    assert said(dialog, "first_admin_typed") == ""
    press(Qt.Key.Key_Return)
    assert here() is dialog.full_name
    press(Qt.Key.Key_Return)
    assert here() is dialog.full_name
    assert said(dialog, "first_admin_empty_name") == "Họ và tên: chưa nhập họ và tên."
    type_text("Đỗ Thị Thanh Hương")
    press(Qt.Key.Key_Return)
    assert here() is dialog.password and said(dialog, "first_admin_name_typed") == ""
    assert not blank_workspace.has_accounts


def test_two_different_passwords_refused_then_typed_alike_the_refusal_goes(qtbot, blank_workspace):
    dialog = shown(qtbot, FirstAdminDialog(blank_workspace))
    for text in ("quantri", "Đỗ Thị Thanh Hương", "Sen-Hong-Bac-Kan-2026"):
        type_text(text)
        press(Qt.Key.Key_Tab)
    type_text("Sen-Hong-Bac-Kan-2027")
    press(Qt.Key.Key_Return)
    assert said(dialog, "first_admin_mismatch") == "Hai lần nhập mật khẩu không giống nhau."
    assert here() is dialog.password  # as before: both emptied, the cursor in the first
    type_text("Sen-Hong-Bac-Kan-2026")
    assert said(dialog, "first_admin_retyped") == ""
    press(Qt.Key.Key_Tab)
    type_text("Sen-Hong-Bac-Kan-2026")
    assert dialog.isVisible() and not blank_workspace.has_accounts


def test_a_wrong_login_s_refusal_goes_when_the_password_is_typed_again(qtbot, office):  # noqa: F811
    dialog = shown(qtbot, LoginDialog(office))
    type_text("canbo")
    press(Qt.Key.Key_Tab)
    type_text("sai-mat-khau")
    press(Qt.Key.Key_Return)
    assert said(dialog, "login_wrong").startswith("Sai tên đăng nhập hoặc mật khẩu. Còn 4 lần thử")
    type_text(PW["canbo"][:3])
    assert said(dialog, "login_retyping") == ""


def test_changing_the_password_two_different_then_typed_again(qtbot, office):  # noqa: F811
    office.login("canbo", PW["canbo"])
    dialog = shown(qtbot, ChangePasswordDialog(office))
    for text in (PW["canbo"], "Sen-Hong-Bac-Kan-2026"):
        type_text(text)
        press(Qt.Key.Key_Tab)
    type_text("Sen-Hong-Bac-Kan-2027")
    press(Qt.Key.Key_Return)
    assert said(dialog, "change_mismatch") == "Hai lần gõ mật khẩu mới không giống nhau."
    type_text("S")
    assert said(dialog, "change_retyped") == ""


@pytest.fixture
def province(tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup(doc_prefix="VPUBND")
    yield office
    office.close()


def test_the_province_first_run_says_an_empty_name_once(qtbot, province):
    """Người lập biểu empty, Enter: said, the cursor stays; typed, the line goes. Người ký empty: said,
    then Enter again goes on (the office may leave a name empty: no PDF report without a signer)."""
    dialog = shown(qtbot, ProvinceFirstRunDialog(province.ws))
    preparer, signer = dialog.signers.preparer, dialog.signers.signer
    press(Qt.Key.Key_Return)
    assert here() is preparer
    assert said(dialog, "province_first_empty_enter") == "Người lập biểu: chưa nhập họ và tên."
    type_text("Lê Văn Tổng")
    assert said(dialog, "province_first_typed") == ""
    press(Qt.Key.Key_Return)
    assert here() is signer
    press(Qt.Key.Key_Return)
    assert here() is signer and said(dialog, "province_first_empty_signer") == "Người ký: chưa nhập họ và tên."
    press(Qt.Key.Key_Return)
    assert here() is dialog.signers.signer_title and dialog.isVisible()
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert (province.settings.preparer, province.settings.signer) == ("Lê Văn Tổng", "")
