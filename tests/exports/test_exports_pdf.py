"""The printed report, read back with an independent parser (pypdf)."""
from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from exports.report_pdf import write_report_pdf

MM = 72 / 25.4
A4 = (595.28, 841.89)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


class Report:
    def __init__(self, path):
        self.path = path
        self.reader = PdfReader(str(path))
        self.pages = [_norm(p.extract_text()) for p in self.reader.pages]
        self.text = " ".join(self.pages)
        # the signed page: the last portrait one, the annex (the table) on landscape pages after it
        self.signed = max(n for n, p in enumerate(self.reader.pages) if p.mediabox.width < p.mediabox.height)

    def positions(self, index: int) -> list[tuple[str, float, float, float]]:
        """(text, x, y, font size) of every text run drawn on a page."""
        runs = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((text, x, y, size * (cm[3] or 1)))

        self.reader.pages[index].extract_text(visitor_text=visit)
        return runs


@pytest.fixture(scope="module")
def commune_pdf(commune_sub, tmp_path_factory):
    return Report(write_report_pdf(commune_sub, tmp_path_factory.mktemp("pdf") / "2026_xa-tan-cuong.pdf"))


@pytest.fixture(scope="module")
def ward_pdf(ward_sub, tmp_path_factory):
    return Report(write_report_pdf(ward_sub, tmp_path_factory.mktemp("pdf") / "ward.pdf"))


def test_the_text_is_on_portrait_pages_and_the_table_on_landscape_ones(commune_pdf):
    """A4 throughout: the text, the closing and the signature on portrait pages, then the
    indicator table as the report's annex ("Phụ lục", which the closing refers to) on landscape
    pages (report-format.md allows landscape for pages whose body is a table), with no page left
    blank; page 1 holds the report's text, not its header alone (walk-through 13, M5)."""
    pages = commune_pdf.reader.pages
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    portrait, landscape = tuple(round(v) for v in A4), tuple(round(v) for v in reversed(A4))
    texts = [p.extract_text() for p in pages]
    table = [n for n, t in enumerate(texts) if "(1)" in t and "(8)" in t]  # the columns' numbers
    assert table == list(range(commune_pdf.signed + 1, len(pages)))
    assert sizes == [landscape if n in table else portrait for n in range(len(pages))]
    assert "Phụ lục kèm theo" in commune_pdf.pages[commune_pdf.signed - 1] + commune_pdf.pages[commune_pdf.signed]
    assert _norm("Phụ lục KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026 (Kèm theo Báo cáo số /BC-UBND "
                 "ngày 18/12/2026 của Ủy ban nhân dân xã Tân Cương)") in commune_pdf.pages[table[0]]
    assert all(len(t.split()) > 20 for t in texts)
    assert len(texts[0].split()) > 150


def test_every_font_is_embedded(commune_pdf):
    """No font is left to the reader's machine: each has its TrueType program in the file."""
    seen = 0
    for page in commune_pdf.reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), font["/BaseFont"]
            assert re.match(r"/[A-Z]{6}\+", str(font["/BaseFont"])), "subset of an embedded font"
            seen += 1
    assert seen >= 3


def test_header_and_title(commune_pdf):
    """Quốc hiệu, Tiêu ngữ, issuing body, number line, place and date, title, recipient."""
    first = commune_pdf.pages[0]
    for text in ("ỦY BAN NHÂN DÂN", "XÃ TÂN CƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số: /BC-UBND", "Tân Cương, ngày 18 tháng 12 năm 2026",
                 "BÁO CÁO", "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026",
                 "Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên.", "I. KẾT QUẢ ĐẠT ĐƯỢC",
                 "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"):
        assert text in first, text


def test_every_indicator_with_vietnamese_numbers(commune_pdf, commune_sub):
    """Each stated indicator's name, target, result, comparison and verdict are printed."""
    text = commune_pdf.text
    for item in commune_sub.items:
        for value in (item.name, item.target_text, item.value_text, item.compared_text, item.verdict):
            assert _norm(value) in text, value
    for number in ("45.230", "217.373", "95,36", "70,14", "≥ 3,2", "20,8% chỉ tiêu"):
        assert number in text
    for english in ("45,230", "217,373", "95.36"):
        assert english not in text


def test_table_headers_summary_signature_and_recipients(commune_pdf):
    """Table columns, the summary line, the signature block and "Nơi nhận" are there."""
    text = commune_pdf.text
    for head in ("STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao", "Kết quả thực hiện",
                 "So với chỉ tiêu", "Đánh giá", "Ghi chú"):
        assert head in text
    for s in ("Vượt 2, Đạt 0, Không đạt 0, Đang thực hiện 6", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
              "Trần Thị Bình", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Thường trực Đảng ủy xã;",
              "- Lưu: VT.", "./."):
        assert s in text, s
    assert "KT. CHỦ TỊCH" not in text


def test_signed_page_foot_has_preparer_and_fingerprint(commune_pdf, commune_sub):
    """The page of the signature names the preparer and prints the first 16 hex digits of the
    fingerprint; no other page does."""
    signed = commune_pdf.pages[commune_pdf.signed]
    assert "Người lập biểu: Nguyễn Văn An" in signed and "Trần Thị Bình" in signed
    assert commune_sub.short_fingerprint in signed
    assert [n for n, p in enumerate(commune_pdf.pages) if commune_sub.short_fingerprint in p] == [commune_pdf.signed]


def test_draft_mark_on_every_page(commune_pdf):
    """While the period is not approved every page says DỰ THẢO."""
    for page in commune_pdf.pages:
        assert "DỰ THẢO" in page


def test_approved_report_has_no_draft_mark(commune_sub, tmp_path):
    """An approved submission prints without the draft mark."""
    report = Report(write_report_pdf(replace(commune_sub, approved=True), tmp_path / "a.pdf"))
    assert "DỰ THẢO" not in report.text
    assert "XÃ TÂN CƯƠNG" in report.text


def _number(report, index: int) -> int:
    """The number page `index` (0-based) shows: the annex's pages are numbered on their own."""
    return index + 1 if index <= report.signed else index - report.signed


def test_page_numbers_from_page_two_centred_at_top(commune_pdf):
    """Page 1 has no number, nor the annex's first page; later pages have theirs centred in the
    top margin, the annex's counted from its first page (as the catalogue update's annex)."""
    assert commune_pdf.signed >= 1 and len(commune_pdf.pages) - commune_pdf.signed >= 3
    for index in range(len(commune_pdf.pages)):
        page = commune_pdf.reader.pages[index]
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        top = [t.strip() for t, x, y, _ in commune_pdf.positions(index) if y > h - 20 * MM and t.strip().isdigit()]
        numbers = [(t, x, y) for t, x, y, _ in commune_pdf.positions(index)
                   if t.strip() == str(_number(commune_pdf, index)) and y > h - 20 * MM]
        assert len(top) == len(numbers)  # no other number up there
        if _number(commune_pdf, index) == 1:
            assert not numbers
        else:
            assert numbers, f"page {index + 1} has no number at the top"
            _, x, _ = numbers[0]
            centre = 30 * MM + (w - 45 * MM) / 2
            assert abs(x - centre) < 10


def test_text_stays_inside_the_margins(commune_pdf, ward_pdf):
    """Body text starts at least 30 mm from the left and 20 mm from the bottom; only the page
    number and the draft mark sit in the top margin."""
    for report in (commune_pdf, ward_pdf):
        for index, page in enumerate(report.reader.pages):
            h = float(page.mediabox.height)
            for text, x, y, size in report.positions(index):
                if y > h - 20 * MM:
                    assert text.strip() in (str(_number(report, index)), "DỰ THẢO"), text
                    continue
                if size >= 60:  # the faint diagonal draft mark
                    continue
                assert x >= 30 * MM - 0.5, (text, x)
                assert y >= 20 * MM - 0.5, (text, y)


def test_ward_report_vice_chair_and_ward_recipients(ward_pdf, ward_sub):
    """A ward signed by a vice-chair: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, Đảng ủy phường."""
    text = ward_pdf.text
    for s in ("PHƯỜNG PHAN ĐÌNH PHÙNG", "Phan Đình Phùng, ngày 18 tháng 12 năm 2026",
              "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Dung",
              "- Thường trực Đảng ủy phường;", "Lê Văn Cường", ward_sub.short_fingerprint):
        assert s in text, s
    for item in ward_sub.items:
        assert _norm(item.name) in text
    # a ward's own targets are the ward's: never "Xã tự đặt" on a ward's paper
    assert "Phường tự đặt năm 2026:" in text and "chỉ tiêu phường tự đặt năm 2026" in text
    assert "Xã tự đặt" not in text and "chỉ tiêu xã" not in text


def test_no_narrative_still_makes_a_report(workspace, tmp_path):
    """A period with one value and no narrative still gives a complete, readable report."""
    from tests.exports.conftest import submission_of

    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    sub = submission_of(workspace, "2026-6M")
    report = Report(write_report_pdf(sub, tmp_path / "r.pdf"))
    assert "Kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2026" in report.text
    assert "Chưa nhập" in report.text and sub.short_fingerprint in report.text


def test_a_long_word_in_a_comment_is_printed_broken_not_refused(workspace, tmp_path):
    """A web address or a document number of 40 letters in "Ghi chú" once made the report
    impossible to make (the remark column widened to it until the name column had no width):
    the word is broken inside its cell, and the indicator's name keeps its room."""
    from tests.exports.conftest import submission_of

    long = "https://thainguyen.gov.vn/bhyt-2026/bao-cao-6-thang-du-lieu-chi-tiet"
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000", comment=f"Xem {long}")
    sub = submission_of(workspace, "2026-6M")
    report = Report(write_report_pdf(sub, tmp_path / "r.pdf"))
    assert long.replace("-", "") in report.text.replace(" ", "").replace("-", "")
    assert "Tỷ lệ người dân tham gia bảo hiểm y tế" in report.text


def test_text_that_looks_like_markup_is_printed_as_is(workspace, tmp_path):
    """A comment with <, > and & is printed literally, not read as markup."""
    from tests.exports.conftest import submission_of

    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000",
                        comment="Số liệu <tạm tính> & chờ BHXH")
    report = Report(write_report_pdf(submission_of(workspace), tmp_path / "r.pdf"))
    assert "Số liệu <tạm tính> & chờ BHXH" in report.text


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)")
def test_qr_code_decodes_to_the_submission_identity(commune_pdf, commune_sub, tmp_path):
    """The QR code on the signed page, scanned from a 150 dpi render, gives unit, period and fingerprint."""
    signed = commune_pdf.signed + 1
    subprocess.run(["pdftoppm", "-r", "150", "-f", str(signed), "-l", str(signed), "-png",
                    str(commune_pdf.path), str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True)
    assert out.stdout.strip() == commune_sub.qr_payload


def test_long_comments_go_under_the_table(workspace, tmp_path):
    """A comment too long for its cell (up to 4.000 characters) is referred to and printed in
    full under the table, so no row grows taller than a page."""
    from tests.exports.conftest import submission_of

    long = ("Số liệu đang chờ đối chiếu với cơ quan bảo hiểm xã hội " * 70).strip()[:4000]
    for code in ("bhyt", "truong_chuan", "lao_dong_dao_tao"):
        workspace.set_entry("2026", code, numerator="1", denominator="2", comment=long)
    report = Report(write_report_pdf(submission_of(workspace), tmp_path / "r.pdf"))
    assert "(xem ghi chú 1 dưới biểu)" in report.text and "(xem ghi chú 3 dưới biểu)" in report.text
    assert _norm(f"3. {long[:100]}") in report.text  # (a note may continue on the next page, under its header)
    assert _norm(long[-300:]) in report.text


def test_a_very_long_narrative_paragraph_prints_whole_and_fast(commune_sub):
    """A paragraph of 300.000 characters (typed before sections were capped) is printed
    whole, cut at sentence ends (whole, it took minutes: reportlab re-wraps it at each page)."""
    import io
    from dataclasses import replace

    from desktop_app.core.submission import Narrative
    from exports.report_pdf import render_pdf

    sentence = "Năm 2026 xã đã hoàn thành các nhiệm vụ được giao với nhiều cố gắng. "
    text = (sentence * (300_000 // len(sentence))).strip()
    pdf = render_pdf(replace(commune_sub, narratives=(Narrative("ket_qua", "Kết quả đạt được", text),)))
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    words = " ".join(" ".join(page.extract_text() for page in pages).split())
    # a sentence that runs over a page break reads with the page's header inside it
    assert text.count("nhiều cố gắng") - len(pages) <= words.count("nhiều cố gắng") <= text.count("nhiều cố gắng")
    assert words.count("Năm 2026 xã đã hoàn thành") >= text.count("Năm 2026 xã đã hoàn thành") - len(pages)


def test_a_wards_full_year_report_keeps_the_closing_with_the_signature(ward_sub, tmp_path):
    """pdftotext: "Trên đây…", "Nơi nhận" and the signer are on one page; the table starts on
    the page after it (the annex's first), and numbers its rows as the catalogue does."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    from exports.report_pdf import write_report_pdf

    path = write_report_pdf(ward_sub, tmp_path / "phuong.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    closing = next(n for n, page in enumerate(pages) if "Trên đây" in page)
    assert "Nơi nhận" in pages[closing] and ward_sub.signer in pages[closing]
    assert "Phụ lục" in pages[closing + 1] and "CHỈ TIÊU TỈNH GIAO" in pages[closing + 1]
    assert "CHỈ TIÊU TỈNH GIAO" not in "".join(pages[:closing + 1])
    import re

    last_supplementary = max((i for i in ward_sub.other_items), key=lambda i: i.no)
    assert re.search(rf"(^|\s){last_supplementary.no}\s", "\n".join(pages), re.M)  # as on screen, not II.10


def test_a_long_paragraph_prints_as_one_paragraph(commune_sub, tmp_path):
    """A paragraph of 6.000 characters is printed in pieces (for speed), but on paper it is the
    paragraph the officer typed: the first line alone indented 1 cm, the lines at the body's
    leading with no 6 pt gap between pieces, and broken where the whole paragraph breaks."""
    from desktop_app.core.submission import Narrative
    from exports.fonts import report_fonts
    from exports.report_pdf import (
        BODY_WIDTH,
        LONG_PARAGRAPH,
        _p,
        _Styles,
        narrative_paragraphs,
    )

    sentence = "Trong kỳ, ủy ban đã chỉ đạo các thôn triển khai đồng bộ các nhiệm vụ (đạt 99,8%). "
    text = (sentence * (6000 // len(sentence))).strip()
    s = _Styles(report_fonts())
    pieces = narrative_paragraphs(text, s)
    assert len(pieces) >= 4 and all(len(p.getPlainText()) < 2 * LONG_PARAGRAPH for p in pieces)
    whole = _p(text, s.body)
    whole.wrap(BODY_WIDTH, 1e9)
    lines = [words for p in pieces for _, words in (p.wrap(BODY_WIDTH, 1e9) and p.blPara.lines)]
    assert lines == [words for _, words in whole.blPara.lines]
    assert [p.style.firstLineIndent > 0 for p in pieces] == [True] + [False] * (len(pieces) - 1)
    assert [p.style.spaceAfter for p in pieces] == [0] * (len(pieces) - 1) + [6]

    sub = replace(commune_sub, narratives=(Narrative("ket_qua", "Kết quả đạt được", text),))
    report = Report(write_report_pdf(sub, tmp_path / "r.pdf"))
    first = next(n for n, page in enumerate(report.pages) if "Trong kỳ" in page)
    runs = [(t, x, y) for t, x, y, size in report.positions(first) if size == 14]
    top = max(y for t, _, y in runs if t.strip().startswith("Trong kỳ"))  # its first line
    lefts: dict[float, float] = {}
    for _, x, y in runs:
        if y <= top + 0.1:
            lefts[round(y, 1)] = min(x, lefts.get(round(y, 1), x))
    para = sorted(lefts.items(), reverse=True)  # (y, x where the line starts), down the page
    assert len(para) > 20
    gaps = {round(a[0] - b[0], 1) for a, b in itertools.pairwise(para)}
    assert gaps == {18.0}, gaps  # one leading between all lines: no gap where a piece ends
    indented = [y for y, x in para if x > 30 * MM + 5 * MM]
    assert indented == [para[0][0]]


@pytest.mark.parametrize("symbol", ["BC-UBND-VPHĐND&UBND", "BC-UBND-VPHĐND&UBND-TCKT-KHĐT-VHXH"])
def test_a_long_document_symbol_stays_in_the_left_column(commune_sub, tmp_path, symbol):
    """"Số: 01/BC-UBND-VPHĐND&UBND" at 13 pt ran into the left margin and past its column: it is
    printed smaller (as the issuer's lines are), broken after a "-" when still too long, every
    piece inside the 30 mm margin and the header's left column, and the short one unchanged."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from exports.fonts import report_fonts
    from exports.report_pdf import OfficialHeader

    sub = replace(commune_sub, doc_symbol=symbol, doc_number="1")
    report = Report(write_report_pdf(sub, tmp_path / "r.pdf"))
    f = report_fonts()
    header = OfficialHeader(("ỦY BAN NHÂN DÂN", "XÃ TÂN CƯƠNG"), sub.doc_number_text, sub.place_date_text, f,
                            165 * MM)
    assert 10 <= header.number_size <= 12
    assert "".join(header.number_lines).replace(" ", "") == sub.doc_number_text.replace(" ", "")
    runs = [(t, x, size) for t, x, y, size in report.positions(0) if t.strip() and
            any(t.strip() in line or line in t for line in header.number_lines)]
    assert runs
    for text, x, size in runs:
        assert x >= 30 * MM - 0.5, (text, x)
        assert x + stringWidth(text.strip(), f.regular, size) <= 30 * MM + header.left_w + 0.5, text
    for piece in header.number_lines:
        assert piece.replace(" ", "") in report.pages[0].replace(" ", "")
    short = OfficialHeader(("ỦY BAN NHÂN DÂN", "XÃ TÂN CƯƠNG"), "Số: 05/BC-UBND", sub.place_date_text, f, 165 * MM)
    assert (short.number_size, short.number_lines, short.height) == (13, ["Số: 05/BC-UBND"], 62)
