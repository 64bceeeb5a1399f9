"""First run: choosing the unit with an accent-free search and naming the people on the report."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import commit_text, press, type_text
from ui import i18n
from ui.setup_dialog import SetupDialog


def open_dialog(qtbot, workspace, **kw) -> SetupDialog:
    dialog = SetupDialog(workspace, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
    return dialog


def test_first_run_with_an_accent_free_search(qtbot, blank_workspace):
    """"dai phuc" finds Xã Đại Phúc; names typed in Vietnamese; Enter saves the unit and the people."""
    dialog = open_dialog(qtbot, blank_workspace)
    assert dialog.windowTitle() == "Thiết lập lần đầu"
    assert dialog.search.hasFocus()
    type_text("dai phuc")
    assert dialog.results.item(0).text().startswith("Xã Đại Phúc")
    assert "Xã Đại Phúc" in dialog.chosen.text()
    press(Qt.Key.Key_Return)  # on to the preparer's name
    assert dialog.preparer.hasFocus()
    type_text("Nguyễn Thị Hồng")  # key by key
    press(Qt.Key.Key_Tab)
    commit_text("Đặng Văn Quý")  # as a Telex input method commits it
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)  # Phó Chủ tịch UBND
    press(Qt.Key.Key_Tab)
    type_text("BC-UBND")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = blank_workspace.settings
    assert blank_workspace.commune.name == "Xã Đại Phúc"
    assert (s.preparer, s.signer, s.signer_title, s.doc_prefix) == (
        "Nguyễn Thị Hồng", "Đặng Văn Quý", "Phó Chủ tịch", "BC-UBND")


def test_the_search_accepts_accents_and_arrow_keys(qtbot, blank_workspace):
    """Typing with accents finds the same units; a name several match chooses none of them (walk
    U9 F1), Down chooses the first, Down again the next."""
    dialog = open_dialog(qtbot, blank_workspace)
    type_text("Đại")
    names = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert len(names) > 1 and all("Đại" in n for n in names)
    assert dialog.selected_code() is None
    press(Qt.Key.Key_Down)
    first = dialog.selected_code()
    assert first is not None and dialog.results.currentRow() == 0
    press(Qt.Key.Key_Down)
    assert dialog.selected_code() != first and dialog.results.currentRow() == 1


def test_a_missing_name_is_refused_and_nothing_is_saved(qtbot, blank_workspace):
    """Without the preparer's name the dialog stays open with the reason; no unit is saved."""
    dialog = open_dialog(qtbot, blank_workspace)
    type_text("tan cuong")
    dialog.signer.setFocus()
    commit_text("Trần Văn Bình")
    press(Qt.Key.Key_Return)  # on to the next field, the signer's title
    assert QApplication.focusWidget() is dialog.signer_title
    press(Qt.Key.Key_Return)  # saving is tried from there (the document code may stay empty)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "Người lập biểu" in dialog.error.text()
    assert not blank_workspace.is_set_up


def test_an_unknown_name_finds_nothing_and_is_refused(qtbot, blank_workspace):
    """A search that matches no unit says so, and saving is refused."""
    dialog = open_dialog(qtbot, blank_workspace)
    type_text("khong co xa nay")
    assert dialog.results.count() == 0
    assert "Không tìm thấy" in dialog.chosen.text()
    dialog.accept()
    assert "Chưa chọn xã, phường" in dialog.error.text()


def test_settings_show_the_saved_choice_and_change_it(qtbot, workspace):
    """Tệp › Cài đặt opens on the saved unit and people; a change is saved."""
    dialog = open_dialog(qtbot, workspace, first_run=False)
    assert dialog.windowTitle() == "Cài đặt"
    assert "Xã Tân Cương" in dialog.chosen.text()
    assert dialog.preparer.text() == "Nguyễn Văn An"
    dialog.deadline_day.setValue(25)
    dialog.preparer.selectAll()
    dialog.preparer.setFocus()
    commit_text("Lý Thị Mai")
    dialog.accept()
    assert workspace.settings.preparer == "Lý Thị Mai"
    assert workspace.settings.rules.deadline_day == 25
    assert workspace.commune.name == "Xã Tân Cương"



def test_settings_for_an_officer_open_on_the_language_in_view(qtbot, office):  # noqa: F811 (the fixture)
    """An officer's only setting is the interface language: the dialog opens with the cursor in
    it and the box in sight, above the administrator's greyed settings, in both languages."""
    as_(office, "canbo")
    for language in (i18n.VIETNAMESE, i18n.ENGLISH):
        i18n.install_language(language)
        dialog = open_dialog(qtbot, office, first_run=False)
        dialog.resize(dialog.width(), 600)  # shorter than the form: it scrolls
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language, timeout=10000)
        viewport = dialog.scroll.viewport()
        box = dialog.language
        corners = (box.mapTo(viewport, box.rect().topLeft()), box.mapTo(viewport, box.rect().bottomRight()))
        assert all(viewport.rect().contains(corner) for corner in corners), language
        assert not dialog.preparer.isEnabled()
        assert box.mapTo(dialog, box.rect().topLeft()).y() < dialog.preparer.mapTo(dialog, dialog.preparer.rect().topLeft()).y()
        dialog.reject()


def _darkest(widget) -> int:
    """The darkest grey painted in `widget`: its text's colour."""
    image = widget.grab().toImage()
    return min(image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height()))


def test_the_officer_sees_the_document_line_greyed_with_its_section(qtbot, office):  # noqa: F811 (the fixture)
    """'Báo cáo ghi “Số: /BC-UBND”' under the document code is the administrator's setting too:
    greyed with the fields around it, as the labels of its section are (walk 13, L7: it stayed dark)."""
    as_(office, "canbo")
    dialog = open_dialog(qtbot, office, first_run=False)
    form = dialog.doc_symbol.parentWidget().layout()
    label = form.labelForField(dialog.doc_prefix)
    assert _darkest(dialog.doc_symbol) >= _darkest(label) - 10
    dialog.reject()
    as_(office, "admin")
    dialog = open_dialog(qtbot, office, first_run=False)
    assert _darkest(dialog.doc_symbol) < 120  # the administrator's: a readable dark grey
    dialog.reject()
