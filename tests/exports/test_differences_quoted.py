"""`verify` quotes a changed cell where it differs: a long heading changed only at its end (the unit's
name in "(Kèm theo Báo cáo số … của Ủy ban nhân dân xã Tân Cương)") was quoted as its first 60
characters on both sides, two equal texts under "KHÔNG nguyên vẹn" (walk U12 F4)."""
from __future__ import annotations

from openpyxl import load_workbook

from exports.submission_format import SHEET_REPORT
from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2


def test_a_long_cell_changed_at_its_end_is_quoted_where_it_differs(tmp_path):
    wb = load_workbook(SAMPLE_V2)
    ws = wb[SHEET_REPORT]
    written = ws["A5"].value
    assert len(written) > 60 and written.endswith("xã Tân Cương)")
    ws["A5"].value = written.replace("xã Tân Cương)", "xã Tân Thành)")
    wb.save(tmp_path / "doi-ten.xlsx")
    message = verify_file(tmp_path / "doi-ten.xlsx").message
    assert "KHÔNG nguyên vẹn" in message
    line = next(m for m in message.splitlines() if "ô A5" in m)
    assert "xã Tân Thành)" in line and "xã Tân Cương)" in line, line
    assert line.count("…") == 2  # each quote says it leaves out the beginning they share


def test_a_short_cell_is_quoted_whole(tmp_path):
    wb = load_workbook(SAMPLE_V2)
    wb[SHEET_REPORT]["A2"].value = "XÃ THÀNH CÔNG"
    wb.save(tmp_path / "doi-ten.xlsx")
    line = next(m for m in verify_file(tmp_path / "doi-ten.xlsx").message.splitlines() if "ô A2" in m)
    assert 'ghi "XÃ THÀNH CÔNG", số liệu là "XÃ TÂN CƯƠNG"' in line
