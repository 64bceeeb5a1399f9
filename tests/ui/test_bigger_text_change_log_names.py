"""Nhật ký thay đổi with Windows' "Make text bigger" at 150 % on a 1366×728 laptop (S111, walk U19 leftover):
its rows held one line and "Thời điểm" and "Kỳ" ("6 tháng đầu năm 2026") kept theirs whole, leaving "Chỉ tiêu"
118 px: "Tỷ lệ hồ sơ thủ…" for two different indicators. The rows hold two lines as at 9 points, the time and
the period wrap onto them, and every indicator's name shows enough of itself to be told from the others."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen, QTextLayout, QTextOption

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from tests.ui.test_keyboard import shown
from ui.audit_dialog import INDICATOR_COLUMN, AuditDialog


def many_changes(office):  # noqa: F811
    """A year's figures, approved, reopened and corrected: a change log of some sixty lines."""
    as_(office, "canbo")
    fill_year(office)
    office.set_entry("2026-6M", "thu_ngan_sach", value="30.000")  # "6 tháng đầu năm 2026" in Kỳ
    for code in ("gia_dinh_van_hoa", "thon_van_hoa", "co_quan_van_hoa", "ho_so_truc_tuyen", "tthc_truc_tuyen"):
        office.set_entry("2026", code, numerator="80", denominator="100", comment="Chưa bình xét xong")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026", office.submission("2026").fingerprint)
    office.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thuế")
    as_(office, "canbo")
    for code, kw in (("thu_ngan_sach", {"value": "52.500"}), ("bhyt", {"numerator": "9.600"}),
                     ("giam_ngheo", {"numerator": "45"}), ("to_chuc_dang_htt", {"numerator": "18"})):
        office.set_entry("2026", code, **kw)


def shown_part(text: str, font, width: int, lines: int) -> str:
    """What of `text` the cell's lines show, wrapped at words to `width`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    end = 0
    for _ in range(lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        end = line.textStart() + line.textLength()
    layout.endLayout()
    return text[:end]


def test_the_indicators_are_told_apart_at_150_percent(qtbot, office, text_size, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    text_size(150)
    many_changes(office)
    dialog = shown(qtbot, AuditDialog(office))
    shot(dialog, "s111_change_log_150")
    table, model = dialog.table, dialog.model
    metrics = table.fontMetrics()
    lines = table.rowHeight(0) // metrics.lineSpacing()
    assert lines >= 2, table.rowHeight(0)
    names = {model.data(model.index(r, INDICATOR_COLUMN)) for r in range(model.rowCount())} - {"", None}
    assert len(names) >= 10
    width = table.columnWidth(INDICATOR_COLUMN) - 8
    parts = {}
    for name in names:
        parts.setdefault(shown_part(name, table.font(), width, lines), []).append(name)
    assert {part: same for part, same in parts.items() if len(same) > 1} == {}, table.columnWidth(INDICATOR_COLUMN)
    assert dialog.width() <= 1366 - 20
