"""The province window and the first-run mode dialog: Vietnamese by default, English and back live."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.consolidation import ReportStatus
from desktop_app.province import ProvinceOffice
from ui import i18n
from ui.mode_dialog import ModeDialog
from ui.province_window import ProvinceWindow


@pytest.fixture
def province_window(qtbot, tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    window = ProvinceWindow(office.ws, today=dt.date(2026, 6, 19))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    office.close()


def words(window: ProvinceWindow, dialog: ModeDialog) -> dict:
    return {
        "title": window.windowTitle(),
        "menu": [window.file_menu.title(), *(a.text() for a in window.file_menu.actions() if a.text())],
        "buttons": [window.intake_button.text(), window.copy_button.text()],
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "header": [window.model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 4)],
        "summary": [window.summary_model.headerData(c, Qt.Orientation.Horizontal) for c in (4, 9)],
        "status": [window.status_box.itemText(0), window.proxy.index(0, 4).data(), window.proxy.index(0, 3).data()],
        "counts": window.counts.text(),
        "period": window.period_box.currentText(),
        "dialog": [dialog.windowTitle(), dialog.continue_button.text(), dialog.quit_button.text()],
    }


VIETNAMESE = {
    "title": "Chỉ tiêu xã, phường — cấp tỉnh",
    "menu": ["&Tệp", "&Nhận báo cáo từ thư mục…", "Xuất bảng tổng hợp &Excel…",
             "Xuất báo cáo PD&F…", "In báo cáo tổng &hợp…", "Xuất &DHIS2 / ADX…", "Nhập &chứng thư gốc tin cậy…",
             "Phát hành cập nhật &bộ chỉ tiêu…", "&Sao lưu ra…", "Khôi &phục từ bản sao lưu…", "Cà&i đặt…", "Ngôn ngữ &giao diện", "Tài &khoản…", "Đổi &mật khẩu…", "Đăng &xuất", "&Thoát"],
    "buttons": ["&Nhận báo cáo từ thư mục…", "&Sao chép danh sách chưa gửi"],
    "tabs": ["Tình &hình gửi báo cáo", "Kết &quả nhận tệp", "Tổn&g hợp chỉ tiêu", "&Biểu đồ", "Khó&a ký"],
    "header": ["Xã, phường", "Tình trạng"],
    "summary": ["Vượt", "Chưa\nbáo cáo"],
    "status": ["Tất cả", "Chưa gửi", "phường"],
    "counts": "Đã nhận 0/92, trễ hạn 0, chưa gửi 92.",
    "period": "6 tháng đầu năm 2026 (2026-6M)",
    "dialog": ["Chọn chế độ sử dụng", "&Tiếp tục", "Th&oát"],
}
ENGLISH = {
    "title": "Commune and ward indicators — province",
    "menu": ["&File", "&Receive reports from a folder…", "Export &Excel summary table…", "Export P&DF report…",
             "Print the s&ummary report…", "Export DHIS2 / AD&X…", "&Import trusted root certificates…", "&Publish an indicator catalogue update…",
             "&Back up to…", "Rest&ore from a backup…", "&Settings…", "Interface &language", "&Accounts…", "Change my pass&word…", "Log ou&t", "&Quit"],
    "buttons": ["&Receive reports from a folder…", "&Copy the list of units not yet sent"],
    "tabs": ["Reports &sent", "Files recei&ved", "Indicator s&ummary", "C&harts", "Signing &keys"],
    "header": ["Commune or ward", "Status"],
    "summary": ["Exceeded", "Not\nreported"],
    "status": ["All", "Not sent", "ward"],
    "counts": "Received 0/92, late 0, not sent 92.",
    "period": "First 6 months of 2026 (2026-6M)",
    "dialog": ["Choose how this computer is used", "&Continue", "&Quit"],
}


def test_province_window_and_mode_dialog_follow_the_language(qtbot, province_window, english):
    """Vietnamese as before the switch to tr(); English live from Settings; Vietnamese again."""
    w = province_window
    dialog = ModeDialog()
    qtbot.addWidget(dialog)
    assert words(w, dialog) == VIETNAMESE

    english()
    qtbot.waitUntil(lambda: w.file_menu.title() == "&File")
    qtbot.waitUntil(lambda: dialog.continue_button.text() == "&Continue")
    assert words(w, dialog) == ENGLISH
    # The status filter goes by the status, not by the words shown.
    w.status_box.setCurrentIndex(w.status_box.findData(ReportStatus.CHUA_GUI))
    assert w.proxy.rowCount() == 92
    w.status_box.setCurrentIndex(w.status_box.findData(None))
    assert w.proxy.rowCount() == 92

    i18n.install_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: w.file_menu.title() == "&Tệp")
    qtbot.waitUntil(lambda: dialog.continue_button.text() == "&Tiếp tục")
    assert words(w, dialog) == VIETNAMESE
