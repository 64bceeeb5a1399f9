"""`chitieu verify` judges how a print header or footer prints its text, not only what it says.
Its codes were dropped unjudged: a footer's "Trang &P/&N", or a draft's "DỰ THẢO", in white
(`&KFFFFFF`) or 1 pt (`&1`) printed nothing in LibreOffice 7.4, in superscript (`&X`) at about
58 %, in 60 pt cut at the page's edge, struck through (`&S`), underlined (`&U`: "DỰ"'s dot below
merged into the line), in Wingdings (symbols on Windows), and the file still verified as intact.
The writer writes only Times New Roman, bold or italic, 10 to 13 pt, black or the draft's red
C00000; LibreOffice's re-saves (`&Kc00000`, `,Regular`) and every earlier version stay intact."""
from __future__ import annotations

import pytest

from desktop_app.core.intake import FileClass
from exports.report_look import _hf_codes, _hf_shown
from exports.submission_reader import examine, verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V1, SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT, _not_intact
from tests.exports.test_resaved_by_libreoffice import RESAVED_APPROVED, RESAVED_DRAFT
from tests.exports.test_sheets_show_what_was_signed import _forged

FOOTER = '&amp;C&amp;"Times New Roman"Trang &amp;P/&amp;N</oddFooter>'  # SAMPLE_V2's "Báo cáo"
DRAFT_MARK = "&amp;R&amp;&quot;Times New Roman,Bold&quot;&amp;10 &amp;Kc00000DỰ THẢO</oddHeader>"  # RESAVED_DRAFT's
SAID = 'trang "Báo cáo": chân trang khi in "Trang &P/&N" (ở giữa) '


def _footer(tmp_path, code: str):
    """SAMPLE_V2 with "Báo cáo"'s footer written `code` (as its XML writes it)."""
    path = _forged(tmp_path, (REPORT, FOOTER, code + "</oddFooter>"))
    assert examine(path)[0].class_ == FileClass.HOP_LE  # intake: the data are the signed ones
    return path


@pytest.mark.parametrize(("code", "said"), [
    ('&amp;C&amp;X&amp;"Times New Roman"Trang &amp;P/&amp;N', "chữ chỉ số trên (&X): in nhỏ còn khoảng 58% cỡ chữ"),
    ('&amp;C&amp;"Times New Roman"&amp;YTrang &amp;P/&amp;N', "chữ chỉ số dưới (&Y): in nhỏ còn khoảng 58% cỡ chữ"),
    ("&amp;C&amp;1 Trang &amp;P/&amp;N", "cỡ 1 (&1): nhỏ hơn cỡ phần mềm dùng (10 đến 13), không đọc được"),
    ("&amp;C&amp;9Trang &amp;P/&amp;N", "cỡ 9 (&9): nhỏ hơn cỡ phần mềm dùng (10 đến 13)"),
    ("&amp;C&amp;60 Trang &amp;P/&amp;N", "cỡ 60 (&60): lớn hơn cỡ phần mềm dùng (10 đến 13): chữ bị cắt khi in"),
    ("&amp;C&amp;KFFFFFFTrang &amp;P/&amp;N", "màu FFFFFF (&KFFFFFF): gần màu giấy trắng, không đọc được"),
    ("&amp;C&amp;Kf2f2f2Trang &amp;P/&amp;N", "màu F2F2F2 (&Kf2f2f2): gần màu giấy trắng"),
    ("&amp;C&amp;K00+000Trang &amp;P/&amp;N", "màu theo giao diện của tệp (&K00+000): màu không rõ"),
    ("&amp;C&amp;STrang &amp;P/&amp;N", "chữ bị gạch ngang (&S)"),
    ("&amp;C&amp;UTrang &amp;P/&amp;N", 'chữ gạch chân (&U): nét gạch lẫn dấu nặng, "DỰ" in gần như "DƯ"'),
    ("&amp;C&amp;ETrang &amp;P/&amp;N", "chữ gạch chân kép (&E)"),
    ('&amp;C&amp;"Wingdings,Regular"Trang &amp;P/&amp;N', 'bằng phông "Wingdings": phông phần mềm không dùng'),
], ids=["superscript", "subscript", "1pt", "9pt", "60pt", "white", "near-white", "theme-colour", "struck",
        "underlined", "double-underlined", "wingdings"])
def test_a_footer_printed_unreadable_is_not_intact(tmp_path, code, said):
    _not_intact(_footer(tmp_path, code), SAID + said)


@pytest.mark.parametrize(("code", "said"), [
    ("&amp;C&amp;F Trang &amp;P/&amp;N", "chân trang khi in ghi tên tệp (&F) (ở giữa): phần mềm không ghi"),
    ("&amp;C&amp;A Trang &amp;P/&amp;N", "chân trang khi in ghi tên trang tính (&A) (ở giữa): phần mềm không ghi"),
    ("&amp;LTrang &amp;P/&amp;N&amp;R&amp;Z", "chân trang khi in ghi đường dẫn thư mục của tệp (&Z) (bên phải)"),
    ("&amp;C&amp;G Trang &amp;P/&amp;N", "chân trang khi in có hình ảnh (&G) (ở giữa): phần mềm không in hình"),
], ids=["file-name", "sheet-name", "path", "picture"])
def test_a_footer_printing_a_field_or_picture_is_named(tmp_path, code, said):
    _not_intact(_footer(tmp_path, code), 'trang "Báo cáo": ' + said)


@pytest.mark.parametrize(("codes", "said"), [
    ("&amp;10 &amp;KFFFFFF", "màu FFFFFF (&KFFFFFF): gần màu giấy trắng"),
    ("&amp;1 &amp;Kc00000", "cỡ 1 (&1): nhỏ hơn cỡ phần mềm dùng"),
    ("&amp;10 &amp;X&amp;Kc00000", "chữ chỉ số trên (&X)"),
    ("&amp;10 &amp;S&amp;Kc00000", "chữ bị gạch ngang (&S)"),
], ids=["white", "1pt", "superscript", "struck"])
def test_a_draft_s_mark_printed_unreadable_is_not_intact(tmp_path, codes, said):
    """LibreOffice's re-save of a draft: its "DỰ THẢO" at the top right of "Báo cáo"'s pages."""
    mark = "&amp;R&amp;&quot;Times New Roman,Bold&quot;" + codes + "DỰ THẢO</oddHeader>"
    path = _forged(tmp_path, (REPORT, DRAFT_MARK, mark), src=RESAVED_DRAFT)
    _not_intact(path, 'trang "Báo cáo": đầu trang khi in "DỰ THẢO" (bên phải) ' + said)


@pytest.mark.parametrize("code", [
    '&amp;C&amp;"Times New Roman,Regular"&amp;B&amp;ITrang &amp;P/&amp;N',  # bold, italic
    '&amp;C&amp;"-,Bold"&amp;12&amp;K000000Trang &amp;P/&amp;N',  # Excel's "the same font", black
    '&amp;C&amp;"Liberation Serif"&amp;13 &amp;KC00000Trang &amp;P/&amp;N',
], ids=["bold-italic", "excel-same-font-black", "liberation-serif-red"])
def test_a_footer_in_the_writer_s_fonts_sizes_and_colours_is_intact(tmp_path, code):
    path = _footer(tmp_path, code)
    assert verify_file(path).ok, verify_file(path).message


def test_every_code_the_writer_and_libreoffice_write_prints_readably():
    for code in ('&C&"Times New Roman"&13 &P&R&"Times New Roman,Bold"&10 &KC00000DỰ THẢO',  # the writer's draft
                 '&C&13 &P&R&"Times New Roman,Bold"&10 &Kc00000DỰ THẢO',  # LibreOffice's re-save
                 '&L&"Times New Roman,Italic"&10Văn bản dài nhiều đoạn chỉ in phần đầu',  # "Dữ liệu"'s cut footer
                 '&C&"Times New Roman,Regular"Trang &P/&N', '&RDỰ THẢO', ""):
        assert _hf_shown(_hf_codes(code)) == "", code


@pytest.mark.parametrize("path", [SAMPLE_V1, SAMPLE_V2, RESAVED_APPROVED, RESAVED_DRAFT],
                         ids=["format1", "format2", "resaved-approved", "resaved-draft"])
def test_the_files_unchanged_are_intact(path):
    assert verify_file(path).ok, verify_file(path).message
