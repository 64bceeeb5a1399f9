"""The province window at 1366×768 in either language: the lists' words whole in their columns,
the units of measure in the interface's language, a chart with no bar at all saying so."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.province import ProvinceOffice
from tests.province.conftest import pick_units, tamper
from tests.province.helpers import make_submissions
from ui import i18n
from ui.province_key_cell import SEPARATOR, short_key
from ui.province_labels import completeness_text
from ui.province_window import ProvinceWindow

PERIOD = "2026-6M"
TEXT_MARGINS = 6  # the item view's padding around a cell's text (focus frame margin and one pixel, each side)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """Three units' signed files (their keys awaiting confirmation once read) and a tampered one."""
    root = tmp_path_factory.mktemp("fits")
    folder = root / "inbox"
    folder.mkdir()
    units = pick_units(2, 2)
    ws, _subs = make_submissions(folder, units[:3], PERIOD, data_dir=root / "communes")
    t_ws, tampered = make_submissions(root, [units[3]], PERIOD, data_dir=root / "tampered")
    sub = next(iter(tampered.values()))
    tamper(root / f"{sub.file_stem}.xlsx", folder / "bao-cao-da-sua.xlsx")
    ws.close()
    t_ws.close()
    return folder


@pytest.fixture
def window(qtbot, tmp_path, inbox):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(inbox, PERIOD)
    window = ProvinceWindow(office.ws, today=dt.date(2026, 6, 19))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.office_for_test = office
    yield window
    window.close()
    office.close()


def in_english(qtbot, window) -> None:
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Reports &sent", timeout=10000)
    QApplication.processEvents()


def cut_cells(table, columns) -> list[str]:
    """The cells of `columns` whose text is wider than the column shows (cut with "…")."""
    model = table.model()
    cut = []
    for col in columns:
        for row in range(model.rowCount()):
            index = model.index(row, col)
            text = index.data() or ""
            font = index.data(Qt.ItemDataRole.FontRole)  # the key codes' fixed-width font
            metrics = QFontMetrics(font) if font is not None else table.fontMetrics()
            if metrics.horizontalAdvance(text) + TEXT_MARGINS > table.columnWidth(col):
                cut.append(f"{col}: {text!r} in {table.columnWidth(col)} px")
    return cut


def key_cells_cut(table, col) -> list[str]:
    """The key cells of `col` drawn without their whole state, or without its code's first group
    (`ui.province_key_cell.short_key`, as `KeyElide` draws them), or whose tooltip lacks the whole code."""
    model, metrics, cut = table.model(), table.fontMetrics(), []
    for row in range(model.rowCount()):
        index = model.index(row, col)
        text = index.data() or ""
        if SEPARATOR not in text:
            continue
        code, state = text.split(SEPARATOR)
        drawn = short_key(text, metrics, table.columnWidth(col) - TEXT_MARGINS)
        if not drawn.endswith(SEPARATOR + state) or not drawn.startswith(code[:5]) \
                or code not in (index.data(Qt.ItemDataRole.ToolTipRole) or ""):
            cut.append(f"{row}: {drawn!r} in {table.columnWidth(col)} px")
    return cut


def cut_headers(table, columns) -> list[str]:
    header = table.horizontalHeader()
    return [f"{col}: {table.model().headerData(col, Qt.Orientation.Horizontal)!r}" for col in columns
            if header.sectionSize(col) < header.sectionSizeHint(col)]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_reports_sent_and_signing_keys_lists_show_their_words_whole(qtbot, window, language):
    """"Received, key awaiting confirmation", "· Awaiting confirmation", "commune": whole, not
    cut with "…", in either language (the file's name may be cut: its whole is in the tooltip)."""
    if language == "en":
        in_english(qtbot, window)
    assert any("key awaiting confirmation" in (window.model.index(r, 4).data() or "")
               or "khóa chờ xác nhận" in (window.model.index(r, 4).data() or "")
               for r in range(window.model.rowCount()))
    # The key's column (5) is judged apart: a code is random letters, and a wide one ("MMMM-…" is 43 px
    # wider than "1111-…" in the window's font) leaves the note its room by showing the code's first
    # groups and the state whole ("3EEQ-73AM-M4MD-… · Chờ xác nhận", the shortening of walk U5 F10;
    # CI once drew that and this test called it cut). In English the state may be cut after the code.
    columns = [col for col in range(9) if col != 5]
    # the columns are fitted again once the event loop is back (the note narrows): under load that
    # came after the first look (two test processes on two cores), so the words are judged settled
    def settled():  # an assertion, so that a time-out names the cells still cut (flaky under load: which?)
        assert cut_cells(window.table, columns) == []

    qtbot.waitUntil(settled, timeout=5000)
    assert cut_cells(window.table, columns) == []
    if language == "vi":
        assert key_cells_cut(window.table, 5) == []
    assert cut_headers(window.table, range(9)) == []
    keys = window.keys_tab
    window.tabs.setCurrentWidget(keys)  # a tab says its words again when shown
    assert keys.model.rowCount() == 3
    # the note of a key shared with another unit and the first file's name may be cut (whole in their tooltips)
    others = [0, 1, 2, 3, 5, 7]
    assert cut_cells(keys.table, others) == []
    assert cut_headers(keys.table, range(9)) == []
    assert keys.table.horizontalScrollBar().maximum() == 0  # every column in sight at 1366 px


def test_the_indicator_summary_in_english_has_whole_headers_and_english_units(qtbot, window):
    """"Unit of measure" and "Exceeded" whole; the units "million VND", "percentage points"."""
    in_english(qtbot, window)
    window.tabs.setCurrentIndex(2)  # a tab's lists are fitted when it is shown
    table = window.summary_table
    model = window.summary_model
    units = {model.rows[r].indicator.code: model.index(r, 2).data() for r in range(model.rowCount())}
    assert units["thu_ngan_sach"] == "million VND" and units["giam_ngheo"] == "percentage points"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Unit of measure"
    figures = [0, *range(2, model.columnCount() - 1)]
    assert cut_headers(table, figures) == []
    assert cut_cells(table, [0, 2, 3]) == []
    assert table.columnWidth(1) >= 160  # the indicator's name keeps room to wrap in
    i18n.switch_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Tình &hình gửi báo cáo", timeout=10000)  # posted by Qt
    QApplication.processEvents()
    assert model.index(0, 2).data() == "triệu đồng"
    assert cut_headers(table, figures) == []


def test_the_charts_say_the_unit_in_english(qtbot, window):
    """The units chart's title and its value axis: "million VND", not "triệu đồng"."""
    in_english(qtbot, window)
    window.tabs.setCurrentWidget(window.charts)
    charts = window.charts
    charts.indicator_box.setCurrentIndex(charts.indicator_box.findData("thu_ngan_sach"))
    QApplication.processEvents()
    assert "(million VND)" in charts.units_title.text()
    titles = [a.titleText() for a in charts.units_view.chart().axes() if isinstance(a, QValueAxis)]
    assert titles == ["million VND"]


def test_a_chart_without_any_bar_says_so(qtbot, window):
    """An indicator assessed only in the year's report, at 6 months: no bar at all, and the line
    above the chart does not speak of bars to look under."""
    charts = window.charts
    window.tabs.setCurrentWidget(charts)
    charts.indicator_box.setCurrentIndex(charts.indicator_box.findData("to_chuc_dang_htt"))
    QApplication.processEvents()
    assert not charts.chart.points and not charts.units_view.isVisible()
    assert "dưới biểu đồ" not in charts.legend.text()
    assert charts.legend.text() == "Không có thanh nào: 92 đơn vị liệt kê dưới đây, kèm lý do"
    in_english(qtbot, window)
    assert charts.legend.text() == "No bars: the 92 units are listed below, with the reason"


def test_the_refused_files_are_counted_right_after_the_units_not_sent(window):
    """As the documents word it (desktop_app/core/consolidation.py): "chưa gửi 89 (trong đó 1 đơn
    vị có tệp bị từ chối)", not after the keys awaiting confirmation."""
    text = completeness_text(window.completeness)
    assert text == ("Đã nhận 3/92, trễ hạn 0, chưa gửi 89 (trong đó 1 đơn vị có tệp bị từ chối), "
                    "3 đơn vị có khóa chờ xác nhận")


def test_reading_a_folder_says_its_progress_in_the_interface_s_language(tmp_path, inbox):
    """The intake's progress dialog: "Reading <file> (1/4)" in English, "Đang đọc …" in Vietnamese."""
    from ui.common import in_language as progress_words

    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    seen = []
    office.intake(inbox, PERIOD, progress=lambda done, total, label: seen.append(label))
    office.close()
    assert [progress_words(label) for label in seen[:-1]] == [str(label) for label in seen[:-1]]
    assert str(seen[0]).startswith("Đang đọc ") and str(seen[0]).endswith(" (1/4)")
    i18n.install_language(i18n.ENGLISH)
    shown = [progress_words(label) for label in seen]
    assert shown[0].startswith("Reading ") and shown[0].endswith(" (1/4)")
    assert shown[-1] == "Read 4 of 4 files."
    assert not [text for text in shown if "Đang" in text or "Đã" in text]


def words_outside(window, page) -> list[str]:
    """The labels of `page` that run past the window's right edge, are cut at their own right
    edge (on one line, wider than shown) or lose lines at their foot (wrapped, taller than shown)."""
    bad = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        right = label.mapTo(window, QPoint(label.width(), 0)).x()
        if right > window.width():
            bad.append(f"past the window ({right} px): {label.text()[:60]!r}")
        elif label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            bad.append(f"lines lost ({label.height()} < {label.heightForWidth(label.width())} px): {label.text()[:60]!r}")
        elif not label.wordWrap() and label.sizeHint().width() > label.width():
            bad.append(f"cut ({label.width()} < {label.sizeHint().width()} px): {label.text()[:60]!r}")
    return bad


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_tab_s_words_stay_whole_inside_the_window(qtbot, window, language):
    """At 1366×768 every tab's words (Khóa ký's long introduction, the notes, the counts, the
    chosen file's reason) wrap inside the window: none runs past the right edge or is cut."""
    if language == "en":
        in_english(qtbot, window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.tabs.widget(index)
        assert words_outside(window, page) == [], window.tabs.tabText(index)
        assert window.width() == 1366, window.tabs.tabText(index)  # no line widened the window
