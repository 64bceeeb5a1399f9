"""A long comment (up to the 4.000 characters a comment takes) makes its row at most a few lines
tall, its cell's text cut with "…": a comment of 3.990 characters made its row 2.000 pixels tall
in a table of 400 at 1366×768, the cursor on its figure an empty blue cell, the name and the
figures out of sight. The whole comment is in the cell's tooltip and in its editor; every cell
is drawn from the row's top, where the name begins."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.core.periods import Period
from tests.ui.test_entry_form import cell, go_to
from tests.ui.test_small_screens import laid_out
from ui.comment_cell import COMMENT_LINES
from ui.entry_model import Col

SENTENCE = ("Số liệu do Bảo hiểm xã hội khu vực cung cấp; đã đối chiếu với danh sách hộ gia đình tham gia "
            "BHYT của các thôn Khuổi Ô, Nà Pài, Bản Đăng, Lũng Đẩy, Phja Đin. ")
LONG = (SENTENCE * 40)[:3989] + "."  # 3.990 characters (the limit is 4.000)


def _window(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1366, 768))
    window.workspace.set_entry("2026-6M", "bhyt", numerator="8123", denominator="9000", comment=LONG)
    window.show_period(Period(2026, "6M"))
    go_to(window, "bhyt", "numerator")
    QApplication.processEvents()
    return window


def test_a_long_comment_leaves_the_row_a_few_lines_tall(qtbot, data_dir):
    window = _window(qtbot, data_dir)
    table, model = window.table, window.model
    line = model.line_of("bhyt")
    spacing = table.fontMetrics().lineSpacing()
    assert table.rowHeight(line) <= COMMENT_LINES * spacing + 6  # the name and target need fewer
    assert table.rowHeight(line) < table.viewport().height() // 4
    # The cursor's cell, the name and the figures in sight, drawn from the row's top.
    viewport = table.viewport().rect()
    for col in (Col.NAME, Col.IN1, Col.IN2, Col.VALUE, Col.VERDICT):
        assert viewport.contains(table.visualRect(model.index(line, col))), col
    for col in (Col.NAME, Col.IN1, Col.VALUE, Col.COMMENT):
        alignment = model.index(line, col).data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment & Qt.AlignmentFlag.AlignTop, col


def test_the_cut_comment_is_whole_in_its_tooltip_and_editor(qtbot, data_dir):
    window = _window(qtbot, data_dir)
    table, model = window.table, window.model
    index = cell(window, "bhyt", "comment")
    words = "".join(LONG.split())
    assert words in "".join(str(index.data(Qt.ItemDataRole.ToolTipRole)).split())
    tip_lines = str(index.data(Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert max(map(len, tip_lines)) <= 120  # wrapped: a plain tooltip's line is never wrapped by Qt

    # The cell shows what fits, ending in "…".
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    option.widget = table
    table.itemDelegate().initStyleOption(option, index)
    assert option.text.endswith("…") and len(option.text) < 400
    assert LONG.startswith(option.text[:-1].rstrip())

    go_to(window, "bhyt", "comment")
    table.edit(index)
    QApplication.processEvents()
    assert table.itemDelegate().open_editor.text() == LONG
