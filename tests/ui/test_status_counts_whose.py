"""The status bar's verdict counts say whose they are, as the report's summary does (walk 13, M4:
with supplementary rows judged Đạt, Không đạt and Vượt on screen, "Vượt 0, Đạt 0, Không đạt 0"
read as the whole table's). The province's indicators are counted as the paper's "Tổng hợp 8 chỉ
tiêu tỉnh giao: …", the unit's own targets apart as its "Theo … chỉ tiêu xã tự đặt …"; at 1366×768
the line is whole, or in its tooltip (ui/status_bar.py)."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period

DECEMBER = dt.date(2026, 12, 3)
ASSIGNED = r"(Assigned 8|Tỉnh giao 8): "  # before and after the translator's words
OWN = r"(Own targets|Tự đặt|Chỉ tiêu tự đặt): "


def supplementary_filled(workspace) -> None:
    """The walk's year: four supplementary indicators entered (Đạt, Không đạt, Đạt, Vượt), none of
    the province's."""
    workspace.set_entry("2026", "gia_dinh_van_hoa", numerator="2210", denominator="2425")
    workspace.set_entry("2026", "thon_van_hoa", numerator="15", denominator="17")
    workspace.set_entry("2026", "khong_ma_tuy", flag="Có")
    workspace.set_entry("2026", "tngt_so_vu", value="3", previous="4")


def at_1366(window) -> None:
    window.resize(1362, 724)  # maximized on 1366×768 under the taskbar
    window.account_label.setText("Nguyễn Văn Quản Trị — Cán bộ nhập liệu")
    window.show_period(parse_period("2026"))
    QApplication.processEvents()


def test_the_counts_are_named_the_province_s_as_on_paper(make_window, workspace):
    supplementary_filled(workspace)
    paper = workspace.submission(parse_period("2026")).summary_text()
    assert paper == "Vượt 0, Đạt 0, Không đạt 0, Chưa nhập 8"  # the paper's "Tổng hợp 8 chỉ tiêu tỉnh giao"
    window = make_window(workspace, today=DECEMBER)
    at_1366(window)
    shown = window.summary_label.text()
    assert re.fullmatch(rf"· {ASSIGNED}{paper} · 1 lưu ý cần xem lại", shown), shown
    assert not window.summary_label.is_elided()


def test_own_targets_are_counted_apart_as_on_paper(make_window, workspace):
    supplementary_filled(workspace)
    workspace.set_own_target(2026, "gia_dinh_van_hoa", ">=", "95")
    workspace.set_own_target(2026, "thu_ngan_sach", ">=", "1.000")
    workspace.set_entry("2026", "thu_ngan_sach", value="2.000")
    sub = workspace.submission(parse_period("2026"))
    own = sub.own_summary_sentence()
    assert own == "Theo 2 chỉ tiêu xã tự đặt năm 2026: Vượt 1, Đạt 0, Không đạt 1."
    window = make_window(workspace, today=DECEMBER)
    at_1366(window)
    shown = window.summary_label.text()  # the paper's words, or those at 0 left out beside the whole account
    assert re.fullmatch(rf"· {ASSIGNED}({sub.summary_text()}|Chưa nhập 7, Đang thực hiện 1) · 1 lưu ý cần xem lại · "
                        rf"{OWN}Vượt 1, (Đạt 0, )?Không đạt 1", shown), shown
    assert shown in window.summary_label.toolTip() or not window.summary_label.is_elided()  # whole, or in the tooltip
