"""A menu path a message names ("Tệp › Gửi cho tỉnh…", its keys "Alt+T, G") is never broken where its box
wraps the text: the box after Duyệt ended a line at "dùng Kỳ báo cáo › Ký số", "báo cáo…" on the next,
and could leave "Tệp ›" alone at a line's end. Its spaces are no-break spaces, read as spaces."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press
from tests.ui.test_walk_h3_leftovers import JULY

NBSP = "\u00a0"


def _lines(label: QLabel) -> list[str]:
    """The lines `label` shows its plain text in, wrapped at its width as it is drawn."""
    lines = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(QTextOption())  # wraps at word boundaries, as a label does
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
    return lines


def test_the_approved_box_never_ends_a_line_inside_a_menu_path(make_window, office):  # noqa: F811
    office.today_is = JULY
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    as_(office, "lanhdao")
    window = make_window(office, today=JULY)
    seen = []

    def read(box):
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        seen.append((label.text(), _lines(label)))
        press(Qt.Key.Key_Return, widget=box)

    script = Script((QMessageBox, yes_by_alt), (QMessageBox, read))
    window.approve_action.trigger()
    script.check()
    text, lines = seen[0]
    paths = ("Tệp › In báo cáo…", "Alt+T, I", "Tệp › Gửi cho tỉnh…", "Alt+T, G", "Kỳ báo cáo › Ký số báo cáo…",
             "Alt+K, K")
    assert text.replace(NBSP, " ").endswith(  # the words otherwise as they were
        "Bước tiếp theo: in báo cáo bằng Tệp › In báo cáo… (Alt+T, I), trình ký và đóng dấu, rồi gửi cả hai tệp "
        "cho tỉnh bằng Tệp › Gửi cho tỉnh… (Alt+T, G). Nếu ký số thay cho bản giấy, dùng Kỳ báo cáo › Ký số báo "
        "cáo… (Alt+K, K) trước khi gửi."), text
    assert len(lines) > 8  # wrapped at the box's width
    for path in paths:
        assert any(path.replace(" ", NBSP) in line for line in lines), (path, lines)
