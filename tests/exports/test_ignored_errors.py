"""The submission workbook's text numbers ("1.234,5", "95.36", "05503") carry no green "Number
Stored as Text" triangle in Excel: each sheet says `<ignoredErrors>` over its range, where the
schema puts it. Checked in the package's XML (LibreOffice draws no triangles, so a rendering proves
nothing), and read back by every reader: the app's own (container check included), openpyxl (as
the first versions read) and python-calamine."""
from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from exports.ignored_errors import without_triangles
from exports.submission_format import SHEET_DATA, SHEET_INFO, SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from exports.xlsx_container import check_container

# CT_Worksheet's elements from the page setup on, in the order the schema (ECMA-376) requires.
TAIL = ("printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
        "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
        "tableParts", "extLst")


@pytest.fixture(scope="module")
def commune_xlsx(commune_sub, tmp_path_factory):
    return write_submission(commune_sub, tmp_path_factory.mktemp("xlsx") / f"{commune_sub.file_stem}.xlsx")


def _sheets(xlsx) -> dict[str, bytes]:
    with zipfile.ZipFile(xlsx) as z:
        return {n: z.read(n) for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)}


def test_every_sheet_says_its_text_numbers_are_text(commune_xlsx):
    sheets = _sheets(commune_xlsx)
    assert len(sheets) == 3
    for name, xml in sheets.items():
        dimension = re.search(rb'<dimension ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"/>', xml).group(1)
        assert xml.count(b"<ignoredErrors>") == 1, name
        assert (b'<ignoredErrors><ignoredError sqref="' + dimension + b'" numberStoredAsText="1"/></ignoredErrors>'
                in xml), name
        tail = [t.decode() for t in re.findall(rb"<(\w+)[\s/>]", xml) if t.decode() in TAIL]
        assert tail == sorted(tail, key=TAIL.index), (name, tail)  # schema order
        assert tail.index("ignoredErrors") > tail.index("headerFooter")


def test_the_file_reads_as_before_with_every_reader(commune_xlsx, commune_sub):
    data = commune_xlsx.read_bytes()
    check_container(data, commune_xlsx.name)  # refuses nothing
    result = verify_file(commune_xlsx)
    assert result.ok, result.message
    for read_only in (True, False):  # the first versions' reader; LibreOffice reads as openpyxl does
        book = openpyxl.load_workbook(commune_xlsx, read_only=read_only, data_only=True)
        assert book.sheetnames == [SHEET_REPORT, SHEET_DATA, SHEET_INFO]
    info = CalamineWorkbook.from_path(str(commune_xlsx)).get_sheet_by_name(SHEET_INFO).to_python()
    assert [r[2] for r in info if r[0] == "fingerprint"] == [commune_sub.fingerprint]


def test_the_element_goes_before_a_drawing_and_never_twice():
    part = (b'<worksheet><dimension ref="A1:C3"/><sheetData/><headerFooter/>'
            b'<drawing r:id="rId1"/><tableParts count="0"/></worksheet>')
    done = without_triangles(part)
    assert done == part.replace(b"<drawing", b'<ignoredErrors><ignoredError sqref="A1:C3" '
                                              b'numberStoredAsText="1"/></ignoredErrors><drawing')
    assert without_triangles(done) == done
    assert without_triangles(b"<worksheet><sheetData/></worksheet>") == b"<worksheet><sheetData/></worksheet>"
