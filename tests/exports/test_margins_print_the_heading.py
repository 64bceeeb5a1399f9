"""`chitieu verify` says a file is intact only when its page margins print every page's heading
and a draft's "DỰ THẢO" (red-team 11, finding 2): `<pageMargins top="-2">` on "Báo cáo" made
LibreOffice 7.4 print the report from its column numbers, without the issuer, the title and the
boxed "DỰ THẢO" in H6; `header="-1"` printed 10 blank pages; `header="9"` (below the paper's
edge) printed "Báo cáo" blank and the other sheets without their "DỰ THẢO"; a header distance
just under the top margin (0,78 of 0,79 inch) cut "Dữ liệu"'s "DỰ THẢO" off. Margins are inches,
each 0 or more, the header's (footer's) distance at least 0,2 inch (5 mm, a 13 pt line) under
the top (bottom) margin, and the margins of each direction together at most half the paper. The
writer's (20 mm top and bottom, header and footer 8 mm), Excel's presets and LibreOffice's
re-save of a file pass."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from exports.submission_reader import verify_file
from tests.exports.test_report_shows_the_data import REPORT, _not_intact
from tests.exports.test_sheets_prompt_and_print_as_signed import _fresh
from tests.exports.test_sheets_show_what_was_signed import DATA, INFO, _file
from tests.province.helpers import with_part

SHEETS = (REPORT, DATA, INFO)
OFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    """A draft this version writes (its "Báo cáo" marked DỰ THẢO in H6 and its print headers)."""
    return _fresh(tmp_path_factory.mktemp("draft"))


def _margins(tmp_path, src, parts, **said):
    """`src` with the pageMargins attributes `said` (name: text) set on the sheets `parts`."""
    path = src
    for part in parts:
        def change(xml: bytes) -> bytes:
            for name, value in said.items():
                xml, n = re.subn(rb'(<pageMargins\b[^>]*\s' + name.encode() + rb')="[^"]*"',
                                 rb'\1="' + value.encode() + b'"', xml)
                assert n == 1, (part, name)
            return xml
        path = _file(tmp_path, with_part(path, part, change))
    return path


@pytest.mark.parametrize("parts, said, words", [
    ((REPORT,), {"top": "-2"},
     ['trang "Báo cáo": lề trên (pageMargins top="-2") âm, in ra ngoài mép giấy', "từ 0 inch trở lên"]),
    (SHEETS, {"header": "-1"},
     [f'trang "{s}": lề đầu trang (pageMargins header="-1") âm' for s in ("Báo cáo", "Dữ liệu", "Thông tin")]),
    ((REPORT, DATA), {"header": "9"},
     [f'trang "{s}": lề đầu trang (pageMargins header="9") phải nhỏ hơn lề trên (top="0.7874015748") ít nhất '
      "0,2 inch (5 mm): dòng in ở đầu trang (số trang, DỰ THẢO) bị cắt hoặc không in" for s in ("Báo cáo", "Dữ liệu")]),
    ((DATA,), {"header": "0.78"}, ['trang "Dữ liệu": lề đầu trang (pageMargins header="0.78") phải nhỏ hơn']),
    ((DATA,), {"footer": "0.7874015748031497"},
     ['trang "Dữ liệu": lề chân trang (pageMargins footer="0.7874015748") phải nhỏ hơn lề dưới '
      '(bottom="0.7874015748") ít nhất 0,2 inch (5 mm): dòng in ở chân trang bị cắt hoặc không in']),
    ((INFO,), {"left": "6"},
     ['trang "Thông tin": lề trái và phải (pageMargins left="6", right="0.5905511811") cộng lại 6,59 inch, quá nửa '
      "bề ngang giấy (11,69 inch)"]),
    ((REPORT,), {"top": "4", "bottom": "1"},
     ['trang "Báo cáo": lề trên và dưới (pageMargins top="4", bottom="1") cộng lại 5 inch, quá nửa bề dọc giấy']),
    ((REPORT,), {"left": "1e"}, ['trang "Báo cáo": lề trái (pageMargins left="1e") không đọc được']),
], ids=["top-negative", "header-negative", "header-off-the-paper", "header-just-under-top", "footer-at-bottom",
        "thong-tin-left-wide", "bao-cao-top-and-bottom-wide", "left-unreadable"])
def test_margins_hiding_the_heading_or_the_draft_mark_are_not_intact(draft, tmp_path, parts, said, words):
    assert verify_file(draft).ok
    _not_intact(_margins(tmp_path, draft, parts, **said), *words)


@pytest.mark.parametrize("said", [
    {"left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"},
    {"left": "1", "right": "1", "top": "1", "bottom": "1", "header": "0.5", "footer": "0.5"},
    {"left": "0.25", "right": "0.25", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"},
    {"left": "0", "right": "0", "top": "0.2", "bottom": "0.2", "header": "0", "footer": "0"},
], ids=["excel-normal", "excel-wide", "excel-narrow", "no-margin-but-the-header-line"])
def test_margins_excel_sets_are_intact(draft, tmp_path, said):
    verdict = verify_file(_margins(tmp_path, draft, SHEETS, **said))
    assert verdict.ok, verdict.message


@pytest.mark.skipif(not OFFICE, reason="LibreOffice saves the file again")
def test_a_draft_libreoffice_saved_again_is_intact(draft, tmp_path):
    """LibreOffice 7.4 writes its own margins (top 0,61-0,79, header 0,32-0,51 inch): intact."""
    subprocess.run([OFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(tmp_path / "out"), str(draft)], check=True, capture_output=True, timeout=180)
    resaved = tmp_path / "out" / draft.name
    with zipfile.ZipFile(resaved) as book:
        assert all(re.search(rb"<pageMargins [^>]*header=", book.read(part)) for part in SHEETS)
    verdict = verify_file(resaved)
    assert verdict.ok and "DỰ THẢO" in verdict.message, verdict.message
