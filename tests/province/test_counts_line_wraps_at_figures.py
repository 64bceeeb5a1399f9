"""Walk 23, L5: at 1366×768 the window's counts line wrapped leaving "1." alone on its second line
("…, chưa ký chờ chấp nhận / 1."). It now wraps only after a figure's comma, each figure's words and
number on one line; its text is the line as said, with plain spaces."""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window

WALK = ("Đã nhận 5/92, trễ hạn 5, chưa gửi 86 (trong đó 1 đơn vị có tệp bị từ chối), dự thảo 1, 5 đơn vị có "
        "khóa chờ xác nhận, chưa ký chờ chấp nhận 1.")


def _lines(label: QLabel) -> list[str]:
    """The label's lines as Qt lays its shown text out at its width."""
    shown = QLabel.text(label)
    layout = QTextLayout(shown, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(shown[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_counts_line_wraps_after_a_figure_never_inside_one(qtbot, office):
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    w.counts.setText(WALK)
    assert w.counts.text() == WALK
    lines = _lines(w.counts)
    assert len(lines) == 2, lines  # too long for one line at 1366 px
    assert lines[0].rstrip().endswith(","), lines
    assert lines[1].replace("\u00a0", " ") == "chưa ký chờ chấp nhận 1.", lines
