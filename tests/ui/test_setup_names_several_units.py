"""Thiết lập lần đầu: a name typed that several units match equally well chooses none of them
(walk U9 F1: "van lang" took Xã Văn Lăng, 05665, unsaid, and Bắt đầu opened the window as it,
while `chitieu setup --commune "van lang"` refuses, naming both). The list shows them, Enter in
the search box and Bắt đầu say which match and how to choose one, in the core's words; a name or
code one unit matches is still chosen at once. And the province's e-mail address is asked on the
first day too (walk U9 F4)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.core.errors import NotFound
from tests.ui.conftest import commit_text, press, type_text
from tests.ui.test_keyboard import shown
from ui.setup_dialog import SetupDialog

BOTH = ("Xã Văn Lăng (mã 05665)", "Xã Văn Lang (mã 02143)")


def people_and_start() -> None:
    """From the search box: Tab, the two names, Enter on to the title, whose Enter starts."""
    press(Qt.Key.Key_Tab)
    type_text("Nguyễn Thị Hồng")
    press(Qt.Key.Key_Return)
    type_text("Đặng Văn Quý")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["van lang", "Van Lang", "xa van lang"])
def test_a_name_two_units_match_chooses_neither(qtbot, blank_workspace, typed):
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text(typed)
    listed = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any("05665" in t for t in listed) and any("02143" in t for t in listed)
    assert dialog.selected_code() is None and "Đã chọn" not in dialog.chosen.text()
    assert all(unit in dialog.chosen.text() for unit in BOTH)
    press(Qt.Key.Key_Return)  # does not take the first
    assert QApplication.focusWidget() is dialog.search and dialog.selected_code() is None
    with pytest.raises(NotFound) as refused:  # the command line's refusal, said in the same words
        blank_workspace.catalog.resolve_commune(typed)
    assert dialog.error.text().startswith(refused.value.message) and "↑ ↓" in dialog.error.text()
    people_and_start()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert not blank_workspace.is_set_up
    assert QApplication.focusWidget() is dialog.search
    assert all(unit in dialog.error.text() for unit in BOTH)


def test_down_and_enter_choose_the_unit_bat_dau_takes(qtbot, blank_workspace):
    """The person's choice: Down, Down (the second listed), Enter, the names, Bắt đầu."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("van lang")
    press(Qt.Key.Key_Return)  # refused first: the red line goes once one is chosen
    assert QApplication.focusWidget() is dialog.search and dialog.error.isVisible()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    chosen = dialog.selected_code()
    assert chosen in ("05665", "02143") and not dialog.error.isVisible()
    assert "Đã chọn" in dialog.chosen.text() and chosen in dialog.chosen.text()
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.preparer
    commit_text("Nguyễn Thị Hồng")
    press(Qt.Key.Key_Return)
    commit_text("Đặng Văn Quý")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and blank_workspace.commune.code == chosen


@pytest.mark.parametrize(("typed", "code"), [("05665", "05665"), ("Văn Lang", "02143"), ("Văn Lăng", "05665")])
def test_a_name_or_code_one_unit_matches_is_chosen_at_once(qtbot, blank_workspace, typed, code):
    """Typed on after "van lang" chose neither: the name with its accents, or the code, chooses."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("van lang")
    assert dialog.selected_code() is None
    dialog.search.clear()
    type_text(typed)
    assert dialog.selected_code() == code and "Đã chọn" in dialog.chosen.text()
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.preparer
    people_and_start_from_preparer()
    assert dialog.result() == QDialog.DialogCode.Accepted and blank_workspace.commune.code == code


def people_and_start_from_preparer() -> None:
    type_text("Nguyễn Thị Hồng")
    press(Qt.Key.Key_Return)
    type_text("Đặng Văn Quý")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)


def test_the_first_run_asks_the_province_s_address_and_keeps_it(qtbot, blank_workspace):
    """Tab from the document code reaches the address; a wrong one is refused before anything is
    saved; corrected, Bắt đầu saves it with the unit."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    type_text("dai phuc")
    press(Qt.Key.Key_Tab)
    type_text("Nguyễn Thị Hồng")
    for _ in range(3):
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.doc_prefix
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.province_email
    type_text("baocao@thai nguyen")
    dialog.signer.setFocus()
    type_text("Đặng Văn Quý")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)  # Bắt đầu from the title
    assert not blank_workspace.is_set_up and QApplication.focusWidget() is dialog.province_email
    assert "không phải địa chỉ thư điện tử" in dialog.error.text()
    dialog.province_email.selectAll()
    type_text("baocao@thainguyen.gov.vn")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert blank_workspace.commune.name == "Xã Đại Phúc"
    assert blank_workspace.province_email == "baocao@thainguyen.gov.vn"


def test_the_first_run_may_leave_the_address_empty(qtbot, blank_workspace):
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    assert dialog.province_email.text() == "" and dialog.email_note.isVisible()
    type_text("dai phuc")
    press(Qt.Key.Key_Return)
    people_and_start_from_preparer()
    assert dialog.result() == QDialog.DialogCode.Accepted and blank_workspace.province_email == ""
