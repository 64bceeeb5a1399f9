"""Walk U12 F7: at 1366×768 "Kết quả nhận tệp" cut the reason of every file to one line of a
column the file's name and key left narrow: a file signed by another key read "Được ký bằng khóa
mã…", the second code, the one to compare with the paper, out of sight; a late file's "Trễ hạn" and a
copy's "Không nhập lại" past the edge. The lines to read (a file refused, a copy, a late one) now
take up to three lines, their reason wrapped and cut at a word (whole in its tooltip and under the
table); a valid file on time stays one line, so that 92 of them are scanned as before. The reason
takes what the other columns leave, the file's name and the key's code giving first."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from tests.province.conftest import PERIOD, tamper
from tests.province.helpers import LATE, ON_TIME, delivered, make_submissions
from ui import i18n
from ui.province_intake_rows import REASON

TODAY = dt.date(2026, 7, 1)
LINE_BREAK = "\u2028"  # between the lines of a wrapped cell (Qt's item views draw it as a new line)


@pytest.fixture(scope="module")
def folder(inbox_92, tmp_path_factory):
    """The 92 units' files on time, the longest-named unit's report also signed by another key, the
    second longest-named unit's sent late, a copy of a file and a file edited after it was made."""
    from desktop_app.resources import default_catalog

    root = tmp_path_factory.mktemp("lines")
    folder = root / "inbox"
    shutil.copytree(inbox_92, folder)
    for path in folder.glob("*.xlsx"):
        delivered(path, ON_TIME)
    files = sorted(folder.glob("*.xlsx"))
    longest = sorted(default_catalog().communes, key=lambda c: -len(c.name))[:2]
    ws, _ = make_submissions(root / "other", [longest[0].code], PERIOD, data_dir=root / "other-db")
    ws.close()
    other = next((root / "other").glob("*.xlsx"))
    shutil.copy2(other, folder / f"zz-{other.name}")  # read after the unit's own file: its key registered
    ws, _ = make_submissions(root / "late", [longest[1].code], PERIOD, generated_at=LATE, data_dir=root / "late-db")
    ws.close()
    for own in folder.glob(f"*_{longest[1].code}_*"):
        own.unlink()
    late = next((root / "late").glob("*.xlsx"))
    delivered(shutil.copy2(late, folder / late.name), LATE)
    shutil.copy2(files[3], folder / "ban-sao (1).xlsx")
    tamper(files[10], folder / "bao-cao-da-sua-lai-so-lieu.xlsx")
    delivered(folder / "bao-cao-da-sua-lai-so-lieu.xlsx", ON_TIME)
    return folder


@pytest.fixture
def window(qtbot, office, folder):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=120000):
        w.start_intake(folder, None)  # lateness by each file's date
    w.activateWindow()  # the keyboard back from the progress dialog (offscreen Qt has no window manager)
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    return w


def shown(table, index) -> str:
    """The text the cell at `index` draws (cut, wrapped: its lines apart by `LINE_BREAK`)."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


def outside(table, index) -> list[str]:
    """The lines of the cell at `index` wider than its column, or below its row's foot."""
    text = shown(table, index)
    rect = table.visualRect(index)
    metrics = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    lines = text.split(LINE_BREAK)
    bad = [f"{line!r}: {metrics.horizontalAdvance(line)} px in {rect.width() - 2 * margin}" for line in lines
           if metrics.horizontalAdvance(line) > rect.width() - 2 * margin]
    if len(lines) * metrics.lineSpacing() > rect.height():
        bad.append(f"{len(lines)} lines in {rect.height()} px")
    return bad


def row_of(window, start: str) -> int:
    rows = [n for n, r in enumerate(window.intake_model.rows) if r.file_name.startswith(start)]
    assert len(rows) == 1, start
    return window.intake_proxy.mapFromSource(window.intake_model.index(rows[0], 0)).row()


def settle() -> None:
    QTest.qWait(50)  # the columns and rows are sized again once the event loop is back
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_reviewer_reads_why_each_file_needs_looking_at(qtbot, window, language):
    if language == "en":
        i18n.switch_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Reports &sent", timeout=10000)
    settle()
    table, model = window.intake_table, window.intake_proxy
    assert window.width() == 1366 and table.horizontalScrollBar().maximum() == 0  # nothing past the edge
    reason = {start: shown(table, model.index(row_of(window, start), REASON)).replace(LINE_BREAK, " ")
              for start in ("zz-", "ban-sao", "bao-cao-da-sua")}
    mismatch = window.intake_model.rows[model.mapToSource(model.index(row_of(window, "zz-"), 0)).row()]
    # both codes of "Chữ ký không khớp": the file's key and the unit's, to compare with the paper
    codes = [word.rstrip(".,") for word in mismatch.reason.split() if word.count("-") == 3 and len(word) >= 19]
    assert len(set(codes)) == 2 and all(code in reason["zz-"] for code in codes), reason["zz-"]
    english = language == "en"  # the reasons in English since walk U15
    assert ("Not read in again." if english else "Không nhập lại.") in reason["ban-sao"]
    assert ("not the one written in the file" if english else "khác mã ghi trong tệp") in reason["bao-cao-da-sua"]
    late = next(n for n in range(model.rowCount()) if window.intake_model.rows[model.mapToSource(
        model.index(n, 0)).row()].late)
    said = "Late: received on 25/06/2026, deadline 20/06/2026." if english else \
        "Trễ hạn: nhận ngày 25/06/2026, hạn 20/06/2026."
    assert said in shown(table, model.index(late, REASON)).replace(LINE_BREAK, " ")
    # every cell's lines inside its cell, in the lines to read and the others
    cells = [model.index(row, col) for row in range(model.rowCount()) for col in (4, REASON)]
    assert [f"{i.row()},{i.column()}: {b}" for i in cells for b in outside(table, i)] == []
    # the rows: a valid file on time one line, one to read at most three; 12 or more in sight at first
    line = QFontMetrics(table.font()).lineSpacing()
    plain = table.verticalHeader().defaultSectionSize()
    heights = {row: table.rowHeight(row) for row in range(model.rowCount())}
    to_read = {row_of(window, "zz-"), row_of(window, "ban-sao"), row_of(window, "bao-cao-da-sua"), late}
    assert {heights[row] for row in heights if row not in to_read} == {plain}
    assert all(plain + line <= heights[row] <= plain + 2 * line for row in to_read), [heights[r] for r in to_read]
    assert table.rowAt(12 * plain) >= 0 or model.rowCount() < 12


def test_tab_goes_from_the_list_to_the_whole_reason_and_back(qtbot, window):
    """Keyboard only: from the checkbox into the list, from the list to the reason under it (which
    the arrows and Shift select, Ctrl+C copies), and back with Shift+Tab."""
    table = window.intake_table
    window.refused_only.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(window.refused_only, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.file_reason
    QTest.keyClick(window.file_reason, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.file_reason.selectedText() == window.file_reason.text()
    QTest.keyClick(window.file_reason, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is table
