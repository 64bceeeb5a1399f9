"""Enter is the dialog's OK however many times Tab went round: Qt makes a button Tab lands on
the default ("autoDefault") and does not give the default back when the focus returns to a
field, so "Thoát"/"Hủy" pressed by Enter quit the first run, closed "Ký số" unsigned and lost
the folder typed in "Nhận báo cáo" (ui.keyboard.one_default keeps it on OK).

Decided: Enter in a field presses OK; Enter on a focused button presses that button, as Space
does (walk U26 F1/F2: Enter on "Hủy" read the folder, confirmed a key; tests/ui/
test_enter_presses_focused_button.py), framed as the default while it has the keyboard; Escape cancels."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from desktop_app.core.periods import parse_period
from tests.signature.conftest import P12_PASSWORD, approved, pki  # noqa: F401 (the fixtures)
from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.mode_dialog import ModeDialog
from ui.province_intake_dialog import IntakeDialog
from ui.sign_dialog import P12, SignDialog


def tab_round() -> list:
    """Tab from the focused widget until the focus is back on it: the widgets visited."""
    start = QApplication.focusWidget()
    visited = []
    for _ in range(30):
        press(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is start:
            return visited
    raise AssertionError(f"Tab never came back to {start!r}: {visited}")


def named(widgets) -> list[str]:
    return [w.text().replace("&", "") for w in widgets if isinstance(w, QPushButton)]


def defaults(dialog) -> list[str]:
    return [b.text().replace("&", "") for b in dialog.findChildren(QPushButton) if b.isDefault()]


def test_first_run_mode_enter_after_a_tab_round_continues(qtbot):
    """"Xã, phường" chosen, Tab over Tiếp tục and Thoát back to it, Enter: the first run goes
    on (it quit the program before); Space on a focused "Thoát" quits."""
    dialog = shown(qtbot, ModeDialog())
    assert QApplication.focusWidget() is dialog.commune
    assert named(tab_round()) == ["Tiếp tục", "Thoát"]
    assert defaults(dialog) == ["Tiếp tục"]
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.mode == "commune"

    again = shown(qtbot, ModeDialog())
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is again.quit_button
    press(Qt.Key.Key_Space)
    assert again.result() == QDialog.DialogCode.Rejected


def test_sign_dialog_enter_after_a_tab_round_signs(qtbot, pki, approved):  # noqa: F811
    """The leader Tabs over Ký số, Hủy, the folder and back to the password, types it, Enter:
    the report is signed (the dialog closed unsigned before). Escape cancels."""
    ws, out, _ = approved
    dialog = SignDialog(ws, parse_period("2026"), str(out))
    dialog.source.setCurrentIndex(dialog.source.findData(P12))  # the certificate file, chosen before
    dialog.p12.setText(str(pki.leader_p12))
    dialog.pin.setFocus()
    shown(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.pin
    assert named(tab_round())[:2] == ["Ký số", "Hủy"]
    assert defaults(dialog) == ["Ký số"]
    type_text(P12_PASSWORD)
    press(Qt.Key.Key_Return)
    assert dialog.result is not None and dialog.result.pdf.is_file()

    again = SignDialog(ws, parse_period("2026"), str(out))
    shown(qtbot, again)
    press(Qt.Key.Key_Escape)
    assert not again.isVisible() and again.result is None


def test_intake_dialog_enter_after_a_tab_round_reads_the_folder(qtbot, tmp_path):
    """Folder and date typed, Tab round over Đọc thư mục and Hủy, Enter: the folder is read
    with that date (the dialog cancelled before, losing both); Enter on the focused "Hủy"
    cancels (it read the folder: walk U26 F1), Escape cancels."""
    today = dt.date(2026, 7, 20)
    for enter_on_cancel in (False, True):
        dialog = shown(qtbot, IntakeDialog(parse_period("2026-6M"), dt.date(2026, 7, 15), today))
        assert QApplication.focusWidget() is dialog.folder_edit
        type_text(str(tmp_path))
        dialog.batch_date.setChecked(True)
        dialog.date_edit.setText("18/07/2026")
        visited = tab_round()
        assert named(visited)[-2:] == ["Đọc thư mục", "Hủy"]
        assert defaults(dialog) == ["Đọc thư mục"]
        if enter_on_cancel:
            while QApplication.focusWidget() is not dialog.cancel_button:
                press(Qt.Key.Key_Tab)
            press(Qt.Key.Key_Return)
            assert dialog.result() == QDialog.DialogCode.Rejected
            continue
        press(Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.folder() == str(tmp_path) and dialog.received() == dt.date(2026, 7, 18)

    cancelled = shown(qtbot, IntakeDialog(parse_period("2026-6M"), dt.date(2026, 7, 15), today))
    type_text(str(tmp_path))
    press(Qt.Key.Key_Escape)
    assert cancelled.result() == QDialog.DialogCode.Rejected
