"""Red-team R24 F4: a broken file named with 240 characters and no space, chosen in "Kết quả nhận
tệp", made the province window 2.233 px wide on a 1366-px screen: the chosen file's details under
the table (its name in the heading, and in the reason) could not break the word and widened the
window, "Sao chép danh sách chưa gửi" and the reason column off the screen, for good. The details
break such a word (or cut it in its middle, the whole name in the tooltip): the window keeps its width."""
from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD, tamper
from tests.province.helpers import ON_TIME, delivered, make_submissions

TODAY = dt.date(2026, 7, 1)


def test_a_file_named_with_a_very_long_word_keeps_the_window_on_the_screen(qtbot, office, tmp_path):
    from desktop_app.resources import default_catalog
    from ui.province_window import ProvinceWindow

    folder = tmp_path / "inbox"
    folder.mkdir()
    ws, _ = make_submissions(folder, [c.code for c in default_catalog().communes][:2], PERIOD,
                             data_dir=tmp_path / "db")
    ws.close()
    hostile = folder / ("n" * 240 + ".xlsx")
    hostile.write_bytes(b"PK\x03\x04 not really a zip " * 20)
    first = sorted(folder.glob("*.xlsx"))[0]
    long_code = "x" * 200 + "ĐƯỢCKÝBẰNGKHÓA" + "y" * 30  # quoted by the reason
    tamper(first, folder / ("x" * 200 + "-sua.xlsx"), column="unit_code", new=long_code + " mã")
    for path in folder.glob("*.xlsx"):
        delivered(path, ON_TIME)
    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=60000):
        w.start_intake(folder, None)
    table, proxy = w.intake_table, w.intake_proxy
    QTest.qWait(80)
    assert w.width() <= 1366, f"the window grew to {w.width()} px"
    for row in range(proxy.rowCount()):
        table.selectRow(row)
        QTest.qWait(80)  # the window's layout asks for its new size after the event loop turns
        QApplication.processEvents()
        name = w.intake_model.rows[proxy.mapToSource(proxy.index(row, 0)).row()].file_name
        assert w.width() <= 1366, f"the window grew to {w.width()} px with {name[:30]}… chosen"
        if name == hostile.name:
            w.grab().save(str(tmp_path / "hostile.png"))  # its whole name still readable: in the heading, or its tooltip when cut
            assert name in w.file_title.text().replace("\u200b", "") + w.file_title.toolTip()
