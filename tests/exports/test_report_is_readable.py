"""`chitieu verify` says a file is intact only when a person can read what its "Báo cáo" sheet
shows, on screen and on paper: no correction printed in a page header, no signed figure in white
or in 1 pt letters, in a row squeezed to nothing or a column too narrow to show it (trust review 4,
finding 1: LibreOffice printed "ĐÍNH CHÍNH: … 99.999 triệu đồng" over a blank figure, and verify
said "nguyên vẹn"). The data and their signature are untouched in every case. Files this version
writes (draft and approved) and of every earlier version, LibreOffice's re-saves included, stay intact:
test_report_shows_the_data.py and test_resaved_by_libreoffice.py."""
from __future__ import annotations

import re

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import (
    REPORT,
    STYLES,
    _file,
    _not_intact,
    _swap,
)
from tests.province.helpers import with_part

E10 = b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>'  # thu_ngan_sach's result
CORRECTION = "ĐÍNH CHÍNH: Tổng thu ngân sách 6 tháng: 99.999 triệu đồng"


def _changed(tmp_path, part: str, old: bytes, new: bytes):
    return _file(tmp_path, with_part(SAMPLE_V2, part, _swap(old, new)))


def _with_font(tmp_path, font: bytes, head: bytes = b""):
    """SAMPLE_V2 with E10 given a new cell format of font `font` (and `head` before the fonts)."""
    def styles(xml: bytes) -> bytes:
        xml = xml.replace(b'<fonts count="6">', head + b'<fonts count="7">').replace(b"</fonts>", font + b"</fonts>")
        return xml.replace(b'<cellXfs count="14">', b'<cellXfs count="15">').replace(
            b"</cellXfs>", b'<xf numFmtId="0" fontId="6" fillId="0" borderId="1" applyFont="1"/></cellXfs>')
    path = _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))
    return _file(tmp_path, with_part(path, REPORT, _swap(E10, E10.replace(b's="8"', b's="14"'))))


@pytest.mark.parametrize("part", [b"firstHeader", b"oddHeader", b"evenFooter"])
def test_a_correction_printed_in_a_page_header_or_footer_is_not_intact(tmp_path, part):
    text = f"&amp;L&amp;\"Times New Roman\"&amp;11 {CORRECTION}".encode()
    path = _changed(tmp_path, REPORT, b"<" + part + b" />", b"<" + part + b">" + text + b"</" + part + b">")
    assert examine(path)[0].class_ == FileClass.HOP_LE  # intake: the data are the signed ones
    _not_intact(path, 'trang "Báo cáo": ', "khi in ghi", CORRECTION)


def test_a_date_or_file_name_field_in_the_footer_is_not_intact(tmp_path):
    path = _changed(tmp_path, REPORT, b"Trang &amp;P/&amp;N</oddFooter>", b"Trang &amp;P/&amp;N &amp;D</oddFooter>")
    _not_intact(path, "chân trang khi in ghi")


def test_the_header_codes_every_version_wrote_print_only_the_page_number():
    from exports.report_look import hf_text as _hf_text

    assert _hf_text('&C&"Times New Roman"&13&P&R&"Times New Roman,Bold"&10&KC00000DỰ THẢO') == ["", "&P", "DỰ THẢO"]
    assert _hf_text('&C&13 &P&R&"Times New Roman,Bold"&10 &Kc00000DỰ THẢO') == ["", " &P", " DỰ THẢO"]  # LibreOffice
    assert _hf_text('&C&"Times New Roman"Trang &P/&N') == ["", "Trang &P/&N"]
    assert _hf_text("&1299.999") == ["9.999"]  # a size has at most 3 digits: no figure hides in one


@pytest.mark.parametrize("colour", [b'<color rgb="FFFFFFFF"/>', b'<color rgb="FFF2F2F2"/>', b'<color indexed="9"/>',
                                    b'<color theme="0"/>', b'<color rgb="FF000000" tint="0.95"/>'],
                         ids=["white", "near-white", "indexed-white", "theme-white", "black-tinted-white"])
def test_a_figure_in_white_is_not_intact(tmp_path, colour):
    path = _with_font(tmp_path, b'<font><name val="Times New Roman"/><sz val="12"/>' + colour + b"</font>")
    assert examine(path)[0].class_ == FileClass.HOP_LE
    _not_intact(path, 'ô E10 ("45.230"): chữ màu gần màu nền')


def test_black_redefined_as_white_in_the_palette_is_not_intact(tmp_path):
    def white(xml: bytes) -> bytes:
        palette = xml[xml.index(b"<indexedColors>"):xml.index(b"</indexedColors>")]
        return xml.replace(palette, re.sub(rb'rgb="[0-9A-F]{8}"', b'rgb="FFFFFFFF"', palette))
    path = _with_font(tmp_path, b'<font><name val="Times New Roman"/><sz val="12"/><color indexed="8"/></font>')
    path = _file(tmp_path, with_part(path, STYLES, white))
    _not_intact(path, "ô E10", "màu gần màu nền")


def test_a_figure_in_tiny_letters_is_not_intact(tmp_path):
    path = _with_font(tmp_path, b'<font><name val="Times New Roman"/><sz val="1"/></font>')
    _not_intact(path, 'ô E10 ("45.230"): chữ cỡ 1, nhỏ hơn cỡ phần mềm dùng (10)')


def test_a_figure_struck_through_is_not_intact(tmp_path):
    path = _with_font(tmp_path, b'<font><name val="Times New Roman"/><strike/><sz val="12"/></font>')
    _not_intact(path, "ô E10", "gạch ngang")


@pytest.mark.parametrize("run", [b'<rPr><color rgb="FFFFFFFF"/></rPr>', b'<rPr><sz val="2"/></rPr>'],
                         ids=["white", "tiny"])
def test_a_figure_in_a_rich_text_run_of_its_own_look_is_judged_too(tmp_path, run):
    path = _changed(tmp_path, REPORT, E10, E10.replace(b"<is><t>45.230</t></is>",
                                                       b"<is><r>" + run + b"<t>45.230</t></r></is>"))
    _not_intact(path, "ô E10")


def test_a_row_squeezed_to_nothing_is_not_intact(tmp_path):
    path = _changed(tmp_path, REPORT, b'<row r="10" ht="34" customHeight="1">', b'<row r="10" ht="0.3" customHeight="1">')
    assert examine(path)[0].class_ == FileClass.HOP_LE
    _not_intact(path, "dòng 10 cao 0,3 pt", "không đọc được")


def test_rows_hidden_by_default_are_not_intact(tmp_path):
    path = _changed(tmp_path, REPORT, b'<sheetFormatPr baseColWidth="8" defaultRowHeight="15" />',
                    b'<sheetFormatPr baseColWidth="8" defaultRowHeight="0.5" zeroHeight="1" />')
    _not_intact(path, "zeroHeight", "dòng 1 cao 0,5 pt")


def test_a_column_squeezed_to_nothing_is_not_intact(tmp_path):
    path = _changed(tmp_path, REPORT, b'<col width="13" customWidth="1" min="5" max="5" />',
                    b'<col width="0.5" customWidth="1" min="5" max="5" />')
    _not_intact(path, "cột E rộng 0,5")


def _with_alignment(tmp_path, alignment: bytes):
    """SAMPLE_V2 with E10's cell format (8: centred, wrapped) aligned by `alignment` instead."""
    def styles(xml: bytes) -> bytes:
        xfs = xml[xml.index(b"<cellXfs"):xml.index(b"</cellXfs>")]
        eighth = re.findall(rb"<xf [^>]*?(?:/>|>.*?</xf>)", xfs)[8]
        assert b'<alignment horizontal="center" vertical="center" wrapText="1" />' in eighth
        changed = re.sub(rb"<alignment [^>]*/>", alignment, eighth)
        return xml.replace(xfs, xfs.replace(eighth, changed, 1))
    return _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))


@pytest.mark.parametrize("alignment, said", [
    (b'<alignment horizontal="fill" vertical="center"/>', "lặp lại cho kín ô"),
    (b'<alignment horizontal="center" vertical="center" shrinkToFit="1"/>', "tự thu nhỏ cho vừa ô"),
    (b'<alignment horizontal="center" vertical="center" textRotation="180"/>', "bị xoay"),
    (b'<alignment horizontal="left" vertical="center" indent="40"/>', "thụt lề 40 bậc"),
], ids=["fill-repeats-the-figure", "shrink-to-fit", "turned", "indented-out"])
def test_a_figure_aligned_to_print_otherwise_is_not_intact(tmp_path, alignment, said):
    """With horizontal="fill" Excel prints "45.230" as "45.23045.23045.230…" across the cell;
    shrink to fit makes a long text as small as the cell needs."""
    path = _with_alignment(tmp_path, alignment)
    assert examine(path)[0].class_ == FileClass.HOP_LE  # intake: the data are the signed ones
    _not_intact(path, 'ô E10 ("45.230")', said)


def test_alignments_spreadsheet_programs_write_on_saving_are_read(tmp_path):
    """LibreOffice writes every attribute out ("textRotation="0" indent="0" shrinkToFit="false""),
    and a person may indent a little: the report still prints its figures."""
    path = _with_alignment(tmp_path, b'<alignment horizontal="center" vertical="center" textRotation="0" '
                                     b'wrapText="true" indent="1" shrinkToFit="false"/>')
    assert verify_file(path).ok, verify_file(path).message
