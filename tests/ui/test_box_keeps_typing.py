"""A box that opens by itself over the window while a cell is half typed (S50's hole): the officer chose
Xuất báo cáo… (the menu saves the open cell first, on purpose), went on typing "52.0" into Thu ngân sách
with no Enter while the export ran; its progress dialog appeared, then the export's end box, and the
cell's editor, losing the keyboard to them, saved 52 triệu under the officer's name. Now a box that
opens by itself (a background task's progress dialog, an `unprompted` box: backups ending, the signing
token, a task's error, notices) holds the typing unsaved while it shows and gives it back in the same
cell's editor, cursor at its end, once it closed: Enter saves it, Esc leaves the cell as it was. A box
the person asked for (a menu) saves the open cell as before. Real key events."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

import ui.export_dialog
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button, press, shot, type_text
from tests.ui.test_refused_not_lost import go_to
from ui.app import plug_exports
from ui.export_dialog import ExportDoneDialog
from ui.keyboard import unprompted

ENTER = Qt.Key.Key_Return
NOT_SHOWN_YET = 3_600_000  # the progress dialog's wait, until the test has typed (then 0: shown at once)


@pytest.fixture
def exporting(qtbot, make_window, office, tmp_path, monkeypatch):  # noqa: F811
    """The officer's window on the period being filled, Xuất báo cáo… writing a draft into `tmp_path` once
    `window.release()` was called (a draft's export takes a fraction of a second)."""
    gate = threading.Event()
    real_export = ui.export_dialog.export_period

    def held_export(*args, **kwargs):
        gate.wait(30)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(ui.export_dialog, "export_period", held_export)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(tmp_path)))
    as_(office, "canbo")
    window = make_window(office)
    plug_exports(window)
    window.export = next(a for a in window.file_menu.actions() if getattr(a, "controller", None) is not None)
    window.release = gate.set
    yield window
    gate.set()  # a test failing while the export waits: it ends, the window closes without asking to wait
    task = window.export.controller.task
    if task is not None:
        qtbot.waitUntil(lambda: not task.running, timeout=30000)


def value(window, office):  # noqa: F811
    return getattr(office.row(window.period, "thu_ngan_sach").entry, "value", None)


def editing(window) -> bool:
    return window.table.state() == QAbstractItemView.State.EditingState


def given_back(window, qtbot, text: str) -> QLineEdit:
    """The same cell's editor open again with `text`, the cursor at its end, the keyboard in it."""
    window.activateWindow()  # the keyboard back in the window, as the window manager does
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().text() == text, timeout=10000)
    editor = QApplication.focusWidget()
    assert editor.cursorPosition() == len(text) and not editor.hasSelectedText()
    assert window.table.currentIndex() == window.model.index_of("thu_ngan_sach", "value") and editing(window)
    return editor


def test_the_exports_progress_and_end_boxes_save_nothing_typed_meanwhile(exporting, office, qtbot):  # noqa: F811
    window = exporting
    window.export.trigger()  # Xuất báo cáo…: the folder chosen, the files being written
    task = window.export.controller.task
    assert task is not None and task.running
    task.dialog.setMinimumDuration(NOT_SHOWN_YET)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")  # no Enter
    assert editing(window)
    task.dialog.setMinimumDuration(0)  # the export slow: its progress dialog appears over the typing
    qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.isActiveWindow(), timeout=10000)
    QApplication.processEvents()
    under_progress = (value(window, office), editing(window))  # asserted once the export ended
    window.release()
    qtbot.waitUntil(lambda: isinstance(window.export.controller.done_dialog, ExportDoneDialog)
                    and window.export.controller.done_dialog.isVisible(), timeout=30000)
    done = window.export.controller.done_dialog
    qtbot.waitUntil(done.isActiveWindow, timeout=10000)
    under_done = (value(window, office), editing(window))
    click_button(done, "Đóng")
    assert under_progress == (None, False)  # before: (52 triệu, False), saved as the dialog took the keyboard
    assert under_done == (None, False)  # the end box holds it too
    editor = given_back(window, qtbot, "52.0")
    assert value(window, office) is None
    shot(window, "s54_given_back_after_export")
    assert editor.isVisible()
    press(ENTER)  # finished: now it is saved, under the officer's name
    assert value(window, office) is not None
    assert window.model.index_of("thu_ngan_sach", "value").data() == "52"


def test_a_box_opening_by_itself_from_a_timer_saves_nothing_typed(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    seen = []

    def notice(box):
        seen.append((value(window, office), editing(window)))
        click_button(box, "OK")

    script = Script((QMessageBox, notice))
    answered = []
    QTimer.singleShot(0, lambda: answered.append(unprompted(QMessageBox(
        QMessageBox.Icon.Information, "Sao lưu", "Đã sao lưu dữ liệu.", QMessageBox.StandardButton.Ok,
        window)).exec()))
    qtbot.waitUntil(lambda: bool(answered), timeout=20000)
    script.check()
    assert seen == [(None, False)]  # before: (52 triệu, False), saved by the box taking the keyboard
    given_back(window, qtbot, "52.0")
    assert value(window, office) is None
    press(ENTER)
    assert window.model.index_of("thu_ngan_sach", "value").data() == "52"


def test_escape_on_the_typing_given_back_keeps_the_saved_figure(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office)
    office.set_entry(window.period, "thu_ngan_sach", value="1.500")
    window.reload(window.period)
    before = value(window, office)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    script = Script((QMessageBox, lambda box: click_button(box, "OK")))
    answered = []
    QTimer.singleShot(0, lambda: answered.append(unprompted(QMessageBox(
        QMessageBox.Icon.Warning, "Chữ ký số", "Không đọc được khoá ký.", QMessageBox.StandardButton.Ok,
        window)).exec()))
    qtbot.waitUntil(lambda: bool(answered), timeout=20000)
    script.check()
    given_back(window, qtbot, "52.0")
    press(Qt.Key.Key_Escape)
    assert not editing(window) and value(window, office) == before
    assert window.model.index_of("thu_ngan_sach", "value").data() == "1.500"


def test_a_box_the_person_asked_for_saves_the_open_cell_as_before(exporting, office, qtbot):  # noqa: F811
    """Xuất báo cáo… chosen while typing: the cell saved first (`figures_saved`), then the export."""
    window = exporting
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    window.release()
    window.export.trigger()
    assert value(window, office) is not None and not editing(window)
    qtbot.waitUntil(lambda: window.export.controller.done_dialog is not None
                    and window.export.controller.done_dialog.isVisible(), timeout=30000)
    click_button(window.export.controller.done_dialog, "Đóng")
    QApplication.processEvents()
    assert not editing(window) and window.model.index_of("thu_ngan_sach", "value").data() == "52"
