"""`chitieu verify` says a file is intact only when its "Báo cáo" sheet shows what the data say,
and nothing else, in a spreadsheet program too: a number format printing another figure over
a signed cell, the real sheet hidden behind a look-alike, a correction written under the table,
a figure stored as a number a computer set to another region shows otherwise, a hidden row.
The data and their signature are untouched in every case: only what a person reads changed."""
from __future__ import annotations

import zipfile

import openpyxl
import pytest

from desktop_app.core.intake import FileClass
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import examine, verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V1, SAMPLE_V2
from tests.province.helpers import with_part

pytestmark = pytest.mark.usefixtures("approved_before_report_date")  # dated 18/12/2026, approved before

REPORT = "xl/worksheets/sheet1.xml"
STYLES = "xl/styles.xml"
BOOK = "xl/workbook.xml"
E10 = b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>'  # thu_ngan_sach's result


def _swap(old: bytes, new: bytes):
    def change(xml: bytes) -> bytes:
        assert old in xml
        return xml.replace(old, new, 1)
    return change


def _file(tmp_path, data: bytes):
    path = tmp_path / "2026_05503_xa-tan-cuong.xlsx"
    path.write_bytes(data)
    return path


def _with_format(tmp_path, code: bytes, cell: bytes = E10, style: bytes = b's="8"'):
    """SAMPLE_V2 with `cell` given a new style of number format `code` (as its XML writes it)."""
    styles = _swap(b"<fonts", b'<numFmts count="1"><numFmt numFmtId="300" formatCode="' + code + b'"/></numFmts><fonts')
    xf = _swap(b"</cellXfs>", b'<xf numFmtId="300" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>')
    first = with_part(SAMPLE_V2, STYLES, lambda xml: xf(styles(xml)).replace(b'<cellXfs count="14">', b'<cellXfs count="15">'))
    path = _file(tmp_path, first)
    return _file(tmp_path, with_part(path, REPORT, _swap(cell, cell.replace(style, b's="14"'))))


def _not_intact(path, *said):
    verdict = verify_file(path)
    assert not verdict.ok and verdict.readable, verdict.message
    assert "KHÔNG nguyên vẹn" in verdict.message
    for words in said:
        assert words in verdict.message, verdict.message
    return verdict


@pytest.mark.parametrize("code", [b'0;0;0;&quot;99.999&quot;', b';;;&quot;99.999&quot;', b'0', b'@;;;'],
                         ids=["sections-and-literal", "writer-like-other-figure", "number", "other-sections"])
def test_a_number_format_that_could_show_another_figure_is_not_intact(tmp_path, code):
    """LibreOffice prints 99.999 where the cell (and the data) hold 45.230."""
    path = _with_format(tmp_path, code)
    assert examine(path)[0].class_ == FileClass.HOP_LE  # intake: the data are the signed ones
    _not_intact(path, 'trang "Báo cáo", ô E10', "định dạng số")


def test_the_writers_own_formats_showing_the_cells_own_text_are_intact(tmp_path):
    """The writer shows a negative result with the minus of print and a long remark's beginning
    through a number format: the same text, as the paper prints it."""
    assert verify_file(_with_format(tmp_path, b';;;&quot;45.230&quot;')).ok


def test_the_report_sheet_hidden_behind_a_look_alike_is_refused_at_intake_and_by_verify(tmp_path):
    def book(xml: bytes) -> bytes:
        xml = xml.replace(b'name="B\xc3\xa1o c\xc3\xa1o" sheetId="1" state="visible"',
                          b'name="B\xc3\xa1o c\xc3\xa1o" sheetId="1" state="veryHidden"')
        return xml.replace(b"<sheets>", b'<sheets><sheet name="B\xc3\xa1o c\xc3\xa1o " sheetId="9" state="visible" '
                                        b'r:id="rId99" />', 1)
    rels = _swap(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet9.xml" /></Relationships>')
    with zipfile.ZipFile(SAMPLE_V2) as z:
        report = z.read(REPORT).replace(b">45.230<", b">99.999<")
    path = _file(tmp_path, with_part(SAMPLE_V2, BOOK, book, {"xl/worksheets/sheet9.xml": report}))
    path = _file(tmp_path, with_part(path, "xl/_rels/workbook.xml.rels", rels))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.DA_BI_SUA
    assert 'trang "Báo cáo "' in result.reason and "gần giống" in result.reason
    _not_intact(path, 'trang "Báo cáo "')


@pytest.mark.parametrize("state", [b"hidden", b"veryHidden"])
def test_a_hidden_sheet_is_not_intact(tmp_path, state):
    path = _file(tmp_path, with_part(SAMPLE_V2, BOOK, _swap(b'sheetId="2" state="visible"', b'sheetId="2" state="' + state + b'"')))
    assert examine(path)[0].class_ == FileClass.DA_BI_SUA
    _not_intact(path, 'trang "Dữ liệu" bị ẩn')


@pytest.mark.parametrize("row, cell", [
    (b'<row r="31">', b'<c r="B31" t="inlineStr">'),   # under the sheet's last line
    (b'<row r="31">', b'<c r="A31" t="inlineStr">'),
    (b'<row r="24">', b'<c r="A24" t="inlineStr">'),   # the empty row right after the table
    (b'<row r="40">', b'<c r="I40" t="inlineStr">'),   # right of the table
    (b'<row r="6">', b'<c r="C6" t="inlineStr">'),     # in the heading
], ids=["below-B", "below-A", "after-table", "right", "heading"])
def test_a_line_added_where_the_writer_writes_nothing_is_not_intact(tmp_path, row, cell):
    ref = cell.split(b'"')[1].decode()
    line = row + cell + "<is><t>ĐÍNH CHÍNH: Tổng thu ngân sách là 99.999 triệu đồng</t></is></c></row>".encode()
    if ref in ("A24", "C6"):
        number = row.split(b'"')[1]
        at = b"<row r=\"" + str(int(number) + 1).encode() + b'"'
        change = _swap(at, line + at)
    else:
        change = _swap(b"</sheetData>", line + b"</sheetData>")
    _not_intact(_file(tmp_path, with_part(SAMPLE_V2, REPORT, change)), f"ô {ref}", "ĐÍNH CHÍNH")


def test_a_summary_line_changed_under_the_table_is_not_intact(tmp_path):
    change = _swap("Người ký: Trần Thị Bình".encode(), "Người ký: Nguyễn Văn Khác".encode())
    _not_intact(_file(tmp_path, with_part(SAMPLE_V2, REPORT, change)), "ô A28", "Nguyễn Văn Khác")


def test_a_figure_stored_as_a_number_is_not_intact(tmp_path):
    """217.373 as a number reads "217.373" to the reader, and 217,373 on a computer set to
    Vietnamese: the writer writes every cell of the table as text."""
    change = _swap(b'<c r="D10" s="8" t="inlineStr"><is><t>217.373</t></is></c>', b'<c r="D10" s="8" t="n"><v>217.373</v></c>')
    _not_intact(_file(tmp_path, with_part(SAMPLE_V2, REPORT, change)), "ô D10", "ghi số")


def test_a_hidden_row_of_the_table_is_not_intact(tmp_path):
    change = _swap(b'<row r="10" ht="34" customHeight="1">', b'<row r="10" ht="34" customHeight="1" hidden="1">')
    _not_intact(_file(tmp_path, with_part(SAMPLE_V2, REPORT, change)), "dòng 10 bị ẩn")


def test_files_of_earlier_versions_and_of_this_one_are_intact(tmp_path):
    """The committed files of formats 1 and 2, and files this version writes with what shows
    through number formats: a draft's rule, a negative result, a long remark printed in full
    under the table (a commune's draft, a ward's approved report)."""
    from desktop_app.services import Workspace, export_period
    from tests.exports.sample_data import REPORT_DATE, fill_commune_2026, fill_ward_2026

    for sample in (SAMPLE_V1, SAMPLE_V2):
        assert verify_file(sample).ok, verify_file(sample).message
    long = ("Số liệu lao động qua đào tạo được tổng hợp từ báo cáo của các thôn, xóm; một bộ phận lao động đi "
            "làm việc tại các khu công nghiệp ngoài tỉnh chưa được cập nhật đầy đủ, nên tỷ lệ thực tế có thể cao "
            'hơn; xã sẽ rà soát lại trong quý I năm sau và báo cáo bổ sung "theo mẫu" khi có số liệu.')
    for n, (name, fill, approve) in enumerate((("tan cuong", fill_commune_2026, False),
                                               ("phan dinh phung", fill_ward_2026, True))):
        ws = Workspace.open(tmp_path / f"db{n}", user="can-bo")
        ws.setup(name, "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill(ws)
        ws.set_entry("2026", "lao_dong_dao_tao", numerator="5.120", denominator="7.300", comment=long)
        ws.set_baseline("giam_ngheo", "2,00")
        ws.set_entry("2026", "giam_ngheo", numerator="80", denominator="2.350")  # rose: −0,40
        if approve:
            ws.complete("2026")
            ws.approve("2026")
        out = tmp_path / f"out{n}"
        export_period(ws, "2026", out, pdf=False, doc_number="12", report_date=REPORT_DATE)
        ws.close()
        path = next(out.glob("*.xlsx"))
        with zipfile.ZipFile(path) as z:
            shown = z.read(STYLES).decode()
        assert "xem ghi chú 1 dưới biểu" in shown  # what this test is about
        # the negative result: over what it is computed from, the paper's minus in the cell (0.2.0)
        cells = [str(c.value) for row in openpyxl.load_workbook(path)[SHEET_REPORT].iter_rows() for c in row]
        assert any(t.startswith("\u22121,4\n2% (cuối 2025) → 3,4% (nay)") for t in cells), [t for t in cells if "cuối" in t]
        verdict = verify_file(path)
        assert verdict.ok, verdict.message


def test_a_number_format_taken_from_the_cell_s_style_is_judged_too(tmp_path):
    """A cell format of General that does not apply its own number format (applyNumberFormat="0")
    is shown by LibreOffice with its cell style's: a style printing 99.999 is caught there too."""
    def styles(xml: bytes) -> bytes:
        xml = xml.replace(b"<fonts", b'<numFmts count="1"><numFmt numFmtId="300" formatCode=";;;&quot;99.999&quot;"/>'
                                     b"</numFmts><fonts", 1)
        xml = xml.replace(b'<cellStyleXfs count="1">', b'<cellStyleXfs count="2">').replace(
            b"</cellStyleXfs>", b'<xf numFmtId="300" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
        return xml.replace(b'<cellXfs count="14">', b'<cellXfs count="15">').replace(
            b"</cellXfs>", b'<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="1" applyNumberFormat="0"/></cellXfs>')
    path = _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))
    path = _file(tmp_path, with_part(path, REPORT, _swap(E10, E10.replace(b's="8"', b's="14"'))))
    assert examine(path)[0].class_ == FileClass.HOP_LE
    _not_intact(path, 'trang "Báo cáo", ô E10', "định dạng số")
