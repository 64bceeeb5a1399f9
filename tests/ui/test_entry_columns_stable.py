"""The entry table's columns keep their widths while a period is typed in (walk h4 at 1366×768,
Phường Phan Đình Phùng, 6 tháng đầu năm 2026: the first revenue saved, "2.150.300", widened Tử số
and Kết quả and narrowed "Chỉ tiêu" from 237 to 211 px, every name wrapping anew, some on three
lines, under the officer's eyes). The figure columns are measured as the period opens, with the
digits its figures are to have (a value's target); typing them moves nothing. A period shown again,
or the window resized, measures them anew."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press, type_text
from tests.ui.test_small_screens import laid_out
from ui.entry_model import Col


def widths(table) -> list[int]:
    return [table.columnWidth(col) for col in Col]


def name_heights(window) -> list[int]:
    model = window.model
    return [window.table.rowHeight(i) for i in range(model.rowCount()) if model.row_at(i) is not None]


def shown_whole(table, index) -> bool:
    return table.columnWidth(index.column()) - 6 >= table.fontMetrics().horizontalAdvance(index.data() or "")


def test_typing_the_half_years_figures_moves_no_column(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1366, 768))
    table, model = window.table, window.model
    before, heights = widths(table), name_heights(window)
    table.setCurrentIndex(model.index_of("thu_ngan_sach", "value"))
    table.setFocus()
    type_text("2.150.300")
    press(Qt.Key.Key_Return)  # saved; the cursor on to BHYT's people insured
    type_text("10.000")
    press(Qt.Key.Key_Tab)
    type_text("12.480")
    press(Qt.Key.Key_Return)
    QApplication.processEvents()
    revenue = model.line_of("thu_ngan_sach")
    assert model.index(revenue, Col.VALUE).data() == "2.150.300"
    assert shown_whole(table, model.index(revenue, Col.IN1)) and shown_whole(table, model.index(revenue, Col.VALUE))
    assert widths(table) == before
    assert name_heights(window) == heights


def test_a_figure_deleted_leaves_the_columns_until_the_window_is_resized(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1366, 768))
    table, model = window.table, window.model
    usual = widths(table)
    table.setCurrentIndex(model.index_of("thu_ngan_sach", "value"))
    table.setFocus()
    type_text("123.456.789")  # wider than the target's digits: Tử số and Kết quả widen, the name gives way
    press(Qt.Key.Key_Return)
    wide = widths(table)
    assert wide[Col.VALUE] > usual[Col.VALUE] and wide[Col.NAME] < usual[Col.NAME]
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert model.index_of("thu_ngan_sach", "value").data() in ("", None)
    assert widths(table) == wide  # nothing moves while the period is typed in
    window.resize(1360, 768)
    QApplication.processEvents()
    window.resize(1366, 768)
    QApplication.processEvents()
    assert widths(table) == usual
