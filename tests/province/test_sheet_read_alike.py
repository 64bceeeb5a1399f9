"""A sheet every reader reads alike. calamine (what `chitieu verify` and the intake read) knows a
sheet's elements by their names alone; LibreOffice and Excel (what a person sees) by name and
namespace. A cell holding a second <is> in another namespace made LibreOffice show "100 … Đạt"
where the file was signed, and verify read, "98,81 … Không đạt"; a <v> before the <is> made it show
nothing. Such files are refused as Tệp hỏng, saying what is wrong; what the program, Excel and
LibreOffice write is read."""
from __future__ import annotations

import re

import pytest

from desktop_app.core.errors import DamagedFile
from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from exports.xlsx_container import check_container
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.helpers import with_part

REPORT = "xl/worksheets/sheet1.xml"  # "Báo cáo"
DATA = "xl/worksheets/sheet2.xml"  # "Dữ liệu"
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
E21 = '<c r="E21" s="8" t="inlineStr"><is><t>98,81</t></is></c>'
G21 = '<c r="G21" s="8" t="inlineStr"><is><t>Không đạt</t></is></c>'
DECLARED = "có khai báo không gian tên XML (xmlns) bên trong trang"
OTHER_PREFIX = "thuộc không gian tên khác trong dữ liệu của trang"
TWO_VALUES = "ô G21 ghi hai giá trị"


def _cells(*swaps: tuple[str, str], root: bytes = b""):
    """The sheet with cells swapped, and `root` added to its root element's attributes."""
    def change(xml: bytes) -> bytes:
        for old, new in swaps:
            assert old.encode() in xml
            xml = xml.replace(old.encode(), new.encode(), 1)
        return xml.replace(b"<worksheet ", b"<worksheet " + root + b" ", 1)
    return change


def _shown_first(cell: str, shown: str) -> str:
    """The cell holding first an <is> with `shown` (what LibreOffice shows), then the signed one in
    another namespace (what calamine reads, the last)."""
    head, rest = cell.split("<is>", 1)
    return f'{head}<is><t>{shown}</t></is><is xmlns="urn:x">{rest}'


def test_the_review_s_cell_is_refused_by_verify_and_the_intake(tmp_path):
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, REPORT, _cells((E21, _shown_first(E21, "100")),
                                                         (G21, _shown_first(G21, "Đạt")))))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert DECLARED in result.reason and "<is>" in result.reason and REPORT in result.reason
    assert not verify_file(path).ok


@pytest.mark.parametrize("part, change, said", [
    (REPORT, _cells((G21, G21.replace("<is>", "<v>Đạt</v><is>"))), TWO_VALUES),  # LibreOffice shows nothing
    (REPORT, _cells((G21, G21.replace("</is>", "</is><v>Đạt</v>"))), TWO_VALUES),
    (REPORT, _cells((G21, G21.replace("</is>", "</is><is><t>Đạt</t></is>"))), TWO_VALUES),
    (REPORT, _cells((G21, G21.replace("<is>", "<v/><is>"))), TWO_VALUES),
    (REPORT, _cells((G21, G21.replace("<is>", '<is xml:space="preserve"><t>Đạt</t></is><is>'))), TWO_VALUES),
    (REPORT, _cells((G21, G21.replace(' t="inlineStr">', ' t="inlineStr" xmlns="urn:x">'))), DECLARED),
    (DATA, lambda xml: xml.replace(b"<sheetData>", b'<sheetData xmlns:y="urn:y">', 1), DECLARED),
    # a prefix the root binds to another namespace: the second value, or the only one (LibreOffice
    # shows an empty cell, calamine reads "Không đạt")
    (REPORT, _cells((G21, G21.replace("</is>", "</is><y:is><y:t>Đạt</y:t></y:is>")), root=b'xmlns:y="urn:y"'),
     OTHER_PREFIX),
    (REPORT, _cells((G21, G21.replace("<is><t>", "<y:is><y:t>").replace("</t></is>", "</y:t></y:is>")),
                    root=b'xmlns:y="urn:y"'), OTHER_PREFIX),
    (REPORT, lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns="urn:x"', 1),
     "có trang không thuộc không gian tên của bảng tính Excel"),
], ids=["v-then-is", "is-then-v", "two-is", "empty-v-first", "is-with-attribute-first", "declared-on-a-cell",
        "declared-on-the-data", "second-value-prefixed", "only-value-prefixed", "root-elsewhere"])
def test_a_cell_readers_read_otherwise_is_refused(part, change, said):
    with pytest.raises(DamagedFile, match=re.escape(said)) as err:
        check_container(with_part(SAMPLE_V2, part, change), "xa.xlsx")
    assert part in err.value.message and err.value.field == "Tệp"


def _prefixed(xml: bytes) -> bytes:
    """The sheet written with the prefix x for SpreadsheetML, as some tools write it."""
    xml = re.sub(rb"<(/?)(?=[A-Za-z])", rb"<\1x:", xml)
    return xml.replace(b'xmlns="' + MAIN, b'xmlns:x="' + MAIN, 1)


EXTENSION = (b'<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" '
             b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>1</x14:id></ext></extLst>')


def test_what_writers_write_is_read(tmp_path):
    """Namespaces declared on the root (LibreOffice declares six), a sheet written with a prefix,
    Excel's extension declared where Excel declares it, and texts that read like declarations."""
    for part, change in (
            (REPORT, _cells(root=b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                                 b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')),
            (DATA, _prefixed),
            (REPORT, lambda xml: xml.replace(b"</worksheet>", EXTENSION + b"</worksheet>")),
            (REPORT, _cells((G21, G21.replace("Không đạt", 'Không đạt xmlns="urn:x" a:is <is> 8:30 ')))),
    ):
        check_container(with_part(SAMPLE_V2, part, change), "xa.xlsx")
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, DATA, _prefixed))
    assert examine(path)[0].class_ == FileClass.HOP_LE


def test_only_an_extension_s_prefix_is_declared_after_the_data():
    default = EXTENSION.replace(b"xmlns:x14=", b"xmlns=")
    with pytest.raises(DamagedFile, match=re.escape(DECLARED)):
        check_container(with_part(SAMPLE_V2, REPORT, lambda xml: xml.replace(b"</worksheet>", default + b"</worksheet>")),
                        "xa.xlsx")
