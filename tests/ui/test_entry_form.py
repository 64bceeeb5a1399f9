"""The entry form driven with the keyboard, as a commune officer types a period's results."""
from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import Period
from desktop_app.services import Workspace
from tests.ui.conftest import press, type_text
from ui.entry_model import Col

ENTER = Qt.Key.Key_Return
TAB = Qt.Key.Key_Tab
# 6 tháng đầu năm: 7 of the 8 assigned indicators are entered (walk 14, L4), before and after the translator's words
DUE_0_OF_7 = ("Đã nhập 0/7 chỉ tiêu cần nhập kỳ này", "Entered 0/7 indicators due this period")


def cell(window, code: str, name: str):
    return window.model.index_of(code, name)


def cell_text(window, code: str, column: Col) -> str:
    line = window.model.line_of(code)
    return window.model.index(line, column).data() or ""


def current_code_and_field(window):
    index = window.table.currentIndex()
    row = window.model.row_at(index)
    f = window.model.field_at(index)
    return (row.indicator.code if row else None), (f.field if f else None)


def go_to(window, code: str, name: str) -> None:
    window.table.setCurrentIndex(cell(window, code, name))
    window.table.setFocus()


def test_opens_on_the_current_period_with_the_first_cell_ready(window):
    """The period due next is selected, and the cursor waits in the first indicator's input cell."""
    assert window.period == Period(2026, "6M")
    assert window.navigator.selected_period() == Period(2026, "6M")
    assert current_code_and_field(window) == ("thu_ngan_sach", "value")
    assert window.completeness.format() in DUE_0_OF_7  # the 8th judged at year end


def test_typing_a_full_period_with_enter_and_tab_only(window, workspace, qtbot):
    """Numbers typed with Enter (next indicator) and Tab (next cell) are all saved, and the bar fills."""
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_baseline("ket_nap_dang_vien", "250")
    window.reload()
    type_text("52.000"); press(ENTER)                            # thu ngân sách
    type_text("9500"); press(TAB); type_text("10000"); press(ENTER)  # BHYT
    type_text("45"); press(TAB); type_text("1500"); press(ENTER)     # hộ nghèo
    type_text("3"); press(TAB); type_text("4"); press(ENTER)         # trường chuẩn
    type_text("2100"); press(TAB); type_text("3000"); press(ENTER)   # lao động qua đào tạo
    type_text("1400"); press(TAB); type_text("1500"); press(ENTER)   # nước sạch
    type_text("6"); press(ENTER)                                      # kết nạp đảng viên
    view = workspace.period_view("2026-6M")
    values = {r.indicator.code: r.value_text for r in view.required}
    assert values == {
        "thu_ngan_sach": "52.000", "bhyt": "95", "giam_ngheo": "1,5", "truong_chuan": "75",
        "lao_dong_dao_tao": "70", "nuoc_sach_nong_thon": "93,33", "ket_nap_dang_vien": "2,4",
    }
    assert window.completeness.format() in ("Đã nhập 7/7 chỉ tiêu cần nhập kỳ này", "Entered 7/7 indicators due this period")
    assert cell_text(window, "bhyt", Col.VALUE) == "95"
    assert window.saved_label.text().startswith("Đã lưu lúc ")
    qtbot.waitUntil(lambda: window.navigator.currentItem().text(1) == "7/7")  # updated just after


def test_tab_skips_cells_an_indicator_does_not_use(window):
    """From a single-value indicator, Tab goes to its comment, then to the next indicator's first input."""
    assert current_code_and_field(window) == ("thu_ngan_sach", "value")
    press(TAB)
    assert current_code_and_field(window) == ("thu_ngan_sach", "comment")
    press(TAB)
    assert current_code_and_field(window) == ("bhyt", "numerator")
    press(TAB)
    assert current_code_and_field(window) == ("bhyt", "denominator")
    press(ENTER)  # back to the column where the Tab run started
    assert current_code_and_field(window) == ("giam_ngheo", "numerator")


def test_an_invalid_entry_is_refused_with_its_message_and_nothing_is_saved(window, workspace):
    """A numerator above its denominator stays red with the reason under the table; the store keeps the old value."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    window.reload()
    go_to(window, "bhyt", "numerator")
    type_text("12000"); press(ENTER)
    index = cell(window, "bhyt", "numerator")
    assert window.table.currentIndex() == index  # the cursor stays on the refused cell
    assert index.data() == "12000"
    assert window.model.error_at(index).startswith("Số người tham gia BHYT (12.000) không được lớn hơn Dân số")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Chưa lưu" in window.feedback.text() and "không được lớn hơn" in window.feedback.text()
    assert workspace.row("2026-6M", "bhyt").entry.numerator == D(9500)
    assert window.undo_stack.count() == 0
    # Typing a valid number in the red cell saves it and clears the red.
    type_text("9600"); press(ENTER)
    assert window.model.error_at(index) is None
    assert workspace.row("2026-6M", "bhyt").entry.numerator == D(9600)


def test_text_that_is_not_a_number_is_refused(window, workspace):
    """Letters in a number cell are refused with a Vietnamese message naming the field."""
    type_text("abc"); press(ENTER)
    message = window.model.error_at(cell(window, "thu_ngan_sach", "value"))
    assert message and message.startswith("Thu ngân sách lũy kế từ đầu năm:")
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value is None


def test_undo_restores_the_previous_stored_value_and_redo_reapplies(window, workspace):
    """Ctrl+Z puts back what was stored before the edit, in the database; Ctrl+Y redoes it."""
    go_to(window, "bhyt", "numerator")
    type_text("9500"); press(TAB); type_text("10000"); press(ENTER)
    go_to(window, "bhyt", "numerator")
    type_text("9700"); press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.numerator == D(9700)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.row("2026-6M", "bhyt").entry.numerator == D(9500)
    assert cell(window, "bhyt", "numerator").data() == "9.500"
    assert cell_text(window, "bhyt", Col.VALUE) == "95"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.row("2026-6M", "bhyt").entry.denominator is None
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    row = workspace.row("2026-6M", "bhyt")
    assert (row.entry.numerator, row.entry.denominator) == (D(9700), D(10000))


def test_undo_of_an_edit_in_another_period_goes_back_to_that_period(window, workspace):
    """Undoing after switching period shows the period the undone value belongs to."""
    type_text("1000"); press(ENTER)
    window.navigator.select(Period(2026, "9M"))
    assert window.period == Period(2026, "9M")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, widget=window.table)
    assert window.period == Period(2026, "6M")
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value is None


def test_values_survive_a_restart_of_the_window(make_window, workspace, data_dir):
    """What was typed is in the database: a new window on a reopened database shows it."""
    first = make_window(workspace)
    go_to(first, "bhyt", "numerator")
    type_text("9500"); press(TAB); type_text("10000"); press(TAB)
    type_text("Số liệu BHXH huyện")
    press(ENTER)
    first.close()
    workspace.close()
    again = Workspace.open(data_dir, user="can-bo")
    try:
        second = make_window(again)
        assert cell(second, "bhyt", "numerator").data() == "9.500"
        assert cell(second, "bhyt", "denominator").data() == "10.000"
        assert cell(second, "bhyt", "comment").data() == "Số liệu BHXH huyện"
        assert cell_text(second, "bhyt", Col.VALUE) == "95"
        second.close()
    finally:
        again.close()


def test_the_verdict_text_follows_the_values(window, workspace):
    """At year end, party admissions read Không đạt below 3,2% and Vượt above it, in words and colour."""
    workspace.set_baseline("ket_nap_dang_vien", "250")
    window.navigator.select(Period(2026, "Y"))
    go_to(window, "ket_nap_dang_vien", "numerator")
    type_text("5"); press(ENTER)
    assert cell_text(window, "ket_nap_dang_vien", Col.VERDICT) == "Không đạt"
    assert cell_text(window, "ket_nap_dang_vien", Col.VALUE) == "2"
    line = window.model.line_of("ket_nap_dang_vien")
    assert window.model.index(line, Col.VERDICT).data(Qt.ItemDataRole.BackgroundRole) is not None
    go_to(window, "ket_nap_dang_vien", "numerator")
    type_text("9"); press(ENTER)
    assert cell_text(window, "ket_nap_dang_vien", Col.VERDICT) == "Vượt"
    assert workspace.row("2026", "ket_nap_dang_vien").verdict == Verdict.VUOT


def test_progress_before_the_horizon_is_shown_with_the_verdict(window):
    """A term target before 2030 reads "Đang thực hiện" with the share of the target reached."""
    go_to(window, "bhyt", "numerator")
    type_text("9500"); press(TAB); type_text("10000"); press(ENTER)
    assert cell_text(window, "bhyt", Col.VERDICT) == "Đang thực hiện\n95% chỉ tiêu"


def test_a_yes_no_indicator_is_typed_with_c_or_k(window, workspace):
    """Typing "c" in a Có/Không cell picks Có; "k" picks Không."""
    go_to(window, "khong_ma_tuy", "flag")
    type_text("c"); press(ENTER)
    assert workspace.row("2026-6M", "khong_ma_tuy").entry.flag is True
    assert cell(window, "khong_ma_tuy", "flag").data() == "Có"
    go_to(window, "khong_ma_tuy", "flag")
    type_text("k"); press(ENTER)
    assert workspace.row("2026-6M", "khong_ma_tuy").entry.flag is False


def test_delete_clears_a_cell(window, workspace):
    """Delete on a filled cell empties it in the database too."""
    type_text("1000"); press(ENTER)
    go_to(window, "thu_ngan_sach", "value")
    press(Qt.Key.Key_Delete)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value is None
    assert cell(window, "thu_ngan_sach", "value").data() == ""


def test_a_not_applicable_indicator_is_absent_for_a_ward(make_window, ward_workspace):
    """A ward sees urban waste and not rural clean water; its header names the ward."""
    window = make_window(ward_workspace)
    codes = {r.indicator.code for r in window.model.view.rows}
    assert "nuoc_sach_nong_thon" not in codes and "nong_thon_moi" not in codes
    assert "rac_thai_do_thi" in codes
    texts = [window.model.index(i, Col.NAME).data() for i in range(window.model.rowCount())]
    assert not any("nông thôn" in (t or "") for t in texts)
    assert window.unit_label.text() == "Phường Phan Đình Phùng"


def test_a_commune_does_not_see_the_ward_indicator(window):
    """Xã Tân Cương has rural water and not urban waste."""
    codes = {r.indicator.code for r in window.model.view.rows}
    assert "nuoc_sach_nong_thon" in codes and "rac_thai_do_thi" not in codes


def test_groups_follow_the_province_order(window):
    """Group header rows read Kinh tế, Văn hóa - Xã hội, Môi trường, Xây dựng Đảng, Chỉ tiêu bổ sung."""
    model = window.model
    groups = [model.index(i, 0).data() for i in range(model.rowCount()) if model.row_at(i) is None]
    assert groups == ["Kinh tế", "Văn hóa - Xã hội", "Môi trường", "Xây dựng Đảng", "Chỉ tiêu bổ sung"]


def test_an_unusual_change_is_warned_but_saved(window, workspace):
    """BHYT from 45% to 92% is saved, with a warning under the table and a mark in the row."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="4500", denominator="10000")
    window.reload()
    go_to(window, "bhyt", "numerator")
    type_text("9200"); press(TAB); type_text("10000"); press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.numerator == D(9200)
    assert "Thay đổi bất thường so với kỳ trước: 45% → 92%" in window.feedback.text()
    assert cell_text(window, "bhyt", Col.VALUE).startswith("⚠")


def test_not_reached_without_comment_asks_for_the_reason(window, workspace):
    """A Không đạt with no comment is flagged until a comment is typed."""
    workspace.set_baseline("ket_nap_dang_vien", "250")
    window.navigator.select(Period(2026, "Y"))
    go_to(window, "ket_nap_dang_vien", "numerator")
    type_text("5"); press(ENTER)
    assert "Không đạt chưa có giải thích" in window.feedback.text()
    go_to(window, "ket_nap_dang_vien", "comment")
    type_text("Nhiều quần chúng chưa đủ điều kiện kết nạp"); press(ENTER)
    line = window.model.line_of("ket_nap_dang_vien")
    assert window.model.warnings_at(line) == []


def test_the_navigator_keeps_overdue_periods_and_shows_deadlines(window):
    """Quý I 2026 (unfinished after 20/03) reads Quá hạn; every period of the term is listed."""
    nav = window.navigator
    q1 = nav._items[Period(2026, "Q1")]
    assert q1.text(3) == "Quá hạn" and q1.text(2) == "20/03"
    assert len(nav._items) == 20
    assert "Quá hạn gửi báo cáo: Quý I năm 2026" in window.overdue_label.text()
    assert "Hạn gửi 20/06/2026" in window.deadline_label.text()


def test_the_narrative_is_saved_as_it_is_typed(window, workspace, qtbot):
    """Text typed in "Kết quả đạt được" is saved without a Save button."""
    window.tabs.setCurrentIndex(1)
    editor = window.narratives.editors["ket_qua"]
    editor.setFocus()
    type_text("Thu ngân sách đạt 60% kế hoạch năm.", widget=editor)
    window.narratives.flush()
    assert workspace.period_view("2026-6M").narratives["ket_qua"] == "Thu ngân sách đạt 60% kế hoạch năm."


def test_the_current_field_label_is_shown(window):
    """The status area names the field of the current cell (the header alone is generic)."""
    go_to(window, "bhyt", "denominator")
    assert "Dân số (người)" in window.cell_info.text()
    assert cell(window, "bhyt", "denominator").data(Qt.ItemDataRole.ToolTipRole).startswith("Dân số")


def test_a_number_being_typed_is_saved_when_the_window_closes(window, workspace):
    """Closing the window in the middle of typing keeps the number, as a spreadsheet would."""
    type_text("7.500")
    window.close()
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D(7500)


def test_a_number_being_typed_is_saved_when_the_period_changes(window, workspace):
    """Switching period in the middle of typing saves the number in the period it was typed in."""
    type_text("7500")
    window.navigator.select(Period(2026, "9M"))
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D(7500)
    assert window.period == Period(2026, "9M")


def test_the_saved_message_states_the_figure_as_stored(window, workspace):
    """"1,5" in a budget counted in whole million đồng is refused (the report would print 2: walk 18,
    F1); "2" is saved and said as stored; a numerator is named with the rate it gives; undo says it too."""
    go_to(window, "thu_ngan_sach", "value")
    type_text("1,5"); press(ENTER)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value is None
    assert "không có phần lẻ: gõ 1 hoặc 2" in window.feedback.text()
    type_text("2"); press(ENTER)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D("2")
    assert cell_text(window, "thu_ngan_sach", Col.VALUE) == "2"
    said = window.feedback.text()
    assert said.startswith("Đã lưu: Tổng thu ngân sách địa phương") and "xổ số kiến thiết — 2 triệu đồng, " in said
    assert "làm tròn" not in said

    go_to(window, "bhyt", "denominator")
    type_text("10.000"); press(ENTER)
    go_to(window, "bhyt", "numerator")
    type_text("9.500"); press(ENTER)
    said = window.feedback.text()
    assert "Số người tham gia BHYT: 9.500 người; kết quả: 95%, " in said, said
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.row("2026-6M", "bhyt").entry.numerator is None
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Dân số" in window.feedback.text() and "10.000 người" in window.feedback.text()


def test_a_figure_typed_on_a_full_disk_says_so_under_the_table_and_saves_once_there_is_room(window, workspace):
    """The disk fills up while the window is open: the figure typed stays in its cell, the line under
    the table says the disk is full and nothing was saved (no "unexpected error" box); once there is
    room, Enter on the same cell saves it."""
    from desktop_app.core.errors import StorageFailed

    conn = workspace.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    for n in range(1000, 2000):  # earlier saves fill the last free room
        try:
            workspace.set_entry("2026-6M", "thu_ngan_sach", value=str(n))
        except StorageFailed:
            break
    window.reload()
    go_to(window, "thu_ngan_sach", "value")
    type_text(str(n)); press(ENTER)
    index = cell(window, "thu_ngan_sach", "value")
    assert window.table.currentIndex() == index and index.data() == str(n)
    assert "Chưa lưu" in window.feedback.text() and "ổ đĩa đã đầy" in window.feedback.text()
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D(n - 1)

    conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    window.table.setCurrentIndex(index)
    type_text(str(n)); press(ENTER)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D(n)
    assert workspace.store.verify_integrity() == []
