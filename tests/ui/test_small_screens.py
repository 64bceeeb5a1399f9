"""The main window on a 1366×768 and a 1280×720 laptop, with the catalogue's longest unit names
and 40-character names of people: nothing wider than the screen, nothing reached only by a
horizontal scroll (the entry table's Ghi chú column, its scroll bar and the "Diễn biến…"
button in view); long header lines wrap, cut lines say the whole in their tooltip. The window
title names the program once."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from desktop_app.province import ProvinceOffice
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace
from tests.ui.conftest import TODAY
from ui.entry_model import Col
from ui.main_window import MainWindow
from ui.province_window import ProvinceWindow

SCREENS = [(1366, 768), (1280, 720)]
PREPARER = "Nguyễn Thị Phương Thảo Nguyên"
SIGNER_40 = "Hoàng Nguyễn Minh Khoa Tôn Nữ Phương Anh"  # 40 characters
MIN_COMMENT_WIDTH = 150  # room to read a comment's words, not only its first letters
WIDEST_UNITS = ["Phường Phan Đình Phùng", "Xã Nghinh Tường"]  # checked against the catalogue below


def longest_names() -> list[str]:
    """The catalogue's widest ward and commune names, as the header's bold 15 pt draws them."""
    font = QFont(QApplication.font())
    font.setPointSize(15)
    font.setBold(True)
    metrics = QFontMetrics(font)
    communes = default_catalog().communes
    widest = {kind: max((c for c in communes if c.kind == kind), key=lambda c: metrics.horizontalAdvance(c.name))
              for kind in {c.kind for c in communes}}
    return sorted(c.name for c in widest.values())


def test_the_widest_names_of_the_catalogue(qapp):
    assert longest_names() == WIDEST_UNITS
    assert len(SIGNER_40) == 40


def laid_out(qtbot, data_dir, unit: str, size: tuple[int, int], signer: str = SIGNER_40) -> MainWindow:
    ws = Workspace.open(data_dir / unit, user="can-bo")
    ws.setup(unit, PREPARER, signer, "Phó Chủ tịch", "UBND")
    window = MainWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def outside(window: QWidget, width: int, height: int) -> list[str]:
    """Every visible widget whose right or bottom edge is beyond the screen."""
    found = []
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow():
            continue
        corner = child.mapTo(window, child.rect().bottomRight())
        if corner.x() >= width or corner.y() >= height:
            found.append(f"{type(child).__name__} {child.objectName()} {corner.x()},{corner.y()}")
    return found


@pytest.mark.parametrize("size", SCREENS, ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("unit", WIDEST_UNITS)
def test_the_main_window_fits_a_laptop_screen(qtbot, data_dir, unit, size):
    width, height = size
    window = laid_out(qtbot, data_dir, unit, size)
    assert window.minimumSizeHint().width() <= width and window.minimumSizeHint().height() <= height
    assert (window.width(), window.height()) == size
    assert outside(window, width, height) == []
    table = window.table
    comment_end = table.columnViewportPosition(Col.COMMENT) + table.columnWidth(Col.COMMENT)
    assert comment_end <= table.viewport().width()
    assert table.columnWidth(Col.COMMENT) >= MIN_COMMENT_WIDTH
    assert table.verticalScrollBar().isVisible()  # the form is longer than the screen: its bar in view
    button = window.history_button
    assert button.isVisible() and button.mapTo(window, button.rect().bottomRight()).x() < width
    # The header: both names whole, each part of a line kept on one line.
    people = window.people_label.text()
    assert PREPARER in people and SIGNER_40 in people
    assert window.unit_label.text() == unit and not window.unit_label.is_elided()
    assert window.people_label.height() >= 2 * window.people_label.fontMetrics().lineSpacing()  # wrapped


@pytest.mark.parametrize("size", SCREENS, ids=["1366x768", "1280x720"])
def test_a_wrapped_header_line_ends_with_a_part_not_a_separator(qtbot, data_dir, english, size):
    """"Mã đơn vị 05443 · Người lập biểu: … · Người ký: …" broken into two lines: the first ends
    with the preparer's name, not with a dangling "·"; the deadline's line too; in both languages."""
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", size)
    for language in ("vi", "en"):
        if language == "en":
            english()
            window.reload()
            QApplication.processEvents()
        for label in (window.people_label, window.deadline_label):
            lines = label.shown_lines()
            assert all(line.strip() and not line.rstrip().endswith("·") and not line.lstrip().startswith("·")
                       for line in lines), (language, lines)
            assert " · ".join(lines) == label.text()  # every part said, none twice
            assert label.height() >= len(lines) * label.fontMetrics().lineSpacing()  # every line in sight
        assert len(window.people_label.shown_lines()) >= 2, language  # wrapped at this width


def test_a_100_character_name_wraps_without_widening_the_window(qtbot, data_dir):
    """Names may be up to 100 characters: the line then breaks inside the name too."""
    signer = ("Hoàng Nguyễn " * 8).strip()[:100]
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1280, 720), signer=signer)
    assert window.minimumSizeHint().width() <= 1280 and outside(window, 1280, 720) == []


def test_a_long_status_line_is_cut_with_its_whole_text_in_the_tooltip(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1280, 720))
    label = window.summary_label
    label.setText("Vượt 3, Đạt 4, Không đạt 1, Đang thực hiện 2, Chưa nhập 1, Chưa đủ số liệu 1 · " * 3)
    label.resize(300, label.height())
    assert label.is_elided() and label.toolTip().startswith("Vượt 3, Đạt 4")
    label.resize(5000, label.height())
    assert not label.is_elided() and label.toolTip() == ""


def test_the_title_names_the_program_once(qtbot, workspace, tmp_path, english):
    """No application display name for Qt to add after it: "Chỉ tiêu xã, phường — Xã Tân Cương",
    in both languages; the province office's window names it once too."""
    app = QApplication.instance()
    assert app.applicationDisplayName() == app.applicationName()  # none set: Qt adds nothing
    window = MainWindow(workspace, today=TODAY)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Chỉ tiêu xã, phường — Xã Tân Cương"
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    province = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(province)
    province.show()  # a hidden window says its words again when shown
    assert province.windowTitle() == "Chỉ tiêu xã, phường — cấp tỉnh"
    english()
    window.reload()
    assert window.windowTitle() == "Commune and ward indicators — Xã Tân Cương"
    qtbot.waitUntil(lambda: province.windowTitle() == "Commune and ward indicators — province")  # posted by Qt
    office.close()


def test_an_approved_period_s_status_explains_its_authentication_code(qtbot, workspace):
    """The header's status line of an approved period: its tooltip names the code and the key's."""
    from tests.core.test_workflow import fill_year

    fill_year(workspace)
    workspace.complete("2026")
    workspace.approve("2026")
    window = MainWindow(workspace, today=TODAY)
    qtbot.addWidget(window)
    window.show_period(Period(2026, "Y"))
    assert workspace.period_state("2026") == State.APPROVED
    tip = window.deadline_label.toolTip()
    assert workspace.approval("2026").fingerprint[:16] in tip and workspace.key_code in tip
    assert "dấu vân tay của số liệu" in tip


def test_settings_fit_the_screen_with_their_buttons_in_view(qtbot, workspace):
    """Tệp › Cài đặt… is taller than a 768-pixel screen: its groups scroll, Lưu and Hủy stay."""
    from ui.setup_dialog import SCREEN_MARGIN, SetupDialog

    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry().height()
    assert dialog.height() <= available - SCREEN_MARGIN
    assert dialog.scroll.widget().height() > dialog.scroll.viewport().height()  # it scrolls
    ok = dialog.ok_button
    assert ok.isVisible() and ok.mapTo(dialog, ok.rect().bottomLeft()).y() < dialog.height()


def test_the_table_words_a_comparison_as_the_report_and_cuts_no_target(make_window, workspace):
    """An unchanged count reads "Không đổi so với cùng kỳ" (never "Tăng 0%"), a level passed before
    its horizon "Đến nay đã vượt chỉ tiêu 4,65 điểm %" (a fall in points: not "(1.650%)"), as the report
    words them (core/wording.py); a target
    wider than its column ("Giảm ≥ 5% so với cùng kỳ") wraps: its row is tall enough for it whole."""
    from PySide6.QtCore import QRect, Qt

    from desktop_app.core.wording import compared_text

    workspace.set_entry("2026", "tngt_so_vu", value="4", previous="4")
    workspace.set_baseline("giam_ngheo", "5")
    workspace.set_entry("2026", "giam_ngheo", numerator="1", denominator="2000")
    window = make_window(workspace)
    window.show_period(Period(2026, "Y"))
    model, table = window.model, window.table
    for code, words in (("tngt_so_vu", "Không đổi so với cùng kỳ"), ("giam_ngheo", "Đến nay đã vượt chỉ tiêu 4,65 điểm %")):
        row = workspace.row("2026", code)
        verdict = model.index(model.line_of(code), Col.VERDICT).data()
        assert words in verdict and compared_text(row.indicator, row.comparison) in verdict
        assert "0%" not in verdict
    line = model.line_of("tngt_so_vu")
    target = model.index(line, Col.TARGET).data().split("\n")[0]
    assert target == "Giảm ≥ 5% so với cùng kỳ"
    metrics = table.fontMetrics()
    width = table.columnWidth(Col.TARGET) - 10
    assert metrics.horizontalAdvance(target) > width  # it would be cut on one line
    whole = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, target).height()
    assert table.rowHeight(line) >= whole + metrics.lineSpacing() // 2


@pytest.mark.parametrize("size", SCREENS)
def test_no_unit_word_is_cut_in_english(make_window, workspace, english, size):
    """In English the poverty reduction's unit is "percentage points": the unit column is as
    wide as its longest word (it read "perce… points"), and Ghi chú keeps its room."""
    english()
    window = make_window(workspace)
    window.resize(*size)
    window.show_period(Period(2026, "Y"))
    model, table = window.model, window.table
    units = [model.index(i, Col.UNIT).data() or "" for i in range(model.rowCount())]
    assert "percentage points" in units
    metrics = table.fontMetrics()
    room = table.columnWidth(Col.UNIT) - 12
    assert all(metrics.horizontalAdvance(word) <= room for unit in units for word in unit.split())
    assert table.columnWidth(Col.COMMENT) >= MIN_COMMENT_WIDTH
