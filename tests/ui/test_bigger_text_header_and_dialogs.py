"""The commune window's header, report-text tab and dialogs with Windows' "Make text bigger" (the
system font 11,25 or 13,5 pt instead of 9) on a 1366×728 laptop (walk S107): the header's titles stay
bigger than the text under them, the change log fits the screen, the own targets' year titles are whole,
and the status bar says a report-text section is not saved in words, not in markup."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QScreen
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.core.test_workflow import PW
from tests.ui.conftest import TODAY, shot
from tests.ui.test_keyboard import shown
from ui.audit_dialog import AuditDialog
from ui.main_window import MainWindow
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog

SCREEN = QRect(0, 0, 1366, 728)  # 1366×768 less the taskbar
LEADER = "Hoàng Nguyễn Minh Khoa Tôn Nữ Phương Anh"  # 40 characters
OFFICER = "Nguyễn Thị Phương Thảo Nguyên"



@pytest.fixture
def ward(data_dir, monkeypatch):
    """A ward whose people have long names, each of whom changed a figure (the change log's user filter
    lists them), on a 1366×728 screen."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SCREEN))
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản Trị Viên Phường", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("Phan Đình Phùng", OFFICER, LEADER, "Phó Chủ tịch", "UBND")
    ws.add_user("canbo", OFFICER, Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", LEADER, Role.LEADER, PW["lanhdao"])
    for who in ("canbo", "lanhdao"):
        ws.logout()
        ws.login(who, PW[who])
        if who == "canbo":
            ws.set_entry("2026-6M", "thu_ngan_sach", value="412.450")
        else:
            ws.set_own_target(2026, "bhyt", ">=", "95")
    yield ws
    ws.close()


def test_the_header_titles_grow_with_the_text(workspace, qtbot, text_size):
    sizes = {}
    for percent in (100, 150):
        text_size(percent)
        window = MainWindow(workspace, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        sizes[percent] = (window.unit_label.font().pointSizeF(), window.period_label.font().pointSizeF())
        if percent == 150:
            shot(window.header, "s107_header_150")
            detail = QFontMetrics(window.deadline_label.font()).height()
            # the period's title clearly bigger than the lines under it (13 pt over 13,5 pt text before)
            assert QFontMetrics(window.period_label.font()).height() >= 1.3 * detail
            assert QFontMetrics(window.unit_label.font()).height() >= 1.5 * detail
            assert window.unit_label.font().bold() and window.period_label.font().bold()
        window.close()
    assert sizes[100] == (15, 13)  # as before at the usual text size


@pytest.mark.parametrize("percent", [125, 150])
def test_the_change_log_fits_a_1366_pixel_screen(ward, qtbot, text_size, percent):
    text_size(percent)
    ward.logout()
    ward.login("admin", PW["admin"])
    dialog = shown(qtbot, AuditDialog(ward))
    shot(dialog, f"s107_audit_{percent}")
    # it was 1.438 px wide at 125 % and 1.615 px at 150 %: its right side and Đóng off the screen
    assert dialog.minimumSizeHint().width() <= SCREEN.width() - 20
    assert dialog.width() <= SCREEN.width() - 20
    for button in (dialog.close_button, dialog.export_button):
        assert button.mapTo(dialog, button.rect().bottomRight()).x() < dialog.width()
    header = dialog.table.horizontalHeader()
    by = header.sectionSizeFromContents(1).width()
    assert dialog.table.columnWidth(1) >= by  # "Người thực hiện" whole over its names


def test_the_own_targets_year_titles_are_whole_at_150_percent(ward, qtbot, text_size):
    text_size(150)
    dialog = shown(qtbot, OwnTargetsDialog(ward, 2026))
    table = dialog.table
    table.setCurrentCell(0, FIRST_YEAR_COLUMN)  # its column's title drawn in bold
    shot(dialog, "s107_own_targets_150")
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(FIRST_YEAR_COLUMN, table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        assert table.columnWidth(column) >= QFontMetrics(bold).horizontalAdvance(title) + margin, title


def test_a_refused_report_text_is_said_in_words_in_the_status_bar(workspace, qtbot):
    window = MainWindow(workspace, today=TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.narratives, "ask_to_leave",
                                                                lambda closing, **_: True))
    window.resize(SCREEN.size())
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.narratives)
    window.narratives.editors["ket_qua"].setPlainText("Thu ngân sách đạt 52.000 triệu đồng. " * 700)
    window.narratives.flush()
    qtbot.waitUntil(window.narratives.refusals["ket_qua"].isVisible, timeout=10000)
    label = window.saved_label
    # "<span style='color:#b71c1c; font-weight:bold'>✖ Chưa lưu: …" was drawn as it is written
    assert label.text() == "✖ Chưa lưu: Kết quả đạt được"
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#b71c1c"
    assert label.font().bold()
    QApplication.processEvents()
    assert not label.is_elided()
    shot(window, "s107_narrative_refused_bar")
    window.narratives.editors["ket_qua"].setPlainText("Kết quả: đạt 7/7 chỉ tiêu.")
    window.narratives.flush()
    qtbot.waitUntil(lambda: label.text().startswith("Đã lưu lúc"), timeout=10000)
    assert not label.font().bold()
    assert label.palette().color(QPalette.ColorRole.WindowText) == window.statusBar().palette().color(
        QPalette.ColorRole.WindowText)
