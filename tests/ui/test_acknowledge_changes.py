"""The window's way out of a period held back by a change made outside the program: the red line
says what it stops, and the administrator (only) confirms the check from it or from Quản trị,
after a question whose default is Hủy; the line then goes and the leader can approve."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.rich_text import links
from tests.ui.conftest import Script, click_button
from ui.app import check_at_start


def _edited(ws) -> None:
    """The officer's 2026 report entered and complete, then a figure changed with sqlite3."""
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    conn = sqlite3.connect(ws.store.path)
    conn.execute("UPDATE entries SET numerator = '9900' WHERE indicator = 'bhyt'")
    conn.commit()
    conn.close()


def _close_boxes(window) -> None:
    for box in list(window.notice_boxes):
        box.done(0)


def test_the_officer_sees_what_is_held_back_but_no_way_to_clear_it(make_window, office):  # noqa: F811
    _edited(office)
    window = make_window(office)
    check_at_start(window, office)
    _close_boxes(window)
    assert window.tampering_label.isVisible()
    assert "không duyệt, xuất báo cáo, ký số được cho đến khi Quản trị viên kiểm tra" in window.tampering_label.text()
    assert "Xác nhận đã kiểm tra" not in window.tampering_label.text()
    assert not window.acknowledge_action.isEnabled()


def test_the_administrator_confirms_the_check_and_the_leader_then_approves(qtbot, make_window, office):  # noqa: F811
    _edited(office)
    as_(office, "admin")
    window = make_window(office)
    check_at_start(window, office)
    _close_boxes(window)
    assert "Xác nhận đã kiểm tra…" in window.tampering_label.text() and window.acknowledge_action.isEnabled()
    assert links(window.tampering_label.text()) == [("Xác nhận đã kiểm tra…", False)]  # the dot of "nhận" shows

    asked = []
    script = Script((QMessageBox, lambda box: (asked.append(box.text()), click_button(box, "Hủy"))))
    assert window.acknowledge_changes() is None  # cancelled: nothing recorded
    script.check()
    assert "Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2026) đã bị sửa ngoài chương trình" in asked[0]
    assert "dưới tên của bạn" in asked[0]
    assert window.tampering_label.isVisible() and len(office.verify_history()) == 1

    script = Script((QMessageBox, lambda box: click_button(box, "Xác nhận đã kiểm tra")))
    window.tampering_label.linkActivated.emit("acknowledge")  # the red line's link
    script.check()
    assert not window.tampering_label.isVisible()
    assert "Đã ghi nhận: đã kiểm tra 1 thay đổi ngoài chương trình" in window.statusBar().currentMessage()
    assert office.audit_trail()[-1].action == "Xác nhận đã kiểm tra thay đổi ngoài chương trình"

    as_(office, "lanhdao")
    office.approve("2026")

