"""Text a Vietnamese input method (Telex, VNI) commits on a cell not being typed in: the cell
opens with that text, as with a key typed (Qt opened an empty editor and dropped the text,
so Enter saved an empty comment)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import as_, office  # noqa: F401 - the fixture
from tests.ui.conftest import Script, commit_text, press, type_text
from ui.comment_cell import CommentEditor
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog

ENTER = Qt.Key.Key_Return


def go_to(window, code, field):
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.table.setFocus()


def test_a_word_committed_on_the_comment_cell_opens_it_with_the_word(window, workspace):
    go_to(window, "bhyt", "comment")
    commit_text("Số liệu của BHXH")
    editor = QApplication.focusWidget()
    assert isinstance(editor, CommentEditor) and editor.text() == "Số liệu của BHXH"
    commit_text(" đã")  # the next words follow it
    type_text(" đối chiếu")
    press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.comment == "Số liệu của BHXH đã đối chiếu"
    assert window.model.index_of("bhyt", "comment").data() == "Số liệu của BHXH đã đối chiếu"


def test_a_word_committed_over_a_comment_replaces_it_as_typing_does(window, workspace):
    workspace.set_entry("2026-6M", "bhyt", comment="cũ")
    window.reload()
    go_to(window, "bhyt", "comment")
    commit_text("Mới")
    press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.comment == "Mới"


def test_a_figure_committed_by_the_input_method_is_saved(window, workspace):
    go_to(window, "bhyt", "numerator")
    commit_text("9.500")
    press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.numerator == Decimal("9500")


def test_own_targets_take_committed_text_too(make_window, office, qtbot):  # noqa: F811
    as_(office, "lanhdao")
    window = make_window(office)
    codes = []

    def commit_target(dialog):
        codes.extend(i.code for i in dialog.indicators)
        dialog.table.setCurrentCell(codes.index("bhyt"), FIRST_YEAR_COLUMN)
        commit_text("≥ 95")
        press(ENTER)
        assert dialog.table.currentRow() == codes.index("bhyt") + 1  # saved, and down the column
        press(Qt.Key.Key_Escape)

    script = Script((OwnTargetsDialog, commit_target))
    window.open_own_targets()
    script.check()
    assert office.own_targets()[(2026, "bhyt")].label(2) == "≥ 95"


def test_a_figure_committed_on_the_grey_start_of_term_cell_goes_to_its_dialog(window, workspace):
    from ui.baseline_dialog import BaselineDialog

    window.table.setCurrentIndex(window.model.index_of("ket_nap_dang_vien", "numerator"))
    window.table.setFocus()
    press(Qt.Key.Key_Tab)  # the grey cell beside it
    assert window.model.elsewhere_at(window.table.currentIndex()) is not None
    script = Script((BaselineDialog, lambda dialog: press(ENTER)))
    commit_text("250")
    script.check()
    assert workspace.baselines()["ket_nap_dang_vien"] == Decimal("250")
