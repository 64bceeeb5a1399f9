"""What walk h3 at the commune left (keyboard only, 1366×768):

- Hoàn thành refused with a start-of-term figure missing named the menu item without its keys,
  which the row's own line under the table says ("(Alt+D, N)");
- the box after Duyệt said nothing of what comes next: the leader is told to print the report to be
  signed and stamped, or to sign it digitally, then to send the files, each with its menu item and
  keys (from the figures' last day, when approved before it).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press
from ui.workflow_actions import dated_from

JULY = dt.date(2026, 7, 10)  # "6 tháng đầu năm 2026" ended: its report may be printed and sent


def _said(window, action) -> str:
    """The text of the box `action` opens (its informative text under it), closed with Enter."""
    texts = []

    def read(box):
        texts.append(f"{box.text()}\n{box.informativeText()}")
        press(Qt.Key.Key_Return, widget=box)

    script = Script((QMessageBox, read))
    action.trigger()
    script.check()
    return texts[0].replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces


def test_complete_refused_names_the_keys_of_the_start_of_term_figures(make_window, office):  # noqa: F811
    as_(office, "canbo")
    office.set_entry("2026-6M", "giam_ngheo", numerator="120", denominator="2.400")
    window = make_window(office)  # on 6 tháng đầu năm 2026, the current period
    refused = _said(window, window.complete_action)
    assert ("Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030 — chưa nhập số liệu đầu nhiệm kỳ: "
            "Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ), nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ (Alt+D, N);") in refused, refused
    assert office.period_state("2026-6M").value == "Đang nhập"


def _approved_box(make_window, office, period: str, today: dt.date) -> str:  # noqa: F811
    office.today_is = today  # the day the service judges the period's figures final by, as the window's
    as_(office, "canbo")
    fill_year(office, period)
    office.complete(period)
    as_(office, "lanhdao")
    window = make_window(office, today=today)
    texts = []

    def read(box):
        texts.append(box.informativeText())
        press(Qt.Key.Key_Return, widget=box)

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, read))
    window.approve_action.trigger()
    script.check()
    assert office.period_state(period).value == "Đã duyệt"
    return texts[0].replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces


WHERE = ("Tệp › In báo cáo… (Alt+T, I)", "Tệp › Gửi cho tỉnh… (Alt+T, G)", "Kỳ báo cáo › Ký số báo cáo… (Alt+K, K)")


def test_the_approved_box_says_to_print_sign_and_send_with_the_keys(make_window, office):  # noqa: F811
    said = _approved_box(make_window, office, "2026-6M", JULY)
    next_step = said.split("\n\n")[-1]
    assert next_step == (f"Bước tiếp theo: in báo cáo bằng {WHERE[0]}, trình ký và đóng dấu, rồi gửi cả hai tệp cho "
                         f"tỉnh bằng {WHERE[1]}. Nếu ký số thay cho bản giấy, dùng {WHERE[2]} trước khi gửi."), next_step


def test_approved_before_the_figures_end_the_box_says_from_which_day(make_window, office):  # noqa: F811
    said = _approved_box(make_window, office, "2026", JULY)
    end = office.figures_end_later("2026")
    next_step = said.split("\n\n")[-1]
    # the report is dated from that day, and can be made before it (walk U6 F5: `dated_from`)
    assert end is not None and said.split("\n\n")[-2] == dated_from(end), said
    assert next_step.startswith(f"Bước tiếp theo: in báo cáo bằng {WHERE[0]}"), next_step
    assert all(where in next_step for where in WHERE), next_step
