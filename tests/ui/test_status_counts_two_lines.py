"""Walk U3 F4 at 1366×768, Phường Phan Đình Phùng, 6 tháng 2026, the officer's long name beside: the
status bar read "Có kết quả 2/7 …, 2 chờ số liệu đầu nhiệm kỳ · Tỉnh giao 8: Chưa đủ số liệu 5, Đang
thực hiện 2, Chưa đến …", the last count only in a mouse tooltip. The counts take a second line of the
bar, broken between two counts: each is read whole in the bar, by anyone, without the mouse."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from desktop_app.core.users import Role
from desktop_app.services import Workspace

SIX_MONTHS = parse_period("2026-6M")
DAY = dt.date(2026, 6, 15)
OFFICER = "Nguyễn Thị Phương Thảo Hoàng Minh"


def test_every_count_is_read_in_the_bar_at_1366(make_window, data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Đỗ Văn Quản", Role.ADMIN, "cay-tre-2026")
    ws.login("admin", "cay-tre-2026")
    ws.setup("phan dinh phung", OFFICER, "Trần Nguyễn Hoàng Bảo Khánh Linh", "Chủ tịch UBND", "BC-UBND")
    ws.add_user("canbo", OFFICER, Role.OFFICER, "nhap-lieu-2026")
    ws.logout()
    ws.login("canbo", "nhap-lieu-2026")
    ws.today_is = DAY
    for code, entered in (("thu_ngan_sach", dict(value="2.150.000")),
                          ("bhyt", dict(numerator="9.650", denominator="10.000")),
                          ("giam_ngheo", dict(value="0,5")),  # no start-of-term rate: waits
                          ("truong_chuan", dict(numerator="96")), ("lao_dong_dao_tao", dict(numerator="3")),
                          ("rac_thai_do_thi", dict(numerator="88,5")), ("ket_nap_dang_vien", dict(numerator="60"))):
        ws.set_entry(SIX_MONTHS, code, **entered)
    window = make_window(ws, today=DAY)
    window.resize(1366, 768)
    window.show_period(SIX_MONTHS)
    QApplication.processEvents()
    QApplication.processEvents()
    summary, bar = window.summary_label, window.statusBar()
    assert window.completeness_label.text().endswith("2 chờ số liệu đầu nhiệm kỳ")  # as the walk saw it
    assert summary.text() == "· Tỉnh giao 8: Chưa đủ số liệu 5, Đang thực hiện 2, Chưa đến kỳ đánh giá 1"
    assert not summary.is_elided() and summary.toolTip() == ""  # nothing cut: it was "…, Chưa đến …"
    lines = summary.shown_lines()
    assert lines == ["· Tỉnh giao 8: Chưa đủ số liệu 5, Đang thực hiện 2,", "Chưa đến kỳ đánh giá 1"], lines
    metrics, room = summary.fontMetrics(), summary.contentsRect()
    assert all(metrics.horizontalAdvance(line) <= room.width() for line in lines)
    assert room.height() >= 2 * metrics.lineSpacing() and summary.geometry().bottom() <= bar.height()
    assert window.account_label.text().startswith(OFFICER) and not window.account_label.is_elided()
    assert not window.saved_label.text().endswith("…")
