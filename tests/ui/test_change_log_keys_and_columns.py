"""Quản trị › Nhật ký thay đổi (walk 11, finding 5): Enter on the focused "Xuất ra Excel…" presses it, as
Space does (Tab reaches the buttons, Enter means OK), while Enter in a filter still exports nothing; the
"Chỉ tiêu" column takes the spare width; a period with no change says so in the table's place and the
columns keep their widths."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.conftest import press
from tests.ui.test_keyboard import shown
from ui.audit_dialog import BY_COLUMN, FIELD_COLUMN, INDICATOR_COLUMN, PERIOD_COLUMN, AuditDialog

OLD_COLUMN, NEW_COLUMN = 6, 7  # Giá trị cũ, Giá trị mới


@pytest.fixture
def change_log(qtbot, workspace, tmp_path):
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    workspace.set_entry("2026", "bhyt", numerator="9600", denominator="10000")
    workspace.set_entry("2026", "ket_nap_dang_vien", value="12", comment="Kết nạp đợt 19/5 và đợt 2/9 tại chi bộ")
    asked = []

    def save_as(*_args, **_kwargs):
        asked.append(True)
        return str(tmp_path / "nhat-ky.xlsx"), ""

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getSaveFileName", save_as)
        dialog = shown(qtbot, AuditDialog(workspace))
        dialog.resize(1200, 620)
        yield dialog, asked, tmp_path / "nhat-ky.xlsx"


def test_enter_on_the_focused_export_button_exports_and_not_in_a_filter(change_log):
    dialog, asked, out = change_log
    assert QApplication.focusWidget() is dialog.period
    press(Qt.Key.Key_Return)  # in the period filter: nothing, as before
    for _ in range(3):
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.export_button
    press(Qt.Key.Key_Backtab)  # back to the user filter, after Tab passed the button
    press(Qt.Key.Key_Return)
    assert asked == [] and dialog.isVisible()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)
    assert asked == [True] and out.exists()
    assert dialog.isVisible() and str(out) in dialog.count.text()


def test_indicator_column_has_the_spare_width_and_an_empty_period_says_so(change_log):
    dialog, _asked, _out = change_log
    width = dialog.table.columnWidth
    assert width(INDICATOR_COLUMN) > max(width(FIELD_COLUMN), width(OLD_COLUMN), width(NEW_COLUMN))
    assert width(INDICATOR_COLUMN) >= 250
    period_width = width(PERIOD_COLUMN)
    press(Qt.Key.Key_Down)  # Quý I năm 2026: nothing entered
    assert dialog.period.currentText() == "Quý I năm 2026" and dialog.model.rowCount() == 0
    assert dialog.empty.isVisible()
    assert dialog.empty.text() in ("No changes in the period quý I năm 2026.",  # mid-sentence: "quý"
                                   "Không có thay đổi nào trong kỳ quý I năm 2026.")
    assert width(PERIOD_COLUMN) == period_width
    press(Qt.Key.Key_Up)
    assert dialog.model.rowCount() > 0 and not dialog.empty.isVisible()


def test_the_change_log_names_people_and_closes_from_its_own_button(qtbot, workspace):
    """Walk 13, L4: "Người thực hiện" reads the person's name with the account, as the filter does;
    a "Đóng" button, reached with Tab after the table, closes the window (Esc or the title bar only)."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")  # as "can-bo"
    workspace.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    workspace.login("quantri", "cay-tre-2026")
    workspace.add_user("can-bo", "Nguyễn Văn An", "Cán bộ nhập liệu", "nhaplieu-2026")
    dialog = shown(qtbot, AuditDialog(workspace))
    by = {dialog.model.index(r, BY_COLUMN).data() for r in range(dialog.model.rowCount())}
    assert "Nguyễn Văn An (can-bo)" in by and "Hoàng Văn Quản (quantri)" in by
    assert dialog.user.findText("Nguyễn Văn An (can-bo)") > 0
    assert dialog.close_button.text().replace("&", "") == "Đóng"
    for _ in range(8):
        if QApplication.focusWidget() is dialog.close_button:
            break
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.close_button
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
