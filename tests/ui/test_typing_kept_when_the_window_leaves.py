"""A cell half typed is saved only by what the person does in the window (Enter, Tab, an arrow, a click
in it), as in a spreadsheet (walk R16): another program taking the keyboard (Alt+Tab, Zalo, Win+L) saved
"52.0" as 52 triệu under the officer's name (F5: Qt's delegate saves on losing the keyboard), and so did
the window reading the data again when it got the keyboard back after another window or a command had
saved any figure (F4: right after the unlock had said "Not saved yet"). Now the editor stays open, or is
held and given back as the lock holds it, and a figure changed elsewhere meanwhile is said."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, type_text
from tests.ui.test_lock_keeps_typing import lock, unlock, value
from tests.ui.test_refused_not_lost import go_to
from ui.own_targets_dialog import OwnTargetsDialog

ENTER = Qt.Key.Key_Return


@pytest.fixture
def officer_window(make_window, office):  # noqa: F811 (the fixture)
    as_(office, "canbo")
    return make_window(office)


def another_program(qtbot) -> QWidget:
    """Another window takes the keyboard, as Alt+Tab to Zalo does."""
    other = QWidget()
    other.setWindowTitle("Zalo")
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=10000)
    return other


def back_to(window, qtbot) -> None:
    window.activateWindow()  # the keyboard back in the window, as the window manager does
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)


def saved_elsewhere(office, period, code="bhyt", **values):  # noqa: F811
    """Another copy of the program (or `chitieu entry set`) saves a figure as the officer."""
    other = Workspace.open(Path(office.store.path).parent)
    other.login("canbo", PW["canbo"])
    other.set_entry(period, code, **(values or {"numerator": "9.500", "denominator": "10.000"}))
    other.close()


def editor_text(widget) -> str | None:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text() if isinstance(widget, QLineEdit) else None


def test_another_program_taking_the_keyboard_saves_nothing_typed(officer_window, office, qtbot):  # noqa: F811
    window = officer_window
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")  # no Enter
    other = another_program(qtbot)
    assert value(window, office) is None  # before: 52 triệu saved as Zalo took the keyboard
    assert window.table.state() == QAbstractItemView.State.EditingState  # still being typed in
    back_to(window, qtbot)
    other.close()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "52.0" and editor.cursorPosition() == 4
    assert window.table.currentIndex() == window.model.index_of("thu_ngan_sach", "value")
    shot(window, "s50_back_from_another_program")
    type_text("00")
    press(ENTER)  # what the person does in the window: saved
    assert window.model.index_of("thu_ngan_sach", "value").data() == "52.000"
    assert value(window, office) is not None


def test_a_comment_and_a_yes_no_list_stay_open_unsaved(officer_window, office, qtbot):  # noqa: F811
    window = officer_window
    go_to(window, "thu_ngan_sach", "comment")
    type_text("Chưa đến kỳ")
    other = another_program(qtbot)
    assert value(window, office, "comment") in (None, "")
    back_to(window, qtbot)
    other.close()
    assert editor_text(QApplication.focusWidget()) == "Chưa đến kỳ"
    press(Qt.Key.Key_Escape)
    assert window.model.index_of("khong_ma_tuy", "flag").isValid()
    go_to(window, "khong_ma_tuy", "flag")
    type_text("k")
    other = another_program(qtbot)
    assert getattr(office.row(window.period, "khong_ma_tuy").entry, "flag", None) is None
    back_to(window, qtbot)
    other.close()
    assert editor_text(QApplication.focusWidget()) == "Không"


def test_the_window_reading_changes_made_elsewhere_saves_nothing_typed(officer_window, office, qtbot):  # noqa: F811
    """R16 F4: the lock gives "52.0" back; another window had saved a figure meanwhile, so the window reads
    the data again as it gets the keyboard back: that saved the cell given back."""
    window = officer_window
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    lock(window, qtbot)
    saved_elsewhere(office, window.period)
    unlock(window, qtbot)  # the window gets the keyboard back: it reads the figure saved elsewhere
    assert window.model.index_of("bhyt", "numerator").data() == "9.500"  # read again
    assert value(window, office) is None  # before: 52 triệu, "Đã lưu"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "52.0" and editor.cursorPosition() == 4
    assert "“52.0”" in window.feedback.toolTip()  # still said not saved
    shot(window, "s50_given_back_after_changes")
    press(ENTER)
    assert value(window, office) is not None


def test_the_same_cell_saved_elsewhere_is_said_and_never_overwritten_silently(officer_window, office,  # noqa: F811
                                                                               qtbot):
    window = officer_window
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    other = another_program(qtbot)
    saved_elsewhere(office, window.period, "thu_ngan_sach", value="1.500")
    back_to(window, qtbot)
    other.close()
    saved = value(window, office)
    assert saved is not None and window.model.index_of("thu_ngan_sach", "value").data() == "1.500"
    assert editor_text(QApplication.focusWidget()) == "52.0"
    said = window.feedback.toolTip()
    assert "“1.500”" in said and "“52.0”" in said, said
    shot(window, "s50_same_cell_changed_elsewhere")
    press(Qt.Key.Key_Escape)  # keeps the figure saved elsewhere
    assert value(window, office) == saved and window.table.state() != QAbstractItemView.State.EditingState


def test_a_target_in_the_own_targets_dialog_stays_unsaved(make_window, office, qtbot):  # noqa: F811
    as_(office, "lanhdao")
    window = make_window(office)
    before = office.own_targets()
    seen = {}

    def type_then_leave(dialog):
        dialog.table.setCurrentCell(1, dialog.table.currentColumn())
        dialog.table.setFocus()
        type_text("≥ 9,5")
        other = another_program(qtbot)
        seen["saved"] = office.own_targets() != before
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
        other.close()
        seen["editor"] = editor_text(QApplication.focusWidget())
        press(Qt.Key.Key_Escape)
        press(Qt.Key.Key_Escape)

    script = Script((OwnTargetsDialog, type_then_leave))
    window.open_own_targets()
    script.check()
    assert seen == {"saved": False, "editor": "≥ 9,5"}
    assert office.own_targets() == before


def test_the_lock_coming_while_another_program_has_the_keyboard_holds_the_cell(officer_window, office,  # noqa: F811
                                                                               qtbot):
    """The editor left open while Zalo had the keyboard: the lock, coming meanwhile, holds it as usual (not left
    open under the cover for the next person) and gives it back at the officer's unlock."""
    window = officer_window
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.0")
    other = another_program(qtbot)
    window.idle_lock.set_minutes(0.004)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=10000)
    window.idle_lock.set_minutes(0)
    other.close()
    assert window.table.state() != QAbstractItemView.State.EditingState and window.idle_lock.held is not None
    dialog = window.idle_lock.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=10000)
    unlock(window, qtbot)
    assert value(window, office) is None and editor_text(QApplication.focusWidget()) == "52.0"
