"""The commune's report on paper (the PDF) and in the workbook's "Báo cáo" sheet say the same
thing: a long remark is the same numbered note in both, the unit's own target and verdict stand
apart from the province's in a narrow cell, a comment's full stop is not followed by ";", and a
poverty rate that rose says so in words. Read back as a person reads them: the PDF's text
(pdftotext, pypdf), the workbook's cells (openpyxl)."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.core import submission as submission_module
from desktop_app.core.wording import remarks_text, remarks_text_before
from desktop_app.services import Workspace
from exports.official_page import TABLE_LEADING
from exports.report_annex import result_text
from exports.report_pdf import write_report_pdf
from exports.submission_format import SHEET_DATA, SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of
from tests.exports.sample_data import fill_commune_2026

# Remarks of several lengths, down the table: the 90 and 125 character ones were numbered notes in
# the PDF (too tall for its 22 mm column) but whole cells in the workbook (200 characters or less),
# so every note after them had another number on paper than in the file.
REMARKS = {
    "bhyt": ("Số liệu của Bảo hiểm xã hội tỉnh cung cấp ngày 10/12/2026, chưa gồm người tham gia ở nơi "
             "khác, sẽ cập nhật tiếp trong kỳ tới."),  # 125 characters
    "truong_chuan": "Trường mầm non Tân Cương đang hoàn thiện hồ sơ.",  # short: stays in its cell
    "nuoc_sach_nong_thon": (
        "Đã khảo sát lại toàn bộ các hộ dân tại các xóm vùng cao; số hộ dùng nước giếng khoan đã qua xử lý "
        "được tính là đạt chuẩn theo hướng dẫn của Sở Nông nghiệp và Môi trường tại văn bản số "
        "1234/SNNMT-TL ngày 15/8/2026, nên tỷ lệ tăng so với kỳ trước."),  # over 200
    "ket_nap_dang_vien": "Kết nạp chủ yếu ở chi bộ xóm và chi bộ trường học, còn nhiều chi bộ chưa kết nạp được.",
    "gia_dinh_van_hoa": "https://thainguyen.gov.vn/documents/2026/quyet-dinh-cong-nhan-gia-dinh-van-hoa-xa-tan-cuong.pdf",
}
FULL_STOP = "Cả năm không có vụ tai nạn chết người."  # and the app's note "Không có người nào, như cùng kỳ"
JOINED = f"{FULL_STOP} Không có người nào, như cùng kỳ"  # 70 characters: 9 lines of 10
REMARKS_SHOWN = {**REMARKS, "tngt_nguoi_chet": JOINED}
NOTED = ["bhyt", "nuoc_sach_nong_thon", "ket_nap_dang_vien", "gia_dinh_van_hoa", "tngt_nguoi_chet"]  # table order


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Xã Tân Cương's 2026 report with the remarks above, the poverty rate up from 3,12% to 3,49%
    (82 of 2.350 households), no road death as a year before; the PDF and the workbook."""
    folder = tmp_path_factory.mktemp("agree")
    ws = Workspace.open(folder / "ws", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    for code, remark in REMARKS.items():
        ws.set_entry("2026", code, comment=remark)
    ws.set_entry("2026", "giam_ngheo", numerator="82", denominator="2.350")
    ws.set_entry("2026", "tngt_nguoi_chet", value="0", previous="0", comment=FULL_STOP)
    sub = submission_of(ws)
    ws.close()
    pdf = write_report_pdf(sub, folder / f"{sub.file_stem}.pdf")
    xlsx = write_submission(sub, folder / f"{sub.file_stem}.xlsx")
    return sub, pdf, xlsx


def _pdf_text(pdf) -> str:
    """The PDF's text as pdftotext reads it (pypdf where poppler is not installed), one line a line."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)


def _pdf_cells(pdf) -> str:
    """The PDF's text in the order it is drawn (pypdf): a table cell's lines one after the other."""
    runs = []
    for page in PdfReader(str(pdf)).pages:
        page.extract_text(visitor_text=lambda text, *_: runs.append(text))
    return _norm(" ".join(runs))


def _pdf_notes(pdf) -> dict[int, str]:
    """The notes under the PDF's table: number -> text, as printed after "Ghi chú:"."""
    text = _norm(_pdf_text(pdf).split("Ghi chú:", 1)[1].split("Tổng hợp", 1)[0])
    parts = re.split(r"(?:^| )(\d+)\. ", text)
    return {int(n): body.strip() for n, body in zip(parts[1::2], parts[2::2])}


def _sheet(xlsx, rich=False):
    return openpyxl.load_workbook(xlsx, rich_text=rich)[SHEET_REPORT]


def _workbook_notes(xlsx) -> dict[int, str]:
    """The notes under the "Báo cáo" table: number -> text (a long one continues on the next rows)."""
    ws = _sheet(xlsx)
    texts = [str(ws.cell(r, 1).value or "") for r in range(1, ws.max_row + 1)]
    start = next(k for k, t in enumerate(texts) if t.startswith("Ghi chú:"))
    end = next(k for k, t in enumerate(texts) if t.startswith("Tổng hợp"))
    text = _norm(" ".join(texts[start:end]).removeprefix("Ghi chú:"))
    parts = re.split(r"(?:^| )(\d+)\. ", text)
    return {int(n): body.strip() for n, body in zip(parts[1::2], parts[2::2])}


def _row(ws, sub, code: str) -> int:
    name = next(it.name for it in sub.items if it.code == code)
    return next(r for r in range(9, ws.max_row + 1) if ws.cell(r, 2).value == name)


def test_a_long_remark_has_the_same_note_number_on_paper_and_in_the_workbook(written):
    """Five long remarks (125, 220, 86 and 70 characters and a 98 character web address) are notes
    1 to 5, in the table's order, under the PDF's table and under the workbook's, each cell
    referring to its own number; the short one stays whole in its cell in both."""
    sub, pdf, xlsx = written
    on_paper, in_file = _pdf_notes(pdf), _workbook_notes(xlsx)
    assert sorted(on_paper) == sorted(in_file) == [1, 2, 3, 4, 5]
    for n, code in enumerate(NOTED, 1):
        # (on paper a web address breaks after a "/", and a page's number may follow a note)
        assert on_paper[n].replace(" ", "").startswith(REMARKS_SHOWN[code].replace(" ", "")), n
        assert in_file[n] == _norm(REMARKS_SHOWN[code]), n
    ws = _sheet(xlsx)
    for n, code in enumerate(NOTED, 1):
        cell = ws.cell(_row(ws, sub, code), 8)
        assert cell.value == REMARKS_SHOWN[code]  # the data, as verify reads it
        assert cell.number_format.endswith(f'(xem ghi chú {n} dưới biểu)"'), (code, cell.number_format)
    assert ws.cell(_row(ws, sub, "truong_chuan"), 8).value == REMARKS["truong_chuan"]
    assert ws.cell(_row(ws, sub, "truong_chuan"), 8).number_format == "General"
    paper = _pdf_cells(pdf).split("Ghi chú:", 1)[0]
    assert REMARKS["truong_chuan"] in paper
    assert [int(n) for n in re.findall(r"chú (\d) dưới biểu\)", paper)] == [1, 2, 3, 4, 5]  # down the table
    assert verify_file(xlsx).ok


def test_the_units_own_target_and_verdict_stand_apart_from_the_provinces(written):
    """"Đang thực hiện" and "Theo chỉ tiêu xã: Vượt" in the "Đánh giá" column (and the
    province's target above "Xã tự đặt năm 2026: ≥ 94"): on paper a dotted rule and more than a
    line's space between them, the unit's in italics; in the workbook on two lines, the unit's in
    italics, the cell's text unchanged (what `verify` compares)."""
    sub, pdf, xlsx = written
    reader = PdfReader(str(pdf))
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5], (font or {}).get("/BaseFont", "")))

    page = next(p for p in reader.pages if "Theo chỉ" in p.extract_text())
    page.extract_text(visitor_text=visit)
    for above, below in (("thực hiện", "Theo chỉ"), ("đến năm 2030", "Xã tự đặt")):  # the target, its span, own
        top = next(k for k, r in enumerate(runs) if r[0].endswith(above) and runs[k + 1][0].startswith(below))
        (_, y1, font1), (_, y2, font2) = runs[top], runs[top + 1]
        assert y1 - y2 > TABLE_LEADING + 4, (above, y1 - y2)  # a line is 14 pt: the rule's room
        assert "Italic" in str(font2) and "Italic" not in str(font1), (font1, font2)

    bhyt = next(it for it in sub.items if it.code == "bhyt")
    ws = _sheet(xlsx, rich=True)
    r = _row(ws, sub, "bhyt")
    for col, province, own in ((7, [bhyt.verdict], f"Theo chỉ tiêu xã: {bhyt.own_verdict}"),
                               (4, [bhyt.target_text, "đến năm 2030"], f"Xã tự đặt năm 2026: {bhyt.own_target_text}")):
        value = ws.cell(r, col).value
        assert str(value) == "\n".join([*province, own])
        blocks = [(b.text, bool(b.font and b.font.i)) for b in value if hasattr(b, "text")]
        assert blocks == [(f"{line}\n", False) for line in province] + [(own, True)]
    assert _sheet(xlsx).cell(r, 7).value == f"{bhyt.verdict}\nTheo chỉ tiêu xã: {bhyt.own_verdict}"


def test_a_comment_ending_in_a_full_stop_is_not_followed_by_a_semicolon(written):
    """"…chết người." then the app's note: "…chết người. Không có người nào, như cùng kỳ", on
    paper and in the workbook (it printed "…chết người.; Không có…")."""
    sub, pdf, xlsx = written
    joined = JOINED
    item = next(it for it in sub.items if it.code == "tngt_nguoi_chet")
    assert item.remarks == joined
    assert ".;" not in _pdf_text(pdf) and f"5. {joined}" in _pdf_cells(pdf)
    ws = _sheet(xlsx)
    assert ws.cell(_row(ws, sub, "tngt_nguoi_chet"), 8).value == joined
    assert remarks_text("Số liệu tạm tính", ["Chưa nhập Tổng số hộ"]) == "Số liệu tạm tính; Chưa nhập Tổng số hộ"
    assert remarks_text("Xem báo cáo riêng;", ["A"]) == "Xem báo cáo riêng; A"
    assert remarks_text("", ["A", "B"]) == "A; B" and remarks_text("Hỏi lại?", []) == "Hỏi lại?"


def test_a_file_written_with_the_old_joining_still_verifies_as_intact(written, tmp_path, monkeypatch):
    """A file sent before this version prints "…chết người.; Không có người nào…" in its "Báo
    cáo" cell: `chitieu verify` still reads it as intact (the data never changed: comment and notes
    are separate columns of "Dữ liệu"); a cell that says anything else is still a change. Such a
    file states app 0.1.0, as every file before 0.2.0; one stating 0.2.0 holds the new joining only."""
    sub, _, _ = written
    monkeypatch.setattr(submission_module, "remarks_text", remarks_text_before)
    new = write_submission(sub, tmp_path / "new.xlsx")
    old = write_submission(replace(sub, app_version="0.1.0"), tmp_path / f"{sub.file_stem}.xlsx")
    monkeypatch.undo()
    ws = _sheet(old)
    cell = ws.cell(_row(ws, sub, "tngt_nguoi_chet"), 8).value
    assert cell == f"{FULL_STOP}; Không có người nào, như cùng kỳ"  # the file as the old version wrote it
    result = verify_file(old)
    assert result.ok, result.message
    assert not verify_file(new).ok

    book = openpyxl.load_workbook(old)
    sheet = book[SHEET_REPORT]
    sheet.cell(_row(sheet, sub, "tngt_nguoi_chet"), 8).value = f"{FULL_STOP}; Có 1 người chết"
    book.save(tmp_path / "edited.xlsx")
    edited = verify_file(tmp_path / "edited.xlsx")
    assert not edited.ok and "Có 1 người chết" in edited.message


def test_a_poverty_rate_that_rose_says_so_in_words(written):
    """The poverty rate at 3,49% against 3,12% at the start of the term: "Tỷ lệ hộ nghèo tăng 0,37
    điểm % so với đầu nhiệm kỳ" in "So với chỉ tiêu", on paper, in the workbook's table and in its
    data (it said "−123,1% chỉ tiêu"); a rate that fell keeps its share of the target."""
    sub, pdf, xlsx = written
    words = "Tỷ lệ hộ nghèo tăng 0,37 điểm % so với đầu nhiệm kỳ"
    item = next(it for it in sub.items if it.code == "giam_ngheo")
    assert item.compared_text == words and item.value_text == "-0,37" and item.verdict == "Đang thực hiện"
    assert words in _pdf_cells(pdf) and "123,3%" not in _pdf_text(pdf)
    ws = _sheet(xlsx)
    assert ws.cell(_row(ws, sub, "giam_ngheo"), 6).value == words
    data = openpyxl.load_workbook(xlsx)[SHEET_DATA]
    header = [c.value for c in data[1]]
    row = next(r for r in data.iter_rows(min_row=2, values_only=True) if r[header.index("indicator")] == "giam_ngheo")
    assert row[header.index("compared_text")] == words and row[header.index("progress")] == "-123.1"


@pytest.mark.parametrize("entered, words", [
    (dict(numerator="82", denominator="2.350"), "Tỷ lệ hộ nghèo tăng 0,37 điểm % so với đầu nhiệm kỳ"),
    (dict(value="3,1249"), "Tỷ lệ hộ nghèo chưa giảm so với đầu nhiệm kỳ"),  # shown 0,00 of 0,3 (-0,2%)
    (dict(value="3,12"), "Tỷ lệ hộ nghèo chưa giảm so với đầu nhiệm kỳ"),
    (dict(numerator="70", denominator="2.350"), "47,1% chỉ tiêu"),  # 2,98%: a fall of 0,14 of 0,3
    # 2,21%: 0,91 of 0,3, said in points, not "(302,4%)" (walk U3 F3)
    (dict(numerator="52", denominator="2.350"), "Đến nay đã vượt chỉ tiêu 0,61 điểm %"),
])
def test_the_poverty_rate_in_every_direction(tmp_path, entered, words):
    """What "So với chỉ tiêu" says of the poverty rate's fall since the start of the term (3,12%)
    before 2030, from what an officer enters: a rise or no fall in words, a fall as a share of
    the province's 0,3 points."""
    ws = Workspace.open(tmp_path / "ws", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.set_baseline("giam_ngheo", "3,12")
    ws.set_entry("2026", "giam_ngheo", **entered)
    row = next(r for r in ws.period_view("2026").rows if r.indicator.code == "giam_ngheo")
    ws.close()
    assert row.compared_text == words


def _shown(cell) -> str:
    """What a "Báo cáo" cell shows: the text its number format's text section prints, if any."""
    fmt = cell.number_format
    if fmt.startswith(';;;"'):
        return fmt[4:-1].replace('"\\""', '"')
    return "" if cell.value is None else str(cell.value)


def test_a_poverty_rate_that_rose_prints_a_minus_sign_in_its_result(written, tmp_path):
    """The poverty rate's fall since the start of the term, negative when it rose: "−0,37" with the
    minus sign of print in "Kết quả thực hiện" on paper and as the workbook's "Báo cáo" shows it (a
    hyphen, "-0,37", read as a dash beside the words "tăng 0,37 điểm %"). The data keep "-0,37" and
    "-0.37". Alone in its cell the figure is the data's "-0,37", shown "−0,37" by its number format
    (a file of 0.1.0); from 0.2.0 the figure over what it is computed from is the PDF's cell, "−0,37"
    and the start-of-term line (a cell of several lines shows its own text: LibreOffice showed the
    hyphen of the term's 2030 form, walk S69)."""
    sub, pdf, xlsx = written
    item = next(it for it in sub.items if it.code == "giam_ngheo")
    assert (item.value, item.value_text) == ("-0.37", "-0,37")
    assert "−0,37" in _pdf_text(pdf).split() and "-0,37" not in _pdf_text(pdf)
    ws = _sheet(xlsx)
    cell = ws.cell(_row(ws, sub, "giam_ngheo"), 5)
    assert str(cell.value) == result_text(item) and str(cell.value).startswith("−0,37\n3,12% (cuối 2025) → ")
    old = write_submission(replace(sub, app_version="0.1.0"), tmp_path / "old.xlsx")
    cell = _sheet(old).cell(_row(ws, sub, "giam_ngheo"), 5)
    assert cell.value == "-0,37" and _shown(cell) == "−0,37"
    assert verify_file(old).ok
    data = openpyxl.load_workbook(xlsx)[SHEET_DATA]
    header = [c.value for c in data[1]]
    row = next(r for r in data.iter_rows(min_row=2, values_only=True) if r[header.index("indicator")] == "giam_ngheo")
    assert (row[header.index("value")], row[header.index("value_text")]) == ("-0.37", "-0,37")
    assert verify_file(xlsx).ok


def test_points_of_percent_are_never_parted_on_a_line(tmp_path):
    """"điểm %" stays on one line: a revenue eleven times its target ("Đến nay đã vượt mức chỉ tiêu
    (1.104,1%)") widens "So với chỉ tiêu" to 21 mm, where "tăng 0,37 điểm" filled a line and
    "% so với" began the next. Printed with a no-break space; the texts a program reads (the data,
    the "Báo cáo" cell `verify` compares) keep their plain space, the cell showing the printed one."""
    ws = Workspace.open(tmp_path / "ws", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_entry("2026", "thu_ngan_sach", value="2.400.000")
    ws.set_entry("2026", "giam_ngheo", numerator="82", denominator="2.350")
    sub = submission_of(ws)
    ws.close()
    words = "Tỷ lệ hộ nghèo tăng 0,37 điểm % so với đầu nhiệm kỳ"
    pdf = write_report_pdf(sub, tmp_path / "r.pdf")
    lines = [" ".join(t.split()) for t in _pdf_text(pdf).splitlines()]
    assert not [t for t in lines if t.endswith("điểm")], lines
    assert any("điểm %" in t for t in lines)
    xlsx = write_submission(sub, tmp_path / "r.xlsx")
    report = _sheet(xlsx)
    cell = report.cell(_row(report, sub, "giam_ngheo"), 6)
    assert cell.value == words and _shown(cell) == words.replace("điểm %", "điểm\u00a0%")
    unit = report.cell(_row(report, sub, "giam_ngheo"), 3)
    assert unit.value == "điểm %" and _shown(unit) == "điểm\u00a0%"
    data = openpyxl.load_workbook(xlsx)[SHEET_DATA]
    assert not [c.coordinate for row in data.iter_rows() for c in row if "\u00a0" in str(c.value or "")]
    assert verify_file(xlsx).ok
