"""The window's acknowledgement records only what its box listed (red-team 8, finding 8, in the
window): a figure changed outside the program is listed, then changed again with sqlite3 while
the box is open, which reads the same words; confirming by the keyboard is refused (the window
passed the messages alone, and 999.999 was recorded as checked). Opened again, the box lists the
figure as it is now, and that is acknowledged."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3
from tests.ui.conftest import Script, press
from ui.app import check_at_start

CONFIRM = "Xác nhận đã kiểm tra"


def _edit(ws, numerator: str) -> None:
    edit_with_sqlite3(ws.store.path, f"UPDATE entries SET numerator = '{numerator}' WHERE indicator = 'bhyt'")


def _confirm_by_keys(box: QMessageBox) -> None:
    """Hủy has the keyboard first (the default); Tab goes to the confirmation, Space presses it."""
    assert QApplication.focusWidget().text() == "Hủy"
    for _ in range(len(box.buttons())):
        if QApplication.focusWidget().text() == CONFIRM:
            break
        press(Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QPushButton) and QApplication.focusWidget().text() == CONFIRM
    press(Qt.Key.Key_Space)


def test_a_figure_changed_again_while_the_box_is_open_is_not_recorded_as_checked(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    _edit(office, "9600")
    as_(office, "admin")
    window = make_window(office)
    check_at_start(window, office)
    for box in list(window.notice_boxes):
        box.done(0)

    listed, refused = [], []

    def changed_meanwhile(box: QMessageBox) -> None:
        listed.append(box.text())
        _edit(office, "9999")  # another person's sqlite3 shell, while the administrator reads the list
        _confirm_by_keys(box)

    script = Script((QMessageBox, changed_meanwhile),
                    (QMessageBox, lambda box: (refused.append(box.text()), press(Qt.Key.Key_Return))))
    assert window.acknowledge_changes() is None
    script.check()
    assert "Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2026) đã bị sửa ngoài chương trình" in listed[0]
    assert refused[0].startswith("Chưa xác nhận: từ lúc danh sách được mở, 1 thay đổi trong danh sách đã bị thay "
                                 "đổi lần nữa (số liệu đã xem không còn là số liệu đang lưu)")
    assert window.tampering_label.isVisible() and len(office.verify_history()) == 1
    assert not office.store.conn.execute("SELECT 1 FROM audit WHERE action = 'tamper_ack'").fetchall()

    now = office.verify_history()
    script = Script((QMessageBox, _confirm_by_keys))
    assert window.acknowledge_changes() == [t.message for t in now]
    script.check()
    assert not window.tampering_label.isVisible() and office.verify_history() == []
    recorded = office.store.conn.execute("SELECT old FROM audit WHERE action = 'tamper_ack'").fetchone()[0]
    assert json.loads(recorded) == [list(now[0].mark)]  # the figure by the state listed the second time
    assert office.store.entries("05503", "2026", "bhyt")[0].numerator == "9999"
