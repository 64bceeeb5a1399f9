"""`chitieu verify` judges a sheet's margins and scale on a paper a commune's printers take (red-team
12, finding 4): `<pageSetup paperWidth="2000mm" paperHeight="2000mm">` with `top="9"` on "Báo
cáo" was intact, while LibreOffice 7.4 printed the report in a corner of a 5669 x 5669 pt page
(its 12 pt about 1,8 pt fitted to A4) and the "half the paper" margin rule reached 39 inches.
The writer writes A4 (`paperSize="9"`); a sheet on A4 or A3 stated by `paperSize`, or by
`paperWidth`/`paperHeight` within 1 mm of one of them (either way round), is intact; another
paper, none stated (SpreadsheetML's Letter) or one of the two lengths alone is refused, naming
the sheet, the attribute and what is accepted. LibreOffice's re-save keeps `paperSize="9"`
(tests/exports/test_margins_print_the_heading.py saves a draft again)."""
from __future__ import annotations

import re

import pytest

from exports.submission_reader import verify_file
from tests.exports.test_margins_print_the_heading import SHEETS
from tests.exports.test_sheets_prompt_and_print_as_signed import _fresh
from tests.exports.test_report_shows_the_data import REPORT, _not_intact
from tests.exports.test_sheets_show_what_was_signed import DATA, INFO, _file
from tests.province.helpers import with_part

@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    """A draft this version writes (every sheet on A4, paperSize="9")."""
    return _fresh(tmp_path_factory.mktemp("draft"))


ACCEPTED = ('chỉ nhận khổ A4 hoặc A3: paperSize="9" hoặc "8", hay paperWidth, paperHeight 210 × 297 mm hoặc '
            "297 × 420 mm)")


def _paper(tmp_path, src, parts, size: str | None, **lengths):
    """`src` with the pageSetup's paperSize `size` (None: left out) and the attributes `lengths`
    (paperWidth, paperHeight: text) on the sheets `parts`."""
    path = src
    for part in parts:
        def change(xml: bytes, part=part) -> bytes:
            xml, n = re.subn(rb'\spaperSize="9"', b"" if size is None else f' paperSize="{size}"'.encode(), xml)
            assert n == 1, part
            extra = "".join(f' {k}="{v}"' for k, v in lengths.items())
            return xml.replace(b"<pageSetup ", f"<pageSetup{extra} ".encode(), 1)
        path = _file(tmp_path, with_part(path, part, change))
    return path


@pytest.mark.parametrize("parts, size, lengths, words", [
    ((REPORT,), "9", {"paperWidth": "2000mm", "paperHeight": "2000mm"},
     ['trang "Báo cáo": khổ giấy (pageSetup paperWidth="2000mm", paperHeight="2000mm": 2000 × 2000 mm) không phải '
      "khổ giấy máy in ở xã có", ACCEPTED]),
    ((REPORT,), "5", {}, ['trang "Báo cáo": khổ giấy (pageSetup paperSize="5": khổ Legal) không phải', ACCEPTED]),
    ((INFO,), None, {}, ['trang "Thông tin": khổ giấy (pageSetup không ghi paperSize: khổ Letter) không phải']),
    ((DATA,), None, {"paperWidth": "210mm"}, ['trang "Dữ liệu": khổ giấy (pageSetup paperWidth="210mm") không phải']),
    ((REPORT,), "12", {"paperWidth": "210mm", "paperHeight": "297mm"},
     ['trang "Báo cáo": khổ giấy (pageSetup paperSize="12": khổ B4) không phải']),
    ((DATA,), None, {"paperWidth": "297mm", "paperHeight": "200mm"},
     ['trang "Dữ liệu": khổ giấy (pageSetup paperWidth="297mm", paperHeight="200mm": 297 × 200 mm) không phải']),
], ids=["bao-cao-2000-mm-square", "bao-cao-legal", "thong-tin-none-stated", "du-lieu-width-alone",
        "bao-cao-a4-lengths-but-b4-size", "du-lieu-10-mm-short-of-a4"])
def test_a_paper_no_commune_printer_has_is_not_intact(draft, tmp_path, parts, size, lengths, words):
    assert verify_file(draft).ok
    _not_intact(_paper(tmp_path, draft, parts, size, **lengths), *words)


def test_the_repro_paper_with_its_top_margin_is_named_for_its_paper(draft, tmp_path):
    """rt12's file: 2000 mm paper and top="9" (under half that paper, over half of A4)."""
    path = _paper(tmp_path, draft, (REPORT,), "9", paperWidth="2000mm", paperHeight="2000mm")
    path = _file(tmp_path, with_part(path, REPORT, lambda xml: re.sub(rb'(<pageMargins\b[^>]*\stop=)"[^"]*"',
                                                                       rb'\1"9"', xml, count=1)))
    _not_intact(path, 'trang "Báo cáo": khổ giấy (pageSetup paperWidth="2000mm"')


@pytest.mark.parametrize("parts, size, lengths", [
    (SHEETS, None, {"paperWidth": "210mm", "paperHeight": "297mm"}),
    (SHEETS, "9", {"paperWidth": "8.27in", "paperHeight": "11.69in"}),
    (SHEETS, None, {"paperWidth": "29.7cm", "paperHeight": "21cm"}),
    ((REPORT,), "8", {}),
    ((DATA,), None, {"paperWidth": "297mm", "paperHeight": "420mm"}),
], ids=["a4-in-mm", "a4-in-inches-with-its-size", "a4-either-way-round", "bao-cao-on-a3", "du-lieu-a3-in-mm"])
def test_a4_or_a3_however_stated_is_intact(draft, tmp_path, parts, size, lengths):
    verdict = verify_file(_paper(tmp_path, draft, parts, size, **lengths))
    assert verdict.ok, verdict.message
