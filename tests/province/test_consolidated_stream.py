"""The consolidated workbook's streaming writer gives the cells openpyxl's own writer gives."""
from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest
import python_calamine
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from exports.consolidated_xlsx import _SHEET_DATA, _Cells, _row_xml, build_workbook, workbook_bytes
from tests.province.conftest import PERIOD


def _cells(ws):
    return [[(c.value, c.data_type, c.number_format, c.font.name, c.font.b, c.font.i, c.font.sz,
              c.border.left.style, c.border.bottom.style, c.fill.fill_type, c.fill.fgColor.rgb,
              c.alignment.horizontal, c.alignment.vertical, c.alignment.wrap_text, c.quotePrefix)
             for c in row] for row in ws.iter_rows()]


def test_streamed_workbook_equals_the_openpyxl_one_cell_by_cell(received, tmp_path):
    office, _ = received
    con = office.consolidation(PERIOD)
    old = tmp_path / "old.xlsx"
    build_workbook(con).save(old)
    new = tmp_path / "new.xlsx"
    new.write_bytes(workbook_bytes(con))
    a, b = load_workbook(old), load_workbook(new)
    assert a.sheetnames == b.sheetnames
    for name in a.sheetnames:
        assert _cells(a[name]) == _cells(b[name]), name
        assert {str(r) for r in a[name].merged_cells.ranges} == {str(r) for r in b[name].merged_cells.ranges}
        assert a[name].print_title_rows == b[name].print_title_rows
        assert a[name].auto_filter.ref == b[name].auto_filter.ref
        assert [(k, d.width) for k, d in a[name].column_dimensions.items()] == \
            [(k, d.width) for k, d in b[name].column_dimensions.items()]
        assert b[name].freeze_panes  # openpyxl's write-only mode dropped them; kept now
    assert b.properties.title == a.properties.title
    ca, cb = (python_calamine.CalamineWorkbook.from_path(str(p)) for p in (old, new))
    for name in ca.sheet_names:
        assert ca.get_sheet_by_name(name).to_python() == cb.get_sheet_by_name(name).to_python(), name
    with zipfile.ZipFile(new) as z:
        assert z.testzip() is None


def test_row_xml_types_and_escaping():
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    c = _Cells(ws, stream=True)
    row = [c.cell(1), c.cell(Decimal("1.50")), c.cell(2.5), c.cell(True), c.cell(None), c.cell(""),
           c.cell(" a<b>&c "), c.cell("=1+1"), c.cell("x\ny")]
    xml = _row_xml(7, row, c.style_id, 30)
    assert xml.startswith('<row r="7" ht="30" customHeight="1">')
    assert "<v>1.5</v>" in xml and "<v>2.5</v>" in xml and 't="b"><v>1</v>' in xml
    assert '<t xml:space="preserve"> a&lt;b&gt;&amp;c </t>' in xml
    assert 't="inlineStr"><is><t>=1+1</t>' in xml
    odd = _row_xml(3, [c.cell(Decimal("NaN")), c.cell(Decimal("sNaN")), c.cell(Decimal("-Infinity")),
                       c.cell(Decimal("1.50")), c.cell(Decimal("1.5"))], c.style_id, None, numbers={})
    assert odd.count("<v></v>") == 3 and odd.count("<v>1.5</v>") == 2  # as openpyxl: no figure, no crash
    with pytest.raises(IllegalCharacterError):
        _row_xml(1, [c.cell("bad\x01")], c.style_id, None)
    with pytest.raises(TypeError):
        _row_xml(1, [c.cell(object())], c.style_id, None)


def test_streamed_rows_read_back_with_openpyxl_and_calamine(tmp_path):
    """Values that need care (padding, markup characters, a formula-looking text) survive."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    c = _Cells(ws, stream=True)
    values = [1, Decimal("1234567.25"), " a<b>&c ", "=1+1", "x\ny", None, "Có"]
    c.append([c.cell(v) for v in values])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    name = "xl/worksheets/sheet1.xml"
    rows = "".join(c.xml).encode()
    parts[name], n = _SHEET_DATA.subn(b"<sheetData>" + rows + b"</sheetData>", parts[name])
    assert n == 1
    path = tmp_path / "t.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    got = [cell.value for cell in next(load_workbook(path)["t"].iter_rows())]
    assert got == [1, 1234567.25, " a<b>&c ", "=1+1", "x\ny", None, "Có"]
    cal = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("t").to_python()[0]
    assert cal[:5] == [1, 1234567.25, " a<b>&c ", "=1+1", "x\ny"] and cal[6] == "Có"
