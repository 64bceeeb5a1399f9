"""`chitieu verify` says a file is intact only when what LibreOffice and Excel show and print of its
sheets is what was signed (trust review 6): General's built-in number format 0 redefined to print
"Đạt" in G21's "Không đạt"; a theme's system colour whose stated colour (`lastClr`) is forged; a
cell without a format of its own shown with its row's or column's white font; a merge written
right to left; a "(xem ghi chú 1 dưới biểu)" on a verdict, a figure, or a remark with no such note;
a print area stopping above row 21; and "Thông tin" and "Dữ liệu", read by people too, showing
another key code, figure or verdict. The data and their signature are untouched in every case.
Files this version writes, with long remarks and long texts, stay intact (LibreOffice's re-saves:
test_resaved_by_libreoffice.py)."""
from __future__ import annotations

import html
import re
import zipfile

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_is_readable import _with_font
from tests.exports.test_report_shows_the_data import (
    BOOK,
    REPORT,
    STYLES,
    _file,
    _not_intact,
    _swap,
)
from tests.province.helpers import with_part

DATA = "xl/worksheets/sheet2.xml"
INFO = "xl/worksheets/sheet3.xml"
THEME = "xl/theme/theme1.xml"
G21 = b'<c r="G21" s="8" t="inlineStr">'  # tthc_truc_tuyen's verdict, "Không đạt"
ROW21 = b'<row r="21" ht="34" customHeight="1">'
WHITE = b'<font><name val="Times New Roman"/><sz val="12"/><color rgb="FFFFFFFF"/></font>'
AREA = "'Báo cáo'!$A$1:$H$29".encode()


def _forged(tmp_path, *changes, src=SAMPLE_V2):
    """`src` with each (part, old, new) of `changes` made, in order (texts as UTF-8)."""
    path = src
    for part, old, new in changes:
        old, new = (t.encode() if isinstance(t, str) else t for t in (old, new))
        path = _file(tmp_path, with_part(path, part, _swap(old, new)))
    return path


def _style(font: bytes = b"", code: str = "") -> list[tuple]:
    """Changes to SAMPLE_V2's styles adding cell format 14: E10's (8) with font `font` or
    number format `code` (as its XML writes it)."""
    changes = []
    xf = b'<xf numFmtId="0" fontId="4" fillId="0" borderId="1"'
    if font:
        changes.append((STYLES, b"</fonts>", font + b"</fonts>"))
        changes.append((STYLES, b'<fonts count="6">', b'<fonts count="7">'))
        xf = xf.replace(b'fontId="4"', b'fontId="6" applyFont="1"')
    if code:
        changes.append((STYLES, b'<numFmts count="0" />',
                        b'<numFmts count="1"><numFmt numFmtId="300" formatCode="' + code.encode() + b'"/></numFmts>'))
        xf = xf.replace(b'numFmtId="0"', b'numFmtId="300" applyNumberFormat="1"')
    return changes + [(STYLES, b'<cellXfs count="14">', b'<cellXfs count="15">'),
                      (STYLES, b"</cellXfs>", xf + b"/></cellXfs>")]


def _intact_data_changed_look(path, *said):
    """Intake takes the file (its data are the signed ones); verify says what a reader would see."""
    assert examine(path)[0].class_ == FileClass.HOP_LE
    return _not_intact(path, *said)


# --- General (0) redefined -------------------------------------------------------------------

def test_general_redefined_to_print_a_verdict_is_not_intact(tmp_path):
    """LibreOffice applies the file's <numFmt numFmtId="0"> to every cell of format 0."""
    path = _forged(tmp_path, (STYLES, b'<numFmts count="0" />',
                              '<numFmts count="1"><numFmt numFmtId="0" formatCode=";;;&quot;Đạt&quot;"/></numFmts>'))
    _intact_data_changed_look(path, 'trang "Báo cáo", ô A1: hiện "Đạt" qua định dạng số')


def test_general_redefined_for_one_cell_only_is_named_there(tmp_path):
    """Every cell but G21 moved to a General of the file's own (as LibreOffice saves General), so
    only G21's "Không đạt" shows "Đạt": verify names G21."""
    def styles(xml: bytes) -> bytes:
        xfs = xml[xml.index(b"<cellXfs"):xml.index(b"</cellXfs>")]
        each = re.findall(rb"<xf [^>]*?(?:/>|>.*?</xf>)", xfs)
        general = [x.replace(b'numFmtId="0"', b'numFmtId="164" applyNumberFormat="1"', 1) for x in each]
        xml = xml.replace(xfs, xfs.replace(b'<cellXfs count="14">', b'<cellXfs count="28">') + b"".join(general))
        return xml.replace(b'<numFmts count="0" />', '<numFmts count="2"><numFmt numFmtId="0" formatCode='
                           '";;;&quot;Đạt&quot;"/><numFmt numFmtId="164" formatCode="General"/></numFmts>'.encode())

    def moved(xml: bytes) -> bytes:
        def one(m):
            if m.group(1) == b"G21":
                return m.group(0)
            return b'<c r="' + m.group(1) + b'" s="' + str(14 + int(m.group(3) or 0)).encode() + b'"'
        return re.sub(rb'<c r="([A-Z]+[0-9]+)"( s="([0-9]+)")?', one, xml)

    path = _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))
    for part in (REPORT, DATA, INFO):
        path = _file(tmp_path, with_part(path, part, moved))
    verdict = _intact_data_changed_look(path, 'trang "Báo cáo", ô G21: hiện "Đạt" qua định dạng số, thay cho nội dung '
                                              'ô "Không đạt"')
    assert len(verdict.problems) == 1, verdict.problems


# --- colours, styles and merges LibreOffice reads otherwise ----------------------------------

def test_a_theme_colour_stated_black_but_drawn_white_is_not_intact(tmp_path):
    """The theme's lt1 is the system's window colour (white); its lastClr forged to 000000."""
    path = _with_font(tmp_path, b'<font><name val="Times New Roman"/><sz val="12"/><color theme="0"/></font>')
    path = _forged(tmp_path, (THEME, b'<a:sysClr val="window" lastClr="FFFFFF"/>',
                              b'<a:sysClr val="window" lastClr="000000"/>'), src=path)
    _intact_data_changed_look(path, 'ô E10 ("45.230"): chữ màu gần màu nền')


def test_a_theme_colour_changed_inside_the_theme_is_not_intact(tmp_path):
    """dk2 with a lumOff of 100 %: LibreOffice draws it white."""
    path = _with_font(tmp_path, b'<font><name val="Times New Roman"/><sz val="12"/><color theme="3"/></font>')
    path = _forged(tmp_path, (THEME, b'<a:srgbClr val="1F497D"/>',
                              b'<a:srgbClr val="1F497D"><a:lumOff val="100000"/></a:srgbClr>'), src=path)
    _intact_data_changed_look(path, 'ô E10 ("45.230"): chữ màu không rõ')


@pytest.mark.parametrize("where", ["row", "column"])
def test_a_cell_without_a_format_shown_with_its_row_or_column_in_white_is_not_intact(tmp_path, where):
    if where == "row":
        styled = (REPORT, ROW21, ROW21.replace(b">", b' s="14" customFormat="1">'))
    else:
        col = b'<col width="16" customWidth="1" min="7" max="7" />'
        styled = (REPORT, col, col.replace(b" />", b' style="14" />'))
    path = _forged(tmp_path, *_style(font=WHITE), styled, (REPORT, G21, G21.replace(b' s="8"', b"")))
    _intact_data_changed_look(path, 'trang "Báo cáo", ô G21 ("Không đạt"): chữ màu gần màu nền')


def test_a_cell_without_a_format_shown_with_its_row_s_number_format_is_not_intact(tmp_path):
    path = _forged(tmp_path, *_style(code=";;;&quot;Đạt&quot;"),
                   (REPORT, ROW21, ROW21.replace(b">", b' s="14" customFormat="1">')),
                   (REPORT, G21, G21.replace(b' s="8"', b"")))
    _intact_data_changed_look(path, 'ô G21: hiện "Đạt" qua định dạng số, thay cho nội dung ô "Không đạt"')


def test_a_merge_written_right_to_left_hides_what_it_covers(tmp_path):
    path = _forged(tmp_path, (REPORT, b"</mergeCells>", b'<mergeCell ref="H21:F21" /></mergeCells>'))
    _intact_data_changed_look(path, 'ô G21 nằm dưới ô gộp F21:H21: nội dung "Không đạt" không hiện')


# --- "(xem ghi chú n dưới biểu)" only where the writer writes it -------------------------------

@pytest.mark.parametrize("cell, code, shown", [
    (G21, ";;;&quot;… (xem ghi chú 1 dưới biểu)&quot;", "… (xem ghi chú 1 dưới biểu)"),
    (b'<c r="E10" s="8" t="inlineStr">', ";;;&quot;45… (xem ghi chú 1 dưới biểu)&quot;", "45… (xem ghi chú 1 dưới biểu)"),
    (b'<c r="H21" s="9" t="inlineStr">', ";;;&quot;Thủ tục… (xem ghi chú 1 dưới biểu)&quot;",
     "Thủ tục… (xem ghi chú 1 dưới biểu)"),
], ids=["on-a-verdict", "on-a-figure", "on-a-remark-with-no-note"])
def test_a_note_reference_the_writer_would_not_write_is_not_intact(tmp_path, cell, code, shown):
    ref = cell.split(b'"')[1].decode()
    path = _forged(tmp_path, *_style(code=code), (REPORT, cell, re.sub(rb' s="[0-9]+"', b' s="14"', cell)))
    _intact_data_changed_look(path, f'ô {ref}: hiện "{shown}" qua định dạng số')


REMARK_A = ("Tổng thu ngân sách giảm so với cùng kỳ do khoản thu tiền thuê đất của Công ty cổ phần Chè Thái "
            "Nguyên chưa nộp, dự kiến nộp trong tháng 7/2026.")
REMARK_B = ("Lao động đi làm việc tại các khu công nghiệp ngoài tỉnh chưa được cập nhật đầy đủ, nên tỷ lệ thực "
            "tế có thể cao hơn; xã sẽ rà soát lại trong quý I năm sau.")


@pytest.fixture(scope="module")
def two_notes(tmp_path_factory):
    """A commune's draft whose two long remarks are printed under the table as notes 1 and 2."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.exports.conftest import submission_of
    from tests.exports.sample_data import fill_commune_2026

    folder = tmp_path_factory.mktemp("notes")
    ws = Workspace.open(folder / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_entry("2026", "thu_ngan_sach", comment=REMARK_A)
    ws.set_entry("2026", "lao_dong_dao_tao", numerator="5.120", denominator="7.300", comment=REMARK_B)
    sub = submission_of(ws)
    ws.close()
    return write_submission(sub, folder / f"{sub.file_stem}.xlsx")


def test_long_remarks_referring_to_their_notes_are_intact(two_notes):
    verdict = verify_file(two_notes)
    assert verdict.ok, verdict.message


def test_a_remark_referring_to_another_remark_s_note_is_not_intact(tmp_path, two_notes):
    """Notes 1 and 2 swapped in the cells: each remark's beginning sends the reader to the other."""
    def swapped(xml: bytes) -> bytes:
        one, two = "xem ghi chú 1 ".encode(), "xem ghi chú 2 ".encode()
        assert one in xml and two in xml
        return xml.replace(one, b"\0").replace(two, one).replace(b"\0", two)
    path = _file(tmp_path, with_part(two_notes, STYLES, swapped))
    _not_intact(path, 'ô H10: hiện "Tổng thu ngân sách giảm so với cùng kỳ… (xem ghi chú 2 dưới',
                'ô H14: hiện "Lao động đi làm việc tại các khu công… (xem ghi chú 1 dưới')


# --- what prints ---------------------------------------------------------------------------

@pytest.mark.parametrize("named, said", [
    ("'Báo cáo'!$A$1:$H$20", 'vùng in (Print_Area) "\'Báo cáo\'!$A$1:$H$20" để ô A21 ra ngoài: bản in không có "15"'),
    ("'Báo cáo'!$A$1:$H$20,'Báo cáo'!$A$22:$H$29", "gồm nhiều vùng"),
    ("'Dữ liệu'!$A$1:$H$29", "không đọc được"),
], ids=["cut-above-row-21", "two-areas", "another-sheet-s"])
def test_a_print_area_leaving_text_out_is_not_intact(tmp_path, named, said):
    path = _forged(tmp_path, (BOOK, AREA, named.encode()))
    _intact_data_changed_look(path, 'trang "Báo cáo": ', said)


def test_a_print_area_of_dữ_liệu_leaving_rows_out_is_not_intact(tmp_path):
    name = "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">'Dữ liệu'!$A$1:$AL$11</definedName>"
    path = _forged(tmp_path, (BOOK, b"</definedNames>", name.encode() + b"</definedNames>"))
    _intact_data_changed_look(path, 'trang "Dữ liệu": vùng in (Print_Area)', "để ô A12 ra ngoài")


def test_a_row_of_figures_repeated_on_every_page_is_not_intact(tmp_path):
    path = _forged(tmp_path, (BOOK, "'Báo cáo'!$7:$8".encode(), "'Báo cáo'!$21:$21".encode()))
    _intact_data_changed_look(path, 'trang "Báo cáo": dòng, cột in lặp lại ở mỗi trang (Print_Titles)',
                              "không phải tiêu đề bảng")


def test_a_built_in_name_the_writer_never_writes_is_not_intact(tmp_path):
    name = "<definedName name=\"_xlnm.Criteria\" localSheetId=\"0\">'Báo cáo'!$G$9:$G$10</definedName>"
    path = _forged(tmp_path, (BOOK, b"</definedNames>", name.encode() + b"</definedNames>"))
    _intact_data_changed_look(path, 'trang "Báo cáo" có tên "_xlnm.Criteria" phần mềm không ghi')


# --- "Thông tin" and "Dữ liệu" -------------------------------------------------------------

def test_another_key_code_shown_in_thong_tin_is_not_intact(tmp_path):
    """The code a person compares with the paper's: a number format shows another unit's."""
    c24 = b'<c r="C24" t="inlineStr">'
    path = _forged(tmp_path, *_style(code=";;;&quot;ZZZZ-ZZZZ-ZZZZ-ZZZZ&quot;"), (INFO, c24, c24.replace(b" t=", b' s="14" t=')))
    _intact_data_changed_look(path, 'trang "Thông tin", ô C24: hiện "ZZZZ-ZZZZ-ZZZZ-ZZZZ" qua định dạng số, thay cho '
                                    'nội dung ô "BUO6-GURD-5UJH-GIXZ"')


@pytest.mark.parametrize("code, shown", [
    (";;;&quot;Đạt&quot;", "Đạt"),
    (";;;&quot;Không… (còn tiếp: ô có đủ 9 ký tự)&quot;", "Không… (còn tiếp: ô có đủ 9 ký tự)"),
], ids=["another-verdict", "verdict-cut-as-a-long-text"])
def test_another_verdict_shown_in_du_lieu_is_not_intact(tmp_path, code, shown):
    x12 = b'<c r="X12" t="inlineStr"><is><t>Kh'
    path = _forged(tmp_path, *_style(code=code), (DATA, x12, x12.replace(b" t=", b' s="14" t=')))
    _intact_data_changed_look(path, f'trang "Dữ liệu", ô X12: hiện "{shown}" qua định dạng số, thay cho nội dung '
                                    'ô "Không đạt"')


def test_a_verdict_in_white_in_du_lieu_is_not_intact(tmp_path):
    x12 = b'<c r="X12" t="inlineStr"><is><t>Kh'
    path = _forged(tmp_path, *_style(font=WHITE), (DATA, x12, x12.replace(b" t=", b' s="14" t=')))
    _intact_data_changed_look(path, 'trang "Dữ liệu", ô X12 ("Không đạt"): chữ màu gần màu nền')


def test_a_hidden_row_of_thong_tin_is_not_intact(tmp_path):
    path = _forged(tmp_path, (INFO, b'<row r="24">', b'<row r="24" hidden="1">'))
    _intact_data_changed_look(path, 'trang "Thông tin": dòng 24 bị ẩn')


def test_a_long_text_of_several_paragraphs_cut_in_du_lieu_is_intact(tmp_path):
    """The writer shows what a row holds of a narrative too long for it and says so in the footer
    of "Dữ liệu"; a long remark shows its beginning and "… (còn tiếp: …)"."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.exports.conftest import submission_of
    from tests.exports.sample_data import fill_commune_2026

    ws = Workspace.open(tmp_path / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_narrative("2026", "ket_qua", "\n".join([REMARK_A * 6] * 12))
    ws.set_entry("2026", "thu_ngan_sach", comment=(REMARK_A + " ") * 25)
    sub = submission_of(ws)
    ws.close()
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    with zipfile.ZipFile(path) as z:
        shown = html.unescape((z.read(DATA) + z.read(STYLES)).decode())
    assert "Văn bản dài nhiều đoạn" in shown and "(còn tiếp: ô có đủ" in shown  # what this test is about
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
