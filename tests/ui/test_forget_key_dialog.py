"""Quản trị › Bỏ khóa của tỉnh đã ghi nhận… (red-team 16 F3), used with the keyboard: the dialog
shows the key recorded and the versions it brought; a wrong code is refused and the dialog stays
open; the recorded code typed back with "the province did not publish them" ticked forgets the
key and sets the forged catalogue aside; the province's own update then asks the cover letter's
code again and imports."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.signing import key_code, new_private_key, public_key
from tests.ui.conftest import Script, press, type_text
from ui.forget_key_dialog import ForgetKeyDialog, unbroken_code

FORGER = new_private_key()
FORGED_CODE = key_code(public_key(FORGER))


def test_the_administrator_forgets_a_forged_key_from_the_menu(qtbot, window, workspace, tmp_path):
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", "90", unit="05503")
    path = cu.write_update(cu.build_update(doc, "2026.1", "2026.9", private_key=FORGER),
                           tmp_path / f"gia-2026.9{cu.SUFFIX}")
    cu.import_update(workspace, path, FORGED_CODE)
    window.changes.changed.emit()
    assert window.forget_key_action in window.admin_menu.actions() and window.forget_key_action.isEnabled()
    seen = {}

    def wrong(dialog):
        seen["shown"] = "\n".join(label.text() for label in dialog.findChildren(QLabel))
        seen["focus"] = QApplication.focusWidget() is dialog.code
        seen["box"] = dialog.withdraw.text()
        type_text("AAAA-BBBB-CCCC-DDDD")
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def refused(box):
        seen["refusal"] = box.text()
        press(Qt.Key.Key_Return)

    def right(dialog):
        type_text(FORGED_CODE)
        press(Qt.Key.Key_Tab)
        seen["tab"] = QApplication.focusWidget() is dialog.withdraw
        press(Qt.Key.Key_Space)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def done(box):
        seen["done"] = box.text()
        press(Qt.Key.Key_Return)

    script = Script((ForgetKeyDialog, wrong), (QMessageBox, refused), (ForgetKeyDialog, right), (QMessageBox, done))
    assert window.forget_province_key() is True
    script.check()
    assert unbroken_code(FORGED_CODE) in seen["shown"] and "2026.9" in seen["shown"] and seen["focus"]
    assert "2026.9" in seen["box"] and seen["tab"]
    assert "AAAA-BBBB-CCCC-DDDD" in seen["refusal"] and "Chưa bỏ khóa" in seen["refusal"]
    assert unbroken_code(FORGED_CODE) in seen["done"] and "2026.1" in seen["done"]
    # the number set aside stays taken: the box says which update will import (red-team r33 F2)
    assert "bản cập nhật tiếp theo của tỉnh, số phiên bản lớn hơn 2026.9, nhập được như thường" in seen["done"]
    # one version set aside is said as one, as the command says it (was "Các số phiên bản đó … một trong các số đó")
    assert "Số phiên bản đó vẫn thuộc bộ chỉ tiêu đã thôi dùng, nên bản cập nhật của tỉnh mang số đó không nhập được" \
        in seen["done"] and "Các số phiên bản" not in seen["done"], seen["done"]
    assert cu.province_key(workspace) is None and workspace.catalog.version == "2026.1"
    assert workspace.store.audit_rows()[-1].action == "province_key_forget"


def test_escape_forgets_nothing(qtbot, window, workspace, tmp_path):
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", "90", unit="05503")
    path = cu.write_update(cu.build_update(doc, "2026.1", "2026.9", private_key=FORGER),
                           tmp_path / f"gia-2026.9{cu.SUFFIX}")
    cu.import_update(workspace, path, FORGED_CODE)
    script = Script((ForgetKeyDialog, lambda dialog: (type_text(FORGED_CODE), press(Qt.Key.Key_Escape))))
    assert window.forget_province_key() is False
    script.check()
    assert cu.province_key(workspace)["key_code"] == FORGED_CODE and workspace.catalog.version == "2026.9"


def test_with_no_key_recorded_it_says_so(qtbot, window, workspace):
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append(box.text()), press(Qt.Key.Key_Return))))
    assert window.forget_province_key() is False
    script.check()
    assert "no key to forget" in seen[0] or "không có khóa" in seen[0]


def test_the_box_after_forgetting_says_two_versions_as_two(qtbot, window, monkeypatch):
    """The window's box and the command's line say the versions set aside in the same words, by their number."""
    from desktop_app import province_key_reset as reset

    done = reset.Forgotten("ABCD-EFGH-IJKL-MNOP", ("2026.8", "2026.9"), "2026.1", ())
    monkeypatch.setattr(ForgetKeyDialog, "exec", lambda dialog: setattr(dialog, "result_value", done))
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append(box.text()), press(Qt.Key.Key_Return))))
    from ui.forget_key_dialog import forget_province_key

    monkeypatch.setattr(reset, "recorded_key", lambda ws: {"key_code": done.key_code, "catalog_version": "2026.8"})
    monkeypatch.setattr(reset, "check_forget", lambda ws: None)
    assert forget_province_key(window, window.workspace) is True
    script.check()
    said = "Thôi dùng bộ chỉ tiêu phiên bản 2026.8, 2026.9 (nhập theo khóa đã bỏ); bộ chỉ tiêu đang dùng nay là " \
           "phiên bản 2026.1. Các số phiên bản đó vẫn thuộc bộ chỉ tiêu đã thôi dùng, nên bản cập nhật của tỉnh mang " \
           "một trong các số đó không nhập được"
    assert said in seen[0] and said in reset.done_lines(done)[1]


def test_tab_goes_round_and_alt_m_comes_back_to_the_code(qtbot, window, workspace, tmp_path):
    """The keyboard alone at 1366×768: Tab from the code to the tick box, the button (once a code is typed), Hủy
    and round; Alt+M ("&Mã khóa đang ghi nhận:") back into the code; the dialog whole on the screen."""
    window.resize(1366, 768)
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", "90", unit="05503")
    path = cu.write_update(cu.build_update(doc, "2026.1", "2026.9", private_key=FORGER),
                           tmp_path / f"gia-2026.9{cu.SUFFIX}")
    cu.import_update(workspace, path, FORGED_CODE)
    seen = {}

    def walk(dialog):
        type_text("AB")
        order = []
        for _ in range(4):
            press(Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        seen["tab"] = order == [dialog.withdraw, dialog.go_button, dialog.cancel_button, dialog.code]
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        seen["alt m"] = QApplication.focusWidget() is dialog.code
        seen["fits"] = dialog.width() <= 1366 and dialog.height() <= 768
        press(Qt.Key.Key_Escape)

    script = Script((ForgetKeyDialog, walk))
    assert window.forget_province_key() is False
    script.check()
    assert seen == {"tab": True, "alt m": True, "fits": True}, seen
