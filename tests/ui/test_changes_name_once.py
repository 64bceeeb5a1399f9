"""Duyệt's question after a reopening lists what changed since the last approval, "• {name}: {field} {before} →
{after}" (helper S103, from walk U17/S96's question): an indicator whose one input is labelled with the
indicator's own name read "• Tốc độ tăng giá trị sản phẩm…: Tốc độ tăng giá trị sản phẩm trên địa bàn 1500 →
1250", the name twice. It is said once when the input's label says nothing the name did not (a yes/no's "(Có /
Không)" answers included, the figures say them); an input whose label says more ("lũy kế từ đầu năm") and the
inputs of an indicator with several keep their labels. In the box's cut names and the scrolling question's
whole ones."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.field_named import says_more
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_
from tests.ui.conftest import Script, press, shot
from tests.ui.test_approve_enter_says_no import DAY, ward  # noqa: F401 (the fixture)
from ui import i18n
from ui.approve_dialog import ApproveQuestion

NBSP = "\u00a0"
GROWTH = "Tốc độ tăng giá trị sản phẩm trên địa bàn"


def _approved_then_corrected(ws) -> None:
    """2026 approved with a growth of 1500 % and Đơn vị không có ma túy Không; reopened, the growth corrected to
    1250, the drugs to Có, the budget revenue to 52.000 and the poor households to 35; Hoàn thành again; the
    leader logged in."""
    ws.reopen("2026", "Bổ sung số liệu")  # from Hoàn thành
    as_(ws, "canbo")
    ws.set_entry("2026", "tang_gia_tri_san_pham", value="1500")
    ws.set_entry("2026", "khong_ma_tuy", flag="Không", comment="Còn một điểm nghi vấn")
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026", ws.submission("2026").fingerprint)
    ws.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thống kê")
    as_(ws, "canbo")
    ws.set_entry("2026", "tang_gia_tri_san_pham", value="1250")
    ws.set_entry("2026", "khong_ma_tuy", flag="Có")
    ws.set_entry("2026", "thu_ngan_sach", value="52.000")
    ws.set_entry("2026", "giam_ngheo", numerator="35")
    ws.complete("2026")
    as_(ws, "lanhdao")


def _changes(make_window, ws, kind, name) -> list[str]:
    """The lines of the list of changes in the question Duyệt asks (Esc: Không)."""
    window = make_window(ws, today=DAY)
    window.resize(1366, 768)
    said = {}

    def read(box):
        said["text"] = box.text().replace(NBSP, " ")
        shot(box, name)
        press(Qt.Key.Key_Escape, widget=box)

    script = Script((kind, read))
    window.approve_action.trigger()
    script.check()
    assert ws.period_state("2026") == State.COMPLETE
    return [line for line in said["text"].split("\n") if line.startswith("• ") and "→" in line]


@pytest.fixture
def screen_1366(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))


def test_the_box_names_an_amount_once(make_window, ward, screen_1366):  # noqa: F811
    _approved_then_corrected(ward)
    lines = _changes(make_window, ward, QMessageBox, "s103_changes_name_once_vi")
    assert lines == [
        "• Tổng thu ngân sách địa phương không bao…: Thu ngân sách lũy kế từ đầu năm 50.000 → 52.000",
        "• Mức giảm tỷ lệ hộ nghèo theo chuẩn…: Số hộ nghèo hiện tại 40 → 35",
        "• Đơn vị không có ma túy: Không → Có",
        "• Tốc độ tăng giá trị sản phẩm trên địa…: 1500 → 1250"], lines


def test_the_scrolling_question_names_it_once_whole(make_window, ward, monkeypatch):  # noqa: F811
    _approved_then_corrected(ward)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 400))
    lines = _changes(make_window, ward, ApproveQuestion, "s103_changes_name_once_whole_vi")
    assert f"• {GROWTH}: 1500 → 1250" in lines, lines
    assert "• Đơn vị không có ma túy: Không → Có" in lines, lines
    assert "• Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030: Số hộ nghèo hiện tại 40 → 35" in lines


def test_in_english_too(make_window, ward, screen_1366):  # noqa: F811
    _approved_then_corrected(ward)
    i18n.install_language(i18n.ENGLISH)
    lines = _changes(make_window, ward, QMessageBox, "s103_changes_name_once_en")
    assert "• Growth of the value of products in the…: 1500 → 1250" in lines, lines
    assert "• Unit free of drugs: No → Yes" in lines, lines
    assert "• Reduction in the multidimensional…: Poor households now 40 → 35" in lines, lines


@pytest.mark.parametrize("label, name, more", [
    (GROWTH, GROWTH, False),
    ("Đơn vị không có ma túy (Có / Không)", "Đơn vị không có ma túy", False),
    ("Đạt chuẩn nông thôn mới (Có / Không)", "Đạt chuẩn nông thôn mới (theo khung chỉ tiêu mới)", False),
    ("New-style rural area standard met (Yes / No)", "New-style rural area standard met", False),
    ("Thu ngân sách lũy kế từ đầu năm", "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất", True),
    ("Số đảng viên mới kết nạp từ đầu năm", "Tỷ lệ kết nạp đảng viên mới hằng năm", True),
])
def test_what_a_label_says_more(label, name, more):
    assert says_more(label, name) is more
