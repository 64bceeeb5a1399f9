"""Walk h4 at 1366×768, Phường Phan Đình Phùng, 9 tháng năm 2026: the status bar read "… Chưa đến kỳ
đánh giá 1 · 1 lưu ý cần xe…": the count cut was the warnings to review, the one a person must act
on. Where the counts do not fit, what is to act on comes first and whole (the warnings, "Chưa nhập N",
"Chưa đủ số liệu N"); the other counts follow, cut with "…" at the line's end, whole in its tooltip."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.ui.conftest import press, type_text

NINE_MONTHS = parse_period("2026-9M")
DAY = dt.date(2026, 9, 15)
OFFICER = "Nguyễn Thị Phương Thảo"


def test_the_warnings_and_the_figures_missing_stay_whole_at_1366(make_window, data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Đỗ Văn Quản", Role.ADMIN, "cay-tre-2026")
    ws.login("admin", "cay-tre-2026")
    ws.setup("phan dinh phung", OFFICER, "Hoàng Nguyễn Minh Khoa", "Phó Chủ tịch", "BC-UBND")
    ws.add_user("canbo", OFFICER, Role.OFFICER, "nhap-lieu-2026")
    ws.logout()
    ws.login("canbo", "nhap-lieu-2026")
    ws.today_is = DAY
    ws.set_baseline("giam_ngheo", "2,85%")
    ws.set_entry("2026-6M", "giam_ngheo", value="1,2")  # 2,5 at 9 months: a change to review
    ws.set_entry(NINE_MONTHS, "rac_thai_do_thi", numerator="1.234,5")  # Chưa đủ số liệu
    window = make_window(ws, today=DAY)
    window.resize(1366, 768)
    window.show_period(NINE_MONTHS)
    QApplication.processEvents()
    # The poverty rate typed as the walk did: 2,5% in its row's first cell (its households or the rate).
    window.table.setCurrentIndex(window.model.index_of("giam_ngheo", "numerator"))
    window.table.setFocus()
    type_text("2,5%")
    press(Qt.Key.Key_Return)
    QApplication.processEvents()
    QApplication.processEvents()
    summary = window.summary_label
    shown = summary.text()
    metrics = summary.fontMetrics()
    whole = re.match(r"· 1 lưu ý cần xem lại · Tỉnh giao 8: Chưa nhập 5, Chưa đủ số liệu 1", shown)
    assert whole, shown
    assert metrics.horizontalAdvance(whole.group(0)) <= summary.contentsRect().width(), (shown, summary.width())
    assert "Đang thực hiện 1" in shown and "Chưa đến kỳ đánh giá 1" in shown  # after them, as room allows
    if summary.is_elided():
        assert summary.toolTip().startswith(shown)
    assert window.account_label.text().startswith(OFFICER) and not window.account_label.is_elided()
