"""Red-team 13, finding 1: a file anyone can make (unsigned, no key needed) put a section title
`<img src="…">` into its refusal reason, and the intake table's tooltip drew the picture Qt
loaded from the path the file named (on Windows a network path: a connection opened when the
reviewer hovers). Every tooltip shows the characters the text holds (`ui.plain_text`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolTip

from desktop_app.core.submission import Narrative
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions, shown_window
from ui.plain_text import plain_html
from ui.province_intake_rows import REASON

TODAY = dt.date(2026, 7, 1)
PICTURE = '<img src="/tmp/x.png" width=300>'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """An unsigned file of a unit whose report section is titled with an HTML picture."""
    root = tmp_path_factory.mktemp("tips")
    ws, subs = make_submissions(root, pick_units(1, 0), PERIOD, data_dir=root / "db", sign=False)
    ws.close()
    sub = next(iter(subs.values()))
    sub = replace(sub, narratives=(Narrative("ket_qua", PICTURE, "Nội dung"),), stated_fingerprint=None)
    folder = root / "in"
    folder.mkdir()
    delivered(write_submission(sub, folder / "xa.xlsx"), ON_TIME)
    return folder


def _hover(view, index) -> str:
    """The tooltip shown when the pointer rests on `index` of `view`, as Qt shows it."""
    QToolTip.hideText()
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_reason_quoting_html_from_a_file_shows_its_characters(qtbot, office, hostile):
    w = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(hostile, None)
    row = next(n for n, r in enumerate(w.intake_model.rows) if r.file_name == "xa.xlsx")
    tip = w.intake_model.data(w.intake_model.index(row, REASON), Qt.ItemDataRole.ToolTipRole)
    assert "<img" in tip  # the reason quotes the file's title...
    qtbot.waitUntil(w.intake_table.isVisible)
    w.intake_table.scrollTo(w.intake_proxy.mapFromSource(w.intake_model.index(row, REASON)))
    QApplication.processEvents()
    shown = _hover(w.intake_table, w.intake_proxy.mapFromSource(w.intake_model.index(row, REASON)))
    assert shown == plain_html(tip)  # ...and the tooltip shows it as characters, no picture
    assert "&lt;img" in shown and "<img" not in shown
    QToolTip.hideText()


def test_a_tooltip_of_the_program_s_own_words_is_shown_as_qt_shows_it(qtbot, office):
    """No markup: the tooltip is Qt's own, its look unchanged."""
    w = shown_window(qtbot, office, PERIOD, TODAY)
    button = next(b for b in w.findChildren(QPushButton) if b.isVisible() and b.toolTip())
    QToolTip.hideText()
    centre = button.rect().center()
    QApplication.sendEvent(button, QHelpEvent(QEvent.Type.ToolTip, centre, button.mapToGlobal(centre)))
    assert QToolTip.isVisible() and QToolTip.text() == button.toolTip()
    QToolTip.hideText()


def test_a_refusal_quoting_html_from_a_file_shows_its_characters(qtbot, monkeypatch):
    """The refusal's box (every refusal reaches the officer through `show_error`) writes the file's
    words as they are; a refusal without markup is passed on unchanged."""
    from desktop_app.core.errors import InvalidInput
    from ui.common import show_error

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    quoted = f'Tệp xa.xlsx, trang "Thông tin": tên đơn vị "{PICTURE}" không có trong danh mục.'
    show_error(None, InvalidInput(quoted))
    show_error(None, InvalidInput("Tệp xa.xlsx: không đọc được."))
    assert shown == [plain_html(quoted), "Tệp xa.xlsx: không đọc được."]
    assert QTextDocumentFragment.fromHtml(shown[0]).toPlainText() == quoted  # what the box draws: every character
