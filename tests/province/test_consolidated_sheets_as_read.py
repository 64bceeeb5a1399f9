"""The consolidated workbook as its reader meets it (paper walk of the year's 92 units): "Khác biệt"'s
"Không có: …" wrapped over three lines in a row of one, printed over the header and below the
border (Excel showed "Không có: mọi tệp ghi đúng kết"); a unit that did not report showed its
targets bare ("3.20" under the reporting units' "≥ 3.20"), which read as exact targets; on "Tình
hình gửi báo cáo" and "Kết quả nhận tệp" the fingerprint, Mã ĐVHC and Kỳ sat at the foot of their
rows beside centred neighbours, and a four-line reason touched its row's borders.

The module's workbook: a ward and a commune reported, the 90 other units did not
(`test_counts_add_up.con`)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from exports.consolidated_xlsx import (
    MAIN_SUB,
    SHEET_COMPLETENESS,
    SHEET_DIFFERENCES,
    SHEET_MAIN,
    UNIT_COLUMNS,
    write_consolidated,
)
from exports.intake_results_sheet import SHEET_INTAKE
from exports.sheet_layout import DEFAULT_ROW, column_px, text_lines
from tests.province.test_counts_add_up import con  # noqa: F401 - fixture: 2 units reported, 90 not

LO_LINE = 12.7  # pt LibreOffice prints a wrapped line of the sheets' 11 pt text in


@pytest.fixture(scope="module")
def book(con, tmp_path_factory):  # noqa: F811
    return load_workbook(write_consolidated(con, tmp_path_factory.mktemp("xlsx") / "tong-hop.xlsx"))


def _room_px(ws, cell) -> int:
    """The pixels a cell's text has across: its column's, or its merged range's."""
    cols = next(((m.min_col, m.max_col) for m in ws.merged_cells.ranges if cell.coordinate in m),
                (cell.column, cell.column))
    return sum(column_px(ws.column_dimensions[get_column_letter(c)].width) for c in range(cols[0], cols[1] + 1))


def test_no_differences_is_said_on_one_line_where_it_was(con, book):  # noqa: F811
    assert not con.differences
    ws = book[SHEET_DIFFERENCES]
    assert [c.value for c in ws[5]] == ["Mã ĐVHC", "Tên xã, phường", "Khác biệt"]
    assert ws.max_row == 6
    cell = ws["B6"]  # in "Tên xã, phường", as before: a reader by place finds it there
    # what is compared (from 2026.12: "chữ in khớp" read as the printed "Báo cáo" checked, which it is not)
    assert cell.value == ('Không có: mọi tệp ghi đúng kết quả tỉnh tính lại, chữ ghi ở trang "Dữ liệu" khớp số liệu '
                          'tệp ghi (trang "Báo cáo" không được đối chiếu).')
    lines = text_lines(cell.value, _room_px(ws, cell), False)
    assert lines == 1
    assert (ws.row_dimensions[6].height or DEFAULT_ROW) >= lines * LO_LINE


def test_a_unit_that_did_not_report_shows_its_targets_with_their_operator(con, book):  # noqa: F811
    ws = book[SHEET_MAIN]
    span = len(MAIN_SUB)
    rows = {ws.cell(r, 3).value: r for r in range(1, ws.max_row + 1)}
    checked = set()
    for u in con.units:
        if u.submission is not None:
            continue
        for k, ind in enumerate(con.assigned):
            t = u.commune.targets.get(ind.code)
            if not ind.applies(u.commune) or t is None or t.op == "=":
                continue
            cell = ws.cell(rows[u.commune.code], len(UNIT_COLUMNS) + span * k + 1)
            assert cell.data_type == "n" and cell.number_format.startswith(f'"{t.op} "'), (u.commune.code, ind.code)
            checked.add(t.op)
    assert checked >= {"≥"}
    # the same look as a reporting unit's target: the number, its operator shown by the format
    ward = next(u for u in con.units if u.submission is not None)
    k = next(k for k, ind in enumerate(con.assigned)
             if getattr(con.item(ward.commune.code, ind.code), "target_op", None) == "≥")
    sent = ws.cell(rows[ward.commune.code], len(UNIT_COLUMNS) + span * k + 1)
    others = [ws.cell(rows[u.commune.code], sent.column) for u in con.units if u.submission is None
              and u.commune.targets.get(con.assigned[k].code) == ward.commune.targets.get(con.assigned[k].code)]
    assert others and {c.number_format for c in others} == {sent.number_format}
    assert {c.value for c in others} == {sent.value}


@pytest.mark.parametrize("name", [SHEET_COMPLETENESS, SHEET_INTAKE])
def test_every_cell_of_the_long_sheets_is_centred_down_its_row_and_the_row_has_room(book, name):
    """Each filled cell under the header centred down its row; a row of several wrapped lines
    keeps at least 3 pt clear above and below its text as LibreOffice prints it."""
    ws = book[name]
    header = 5
    rows = 0
    for r in range(header + 1, ws.max_row + 1):
        lines = 1
        for cell in ws[r]:
            if cell.value is None:
                continue
            assert cell.alignment.vertical == "center", (name, cell.coordinate, cell.value)
            if cell.alignment.wrap_text and isinstance(cell.value, str):
                lines = max(lines, text_lines(cell.value, _room_px(ws, cell), cell.font.b))
        if lines > 1:
            rows += 1
            assert ws.row_dimensions[r].height >= lines * LO_LINE + 2 * 3, (name, r, lines)
    assert rows >= 2
