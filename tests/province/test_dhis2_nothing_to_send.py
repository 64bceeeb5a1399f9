"""A DHIS2 or ADX file that would hold no unit is not written (walk U10, F4: "Xuất DHIS2 / ADX…" on
9 tháng with no report received wrote two empty files, `"dataValueSets": []` and `<adx/>`, and the
box said the summary was exported). The writers refuse it, saying why and what to do; the window
says it before asking where to save, and its save box names the period it exports."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.errors import InvalidInput
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import Script, press

TODAY = dt.date(2026, 6, 19)


def test_nothing_received_writes_no_file_and_says_what_to_do(office, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput) as refused:
        office.export_dhis2(PERIOD, out / "dv.json")
    assert str(refused.value.message) == (
        "Chưa ghi tệp DHIS2 6 tháng đầu năm 2026: tệp sẽ không có đơn vị nào: chưa nhận báo cáo nào của kỳ này. "
        "Nhận báo cáo của các đơn vị trước, rồi xuất lại.")
    with pytest.raises(InvalidInput, match="Chưa ghi tệp ADX"):
        office.export_adx(PERIOD, out / "dv.xml")
    assert list(out.iterdir()) == []


def test_the_window_says_it_before_the_save_box(qtbot, office, monkeypatch):
    window = shown_window(qtbot, office, PERIOD, TODAY)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    said = []

    def read(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    assert window.start_export("dhis2") is None
    script.check()
    assert asked == []  # nobody chooses a file for nothing
    assert "Chưa ghi tệp DHIS2 và ADX 6 tháng đầu năm 2026: tệp sẽ không có đơn vị nào" in said[0]


def test_the_save_box_names_the_period(qtbot, office, monkeypatch):
    window = shown_window(qtbot, office, PERIOD, TODAY)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a[1]) or ("", "")))
    window.start_export("xlsx")
    assert len(asked) == 1 and asked[0].endswith("6 tháng đầu năm 2026") and "Excel" in asked[0]  # its own title
