"""Walk 18 at 1366×768 with the longest unit (Phường Phan Đình Phùng) and a long officer's name.

F3: the status bar's verdict counts were cut ("… Chưa đủ số liệu 3, Chưa đến kỳ …"): the "Chưa nhập N"
that matters while entering was lost, whole only in a mouse tooltip. The counts drop those at 0 and say
"Chưa nhập N" first; who is logged in stays whole (walk 29c: the account label gave way first, its role
cut), and what still does not fit is cut at the line's end, whole in its tooltip.
F4: a leader opening a period marked complete was told only that he "chỉ xem số liệu … đăng nhập bằng
tài khoản Cán bộ nhập liệu"; he is told it waits for his approval, and where that is.
F2: the refusal to mark complete lists each missing indicator on a line of its own.
(The window's words are the translator's: before the translation the English source is shown.)"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.ui.conftest import Script, press

TODAY = dt.date(2026, 6, 20)
SIX_MONTHS = parse_period("2026-6M")
OFFICER = "Nguyễn Thị Phương Thảo Nguyên"
LEADER = "Hoàng Nguyễn Minh Khoa"
PW = {"admin": "cay-tre-2026", "canbo": "nhap-lieu-2026", "lanhdao": "duyet-so-2026"}
NOT_ENTERED = "(?:Chưa nhập|Not entered)"
WAITS = ("Kỳ này đã được đánh dấu hoàn thành, chờ lãnh đạo duyệt (Kỳ báo cáo › Duyệt kỳ báo cáo: Alt+K, D).",)


@pytest.fixture
def ward(data_dir):
    """Walk 18's ward, its officer logged in, 6 tháng đầu năm 2026 as at its 07_after_rac.png: three
    indicators Đang thực hiện, three Chưa đủ số liệu, one Chưa nhập, one not due."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("phan dinh phung", OFFICER, LEADER, "Phó Chủ tịch", "BC-UBND")
    ws.add_user("canbo", OFFICER, Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", LEADER, Role.LEADER, PW["lanhdao"])
    ws.logout()
    ws.login("canbo", PW["canbo"])
    ws.today_is = TODAY
    for code, typed in (("thu_ngan_sach", {"value": "1.234"}), ("bhyt", {"numerator": "10.000"}),
                        ("giam_ngheo", {"numerator": "40", "denominator": "1.000"}),
                        ("truong_chuan", {"numerator": "20", "denominator": "30"}),
                        ("lao_dong_dao_tao", {"numerator": "4.321", "denominator": "5.000"}),
                        ("rac_thai_do_thi", {"numerator": "95,5"})):
        ws.set_entry(SIX_MONTHS, code, **typed)
    yield ws
    ws.close()


def opened(make_window, ws, size=(1366, 768)):
    window = make_window(ws, today=TODAY)
    window.resize(*size)
    window.show_period(SIX_MONTHS)
    QApplication.processEvents()
    QApplication.processEvents()
    return window


def test_at_1366_chua_nhap_comes_first_and_the_account_is_whole(make_window, ward):
    window = opened(make_window, ward)
    summary, account = window.summary_label, window.account_label
    shown = summary.text()
    assert re.fullmatch(rf"· (?:Tỉnh giao|Assigned) 8: {NOT_ENTERED} 1, .*", shown), shown  # what matters first
    assert not summary.is_elided() or summary.toolTip().startswith(shown), (shown, summary.width())
    assert summary.x() + summary.width() <= account.x()
    assert account.text().startswith(OFFICER) and not account.is_elided()
    assert account.x() + account.width() <= window.saved_label.x()


def test_narrower_the_counts_at_0_go_and_chua_nhap_comes_first(make_window, ward):
    """At 1280 px the paper's wording does not fit even beside a cut name: the categories at 0 go,
    "Chưa nhập 1" first; all the others still said."""
    window = opened(make_window, ward, (1280, 720))
    shown = window.summary_label.text()
    found = re.fullmatch(rf"· (?:Tỉnh giao|Assigned) 8: {NOT_ENTERED} 1, (.*)", shown)
    assert found, shown
    assert not re.search(r" 0(,|$)", shown), shown  # no "Vượt 0, Đạt 0, Không đạt 0"
    assert sum(int(n) for n in re.findall(r" (\d+)(?:,|$)", found[1])) == 7  # 3 + 3 + 1: the other seven
    assert not window.summary_label.is_elided() or window.summary_label.toolTip().startswith(shown)
    assert window.summary_label.x() + window.summary_label.width() <= window.account_label.x()
    assert not window.account_label.is_elided()


def fill_the_rest(ws) -> None:
    for code, typed in (("bhyt", {"denominator": "10.000"}), ("rac_thai_do_thi", {"denominator": "100"}),
                        ("ket_nap_dang_vien", {"value": "5"})):
        ws.set_entry(SIX_MONTHS, code, **typed)
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_baseline("ket_nap_dang_vien", "280")


def test_the_papers_wording_is_back_once_the_counts_are_shorter(make_window, ward):
    """Everything entered: "Vượt 0, Đạt 0, Không đạt 0, Đang thực hiện 7, Chưa đến kỳ đánh giá 1" fits
    beside the whole name: the paper's wording is back."""
    window = opened(make_window, ward)
    assert re.match(rf"· (?:Tỉnh giao|Assigned) 8: {NOT_ENTERED} 1, ", window.summary_label.text())
    fill_the_rest(ward)
    window.follow_changes()
    QApplication.processEvents()
    QApplication.processEvents()
    shown = window.summary_label.text()
    assert re.fullmatch(r"· (?:Tỉnh giao|Assigned) 8: (?:Vượt|Exceeded) 0, .*", shown), shown
    assert not window.account_label.is_elided() and not window.summary_label.is_elided()
    assert window.account_label.width() >= window.account_label.sizeHint().width()


def test_the_leader_is_told_the_period_waits_for_his_approval(make_window, ward):
    fill_the_rest(ward)
    ward.complete(SIX_MONTHS)
    ward.logout()
    ward.login("lanhdao", PW["lanhdao"])
    window = opened(make_window, ward)
    assert window.period == SIX_MONTHS
    said = window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces
    assert said in WAITS, said
    assert window.frozen_label.isVisible()
    assert "Cán bộ nhập liệu" not in said and "data-entry officer" not in said
    assert window.account_label.text().startswith(LEADER) and not window.account_label.is_elided()
    # Typing on it says the same, the task named.
    window.table.setFocus()
    press(Qt.Key.Key_5)
    assert any(words in window.feedback.text().replace("\u00a0", " ") for words in WAITS), window.feedback.text()
    # The administrator, who does not approve, is still told he only views.
    ward.logout()
    ward.login("admin", PW["admin"])
    window.follow_changes()
    window.show_period(SIX_MONTHS)
    assert window.frozen_label.text() not in WAITS and "Hoàng Văn Quản" in window.frozen_label.text()


def test_the_refusal_box_lists_each_missing_indicator_on_its_line(make_window, ward):
    window = opened(make_window, ward)
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append(box.text()), press(Qt.Key.Key_Return))))
    window.complete_action.trigger()
    script.check()
    lines = seen[0].split("\n")
    assert lines[:2] == ["Kỳ 6 tháng đầu năm 2026 chưa hoàn thành được:", "• Chưa nhập đủ: 4 chỉ tiêu"], lines
    items = lines[2:6]
    assert [item[:5] for item in items] == ["   - "] * 4
    assert [item[-1] for item in items] == [";", ";", ";", "."]
    assert items[0] == "   - Tỷ lệ người dân tham gia bảo hiểm y tế — chưa nhập Dân số;"
