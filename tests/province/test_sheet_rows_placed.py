"""A row that does not state its place (`r`): LibreOffice places it by counting, with its height,
so `<row ht="1">` in place of row 21 hid a whole row of the table in print while the checks of the
rows' heights, keyed on r, passed it. The program, Excel and LibreOffice write every row's r: such
a file is refused as Tệp hỏng, naming the part."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import DamagedFile
from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from exports.xlsx_container import check_container
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.helpers import with_part

REPORT = "xl/worksheets/sheet1.xml"  # "Báo cáo"
ROW_21 = b'<row r="21" ht="34" customHeight="1">'
UNPLACED = "có dòng không ghi vị trí"


def _row_21(new: bytes):
    def change(xml: bytes) -> bytes:
        assert ROW_21 in xml
        return xml.replace(ROW_21, new, 1)
    return change


def test_the_review_s_hidden_row_is_refused_by_verify_and_the_intake(tmp_path):
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, REPORT, _row_21(b'<row ht="1" customHeight="1">')))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert UNPLACED in result.reason and REPORT in result.reason
    assert not verify_file(path).ok


@pytest.mark.parametrize("new", [
    b"<row>", b'<row r="">', b'<row r=" 21" ht="1" customHeight="1">', b'<row R="21">',
    b'<row x:r="21">',  # a prefixed r is another attribute (x declared on the root)
], ids=["bare", "empty", "spaced", "upper-case", "prefixed-r"])
def test_every_row_without_its_place_is_refused(new):
    def change(xml: bytes) -> bytes:
        return _row_21(new)(xml).replace(b"<worksheet ", b'<worksheet xmlns:x="urn:x" ', 1)
    with pytest.raises(DamagedFile, match=UNPLACED):
        check_container(with_part(SAMPLE_V2, REPORT, change), "xa.xlsx")


def test_a_row_stating_its_place_otherwise_than_first_is_read():
    for new in (b'<row ht="34" customHeight="1" r="21">', b"<row r='21' ht='34'>", b'<row  r = "21" >'):
        check_container(with_part(SAMPLE_V2, REPORT, _row_21(new)), "xa.xlsx")
