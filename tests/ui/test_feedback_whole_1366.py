"""The red line under the entry table is read whole at 1366 px (walk 13, M3): the longest refusals
the officer meets, typed or pasted as they do, are shown to their last word (what to type, and how
to drop it), never cut with "…" where they say what is accepted, and the area under the table makes
room for them in the empty lines of the selected cell's line before it takes any from the table."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press, type_text, window_in_english
from tests.ui.test_entry_lines_1366 import go_to
from tests.ui.test_paste_block import paste, rows_from

ENTER = Qt.Key.Key_Return
# The screens of the walk-throughs: 1366×768, and maximized over a Windows taskbar (1362×724).
SIZES = [(1366, 768), (1362, 724)]


def shown(label) -> str:
    """The label's words as laid out (tags dropped, entities read)."""
    text = re.sub(r"<br\s*/?>", "\n", label.text())
    return re.sub("<[^>]+>", "", text).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<")


def assert_whole_in_sight(window) -> None:
    """Both lines under the table hold their wrapped text in their height, one under the other,
    inside the area, which the window shows whole."""
    area, info, feedback = window.messages, window.cell_info, window.feedback
    QApplication.processEvents()  # the area's new height reaches the layout
    assert feedback.heightForWidth(feedback.width()) <= feedback.height(), shown(feedback)
    assert info.heightForWidth(info.width()) <= info.height(), shown(info)
    assert info.geometry().bottom() < feedback.y()  # not over each other
    assert feedback.geometry().bottom() < area.height() and area.height() == area.minimumHeight()
    assert feedback.width() == area.width() and area.visibleRegion().boundingRect() == area.rect()


@pytest.mark.parametrize("size", SIZES)
def test_the_ambiguous_1_234_in_english_is_said_whole(window, qtbot, english, size):
    """"1,234" in the budget: the line said "…For the who… Correct it, or press Esc"; now it says
    what to type (the budget counts in whole triệu đồng: the whole reading only), to the end, and the
    table keeps its height."""
    window.resize(*size)
    window_in_english(window, qtbot, english)
    go_to(window, "thu_ngan_sach", "value")
    QApplication.processEvents()
    table_height = window.table.height()
    type_text("1,234")
    press(ENTER)
    said = shown(window.feedback)
    reason = window.feedback.toolTip()  # the refusal itself, as the core words it, and the Esc hint
    assert "Only a whole number is accepted: type 1234." in reason  # whole triệu đồng (walk 18, F1)
    assert "…" not in said and said == f"✖ Not saved: {reason}", said
    assert said.endswith("Only a whole number is accepted: type 1234. Correct it, or press Esc to drop it.")
    assert_whole_in_sight(window)
    assert window.table.height() == table_height  # taken from the empty lines, not from the table


@pytest.mark.parametrize("size", SIZES)
def test_a_paste_refused_in_vietnamese_says_the_example_to_type(window, size):
    """A block with "hai mươi" in it: the red line said "…hay ký hiệu tiề…" and lost "ví dụ 1.234";
    now the pasted line, then the refusal whole, under the cell's two lines."""
    window.resize(*size)
    QApplication.processEvents()
    run = rows_from(window, "bhyt", 4)
    paste(window, "9.691\t10.181\n53\t2.426\nhai mươi\t23\n5651\t7031\n", run[0].indicator.code, "numerator")
    said = shown(window.feedback)
    pasted, refused = said.split("\n")
    assert pasted.startswith("Đã dán ") and pasted.endswith("Ctrl+Z hoàn tác cả lần dán."), pasted
    assert refused.startswith("✖ 1 ô không lưu, tô đỏ: ") and '"hai mươi"' in refused
    assert refused.endswith("không kèm chữ, đơn vị hay ký hiệu tiền tệ), dùng dấu chấm phân cách hàng nghìn, "
                            "ví dụ 1.234."), refused
    assert "…" not in said
    assert_whole_in_sight(window)


def test_a_refusal_longer_than_the_area_takes_room_from_the_table_and_keeps_its_cell_in_sight(window, qtbot,
                                                                                            english):
    """At 1024 px the English "1,234" needs more lines than the area has: the area grows, the table
    gives up the room, the red cell at the table's foot stays in sight; the next saved figure gives
    the room back."""
    window.resize(1024, 700)
    window_in_english(window, qtbot, english)
    model = window.model
    code = [model.row_at(r).indicator.code for r in range(model.rowCount())  # the table's last one with a count
            if model.row_at(r) is not None and model.row_at(r).indicator.input("numerator")][-1]
    go_to(window, code, "numerator")
    QApplication.processEvents()
    index = window.model.index_of(code, "numerator")
    window.table.scrollTo(index, window.table.ScrollHint.PositionAtBottom)
    QApplication.processEvents()
    assert window.table.visualRect(index).bottom() > window.table.viewport().height() - 60  # at the foot
    table_height, top = window.table.height(), window.cell_info.mapTo(window, QPoint()).y()
    type_text("1,234")
    press(ENTER)
    assert "…" not in shown(window.feedback)
    assert_whole_in_sight(window)
    assert window.cell_info.mapTo(window, QPoint()).y() < top and window.table.height() < table_height
    assert window.table.viewport().rect().contains(window.table.visualRect(index))
    type_text("1.234")
    press(ENTER)
    QApplication.processEvents()
    assert window.cell_info.mapTo(window, QPoint()).y() == top and window.table.height() == table_height

