"""One rule for giving back a cell's typing held unsaved, wherever it was held (red team R20): a box
that opened by itself over the typing, the idle lock, a refresh of the window. The officer typed "52.0"
in Thu ngân sách (saved 1.500) without Enter; while it was held, another copy of the program (a second
Workspace on the same data folder) saved 7.777 there, or completed and approved the period. The typing comes back in
the same cell (by indicator and field), only while that cell still takes a figure and the person who
typed it is still the one logged in (or the database has no accounts), and the line under the table
says it: as left, changed elsewhere meanwhile (the saved figure named: Enter would replace it), or not
given back as the cell takes no figure any more. Real key events; every box is answered."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from desktop_app.core.periods import Period
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.province.helpers import fill_unit
from tests.ui.conftest import Script, click_button, press, shot, type_text
from tests.ui.test_lock_keeps_typing import lock, unlock
from tests.ui.test_refused_not_lost import go_to
from ui.held_typing import box_typing
from ui.keyboard import unprompted

ENTER, ESC = Qt.Key.Key_Return, Qt.Key.Key_Escape
P = Period(2026, "6M")
CHANGED = "ở nơi khác"  # "Changed elsewhere meanwhile: this cell's saved figure is now …"
AS_LEFT = "như lúc bạn để lại"  # "Not saved yet: “…”, as you left it."
NO_LONGER = "không còn nhận số liệu"  # "Not saved: “…” … this cell no longer takes one."


def said(window) -> str:
    return re.sub("<[^>]+>", "", window.feedback.text())


def editor_text(window) -> str | None:
    """The text of the entry table's open editor (None: no cell being typed in)."""
    if window.table.state() != QAbstractItemView.State.EditingState:
        return None
    editor = window.table.indexWidget(window.table.currentIndex())
    return editor.text() if isinstance(editor, QLineEdit) else None


def other_copy(data_dir, who: str | None) -> Workspace:
    """Another copy of the program on the same data folder, `who` logged in (None: no accounts)."""
    other = Workspace.open(data_dir)
    if who is not None:
        other.login(who, PW[who])
    return other


def box_over_typing(window, qtbot, meanwhile) -> None:
    """A box opening by itself over the typing (a backup's end), `meanwhile` done while it shows, then
    OK; the keyboard back in the window and the giving back done."""
    def notice(box):
        assert box_typing() is not None and editor_text(window) is None  # held, the editor closed unsaved
        meanwhile()
        click_button(box, "OK")

    script = Script((QMessageBox, notice))
    answered = []
    QTimer.singleShot(0, lambda: answered.append(unprompted(QMessageBox(
        QMessageBox.Icon.Information, "Sao lưu", "Đã sao lưu dữ liệu.", QMessageBox.StandardButton.Ok,
        window)).exec()))
    qtbot.waitUntil(lambda: bool(answered), timeout=20000)
    script.check()
    window.activateWindow()
    qtbot.waitUntil(lambda: box_typing() is None and window.isActiveWindow(), timeout=10000)
    QApplication.processEvents()


def saved(window, code="thu_ngan_sach", field="value") -> str:
    return window.model.index_of(code, field).data()


@pytest.fixture
def typing(make_window, office):  # noqa: F811 (the fixture)
    """The officer's window, "52.0" typed in Thu ngân sách (saved 1.500), no Enter."""
    as_(office, "canbo")
    office.set_entry(P.code, "thu_ngan_sach", value="1.500")
    window = make_window(office)
    window.show_period(P)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    assert editor_text(window) == "52.0"
    yield window
    if editor_text(window) is not None:  # a failing test: no question about an unsaved cell at closing
        press(ESC)


@pytest.mark.parametrize("read_under_box", [True, False], ids=["read-under-the-box", "read-after-it"])
def test_a_figure_saved_elsewhere_under_a_box_is_named_when_the_typing_comes_back(
        typing, data_dir, qtbot, read_under_box):
    window = typing

    def meanwhile():
        other = other_copy(data_dir, "canbo")
        other.set_entry(P.code, "thu_ngan_sach", value="7.777")
        other.close()
        if read_under_box:
            window.follow_changes()

    box_over_typing(window, qtbot, meanwhile)
    window.follow_changes()  # the window active again reads what changed (`MainWindow.changeEvent`)
    assert editor_text(window) == "52.0"
    assert CHANGED in said(window) and "“7.777”" in said(window) and AS_LEFT not in said(window)
    shot(window, f"s65_changed_elsewhere_{'under' if read_under_box else 'after'}")
    window.follow_changes()  # read again: still compared with what was saved when the typing began
    assert CHANGED in said(window) and "“7.777”" in said(window)
    press(ESC)
    assert saved(window) == "7.777"


@pytest.mark.parametrize("read_under_box", [True, False], ids=["read-under-the-box", "read-after-it"])
def test_a_period_approved_elsewhere_under_a_box_gets_no_editor_and_says_why(
        make_window, office, data_dir, qtbot, read_under_box):  # noqa: F811
    as_(office, "canbo")
    fill_unit(office, P.code, seed=3)
    window = make_window(office)
    window.show_period(P)
    before = saved(window)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")

    def meanwhile():
        other = other_copy(data_dir, "canbo")
        other.complete(P.code)
        other.close()
        other = other_copy(data_dir, "lanhdao")
        other.approve(P.code)
        other.close()
        if read_under_box:
            window.follow_changes()

    try:
        box_over_typing(window, qtbot, meanwhile)
        window.follow_changes()  # the window active again reads what changed
        assert window.read_only_reason() is not None
        assert editor_text(window) is None  # before: the editor open in the approved table, "Enter để lưu"
        assert NO_LONGER in said(window) and "“52.0”" in said(window)
        assert said(window).count("lưu:") == 1, said(window)  # "✖ Chưa lưu: “52.0” … bị bỏ", once
        assert saved(window) == before
        shot(window, f"s65_approved_{'under' if read_under_box else 'after'}")
    finally:
        if editor_text(window) is not None:
            press(ESC)
    window.close()  # nothing unsaved to ask about
    assert not window.isVisible()


def test_on_a_database_without_accounts_the_typing_survives_the_next_refresh(make_window, data_dir, qtbot):
    ws = Workspace.open(data_dir, user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.set_entry(P.code, "thu_ngan_sach", value="1.500")
    window = make_window(ws)
    window.show_period(P)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")

    def meanwhile():
        other = other_copy(data_dir, None)
        other.set_entry(P.code, "thu_ngan_sach", value="7.777")
        other.close()

    try:
        box_over_typing(window, qtbot, meanwhile)
        window.follow_changes()  # before: dropped here without a word (nobody logged in)
        assert editor_text(window) == "52.0"
        assert CHANGED in said(window) and "“7.777”" in said(window)
    finally:
        if editor_text(window) is not None:
            press(ESC)
    ws.close()


def test_the_lock_names_a_figure_saved_elsewhere_while_locked(typing, data_dir, qtbot):
    window = typing
    lock(window, qtbot)
    other = other_copy(data_dir, "canbo")
    other.set_entry(P.code, "thu_ngan_sach", value="7.777")
    other.close()
    window.follow_changes()  # read while locked: nothing held by the refresh, the lock holds it
    unlock(window, qtbot)
    assert editor_text(window) == "52.0"
    assert CHANGED in said(window) and "“7.777”" in said(window)  # before: "as you left it"


def test_the_lock_gives_no_editor_in_a_period_approved_while_locked(make_window, office, data_dir, qtbot):  # noqa: F811
    as_(office, "canbo")
    fill_unit(office, P.code, seed=3)
    window = make_window(office)
    window.show_period(P)
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    lock(window, qtbot)
    other = other_copy(data_dir, "canbo")
    other.complete(P.code)
    other.close()
    other = other_copy(data_dir, "lanhdao")
    other.approve(P.code)
    other.close()
    window.follow_changes()
    try:
        unlock(window, qtbot)
        assert window.read_only_reason() is not None
        assert editor_text(window) is None  # before: the editor open in the approved table
        assert NO_LONGER in said(window)
    finally:
        if editor_text(window) is not None:
            press(ESC)
