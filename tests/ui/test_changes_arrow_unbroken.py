"""Duyệt's list of changes after a reopening, "• Tốc độ tăng giá trị sản phẩm…: 1500 → 1250" and "Thu ngân sách
lũy kế từ đầu năm 50.000 → 52.000" (helper S108): the box wraps its lines at its width, and a line broke at the
arrow, "… 1500 →" over "1250" or "… 50.000" over "→ 52.000", the figures read apart. The figures and the arrow
are joined by no-break spaces: wherever a line breaks, a figure, its arrow and the next figure stay together."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.conftest import Script, press, shot
from tests.ui.test_approve_enter_says_no import DAY, ward  # noqa: F401 (the fixture)
from tests.ui.test_changes_name_once import _approved_then_corrected, screen_1366  # noqa: F401 (the fixture)


def _lines_at(text: str, font, width: int) -> list[str]:
    """`text` as a label wrapping at words draws it `width` px wide: its lines."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_change_never_breaks_at_its_arrow(make_window, ward, screen_1366):  # noqa: F811
    _approved_then_corrected(ward)
    window = make_window(ward, today=DAY)
    window.resize(1366, 768)
    said = {}

    def read(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        said["text"], said["font"], said["width"] = box.text(), label.font(), label.width()
        shot(box, "s108_changes_arrow")
        press(Qt.Key.Key_Escape, widget=box)

    script = Script((QMessageBox, read))
    window.approve_action.trigger()
    script.check()
    changes = [line for line in said["text"].split("\n") if line.startswith("• ") and "→" in line]
    assert len(changes) == 4, changes
    broken = set()
    for line in changes:
        for width in range(240, said["width"] + 1):  # the box's width, and narrower ones (a smaller screen)
            for drawn in _lines_at(line, said["font"], width):
                if drawn.strip().startswith("→") or drawn.strip().endswith("→"):
                    broken.add((width, drawn.strip()))
    assert not broken, sorted(broken)[:6]  # before: at 285 px "… 50.000 →" / "→ 1250"
