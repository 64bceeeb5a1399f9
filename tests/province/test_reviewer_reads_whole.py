"""What a reviewer reads in the province window at the keyboard, for the units with the longest
names (walk W2 at 1366×768): the file chosen in "Kết quả nhận tệp" says "chưa ký" for a file signed
by no key (its line read "khóa ký Chưa ký", as if "Chưa ký" were a key's code), and the question
before revoking a key, in a box as wide as the other warnings of the tab, shows the file name it
quotes whole on one line (Qt's narrow box broke "2026-6M_05443_phuong-phan-dinh-phung.xlsx" at its
hyphens)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tests.province.conftest import PERIOD
from tests.province.helpers import ON_TIME, delivered, make_submissions
from tests.province.test_keys_window import key_row, window  # noqa: F401 - the window fixture
from tests.ui.conftest import Script, press

LONGEST = "05443"  # Phường Phan Đình Phùng, the longest name of the 92 units
UNSIGNED = "05455"  # Phường Quyết Thắng


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The signed report of Phường Phan Đình Phùng and the unsigned one of Phường Quyết Thắng."""
    root = tmp_path_factory.mktemp("reviewer")
    folder = root / "hop-thu"
    folder.mkdir()
    subs = {}
    for code, sign in ((LONGEST, True), (UNSIGNED, False)):
        ws, written = make_submissions(folder, [code], PERIOD, data_dir=root / code, sign=sign)
        ws.close()
        subs[code] = written[code]
    for path in folder.iterdir():
        delivered(path, ON_TIME)
    return {"folder": folder, "subs": subs}


@pytest.fixture
def read(qtbot, window, folder):  # noqa: F811 - the window fixture
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(folder["folder"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    return window


def test_a_file_signed_by_no_key_says_unsigned(read, folder):
    window = read
    table, proxy = window.intake_table, window.intake_table.model()
    name = f"{folder['subs'][UNSIGNED].file_stem}.xlsx"
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    table.setFocus()
    table.setCurrentIndex(proxy.index(row, 0))
    assert window.file_facts.text() == "Phường Quyết Thắng · nhận ngày 18/06/2026 · chưa ký"
    signed = f"{folder['subs'][LONGEST].file_stem}.xlsx"
    press(Qt.Key.Key_Up if row else Qt.Key.Key_Down)  # the signed file still names its key
    assert proxy.index(table.currentIndex().row(), 0).data() == signed
    assert f"khóa ký {folder['subs'][LONGEST].key_code} · Chờ xác nhận" in window.file_facts.text()


def _lines_of(label: QLabel, words: str) -> tuple[int, int]:
    """The lines (first, last) of the label's text on which `words` begin and end, laid out at
    the label's width in its font, as the label lays it out."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    if label.textFormat() == Qt.TextFormat.RichText:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    doc.setTextWidth(label.contentsRect().width())
    doc.size()  # laid out now: a block's lines exist only once the document is laid out
    # the words as drawn: an invisible word joiner may follow a hyphen (no line break there)
    found = doc.find(QRegularExpression(re.escape(words).replace(r"\-", "-\u2060?")))
    assert not found.isNull(), (words, doc.toPlainText())
    block = found.block()
    layout = block.layout()
    first = layout.lineForTextPosition(found.selectionStart() - block.position()).lineNumber()
    last = layout.lineForTextPosition(found.selectionEnd() - 1 - block.position()).lineNumber()
    return first, last


def test_the_revoke_question_shows_the_file_name_whole(qtbot, read, folder):
    """Thu hồi khóa… by the keyboard on Phường Phan Đình Phùng's key: its first file named on one
    line; Escape answers Không and the key stays as it was."""
    window = read
    tab = window.keys_tab
    sub = folder["subs"][LONGEST]
    window.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.table.model().index(key_row(tab, LONGEST, sub.key_code), 0))
    seen = {}

    def read_it(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["text"] = label.text()
        seen["lines"] = _lines_of(label, f"{sub.file_stem}.xlsx")
        seen["default"] = QApplication.focusWidget() is box.button(QMessageBox.StandardButton.No)
        press(Qt.Key.Key_Escape)

    script = Script((QMessageBox, read_it))
    tab.revoke_button.setFocus()
    press(Qt.Key.Key_Space)
    script.check()
    assert "Thu hồi khóa" in seen["text"] and "Phường Phan Đình Phùng" in seen["text"]
    first, last = seen["lines"]
    assert first == last, "the file name is broken across lines"
    assert seen["default"]
    assert tab.table.model().index(key_row(tab, LONGEST, sub.key_code), 3).data() == "Chờ xác nhận"
