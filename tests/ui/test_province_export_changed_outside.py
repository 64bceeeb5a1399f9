"""The province window's exports while the history finds changes made outside the program that no
administrator has acknowledged (d78ef9f, finding 9): the service refuses them, and the window says
so before it asks where to save, not after the person has chosen a file for nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.core.errors import ChangedOutside
from desktop_app.province import ProvinceOffice
from desktop_app.province_reports import EXPORT_NAMES
from tests.edited_outside import edit_with_sqlite3
from tests.ui.conftest import Script, press
from ui.province_window import ProvinceWindow

FORGED_ROW = ("INSERT INTO audit (at, user, action, new) "
              "VALUES ('2026-06-21T08:00:00+07:00', 'admin', 'tamper_ack', 'Đã kiểm tra')")


@pytest.fixture
def changed_outside(qtbot, tmp_path, monkeypatch):
    """A province window over a database a row was added to with sqlite3, not acknowledged; the
    save dialog records that it was asked and answers with a file in `tmp_path`."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    edit_with_sqlite3(office.store.path, FORGED_ROW)
    asked = []

    def save_dialog(*args, **kwargs):
        asked.append(args)
        return str(tmp_path / "out" / "tong-hop"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window = ProvinceWindow(office.ws, today=dt.date(2026, 7, 6))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    yield office, window, asked
    window.idle_lock.timer.stop()
    window.close()
    office.close()


def refusal(office, kind: str) -> str:
    """What the service says when asked to export `kind` now."""
    with pytest.raises(ChangedOutside) as refused:
        office.refuse_if_changed_outside(EXPORT_NAMES[kind])
    return refused.value.message


@pytest.mark.parametrize("kind, letter", [("xlsx", Qt.Key.Key_E), ("pdf", Qt.Key.Key_F), ("dhis2", Qt.Key.Key_D)],
                         ids=["excel", "pdf", "dhis2"])
def test_the_menu_says_the_refusal_before_the_save_dialog(qtbot, changed_outside, tmp_path, kind, letter):
    """Alt+T, then the export's letter: the service's refusal at once, Enter closes it; no save
    dialog was asked, nothing runs, nothing is written."""
    office, window, asked = changed_outside
    said = {}

    def read(box):
        said["text"] = box.text()
        press(Qt.Key.Key_Return)

    window.table.setFocus()
    script = Script((QMessageBox, read))
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu, timeout=10000)
    QTest.keyClick(QApplication.activePopupWidget(), letter)
    qtbot.waitUntil(lambda: not script.steps, timeout=30000)  # after the worker, on the old code
    assert asked == []
    script.check()
    assert said["text"] == refusal(office, kind)
    assert said["text"].startswith("Chưa xuất được ") and "thao tác tamper_ack" in said["text"]
    assert window.task is None and not (tmp_path / "out").exists()


def test_the_button_says_it_too_and_the_export_runs_once_acknowledged(qtbot, changed_outside, tmp_path):
    """"Xuất bảng tổng hợp Excel…" with Space: the same refusal, no save dialog; once the change is
    acknowledged, the same key asks where to save and the workbook is written."""
    office, window, asked = changed_outside
    said = {}

    def read(box):
        said["text"] = box.text()
        press(Qt.Key.Key_Return)

    window.xlsx_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.xlsx_button, timeout=10000)
    script = Script((QMessageBox, read))
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not script.steps, timeout=30000)  # after the worker, on the old code
    assert asked == []
    script.check()
    assert said["text"] == refusal(office, "xlsx")

    office.ws.acknowledge_changes(office.ws.verify_history())
    (tmp_path / "out").mkdir()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.xlsx_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.xlsx_button, timeout=10000)
    with qtbot.waitSignal(window.export_done, timeout=30000) as done:
        press(Qt.Key.Key_Space)
    assert len(asked) == 1 and done.args[0] and (tmp_path / "out" / "tong-hop").is_file()
