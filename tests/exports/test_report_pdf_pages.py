"""Where the commune report's page breaks fall, whatever the length of the text before the table
(a print review's method: the first narrative made 0..39 sentences longer). The lengths below are
ones where the report used to go wrong with this data: the foot (fingerprint, key code, QR code)
alone on a last page away from the signature; the table's head and group row "I" at the bottom of
page 1, or group row "II" at the bottom of a page, with no indicator under them."""
from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from desktop_app.core.catalog import OPS
from exports.fonts import report_fonts
from exports.official_page import NBSP, PAGE, document, keep_comparators
from exports.report_annex import COLUMNS
from exports.report_pdf import build_story
from exports.submission_format import target_cell, verdict_cell

SENTENCE = " Công tác chỉ đạo, điều hành được tăng cường, các phong trào thi đua được triển khai sâu rộng."
HEADING = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"


def _longer(sub, sentences: int):
    first, *rest = sub.narratives
    return replace(sub, narratives=(replace(first, text=first.text + SENTENCE * sentences), *rest))


def _cell_text(cell) -> str:
    if isinstance(cell, (list, tuple)):
        return " ".join(_cell_text(c) for c in cell)
    return cell.getPlainText() if isinstance(cell, Paragraph) else str(cell or "")


class Layout:
    """The report built once: its page texts (pypdf) and each flowable with the page it was
    drawn on (the document's afterFlowable), the table's pieces as reportlab split them."""

    def __init__(self, sub):
        f = report_fonts()
        buf = io.BytesIO()
        doc = document(buf, f, draft=not sub.approved, annex=landscape(PAGE))
        self.placed = []
        doc.afterFlowable = lambda flowable: self.placed.append((doc.page, flowable))
        doc.build(build_story(sub, f, f"{sub.file_stem}.xlsx"))
        self.pages = [p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages]
        pieces = [(page, getattr(t, "table", t)) for page, t in self.placed]  # `TableThenLine`
        self.table_pieces = [(page, t._cellvalues) for page, t in pieces
                             if isinstance(t, Table) and t._ncols == len(COLUMNS)]

    def page_of(self, text: str) -> list[int]:
        return [n for n, page in enumerate(self.pages, 1) if text in page]


CASES = [("commune", 1), ("commune", 14), ("commune", 35), ("ward", 5), ("ward", 15), ("ward", 20)]


@pytest.fixture(scope="module", params=CASES, ids=[f"{u}-{k}" for u, k in CASES])
def layout(request, commune_sub, ward_sub):
    unit, sentences = request.param
    sub = _longer(commune_sub if unit == "commune" else ward_sub, sentences)
    return sub, Layout(sub)


def test_the_foot_is_on_the_page_of_the_signature_and_the_closing(layout):
    """The province confirms a unit's key against the code on the signed paper: the fingerprint,
    the key's code and the QR code are on the page of the closing text, "Nơi nhận" and the
    signer's name, and that page is the one before the annex (the table)."""
    sub, report = layout
    signed = report.table_pieces[0][0] - 1
    assert report.page_of(sub.short_fingerprint) == [signed]
    if sub.key_code:
        assert report.page_of(sub.key_code) == [signed]
    for text in ("Trên đây là báo cáo", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", sub.signer, "Người lập biểu:"):
        assert signed in report.page_of(text), text
    assert "Phụ lục" in report.pages[signed] and "Kèm theo Báo cáo số" in report.pages[signed]  # the next page


def test_no_page_ends_with_the_tables_head_or_a_group_row(layout):
    """Every piece of the table on a page ends with an indicator's row: never with the header
    rows alone, nor with a group's row "I CHỈ TIÊU TỈNH GIAO" / "II CHỈ TIÊU BỔ SUNG"; and the
    table's heading is on the page where the table starts."""
    _, report = layout
    heading = [page for page, fl in report.placed
               if isinstance(fl, Paragraph) and fl.getPlainText().startswith(HEADING + " CHỦ YẾU")]
    assert heading == [report.table_pieces[0][0]]
    for page, rows in report.table_pieces:
        assert len(rows) > 3, f"page {page}: the header rows and at most one row"
        unit = _cell_text(rows[-1][2])
        assert unit, f"page {page} ends with the group row {_cell_text(rows[-1][:2])!r}"
    assert [p for p, _ in report.table_pieces] == sorted({p for p, _ in report.table_pieces})


def test_no_word_is_broken_in_the_table_and_no_comparator_ends_a_line(layout):
    """Each word of a row's cells is printed whole ("Có/Không", not "Có/Khô" over "ng"), and a
    comparator stays on the line of its number ("≥ 94", not "2026: ≥" over "94")."""
    sub, report = layout
    printed = set(" ".join(report.pages).split())
    for it in sub.items:
        for text in (it.name, it.unit, target_cell(it, sub), it.value_text, it.compared_text, verdict_cell(it, sub)):
            for word in keep_comparators(text).split():  # (pypdf reads the no-break space as a space)
                assert word in printed, (it.code, text, word)
    comparator_at_end = re.compile(r"(^|\s)[" + re.escape("".join(OPS)) + r"]\s*$", re.M)
    for n, page in enumerate(report.pages, 1):
        assert not comparator_at_end.search(page), (n, comparator_at_end.search(page).group(0))


def test_the_table_fits_the_page_width_with_a_unit_column_for_co_khong():
    """The columns fill the landscape page's body (252 mm) exactly, and "Đơn vị tính" is wide
    enough for "Có/Không" at the table's size with the cell's padding."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from exports.report_annex import (
        CELL_PADDING,
        MARGIN_LEFT,
        MARGIN_RIGHT,
        PAGE,
        TABLE_SIZE,
    )

    f = report_fonts()
    assert sum(w for _, w in COLUMNS) * mm == pytest.approx(landscape(PAGE)[0] - MARGIN_LEFT - MARGIN_RIGHT)
    unit = dict(COLUMNS)["Đơn vị tính"] * mm
    assert stringWidth("Có/Không", f.regular, TABLE_SIZE) + CELL_PADDING <= unit


def test_the_comparators_are_joined_to_their_numbers_only_in_the_pdf(commune_sub):
    """A no-break space between a comparator and its number; other texts unchanged. The texts
    the submission holds (signed, written to the Excel file) keep their ordinary space."""
    assert keep_comparators("100\nXã tự đặt năm 2026: ≥ 94") == f"100\nXã tự đặt năm 2026: ≥{NBSP}94"
    assert keep_comparators("Giảm ≥ 5% so với cùng kỳ") == f"Giảm ≥{NBSP}5% so với cùng kỳ"
    assert keep_comparators("> 90 và < 3,5; = 0,5") == f">{NBSP}90 và <{NBSP}3,5; ={NBSP}0,5"
    for same in ("Số liệu <tạm tính> & chờ BHXH", "Độc lập - Tự do - Hạnh phúc", "≥ x"):
        assert keep_comparators(same) == same
    bhyt = next(it for it in commune_sub.items if it.code == "bhyt")
    assert "≥ 94" in target_cell(bhyt, commune_sub) and NBSP not in target_cell(bhyt, commune_sub)


def _long_remark(sub, code: str, remark: str):
    return replace(sub, items=tuple(replace(it, comment=remark, notes=()) if it.code == code else it
                                   for it in sub.items))


NOTE = ("Số liệu theo Báo cáo số 123/BC-BHXH ngày 05/6/2026 của Bảo hiểm xã hội khu vực; mã hồ sơ "
        '"BHXH-TN-2026-000123456789/QĐ-UBND-ABCDEFGHIJ" đã đối chiếu với cơ sở dữ liệu quốc gia về dân cư '
        "tại https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=000.00.12.H56-260605-0001234; "
        "chênh lệch 1.234 người do đi lao động ngoài tỉnh. ")


class Block(Flowable):
    """A fixed height of the page, as the text and the table before would take it."""

    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, aw, ah):
        return aw, self.height

    def draw(self):
        pass


def _first_text(flowable) -> str:
    if isinstance(flowable, Paragraph):
        return flowable.getPlainText()
    content = getattr(flowable, "_content", None)  # KeepTogether
    return _first_text(content[0]) if content else ""


def _tail_pages(sub, starts_with: str, room: float) -> list[str]:
    """The page texts of the story from its flowable whose text `starts_with` on, printed with
    only `room` points left on the first page."""
    from exports.official_page import MARGIN_BOTTOM, MARGIN_TOP, PAGE

    f = report_fonts()
    story = build_story(sub, f, "x.xlsx")
    at = next(k for k, fl in enumerate(story) if _first_text(fl).startswith(starts_with))
    while at and isinstance(story[at - 1], CondPageBreak):
        at -= 1
    buf = io.BytesIO()
    document(buf, f, draft=False, annex=landscape(PAGE)).build([Block(PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - room), *story[at:]])
    return [p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages]


@pytest.mark.parametrize("room", [5, 20, 30])
def test_the_two_summary_sentences_are_on_one_page(ward_sub, room):
    """The summary of the province's targets and the one of the ward's own targets go on
    together (the first was left at a page's foot, the second on the next page)."""
    from exports.report_pdf import BODY_WIDTH

    own = ward_sub.own_summary_sentence()
    # the sentences are kept with their section's heading (test_results_heading_kept)
    summary = next(fl for fl in build_story(ward_sub, report_fonts(), "x.xlsx") if _first_text(fl).endswith(HEADING))
    heading, first = summary._content[:2]
    height = sum(p.getSpaceBefore() + p.wrap(BODY_WIDTH, 1e9)[1] + p.getSpaceAfter() for p in (heading, first))
    pages = _tail_pages(ward_sub, heading.getPlainText(), height + room)  # room for the first, not the second
    assert [n for n, p in enumerate(pages) if "Tổng hợp" in p] == [n for n, p in enumerate(pages) if own[:30] in p]


@pytest.mark.parametrize("room, moves", [(40, True), (80, True), (100, False), (300, False)])
def test_the_notes_heading_goes_on_with_the_first_lines_of_its_note_only(commune_sub, room, moves):
    """"Ghi chú:" is kept with the first lines of its note, not with the whole note: with room
    for the heading and 3 lines under the table, a note of 4.000 characters starts there (it
    once went whole to the next page, half a page left blank); with less, both go on."""
    sub = _long_remark(commune_sub, commune_sub.assigned_items[1].code, (NOTE * 20)[:4000])
    pages = _tail_pages(sub, "Ghi chú:", room)
    first = 1 if moves else 0
    assert "Ghi chú:" in pages[first] and "1. Số liệu theo" in pages[first]
    assert "Ghi chú:" not in pages[1 - first]


def test_a_note_under_the_table_is_left_aligned_and_breaks_a_web_address_after_a_slash(commune_sub):
    """A note holds codes and web addresses: its lines are not stretched (justified, one line held
    five words spread over the page), and an address longer than a line breaks after a "/"."""
    from exports.report_pdf import BODY_WIDTH, _p, _Styles

    sub = _long_remark(commune_sub, commune_sub.assigned_items[0].code, NOTE * 2)
    story = build_story(sub, report_fonts(), "x.xlsx")
    at = next(k for k, fl in enumerate(story) if isinstance(fl, Paragraph) and fl.getPlainText() == "Ghi chú:")
    note = story[at + 1]
    assert note.getPlainText().startswith("1. Số liệu") and note.style.alignment == 0  # TA_LEFT
    note.wrap(BODY_WIDTH, 1e9)
    ends = [str(words[-1]) for _, words in note.blPara.lines]
    assert "https://dichvucong.gov.vn/p/home/" in ends
    # the body stays justified
    assert _Styles(report_fonts()).body.alignment == 4 and _p("x", _Styles(report_fonts()).body)


def _with(sub, code: str, **fields):
    return replace(sub, items=tuple(replace(it, **fields) if it.code == code else it for it in sub.items))


def test_a_huge_number_is_printed_whole_in_its_cell(commune_sub):
    """A result of 999.999.999.999,99 triệu đồng, its percentage of the target and an own target
    of ≥ 10.000.000.000 are each printed on one line ("123.456.789" over ".013" was read as two
    figures): their columns are widened, from the name and remark columns, and such a cell is
    printed smaller only when that is not enough (on the landscape table it is), never below
    8 pt; the other cells keep the table's 12 pt."""
    from exports.report_annex import MIN_CELL_SIZE, TABLE_SIZE, _indicator_table, _Styles

    first, second = commune_sub.assigned_items[:2]
    sub = _with(commune_sub, first.code, value_text="999.999.999.999,99",
                compared_text="Đến nay đã vượt mức chỉ tiêu (460.038.735,3%)")
    sub = _with(sub, second.code, value_text="1.000.000.000.000", own_target_text="≥ 10.000.000.000")
    # the remark column, narrower for them, prints a date a little smaller rather than break it
    sub = _with(sub, commune_sub.assigned_items[2].code, comment="Tăng 01 người do vụ tai nạn ngày 02/9/2026.")
    report = Layout(sub)
    printed = set(" ".join(report.pages).split())
    for word in ("999.999.999.999,99", "(460.038.735,3%)", "1.000.000.000.000", "10.000.000.000", "02/9/2026."):
        assert word in printed, word
    table = _indicator_table(sub, _Styles(report_fonts()), [])
    assert sum(table._colWidths) == pytest.approx(sum(w for _, w in COLUMNS) * 72 / 25.4)
    sizes = {}
    for row in table._cellvalues[2:]:
        for cell in row[2:7]:
            if isinstance(cell, Paragraph):
                sizes[cell.getPlainText()] = cell.style.fontSize
    assert MIN_CELL_SIZE <= sizes["999.999.999.999,99"] <= TABLE_SIZE
    assert MIN_CELL_SIZE <= sizes["Đến nay đã vượt mức chỉ tiêu (460.038.735,3%)"] <= TABLE_SIZE
    assert sizes[commune_sub.assigned_items[3].value_text] == TABLE_SIZE
    assert min(table._colWidths) > 10 * 72 / 25.4  # no column squeezed to nothing


REMARKS = {
    "long": ("Số liệu tạm tính đến ngày 14/6/2026, chưa bao gồm khoản thu phí, lệ phí của bộ phận một cửa "
             "chuyển về kho bạc; sẽ cập nhật khi có số liệu chính thức."),  # 150 characters
    "code": '"BHXH-TN-2026-000123456789/QĐ-UBND-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789-ABCDEFGHIJKL"',
    "short": "Số liệu của BHXH",
    "over": ("Theo báo cáo của Bảo hiểm xã hội khu vực, " * 8).strip(),  # over 200: the wording's rule
}


def test_a_remark_too_tall_for_its_row_goes_under_the_table_numbered_as_its_cell_says(commune_sub):
    """A remark that would make its row taller than about 6 lines (150 characters made a 22 mm
    cell 15 lines tall, a code without spaces 35) prints its beginning and "… (xem ghi chú n
    dưới biểu)", and is printed whole under the table as note n: notes numbered down the table,
    those over 200 characters among them; a short remark stays whole in its cell."""
    from exports.report_annex import (
        CELL_PADDING,
        REMARK_LINES,
        TABLE_LEADING,
        _indicator_table,
        _Styles,
    )

    sub = commune_sub
    codes = [it.code for it in sub.assigned_items[:4]]
    for code, kind in zip(codes, ("long", "short", "code", "over")):
        sub = _with(sub, code, comment=REMARKS[kind], notes=())
    notes: list[str] = []
    table = _indicator_table(sub, _Styles(report_fonts()), notes)
    assert notes == [REMARKS["long"], REMARKS["code"], REMARKS["over"]]
    table.wrap(1000, 10_000)
    widths = table._colWidths
    def para(c):  # a wrapped table's cell
        return c[0] if isinstance(c, (list, tuple)) else c

    cells = {_cell_text(row[0]): [para(c) for c in row] for row in table._cellvalues[2:]}
    for item, kind in zip(sub.assigned_items[:4], ("long", "short", "code", "over")):
        row = cells[str(item.no)]
        remark = row[7].getPlainText()
        if kind == "short":
            assert remark == REMARKS["short"]
            continue
        n = notes.index(REMARKS[kind]) + 1
        assert remark.endswith(f"(xem ghi chú {n} dưới biểu)"), remark
        others = max(c.wrap(w - CELL_PADDING, 1e6)[1] for c, w in zip(row[:7], widths) if isinstance(c, Paragraph))
        assert row[7].wrap(widths[7] - CELL_PADDING, 1e6)[1] <= max(REMARK_LINES * TABLE_LEADING, others) + 0.5

    report = Layout(sub)
    text = " ".join(" ".join(report.pages).split())
    for n, note in enumerate(notes, 1):
        assert f"{n}. {note[:40]}" in text


def test_the_numbering_line_says_why_numbers_are_skipped_and_is_never_alone(layout):
    """A commune's rows run 6, 8 (indicator 7 is a ward's only): under the table, on the page of
    its last rows, "STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho phường." (for a ward,
    "… cho xã"); the table's pages are landscape, the closing's portrait."""
    from exports.report_annex import numbering_note

    sub, report = layout
    other = "phường" if sub.unit_kind == "xã" else "xã"
    line = numbering_note(sub)
    assert line == f"STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho {other}."
    at = report.page_of(f"chỉ giao cho {other}.")
    assert at == [report.table_pieces[-1][0]]
    assert len(report.table_pieces[-1][1]) >= 2 + 2  # the header rows and two rows at least


def test_no_numbering_line_when_the_numbers_run_without_a_gap(commune_sub):
    from exports.report_annex import numbering_note

    items = tuple(replace(it, no=n) for n, it in enumerate(commune_sub.items, 1))
    assert numbering_note(replace(commune_sub, items=items)) == ""
    story = build_story(replace(commune_sub, items=items), report_fonts(), "x.xlsx")
    assert not any("STT theo" in _first_text(fl) for fl in story)
