"""At 1366×705 (a 1366×768 laptop under Windows' taskbar) the entry table has the room under it
(walk h3 #2): the keys' line and the Hoàn tác / Làm lại / Diễn biến… buttons took a row of their
own under the lines the table keeps for its messages, and 11 rows of a year's form were whole with
the table scrolled. The buttons stand beside the tabs, the keys' line in the message's place while
nothing is said: 12 rows whole, and the table keeps its height as messages come and go."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import Period
from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import ENTER, go_to
from tests.ui.test_small_screens import laid_out

SIZE = (1366, 705)
YEAR = Period(2026, "Y")


def _fill_year(ws) -> None:
    """Phường Phan Đình Phùng's year 2026, every assigned indicator but its urban waste."""
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_baseline("ket_nap_dang_vien", "250")
    for code, figures in (("thu_ngan_sach", {"value": "50.000"}),
                          ("bhyt", {"numerator": "9.500", "denominator": "10.000"}),
                          ("giam_ngheo", {"numerator": "40", "denominator": "1.000"}),
                          ("truong_chuan", {"numerator": "5", "denominator": "5"}),
                          ("lao_dong_dao_tao", {"numerator": "780", "denominator": "1.000"}),
                          ("ket_nap_dang_vien", {"value": "6", "comment": "Thiếu nguồn kết nạp ở thôn xa"}),
                          ("to_chuc_dang_htt", {"numerator": "19", "denominator": "20"})):
        ws.set_entry(YEAR, code, **figures)


def _whole_rows(table) -> int:
    model, height = table.model(), table.viewport().height()
    return sum(1 for r in range(model.rowCount())
               if 0 <= table.visualRect(model.index(r, 0)).top() and table.visualRect(model.index(r, 0)).bottom() < height)


def _top(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def test_the_table_has_the_room_under_it_at_1366x705(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", SIZE)
    _fill_year(window.workspace)
    window.reload(YEAR)
    window.table.setFocus()
    QApplication.processEvents()
    table = window.table
    assert table.verticalScrollBar().isVisible()  # rows out of sight: the room matters
    assert _whole_rows(table) >= 12  # 11 when the keys and the buttons had a row of their own
    # the buttons in the tab bar's row; the keys' line in the message's place, under the table
    for button in (window.undo_button, window.redo_button, window.history_button):
        assert button.isVisible() and _top(button, window) < _top(table, window)
    hint = window.keys_hint
    assert hint.isVisible() and "F6: danh sách kỳ" in hint.text()
    assert _top(hint, window) > _top(table, window) + table.height()
    height = table.height()
    go_to(window, "to_chuc_dang_htt", "numerator")
    type_text("18")
    press(ENTER)
    assert window.feedback.text().startswith("Đã lưu: ") and not hint.isVisible()  # the result in its place
    assert table.height() == height  # the table does not move as messages come and go
    window.tabs.setCurrentIndex(1)  # the report text: no figures' buttons
    assert not window.history_button.isVisible()
    window.tabs.setCurrentIndex(0)
    assert window.history_button.isVisible()
    window.navigator.select(Period(2026, "9M"))  # another period: nothing said yet, the keys again
    QApplication.processEvents()
    assert window.feedback.text() == "" and hint.isVisible() and table.height() == height
