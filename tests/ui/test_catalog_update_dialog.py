"""Cập nhật bộ chỉ tiêu… in the commune's window, used as a person does (keystrokes in the real
modal dialogs): the first update asks for the key code printed on the province's cover note
before anything is imported or pinned; a wrong code is refused without the file's code (it
would be copied from the box) and the dialog stays open to type again; Escape imports nothing; a forged first update (signed by
someone's own key) is refused against the province's code; later updates ask no code; an
unsigned or a deeply nested file is refused before any code is asked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.signing import key_code, new_private_key, public_key
from tests.ui.conftest import Script, press, type_text
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

PROVINCE = new_private_key()
PROVINCE_CODE = key_code(public_key(PROVINCE))


def _update(workspace, folder, version="2026.2", base="2026.1", private_key=PROVINCE, target="97"):
    """The province's update raising Tân Cương's BHYT target, written to `folder`."""
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", target, unit="05503")
    update = cu.build_update(doc, base, version, issuer="UBND tỉnh Thái Nguyên", private_key=private_key)
    return str(cu.write_update(update, folder / f"bo-chi-tieu-{version}{cu.SUFFIX}"))


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel)) + dialog.code.text()


def test_the_first_update_asks_the_cover_note_code_and_refuses_a_wrong_one(qtbot, workspace, tmp_path):
    """The code dialog opens with the keyboard in the code field, Continue greyed while it is
    empty, and never shows the file's code. A wrong code: the refusal does not show the file's
    code either, the dialog stays open with the code selected; the right code typed over it (lower
    case, spaces): the confirmation names the key, Yes imports and pins it."""
    path = _update(workspace, tmp_path)
    seen = {}

    def wrong_code(dialog):
        seen["focus"] = QApplication.focusWidget() is dialog.code
        seen["title"] = dialog.windowTitle()
        seen["greyed"] = not dialog.continue_button.isEnabled()
        seen["file code hidden"] = PROVINCE_CODE not in _texts(dialog)
        seen["asks"] = "Mã khóa in trên công văn" in _texts(dialog).replace("&", "")
        type_text("aaaa bbbb cccc dddd")
        order = []
        for _ in range(3):
            press(Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        seen["tab"] = order == [dialog.continue_button, dialog.cancel_button, dialog.code]
        # pressed from the event loop: the refusal's box runs a loop of its own, where the next step is polled
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def refusal(box):
        seen["refusal"] = (box.windowTitle(), box.text())
        press(Qt.Key.Key_Return)

    def right_code(dialog):
        seen["selected"] = dialog.code.selectedText()
        seen["focus again"] = QApplication.focusWidget() is dialog.code
        type_text(PROVINCE_CODE.lower().replace("-", " "))
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def confirm(box):
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    def done(box):
        seen["done"] = box.text()
        press(Qt.Key.Key_Return)

    script = Script((CoverCodeDialog, wrong_code), (QMessageBox, refusal), (CoverCodeDialog, right_code),
                    (QMessageBox, confirm), (QMessageBox, done))
    assert import_catalog_update(None, workspace, path) is True
    script.check()
    assert seen["focus"] and seen["greyed"] and seen["file code hidden"] and seen["asks"] and seen["tab"]
    assert seen["title"] == "Mã khóa của tỉnh"
    title, text = seen["refusal"]
    assert title == "Mã khóa không khớp"
    # no key recorded yet: the file's code is not shown, it would be copied from the box (walk-through 15 M2)
    assert "mã đã gõ không khớp khóa đã ký tệp. Không nhập. Kiểm tra lại từng nhóm của mã in trên công văn" in text
    assert "tệp không do tỉnh phát hành: đừng nhập, hãy báo Văn phòng UBND tỉnh" in text
    assert PROVINCE_CODE not in text and PROVINCE_CODE.replace("-", "") not in text
    assert seen["selected"] == "aaaa bbbb cccc dddd" and seen["focus again"]
    assert f"Khóa của tỉnh đã ký tệp, khớp mã đã gõ từ công văn:\n{PROVINCE_CODE}\nMáy sẽ ghi nhận khóa này" \
        in seen["question"]
    assert seen["question"].startswith("Cập nhật bộ chỉ tiêu từ phiên bản 2026.1 lên 2026.2:")
    assert seen["done"] == "Đã cập nhật bộ chỉ tiêu lên phiên bản 2026.2."
    assert cu.province_key(workspace)["key_code"] == PROVINCE_CODE and workspace.catalog.version == "2026.2"


def test_escape_in_the_code_dialog_imports_nothing(qtbot, workspace, tmp_path):
    path = _update(workspace, tmp_path)
    script = Script((CoverCodeDialog, lambda dialog: (type_text(PROVINCE_CODE), press(Qt.Key.Key_Escape))))
    assert import_catalog_update(None, workspace, path) is False
    script.check()
    assert cu.province_key(workspace) is None and workspace.catalog.version == "2026.1"


def test_a_forged_first_update_is_refused_against_the_code_on_the_cover_note(qtbot, workspace, tmp_path):
    """Someone's own key signed a first update lowering the BHYT target to 1 %; the officer
    types the province's code from the cover note: refused without the forger's code (the
    officer would copy it from the box), saying the file is not the province's if the code was
    typed right; Escape leaves nothing imported and no key pinned."""
    forger = new_private_key()
    path = _update(workspace, tmp_path, private_key=forger, target="1")
    shown = []

    def type_the_letter(dialog):
        type_text(PROVINCE_CODE)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def read(box):
        shown.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((CoverCodeDialog, type_the_letter), (QMessageBox, read),
                    (CoverCodeDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    assert import_catalog_update(None, workspace, path) is False
    script.check()
    forged = key_code(public_key(forger))
    assert forged not in shown[0] and forged.replace("-", "") not in shown[0]
    assert "mã đã gõ không khớp khóa đã ký tệp" in shown[0] and "báo Văn phòng UBND tỉnh" in shown[0]
    assert cu.province_key(workspace) is None and workspace.catalog.version == "2026.1"


def test_a_later_update_asks_no_code(qtbot, workspace, tmp_path):
    """The province's key recorded: the next update goes straight to the confirmation, which
    says nothing about recording a key."""
    cu.import_update(workspace, _update(workspace, tmp_path), PROVINCE_CODE)
    path = _update(workspace, tmp_path, "2026.3", "2026.2", target="98")
    seen = {}

    def confirm(box):
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    script = Script((QMessageBox, confirm), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))
    assert import_catalog_update(None, workspace, path) is True
    script.check()
    assert "ghi nhận khóa" not in seen["question"] and workspace.catalog.version == "2026.3"


@pytest.mark.parametrize("kind", ["unsigned", "nested"])
def test_a_file_refused_anyway_asks_no_code(qtbot, workspace, tmp_path, kind):
    """An unsigned update, or JSON nested 100.000 levels deep: refused with its reason, no code asked."""
    if kind == "unsigned":
        path, expected = _update(workspace, tmp_path, private_key=None), "chưa được ký bằng khóa của tỉnh"
    else:
        path, expected = tmp_path / f"long-nhau{cu.SUFFIX}", "lồng nhau quá sâu"
        path.write_text("[" * 100000 + "]" * 100000, encoding="ascii")
    shown = []

    def read(box):
        shown.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    assert import_catalog_update(None, workspace, str(path)) is False
    script.check()
    assert expected in shown[0]
    assert cu.province_key(workspace) is None and workspace.catalog.version == "2026.1"


def test_a_key_forgotten_as_forged_is_asked_about_and_enter_imports_nothing(qtbot, workspace, tmp_path):
    """Red-team R4 F2: the key of a forged update, forgotten with its versions set aside, signs the next one and
    a second forged letter prints its code. After the code, the window says whose key it is and asks; Enter
    (Không nhập, the default) imports nothing; Alt+N imports it, recorded again knowingly."""
    from desktop_app import province_key_reset as reset

    forger = new_private_key()
    code = key_code(public_key(forger))
    cu.import_update(workspace, _update(workspace, tmp_path, private_key=forger, target="90"), code)
    reset.forget_province_key(workspace, code, withdraw=True)
    (tmp_path / "lan-2").mkdir()
    again = _update(workspace, tmp_path / "lan-2", version="2026.3", private_key=forger, target="80")
    seen = []

    def type_code(dialog):
        type_text(code)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def look_then(key, modifiers=Qt.KeyboardModifier.NoModifier):
        def act(box):
            seen.append(box.text().replace("\u2011", "-"))  # the code held on one line by no-break hyphens
            press(key, modifiers)
            qtbot.waitUntil(lambda: not box.isVisible())  # a button's letter clicks it a moment later
        return act

    script = Script((CoverCodeDialog, type_code), (QMessageBox, look_then(Qt.Key.Key_Return)))
    imported = import_catalog_update(None, workspace, again)
    script.check()
    assert imported is False
    assert seen[0].startswith(f"Bản cập nhật được ký bằng khóa mã {code}, nhưng khóa mã {code} là khóa quản trị viên ")
    assert "vì không phải khóa của tỉnh (thôi dùng bộ chỉ tiêu 2026.2 nhập theo khóa đó)" in seen[0]
    assert workspace.catalog.version == "2026.1" and cu.province_key(workspace) is None

    script = Script((CoverCodeDialog, type_code), (QMessageBox, look_then(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)),
                    (QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()),
                    (QMessageBox, lambda box: press(Qt.Key.Key_Return)))
    imported = import_catalog_update(None, workspace, again)
    script.check()
    assert imported is True and workspace.catalog.version == "2026.3" and cu.province_key(workspace)["key_code"] == code
