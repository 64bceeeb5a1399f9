""""Tình hình gửi báo cáo" in a narrow window: the "Khóa ký" column gives room to the note, and the key's
state stays whole, its code shortened ("6DZX-6675-… · Đã xác nhận"), the whole "CODE · state" in the
cell's tooltip (walk U5 F10: at 1366 px with eight units read, "6DZX-…· Đã xác…", "Chờ…")."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.province import ProvinceOffice
from tests.province.conftest import pick_units
from tests.province.helpers import make_submissions
from ui.province_intake_rows import KEY
from ui.province_labels import key_state_label
from ui.province_window import ProvinceWindow

PERIOD = "2026-6M"


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    root = tmp_path_factory.mktemp("key-state")
    folder = root / "inbox"
    folder.mkdir()
    ws, _subs = make_submissions(folder, pick_units(2, 2)[:3], PERIOD, data_dir=root / "communes")
    ws.close()
    return folder


def shown(table, row: int, col: int) -> str:
    """The text the cell draws, as its delegate cuts it to the column."""
    index = table.model().index(row, col)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.widget = table
    table.itemDelegateForColumn(col).initStyleOption(option, index)
    return option.text


def test_the_key_s_state_is_whole_and_its_code_shortened(qtbot, tmp_path, inbox):
    """A window narrower than 1366 px (three units read: at 1366 they are whole) makes the column give."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(inbox, PERIOD)
    window = ProvinceWindow(office.ws, today=dt.date(2026, 6, 19))
    qtbot.addWidget(window)
    window.resize(1000, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        table, model = window.table, window.model
        keyed = [r for r in range(model.rowCount()) if model.rows[r].key_code]
        assert len(keyed) == 3
        state = key_state_label(model.rows[keyed[0]].key_state)

        def settled() -> bool:
            QApplication.processEvents()
            return all(shown(table, r, KEY).endswith(" · " + state) for r in keyed)

        qtbot.waitUntil(settled, timeout=5000)
        for r in keyed:
            code = model.rows[r].key_code
            text = shown(table, r, KEY)
            assert text.split(" · ")[0] in (code, *(code[:n] + "…" for n in (5, 10, 15)))
            assert model.index(r, KEY).data(Qt.ItemDataRole.ToolTipRole) == f"{code} · {state}"
        # the column gave room to the note: the codes shortened, never to nothing
        assert any("…" in shown(table, r, KEY) for r in keyed)
    finally:
        window.close()
        office.close()
