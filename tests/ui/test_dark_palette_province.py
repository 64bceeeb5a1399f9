"""The province window's refused files on Windows' dark mode and High Contrast (walk U23 F4, F6): the reason of a
file refused by the key register ("Chữ ký không khớp", #880e4f: 1.7 : 1 on the dark window) or for its content
("Đã bị sửa", #b71c1c: 2.5 : 1), under the table, and the notes beside it, each at 4.5 : 1 at least."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.province.conftest import office  # noqa: F401 (the fixture)
from tests.province.test_keys_window import TODAY, mail  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from tests.ui.test_dark_palette_colours import assert_reads, dark, light  # noqa: F401 (the fixtures)
from ui import i18n


def received(qtbot, office, mail):  # noqa: F811
    """The province's window once it has read the folder of forged and mismatched files."""
    from tests.province.conftest import PERIOD
    from ui.province_window import ProvinceWindow

    window = ProvinceWindow(office.ws, today=TODAY)
    window.period_box.setCurrentIndex(window.period_box.findData(PERIOD))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(mail["folder"])
    return window


def choose(qtbot, window, name: str) -> None:
    table = window.intake_table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == name)
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.file_title.text().startswith(name)


@pytest.mark.parametrize("name", ["may-moi.xlsx", "sua-so.xlsx"])
def test_a_refused_files_reason_reads_on_a_dark_palette(dark, qtbot, office, mail, name):  # noqa: F811
    window = received(qtbot, office, mail)
    assert i18n.current_language() == i18n.VIETNAMESE
    choose(qtbot, window, name)
    assert window.file_reason.text()
    assert_reads(window.file_reason, f"{name}'s reason")
    assert_reads(window.verify_hint, "the line naming chitieu verify")
    assert_reads(window.skipped_label, "the files skipped")
    shot(window, f"s120_province_{dark}_{name[:-5]}")


def test_the_light_palette_keeps_the_reasons_colours(light, qtbot, office, mail):  # noqa: F811
    window = received(qtbot, office, mail)
    choose(qtbot, window, "may-moi.xlsx")
    window.file_reason.ensurePolished()
    assert "color: #880e4f;" in window.file_reason.styleSheet()
    choose(qtbot, window, "sua-so.xlsx")
    assert "color: #b71c1c;" in window.file_reason.styleSheet()
    assert "color: #455a64;" in window.verify_hint.styleSheet()
