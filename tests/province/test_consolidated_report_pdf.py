"""The consolidated PDF report as printed: one chart page per assigned indicator drawing the
chart models' units in their order, the year's periods beside the report's, every font
embedded, no word broken inside a table cell."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from desktop_app.approval import SIGNING_KEY
from desktop_app.core.charts import unit_results
from desktop_app.core.consolidation import Count
from desktop_app.core.numbers import format_number
from desktop_app.core.province_total import total_words
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import running_name
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.consolidated_differences import differences_notes
from exports.consolidated_pdf import NOT_DUE, NUMBERING_NOTE, blank_share_note, render_pdf
from exports.consolidated_table import COLUMNS, NOT_ENTERED_COLUMN, not_entered_note
from tests.province.conftest import PERIOD, REPORT_DATE, pick_units
from tests.province.helpers import VN, make_submissions


@pytest.fixture(scope="module")
def report(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    return con, render_pdf(con, report_date=REPORT_DATE)


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_one_chart_page_per_assigned_indicator_after_the_summary_table(report):
    """Titled "Biểu đồ n. <name> (<unit>)" as numbered in the table, each on a page of its own,
    after the table and the overview page, before the supplementary indicators; an indicator not
    due yet has none (test_consolidated_pages)."""
    con, pdf = report
    pages = _pages(pdf)
    titles = [f"Biểu đồ {n}. {i.name} ({i.unit})" for n, i in enumerate(con.assigned, 1)
              if con.summaries[i.code].due]
    where = [[k for k, text in enumerate(pages) if title in text] for title in titles]
    assert all(len(found) == 1 for found in where), where
    found = [k for (k,) in where]
    assert found == list(range(found[0], found[0] + len(titles)))  # one page each, in the table's order
    table = next(k for k, t in enumerate(pages) if "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO" in t)
    overview = next(k for k, t in enumerate(pages) if "Biểu đồ chung." in t)
    supplementary = next(k for k, t in enumerate(pages) if "III. KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG" in t)
    assert table < overview == found[0] - 1 and found[-1] + 1 == supplementary
    assert sum("Biểu đồ " in t for t in pages) == len(titles) + 1


def _rotated_texts(page) -> list[str]:
    """The texts drawn upwards on `page` (the units' names under the bars), left to right."""
    found = []

    def visit(text, cm, tm, font, size):
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        if text.strip() and abs(a) < 1e-6 and b > 0:
            found.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], text.strip()))

    page.extract_text(visitor_text=visit)
    return [t for _, t in sorted(found)]


def test_the_bars_are_the_chart_models_units_in_order_and_the_counts_the_summaries(report):
    """Each page names under its bars exactly the units the window's chart model plots, in its
    order (best first), and states the consolidation's counts; the units apart are named."""
    con, pdf = report
    reader = PdfReader(io.BytesIO(pdf))
    pages = _pages(pdf)
    due = [(n, ind) for n, ind in enumerate(con.assigned, 1) if con.summaries[ind.code].due]
    for n, ind in due:
        k = next(k for k, t in enumerate(pages) if f"Biểu đồ {n}. {ind.name}" in t)
        chart = unit_results(con, ind.code)
        names = [t for t in _rotated_texts(reader.pages[k]) if t not in ("Chưa đến kỳ", "Chưa có báo cáo")]
        assert names == [u.name for u in chart.points], ind.code
        s = con.summaries[ind.code]
        if s.due:
            counts = ", ".join(f"{k.value.lower()} {s.counts[k]}" for k in (
                Count.VUOT, Count.DAT, Count.KHONG_DAT, Count.DANG_THUC_HIEN, Count.CHUA_BAO_CAO))
            assert f"{len(chart.points)} đơn vị có kết quả" in pages[k] and counts in pages[k], ind.code
            missing = [running_name(u.name) for u in chart.apart]  # named, the first 15 only when more
            more = f" và {len(missing) - 15} đơn vị khác" if len(missing) > 15 else ""
            assert f"Chưa báo cáo ({len(missing)} đơn vị): {', '.join(missing[:15])}{more}." in pages[k]
    assert len(due) == len(con.assigned) - 1  # the party indicator, last, is not due at 6 months: no page


def test_every_font_is_embedded(report, tmp_path):
    """pdffonts lists only embedded fonts: the report's serif, no Helvetica of reportlab's
    tables or graphics."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed: cannot list the PDF's fonts")
    _, pdf = report
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = out.splitlines()[2:]  # under the header and its rule: name, type, encoding, emb, sub, uni, object, id
    assert len(fonts) == 4, out  # regular, bold, italic, bold italic
    assert [line.split()[-5] for line in fonts] == ["yes"] * 4, out
    assert "Helvetica" not in out


def test_no_word_is_broken_inside_a_table_cell(report):
    """Every word printed in the summary tables is a whole word of what the tables hold
    ("Có/Không", not "Có/Khôn g"): cells wrap at spaces only."""
    con, pdf = report
    text = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    tables = text.split("II. KẾT QUẢ ")[1].split("Biểu đồ chung")[0] + text.split("III. KẾT QUẢ ")[1].split("IV.")[0]
    held = [title for title, _ in (*COLUMNS, NOT_ENTERED_COLUMN)] + [NOT_DUE]
    held += [f"({n})" for n in range(1, len(COLUMNS) + 2)]
    held += ["THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO (PHỤ LỤC 2)", "CÁC CHỈ TIÊU BỔ SUNG"]  # the sections' headings
    held.append(NUMBERING_NOTE)  # under section III's table
    held.append(blank_share_note(con, con.assigned))  # under both tables: what a blank (11) means
    held += differences_notes(con)  # under section II's: the units whose file states otherwise (U5 F4)
    held += [blank_share_note(con, con.supplementary), not_entered_note(con, con.supplementary)]  # (12) after (11)
    held += [str(n) for n in range(1, len(PdfReader(io.BytesIO(pdf)).pages) + 1)]  # the pages' numbers
    for n, ind in enumerate(con.catalog.indicators, 1):
        s = con.summaries[ind.code]
        held += [str(n), ind.name, ind.unit, str(s.applicable), *map(str, s.parted.values()),
                 format_number(s.met_share, 2) if s.met_share is not None else "",
                 f"{s.total_text} ({total_words(s.total_label, s.total_units)})"]
    words = {w for t in held for w in t.split()}
    printed = tables.split()
    assert "Có/Không" in printed and len(printed) > 200
    assert [w for w in printed if w not in words] == []


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """A province database that has read the first quarter's and the 6 months' files of two
    units (each unit's installation keeps its key)."""
    root = tmp_path_factory.mktemp("year")
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    key, units = new_private_key(), pick_units(1, 1)
    for code, sent in (("2026-Q1", dt.datetime(2026, 3, 17, 9, tzinfo=VN)),
                       (PERIOD, dt.datetime(2026, 6, 17, 9, tzinfo=VN))):
        data = root / f"communes-{code}"
        ws = Workspace.open(data, user="can-bo")
        with ws.store.transaction():
            ws.store.put_setting(SIGNING_KEY, key)
        ws.close()
        folder = root / f"inbox-{code}"
        folder.mkdir()
        ws, _ = make_submissions(folder, units, code, generated_at=sent, data_dir=data)
        ws.close()
        office.intake(folder, code)
    yield office
    office.close()


def test_the_charts_compare_the_period_with_the_years_earlier_ones(year, tmp_path):
    """The exported report draws Quý I beside 6 tháng on the overview and on each indicator's
    page, each column with its own share met, and the completeness of both periods."""
    path = year.export_pdf(PERIOD, tmp_path / "bao-cao.pdf", report_date=REPORT_DATE)
    pages = _pages(path.read_bytes())
    overview = next(t for t in pages if "Biểu đồ chung." in t)
    assert "2/92 Quý I 2/92 6 tháng" in overview  # the units received over each period's column
    bhyt = next(t for t in pages if "Biểu đồ 2. Tỷ lệ người dân tham gia bảo hiểm y tế" in t)
    assert re.search(r"\d+(,\d)?% Quý I \d+(,\d)?% 6 tháng", bhyt), bhyt
    assert "9 tháng" not in bhyt


def test_too_many_units_to_name_are_drawn_without_names(report):
    """Beyond what fits under the bars (about 110 units on the page), the bars are drawn and the
    names left to the workbook, said under the axis; the target line stays."""
    from dataclasses import replace

    from reportlab.graphics import renderPDF

    from exports.consolidated_charts import units_chart
    from exports.fonts import report_fonts

    con, _ = report
    chart = unit_results(con, "bhyt")
    many = replace(chart, points=[replace(p, no=k) for k in range(25) for p in chart.points])
    pdf = renderPDF.drawToString(units_chart(many, report_fonts(), 714, 260))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert _rotated_texts(page) == []
    text = " ".join(page.extract_text().split())
    assert f"{len(many.points)} đơn vị, quá nhiều để ghi tên dưới từng cột" in text and "Chỉ tiêu 100" in text
    few = PdfReader(io.BytesIO(renderPDF.drawToString(units_chart(chart, report_fonts(), 714, 260)))).pages[0]
    assert _rotated_texts(few) == [u.name for u in chart.points]


def test_the_closing_text_stays_with_noi_nhan_and_the_signature(report):
    """Wherever the last section ends on its page (a blank of 0 to 170 mm put under its heading,
    10 mm at a time), "Trên đây…./." is on the page of "Nơi nhận" and the signer's name: the
    signature block never stands alone on a last page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from exports.consolidated_pdf import build_story
    from exports.fonts import report_fonts
    from exports.report_pdf import document

    con, _ = report
    f = report_fonts()
    pages_seen = set()
    for blank in range(0, 171, 10):
        story = build_story(con, f, report_date=REPORT_DATE)
        at = next(k for k, fl in enumerate(story)
                  if isinstance(fl, Paragraph) and "CÁC ĐƠN VỊ KHÔNG ĐẠT" in fl.getPlainText())
        story.insert(at + 1, Spacer(1, blank * mm))
        buf = io.BytesIO()
        document(buf, f, draft=False).build(story)
        reader = PdfReader(io.BytesIO(buf.getvalue()))
        last = [" ".join(p.extract_text().split()) for p in reader.pages[-2:]]
        closing = next(k for k, text in enumerate(last) if "Trên đây là báo cáo tổng hợp" in text)
        assert closing == len(last) - 1, blank  # on the last page
        for text in ("Nơi nhận: - Như trên;", "TM. ỦY BAN NHÂN DÂN", con.settings.signer):
            assert text in last[closing], (blank, text)  # "Như trên": the addressee of "Kính gửi"
        pages_seen.add(len(reader.pages))
    assert len(pages_seen) > 1  # the blanks did move the end over a page


def _header_lines(page) -> list[list[str]]:
    """The summary table's column titles on `page` as printed: the lines above the numbers (1), (2)…,
    top down, each line's pieces left to right."""
    runs = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: runs.append((round(tm[5] * cm[3] + cm[5]),
                                                                           tm[4] * cm[0] + cm[4], text.strip())))
    numbers = max(y for y, _, t in runs if t == "(1)")
    top = min(y for y, _, t in runs if t.startswith("II. ") or t.startswith("III. "))
    ys = sorted({y for y, _, t in runs if numbers < y < top and t}, reverse=True)
    return [[t for _, _, t in sorted(r for r in runs if r[0] == y and r[2])] for y in ys]


def test_the_verdict_columns_titles_print_on_two_lines_their_words_kept(report):
    """"Đang / thực hiện", "Chưa / báo cáo", "Số đơn vị / thực hiện", "Không / đạt" ("Khác" on one):
    two lines of titles (18 mm printed "Đang / thực / hiện" and "Số đơn / vị thực / hiện"), "thực hiện" and
    "báo cáo" never parted, in both summary tables."""
    _, pdf = report
    reader = PdfReader(io.BytesIO(pdf))
    pages = [p for p in reader.pages if "(11)" in p.extract_text() and ". KẾT QUẢ " in p.extract_text()]
    assert len(pages) == 2  # the province's indicators, the supplementary ones (under their sections' headings)
    for page in pages:
        first, *middle, last = _header_lines(page)  # a title of one line is centred between the two
        assert {"Đang", "Chưa", "Không", "Số đơn vị"} <= set(first), first
        assert last.count("thực hiện") == 2 and "báo cáo" in last and "đạt" in last, last
        assert set(sum(middle, [])) <= {"STT", "Chỉ tiêu", "Vượt", "Đạt", "Khác"}, middle
