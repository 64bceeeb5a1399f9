"""An additional indicator the province assigned by a catalogue update is named with the assigned ones over its
columns of "Tổng hợp", as the window heads it and the report's annex lists it (walk U18 F3 / S100): not "Chỉ tiêu bổ
sung", the name of the indicators the province does not assign, which have their own sheet."""
from __future__ import annotations

import openpyxl

from desktop_app import catalog_update as cu
from exports.consolidated_xlsx import SHEET_MAIN


def test_the_assigned_additional_indicator_is_named_as_assigned(office, tmp_path):
    cu.edit(office.ws, cu.assign, "tang_gia_tri_san_pham")
    cu.edit(office.ws, cu.set_target, "tang_gia_tri_san_pham", ">=", "8", unit="all")
    cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    path = office.export_xlsx("2026-6M", tmp_path / "tong-hop.xlsx")
    ws = openpyxl.load_workbook(path)[SHEET_MAIN]
    bands = [ws.cell(r.min_row, r.min_col).value for r in ws.merged_cells.ranges if r.min_row == r.max_row == 4]
    assert any(b.startswith("Chỉ tiêu tỉnh giao bổ sung") for b in bands), bands
    assert not any(b.startswith("Chỉ tiêu bổ sung") for b in bands), bands
