"""In the English interface refusals, field names and units are English; in Vietnamese
(the default) every word is as it was. The report and the files for the province stay
Vietnamese whatever the interface (tests/ui/test_language_switch.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import ChiTieuError, InvalidInput
from tests.ui.conftest import press, type_text
from ui.actions import FAILED, run_action
from ui.entry_model import Col
from ui.login_dialog import FirstAdminDialog, LoginDialog

ENTER = Qt.Key.Key_Return
PASSWORD = "hoa-sen-123"


def type_in(window, code: str, name: str, text: str) -> str:
    """Type `text` in a cell of the entry table and press Enter; the cell's refusal, or None."""
    index = window.model.index_of(code, name)
    window.table.setCurrentIndex(index)
    window.table.setFocus()
    type_text(text)
    press(ENTER)
    return window.model.error_at(index)


def unit_shown(window, code: str) -> str:
    return window.model.index(window.model.line_of(code), Col.UNIT).data()


def test_a_bad_number_in_the_table_is_refused_in_english_naming_the_field(make_window, workspace, english):
    english()
    window = make_window(workspace)
    refused = type_in(window, "bhyt", "numerator", "1,234")
    assert refused.startswith('People with health insurance: "1,234" is ambiguous: it can be the whole number 1234')
    assert "is ambiguous" in window.feedback.text()
    tip = window.model.index_of("bhyt", "numerator").data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("People with health insurance (people)\n") and refused in tip
    workspace.set_entry("2026-6M", "bhyt", denominator="10.000")
    window.reload()
    assert type_in(window, "bhyt", "numerator", "12000") == (
        "People with health insurance (12.000) cannot be greater than Population (10.000): the rate would "
        "exceed 100%.")
    assert type_in(window, "thu_ngan_sach", "value", "abc").startswith(
        'Budget revenue, cumulative since the start of the year: "abc" has the character "a", which is not a digit.')
    assert workspace.row("2026-6M", "bhyt").entry.numerator is None


def test_field_names_and_units_of_the_table_in_english(make_window, workspace, english):
    english()
    window = make_window(workspace)
    assert unit_shown(window, "thu_ngan_sach") == "million VND"
    assert unit_shown(window, "tngt_so_vu") == "cases" and unit_shown(window, "bhyt") == "%"
    assert unit_shown(window, "nong_thon_moi") == "Yes/No"
    model = window.model
    assert model.index_of("bhyt", "denominator").data(Qt.ItemDataRole.ToolTipRole) == "Population (people)"
    assert model.index_of("bhyt", "denominator").data(Qt.ItemDataRole.AccessibleTextRole).startswith("Population: ")
    baseline = model.index(model.line_of("ket_nap_dang_vien"), Col.IN2).data(Qt.ItemDataRole.ToolTipRole)
    assert baseline.startswith("Party members at the start of the term: ")


def test_what_is_missing_of_a_row_is_said_in_english(make_window, workspace, english):
    """The line under the table and the cell's tooltip: "Not entered: Population", not the
    Vietnamese of the core; a Yes/No field says so once."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500")
    english()
    window = make_window(workspace)
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    assert "Not entered: Population" in window.cell_info.text() and "Chưa" not in window.cell_info.text()
    tip = window.model.index(window.model.line_of("bhyt"), Col.VERDICT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not entered: Population" in tip
    window.table.setCurrentIndex(window.model.index_of("nong_thon_moi", "flag"))
    assert window.cell_info.text().count("Yes / No") == 1


def test_vietnamese_stays_as_it_was(window, workspace):
    """The default interface: the same refusals, names and units as before English existed."""
    refused = type_in(window, "bhyt", "numerator", "1,234")
    assert refused.startswith('Số người tham gia BHYT: "1,234" không rõ nghĩa: có thể là số nguyên 1234')
    assert window.model.index_of("bhyt", "numerator").data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Số người tham gia BHYT (người)\n")
    assert unit_shown(window, "thu_ngan_sach") == "triệu đồng" and unit_shown(window, "tngt_so_vu") == "vụ"
    assert type_in(window, "thu_ngan_sach", "value", "abc").startswith(
        'Thu ngân sách lũy kế từ đầu năm: "abc" có ký tự "a" không phải chữ số.')


def test_a_wrong_password_at_login_in_english(qtbot, blank_workspace, english):
    english()
    blank_workspace.add_user("quantri", "Quản Trị", "Quản trị", PASSWORD)
    dialog = LoginDialog(blank_workspace)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "quantri")
    for left in (4, 3, 2, 1):
        qtbot.keyClicks(dialog.password, "sai-roi")
        qtbot.keyClick(dialog.password, ENTER)
        assert dialog.error.text() == (
            f"Wrong user name or password. {left} more tries before the account is locked for 5 minutes. Check the "
            "Vietnamese typing tool (Unikey) and the Caps Lock key.")
    qtbot.keyClicks(dialog.password, "sai-roi")
    qtbot.keyClick(dialog.password, ENTER)
    assert dialog.error.text().startswith("The account is locked for a while after 5 wrong passwords. Try again after ")
    assert blank_workspace.account is None


def test_the_window_s_own_refusals_in_english(qtbot, blank_workspace, english):
    english()
    dialog = FirstAdminDialog(blank_workspace)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "quantri")
    qtbot.keyClicks(dialog.full_name, "Quan Tri")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.again, PASSWORD + "4")
    qtbot.keyClick(dialog.again, ENTER)
    assert dialog.error.text() == "The two passwords typed are not the same."


def test_the_error_box_shows_english_or_says_the_message_is_vietnamese(qtbot, monkeypatch, english):
    """show_error: a refusal's English in the English interface; a refusal the program has only
    in Vietnamese (the province's side) under a line saying so; Vietnamese in Vietnamese."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def refuse(error: ChiTieuError):
        raise error

    both = InvalidInput("Lý do mở lại: chưa nhập.", en="Reason for reopening: not entered.")
    vietnamese_only = ChiTieuError("Tệp 05503.xlsx: không đọc được.")
    assert run_action(None, refuse, both) is FAILED and run_action(None, refuse, vietnamese_only) is FAILED
    english()
    run_action(None, refuse, both)
    run_action(None, refuse, vietnamese_only)
    assert shown == ["Lý do mở lại: chưa nhập.", "Tệp 05503.xlsx: không đọc được.",
                     "Reason for reopening: not entered.",
                     "The program says (in Vietnamese):\nTệp 05503.xlsx: không đọc được."]
