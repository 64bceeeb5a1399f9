"""What the entry window says around the table at 1366×768, typed as an officer types: a letter in
a Có/Không cell, the selected cell's line for the longest indicator, the status bar, and a refused
cell named once in English."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.periods import parse_period
from tests.ui.conftest import Script, press, type_text, window_in_english
from tests.ui.test_refused_not_lost import answer

ENTER = Qt.Key.Key_Return
ALT = Qt.KeyboardModifier.AltModifier
P6M = parse_period("2026-6M")
OFFICER = "Nguyễn Thị Phương Thảo Nguyên"  # the preparer of the walk-through, a long name


def go_to(window, code, field):
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.table.setFocus()


def plain(label) -> str:
    return re.sub("<[^>]+>", "", label.text()).replace("&quot;", '"').replace("&amp;", "&")


def at_1366(window):
    window.resize(1366, 768)
    QApplication.processEvents()
    return window


# A budget typed with decimals ("1.234,5"): refused where it is typed, naming what to type
# (tests/ui/test_decimals_refused_window.py); it was kept and said printed rounded (walk 18, F1).


def test_a_letter_neither_yes_nor_no_is_refused_in_red_and_nothing_saved(window, workspace):
    """A Có/Không cell already Có: "q" and Enter is refused naming the field and what it takes
    (it said "Đã lưu … — Có", the q dropped); "kh", "co" are Không and Có as the core reads them."""
    workspace.set_entry(P6M, "nong_thon_moi", flag="Có")
    window.reload(window.period)
    window.activateWindow()
    go_to(window, "nong_thon_moi", "flag")
    type_text("q"); press(ENTER)
    said = plain(window.feedback)
    assert said.startswith("✖ Chưa lưu: Đạt chuẩn nông thôn mới"), said
    assert 'chỉ nhận Có (gõ C) hoặc Không (gõ K), không nhận "q"' in said
    assert "Đã lưu" not in said
    index = window.model.index_of("nong_thon_moi", "flag")
    assert window.model.error_at(index) and window.table.currentIndex() == index  # red, the cursor on it
    assert workspace.row(P6M, "nong_thon_moi").entry.flag is True

    type_text("kh"); press(ENTER)
    assert workspace.row(P6M, "nong_thon_moi").entry.flag is False
    assert not window.model.error_at(index) and "Đã lưu" in plain(window.feedback)
    go_to(window, "nong_thon_moi", "flag")
    type_text("co"); press(ENTER)
    assert workspace.row(P6M, "nong_thon_moi").entry.flag is True


def test_the_selected_cell_line_wraps_for_the_longest_name_and_keeps_its_height(make_window, workspace):
    """The budget's name with its field is wider than the line at 1280 px: it wraps whole (it was
    cut "(triệu đồn…"), and moving to a short cell moves neither the line nor the table."""
    window = make_window(workspace)
    window.resize(1280, 720)
    QApplication.processEvents()
    info = window.cell_info
    go_to(window, "truong_chuan", "numerator")
    QApplication.processEvents()
    short = (info.height(), window.table.height(), window.feedback.y())
    go_to(window, "thu_ngan_sach", "value")
    QApplication.processEvents()
    text = plain(info)
    assert text.endswith("Thu ngân sách lũy kế từ đầu năm (triệu đồng)") and "…" not in text, text
    bold = info.font()
    bold.setBold(True)
    assert QFontMetrics(bold).horizontalAdvance(text) > info.contentsRect().width()  # on two lines
    assert info.heightForWidth(info.width()) <= info.height()  # both in sight
    assert (info.height(), window.table.height(), window.feedback.y()) == short


def test_the_status_bar_reads_whole_at_1366_in_both_languages(window, workspace, english):
    """The entry's progress: the bar, its words beside it (not over its edge nor out of it), then the
    verdicts' counts, none cut at 1366 px with the walk-through's officer logged in (its year 2026:
    the counts and warnings it saw cut in English)."""
    workspace.set_baseline("giam_ngheo", "5,2%")
    workspace.set_baseline("ket_nap_dang_vien", "280")
    for code, typed in (("thu_ngan_sach", {"value": "6.800"}),
                        ("bhyt", {"numerator": "9.500", "denominator": "10.000"}),
                        ("giam_ngheo", {"numerator": "80", "denominator": "2.400"}),
                        ("truong_chuan", {"numerator": "5", "denominator": "6"}),
                        ("ket_nap_dang_vien", {"value": "7"})):
        workspace.set_entry("2026", code, **typed)
    at_1366(window)
    for language in ("vi", "en"):
        if language == "en":
            english()
        window.reload(parse_period("2026"))
        window.account_label.setText(f"{OFFICER} — " + ("Cán bộ nhập liệu" if language == "vi"
                                                         else "Data-entry officer"))
        QApplication.processEvents()
        bar, words, summary = window.completeness, window.completeness_label, window.summary_label
        assert not bar.isTextVisible()
        expected = "Đã nhập 5/8 chỉ tiêu giao" if language == "vi" else "Entered 5/8 assigned indicators"
        assert words.text() == expected and bar.format() == expected
        assert words.x() >= bar.x() + bar.width()  # beside the bar
        assert words.contentsRect().width() >= words.fontMetrics().horizontalAdvance(words.text())
        counts = ("Không đạt 1, Đang thực hiện 4, Chưa nhập 3 · " if language == "vi"
                  else "Not met 1, In progress 4, Not entered 3 · ")
        assert counts in summary.text(), summary.text()
        assert not summary.is_elided(), (language, summary.text(), summary.width())
        assert summary.x() + summary.width() <= window.account_label.x()


def test_a_refused_cell_is_named_once_when_its_field_is_named_as_the_indicator(window, workspace, qtbot,
                                                                                english):
    """English "Trained workers" is the indicator and its numerator: the question names it once
    (it read "Trained workers — Trained workers"); a field named otherwise keeps both."""
    window_in_english(window, qtbot, english)
    go_to(window, "lao_dong_dao_tao", "numerator")
    type_text("1,234.5"); press(ENTER)
    go_to(window, "bhyt", "numerator")
    type_text("1,234.5"); press(ENTER)
    asked = []

    def back(box):
        asked.append(box.text())
        answer(box)

    script = Script((QMessageBox, back))
    press(Qt.Key.Key_PageDown, ALT)
    qtbot.waitUntil(lambda: not script.steps, timeout=5000)
    script.check()
    assert "• Trained workers: “1,234.5”" in asked[0], asked[0]
    assert "Trained workers — Trained workers" not in asked[0]
    assert "• Health insurance coverage — People with health insurance: “1,234.5”" in asked[0], asked[0]


def test_a_growth_rate_refused_is_named_once_in_vietnamese(window, qtbot):
    """The growth rate is typed as itself: its field bears the indicator's name, said once."""
    go_to(window, "tang_gia_tri_san_pham", "value")
    type_text("abc"); press(ENTER)
    assert window.model.error_at(window.model.index_of("tang_gia_tri_san_pham", "value"))
    asked = []

    def back(box):
        asked.append(box.text())
        answer(box)

    script = Script((QMessageBox, back))
    press(Qt.Key.Key_PageDown, ALT)
    qtbot.waitUntil(lambda: not script.steps, timeout=5000)
    script.check()
    assert "• Tốc độ tăng giá trị sản phẩm trên địa bàn: “abc”" in asked[0], asked[0]
