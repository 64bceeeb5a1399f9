"""Gửi cho tỉnh… (walk 21, L8): the dialog broke the file names at a hyphen, "2026-6M_05443_phuong-phan-dinh-"
on one line and "phung.pdf" on the next, for the unit with the longest name of the 92 (Phường Phan Đình
Phùng): each name is read whole on one line."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import TODAY
from tests.ui.test_send_report import desktop, folder, run_send, some_figures  # noqa: F401 - fixtures
from ui.main_window import MainWindow

LONGEST = "05443"  # Phường Phan Đình Phùng: phuong-phan-dinh-phung, the longest of the 92 in a file name


def lines_of(label) -> list[str]:
    """The label's lines as its width lays them out (plain text, invisible joiners left out)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # laid out now
    lines = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart():line.textStart() + line.textLength()].replace("\u2060", ""))
        block = block.next()
    return lines


def test_the_file_names_are_whole_on_a_line(blank_workspace, qtbot, desktop, folder):  # noqa: F811
    blank_workspace.setup(LONGEST, "Nguyễn Thị Phương Thảo Nguyên", "Trần Thị Bình", "Chủ tịch", "UBND")
    some_figures(blank_workspace)
    window = MainWindow(blank_workspace, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    draft, dialog = run_send(window, qtbot)
    QApplication.processEvents()
    names = [p.name for p in draft.export.paths] + [draft.path.name]
    assert "2026-6M_05443_phuong-phan-dinh-phung.xlsx" in names
    lines = lines_of(dialog.message)
    for name in names:
        whole = sum(line.count(name) for line in lines)
        assert whole >= 1 and whole == dialog.message.text().replace("\u2060", "").count(name), (name, lines)
    dialog.close()
