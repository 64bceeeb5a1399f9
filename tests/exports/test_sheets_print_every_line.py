"""`chitieu verify` says a file is intact only when every text of its sheets prints whole, each row
and column stated once (red-team 7): a verdict in 36 pt, wrapped onto two lines in its row, printed
"đạt" for "Không đạt"; row 14 lowered from 50 to 15 pt with "Đang thực hiện / Theo chỉ tiêu xã:
Không đạt" aligned to its top printed "Đang thực hiện" alone (LibreOffice 7.4, checked by eye), both
passing the old rule (a row at least 0,85 of its letters); an empty row 21 of 1 pt, or a column G
of 1,5, stated before the real one, which LibreOffice takes, while the checks judged the last. The
data and their signature are untouched in every case. What the writer writes stays intact: its
largest letters (13 pt), a remark longer than a row can hold, a narrative of many paragraphs cut in
"Dữ liệu" (LibreOffice's re-saves: test_resaved_by_libreoffice.py)."""
from __future__ import annotations

import glob
import html
import re
import zipfile

import pytest

from exports.report_fit import lines_needed
from exports.submission_cells import _lines as writer_lines
from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT, STYLES
from tests.exports.test_sheets_show_what_was_signed import (
    ROW21,
    _forged,
    _intact_data_changed_look,
)

XF8 = ('<xf numFmtId="0" fontId="4" fillId="0" borderId="1" applyAlignment="1" pivotButton="0" quotePrefix="0" '
       'xfId="0"><alignment horizontal="center" vertical="center" wrapText="1" /></xf>')  # the table's centred cells
G_COL = '<col width="16" customWidth="1" min="7" max="7" />'


def _format(cell: str, *, font: str = "", vertical: str = "center") -> list[tuple]:
    """Changes giving `cell` (as "G21") format 14: the table's centred cell (8) with the font
    `font` (its XML, added as font 6) and the vertical alignment `vertical`."""
    xf = XF8.replace('vertical="center"', f'vertical="{vertical}"')
    changes = []
    if font:
        changes += [(STYLES, "</fonts>", font + "</fonts>"), (STYLES, '<fonts count="6">', '<fonts count="7">')]
        xf = xf.replace('fontId="4"', 'fontId="6" applyFont="1"')
    return changes + [(STYLES, '<cellXfs count="14">', '<cellXfs count="15">'), (STYLES, "</cellXfs>", xf + "</cellXfs>"),
                      (REPORT, f'<c r="{cell}" s="8"', f'<c r="{cell}" s="14"')]


def _size(points: int, bold: bool = False) -> str:
    return f'<font><name val="Times New Roman"/>{"<b/>" if bold else ""}<sz val="{points}"/></font>'


# --- letters larger than the writer's ----------------------------------------------------------

@pytest.mark.parametrize("points, vertical, height", [(36, "bottom", "40"), (14, "center", "34")],
                         ids=["the-review-s-36-pt", "14-pt"])
def test_a_verdict_in_letters_larger_than_the_writer_s_is_not_intact(tmp_path, points, vertical, height):
    path = _forged(tmp_path, *_format("G21", font=_size(points), vertical=vertical),
                   (REPORT, ROW21.decode(), ROW21.decode().replace('ht="34"', f'ht="{height}"')))
    _intact_data_changed_look(path, f'trang "Báo cáo", ô G21 ("Không đạt"): chữ cỡ {points}, lớn hơn cỡ phần mềm '
                                    "dùng (đến 13)")


def test_a_rich_text_run_larger_than_the_writer_s_is_not_intact(tmp_path):
    path = _forged(tmp_path, (REPORT, '<c r="G21" s="8" t="inlineStr"><is><t>Không đạt</t></is>',
                              '<c r="G21" s="8" t="inlineStr"><is><r><rPr><sz val="36"/></rPr><t>Không đạt</t></r></is>'))
    _intact_data_changed_look(path, 'ô G21 ("Không đạt"): chữ cỡ 36, lớn hơn cỡ phần mềm dùng')


def test_the_writer_s_largest_letters_are_read(tmp_path):
    """The heading's 13 pt bold, on a verdict in its column and row as written."""
    path = _forged(tmp_path, *_format("G21", font=_size(13, bold=True)))
    assert verify_file(path).ok, verify_file(path).message


# --- rows too low for their lines -------------------------------------------------------------

def test_a_row_too_low_for_its_lines_is_not_intact(tmp_path):
    """LibreOffice printed G14 "Đang thực hiện" alone (the unit's own "Không đạt" cut off below),
    D14 "Xã tự đặt năm 2026:" without the targets above and below it."""
    path = _forged(tmp_path, *_format("G14", vertical="top"),
                   (REPORT, '<row r="14" ht="50" customHeight="1">', '<row r="14" ht="15" customHeight="1">'))
    _intact_data_changed_look(path, 'trang "Báo cáo": dòng 14 cao 15 pt, không đủ cho 3 dòng chữ cỡ 12 của ô D14')


def test_a_column_narrowed_under_its_texts_lines_is_not_intact(tmp_path):
    """G at 12 (0,75 of the writer's 16, a width the rule of the narrowest column lets through)
    wraps "Đang thực hiện / Theo chỉ tiêu xã: Không đạt" onto more lines than row 14, at 34 pt,
    holds: LibreOffice printed its three lines clipped above and below."""
    path = _forged(tmp_path, (REPORT, G_COL, G_COL.replace('width="16"', 'width="12"')),
                   (REPORT, '<row r="14" ht="50" customHeight="1">', '<row r="14" ht="34" customHeight="1">'))
    _intact_data_changed_look(path, 'trang "Báo cáo": dòng 14 cao 34 pt, không đủ cho')


def test_lines_are_never_reckoned_more_than_the_writer_wraps_to():
    """Every text of the committed files, at widths and sizes the writer uses: the check reckons at
    most the lines the writer sized its rows for (it gives the text the writer's padding too)."""
    texts = set()
    for path in glob.glob(str(SAMPLE_V2.parent / "*.xlsx")):
        with zipfile.ZipFile(path) as z:
            for part in z.namelist():
                if part.endswith(".xml"):
                    texts.update(html.unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", z.read(part).decode()))
    assert len(texts) > 300
    for text in texts:
        for width in (3.5, 6, 11, 13, 16, 26, 46, 70):
            for size, bold in ((11, False), (12, False), (12, True), (13, True)):
                assert lines_needed(text, width, size, bold) <= writer_lines(text, width, size, bold), (text, width, size)


# --- rows and columns stated twice ------------------------------------------------------------

ROW = ROW21.decode()


@pytest.mark.parametrize("old, new, said", [
    (ROW, '<row r="21" ht="1" customHeight="1"/>' + ROW, "dòng 21 ghi hai lần"),  # the review's
    ('<row r="22"', '<row r="21" ht="1" customHeight="1"/><row r="22"', "dòng 21 ghi hai lần"),  # after it
    ('<row r="22"', '<row r="4" ht="1" customHeight="1"/><row r="22"', "dòng 4 ghi hai lần"),
    ('<row r="22"', '<row r="24" ht="20" customHeight="1"/><row r="22"', "dòng 22 ghi sau dòng 24"),
], ids=["empty-row-before", "empty-row-after", "heading-row-again", "out-of-order"])
def test_a_row_stated_twice_or_out_of_order_is_not_intact(tmp_path, old, new, said):
    path = _forged(tmp_path, (REPORT, old, new))
    _intact_data_changed_look(path, f'trang "Báo cáo": {said}')


@pytest.mark.parametrize("old, new, said", [
    (G_COL, G_COL.replace('width="16"', 'width="1.5"') + G_COL, "cột G ghi độ rộng hai lần"),  # the review's
    (G_COL, G_COL + G_COL.replace('width="16"', 'width="1.5"'), "cột G ghi độ rộng hai lần"),
    (G_COL, G_COL + '<col width="1.5" customWidth="1" min="5" max="9" />', "cột E ghi độ rộng hai lần"),
    (G_COL, '<col width="16" customWidth="1" min="7" max="6" />', 'cột "7:6" không đọc được'),
], ids=["narrow-before", "narrow-after", "range-over-several", "backwards"])
def test_a_column_stated_twice_is_not_intact(tmp_path, old, new, said):
    path = _forged(tmp_path, (REPORT, old, new))
    _intact_data_changed_look(path, f'trang "Báo cáo": {said}')


# --- what the writer writes --------------------------------------------------------------------

def test_texts_the_writer_prints_cut_or_under_the_table_are_intact(tmp_path):
    """A remark longer than a row can hold (shown in its cell as its beginning and printed whole
    under the table, over several rows of notes), another of several lines (its row sized for it, at
    most 409 pt), and a narrative of many paragraphs longer than a row of "Dữ liệu" (which prints
    what its row holds, its footer saying so)."""
    from desktop_app.services import Workspace, export_period
    from tests.exports.sample_data import REPORT_DATE, fill_commune_2026

    sentence = ("Số liệu lao động qua đào tạo được tổng hợp từ báo cáo của các thôn, xóm; một bộ phận lao động đi "
                "làm việc ngoài tỉnh chưa được cập nhật đầy đủ. ")
    ws = Workspace.open(tmp_path / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_entry("2026", "lao_dong_dao_tao", numerator="5.120", denominator="7.300", comment=(sentence * 30)[:3990])
    ws.set_entry("2026", "tthc_truc_tuyen", numerator="1.245", denominator="1.260",
                 comment="\n".join([sentence] * 12)[:3990])
    ws.set_narrative("2026", "ket_qua", "\n".join([sentence * 8] * 12))
    export_period(ws, "2026", tmp_path / "out", pdf=False, doc_number="12", report_date=REPORT_DATE)
    ws.close()
    path = next((tmp_path / "out").glob("*.xlsx"))
    with zipfile.ZipFile(path) as z:
        shown = html.unescape((z.read(STYLES) + z.read("xl/worksheets/sheet2.xml")).decode())
    assert "xem ghi chú 1" in shown and "Văn bản dài nhiều đoạn" in shown  # what this test is about
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
