"""The box that ends a restore repeats what its question warned of (walk U4 F1: it said only "what was entered
after that time must be entered again", the figures put back and an approval undone no longer in sight)."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)


def test_the_restored_box_repeats_the_figures_put_back_and_the_approval_undone(
        qtbot, make_window, office, tmp_path, clock):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    old = backups.take_backup(office, "thu-cong", target_dir=tmp_path, now=dt.datetime(2026, 6, 15, 9, 30))
    office.set_entry("2026-Q1", "thu_ngan_sach", value="61.234")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    as_(office, "admin")
    window = make_window(office)
    shown = []

    def yes(box):
        shown.append(box.said())  # the question and, in its frame, what it would undo
        box.button(QMessageBox.StandardButton.Yes).click()

    def ok(box):
        shown.append(box.informativeText())
        shot(box, "s36_restored")
        clock.passes(1.0)
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes), (QMessageBox, ok))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
        window.restore()
    script.check()
    asked, done = shown
    figure = "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết: 61.234 → 50.000"
    approval = "Kỳ quý I năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu"
    assert figure in asked and approval in asked
    assert "phải nhập lại" in done
    assert figure in done and approval in done
