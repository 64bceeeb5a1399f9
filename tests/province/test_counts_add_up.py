"""The consolidated counts add up to the units an indicator applies to (walk-through 16, L5): a
ward that reported "Thu tiền sử dụng đất", which no unit is assigned a target for ("Chưa giao chỉ
tiêu"), was in none of the PDF's count columns nor of the workbook's "Chỉ tiêu bổ sung" count
rows: "Số đơn vị thực hiện" 92, and Vượt 0, Đạt 0, Không đạt 0, Đang thực hiện 0, Chưa báo cáo 91.
Now the PDF has a column "Khác", explained under the table, and the sheet a last row for them.
And the consolidated tables never leave one or two rows alone on their last page (L6)."""
from __future__ import annotations

import datetime as dt
import io
import subprocess

import pytest
from openpyxl import load_workbook
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from desktop_app.core.consolidation import Count
from desktop_app.province import ProvinceOffice
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace
from exports.consolidated_pdf import build_story, render_pdf
from exports.consolidated_table import COLUMNS, HeadedTable
from exports.consolidated_xlsx import (
    OTHERS_LABEL,
    SHEET_SUPPLEMENTARY,
    write_consolidated,
)
from exports.fonts import report_fonts
from exports.official_page import document
from exports.report_annex import TAIL_ROWS
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, REPORT_DATE
from tests.province.helpers import ON_TIME, as_unit, delivered, fill_unit, sign_with, unit_key

LAND = "thu_tien_su_dung_dat"  # a supplementary indicator with no target ("chỉ tiêu: chưa giao")


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    """A ward that reported the land fee, a commune that did not; the other 90 units not sent."""
    root = tmp_path_factory.mktemp("khac")
    folder = root / "inbox"
    folder.mkdir()
    cat = default_catalog()
    ward = next(c.code for c in cat.communes if c.kind == "phường")
    commune = next(c.code for c in cat.communes if c.kind == "xã")
    ws = Workspace.open(root / "communes", user="can-bo")
    key = ws.signing_key()
    for n, unit in enumerate((ward, commune)):
        as_unit(ws, unit)
        fill_unit(ws, PERIOD, seed=n)
        if unit == ward:
            ws.set_entry(PERIOD, LAND, value="12500", comment="Đấu giá đất khu dân cư số 3")
        ws.complete(PERIOD)
        ws.approve(PERIOD)
        sub = ws.submission(PERIOD, approved=True, generated_at=ON_TIME + dt.timedelta(minutes=n))
        sub = sign_with(sub, key if n == 0 else unit_key(key, unit))
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    ws.close()
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD)
    yield office.consolidation(PERIOD)
    office.close()


def test_the_core_counts_the_ward_among_the_others_and_says_why(con):
    land = con.summaries[LAND]
    assert land.applicable == 92
    assert (land.counts[Count.KHAC], land.counts[Count.CHUA_BAO_CAO]) == (1, 91)
    assert land.others == (("Chưa giao chỉ tiêu", 1),)
    for code, s in con.summaries.items():
        assert sum(s.counts.values()) == s.applicable, code


def _numbers(cells) -> list[int]:
    return [int(c) for c in cells]


def test_the_pdf_counts_add_up_to_the_units_in_every_row(con):
    """Each row of both summary tables: (5) + … + (10) = (4), "Khác" (9) among them, and "Chưa
    nhập" (11) in section III, where the commune's report leaves the supplementary indicators
    empty; the land fee's row as printed reads 92 = 1 (Khác) + 90 (Chưa báo cáo) + 1 (Chưa nhập),
    and the line under the table says what "Khác" counts, naming the indicator."""
    titles = [t for t, _ in COLUMNS]
    assert titles[4:10] == ["Vượt", "Đạt", "Không đạt", "Đang thực hiện", "Khác", "Chưa báo cáo"]
    story = [getattr(fl, "body", fl) for fl in build_story(con, report_fonts(), report_date=REPORT_DATE)]
    tables = [getattr(fl, "table", fl) for fl in story if isinstance(getattr(fl, "table", fl), Table)
              and getattr(fl, "table", fl)._ncols in (len(COLUMNS), len(COLUMNS) + 1)]
    assert [t._ncols for t in tables] == [len(COLUMNS), len(COLUMNS) + 1]
    checked = 0
    for t in tables:
        for row in t._cellvalues[2:]:
            texts = [c.getPlainText() if hasattr(c, "getPlainText") else str(c) for c in row]
            if "Chưa đến kỳ đánh giá" in texts[4]:
                continue
            applicable, *counts = _numbers(texts[3:t._ncols - 2])  # up to the share and the total
            assert sum(counts) == applicable, texts[:2]
            checked += 1
    assert checked >= 20
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    section = text.split("III. KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG")[1].split("IV. CÁC ĐƠN VỊ")[0]
    no = con.catalog.indicator(LAND).no
    row = next(line.split() for line in section.splitlines() if line.split()[:1] == [str(no)])
    at = row.index("đồng")  # "Thu tiền sử dụng đất", "triệu đồng", then the counts
    assert row[at + 1:at + 9] == ["92", "0", "0", "0", "0", "1", "90", "1"], row
    flat = " ".join(section.split())
    assert f"Cột (9) “Khác”: số đơn vị có báo cáo nhưng chưa được giao chỉ tiêu (chỉ tiêu {no})." in flat


def test_the_supplementary_sheet_counts_add_up_its_rows_kept_in_place(con, tmp_path):
    """Under the units of "Chỉ tiêu bổ sung": the rows others read, in their places, then the rows
    added last: the others, and the units that sent a report without the figure, whom "Số đơn vị
    chưa báo cáo" counted too until 2026.12 (the commune's report here: 91, now 90 + 1); the land
    fee's counts add up to its 92 units, and each unit's cell says which it is."""
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_SUPPLEMENTARY]
    labels = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
    first = labels["Toàn tỉnh"]
    assert [ws.cell(first + k, 2).value for k in range(8)] == [
        "Toàn tỉnh", "Số đơn vị đạt, vượt", "Số đơn vị không đạt", "Số đơn vị đang thực hiện",
        "Số đơn vị chưa báo cáo", "Số đơn vị chưa đến kỳ đánh giá", OTHERS_LABEL,
        "Số đơn vị có báo cáo, chưa nhập số liệu"]
    assert first + 7 == ws.max_row  # the last row of the sheet
    assert OTHERS_LABEL == "Số đơn vị khác (chưa giao chỉ tiêu, chưa đủ số liệu)"
    name = con.catalog.indicator(LAND).name
    col = next(c for c in range(1, ws.max_column + 1) if str(ws.cell(5, c).value or "").startswith(name))
    counts = [ws.cell(first + k, col).value for k in range(1, 8)]
    assert counts == [0, 0, 0, 90, 0, 1, 1]
    assert sum(counts) == 92
    sent = [r for r in range(1, first) if str(ws.cell(r, 5).value).startswith("Đã nhận")]
    ward_row = next(r for r in sent if ws.cell(r, col).value is not None)
    assert ws.cell(ward_row, col + 1).value == "Chưa giao chỉ tiêu"
    (commune_row,) = set(sent) - {ward_row}
    assert (ws.cell(commune_row, col).value, ws.cell(commune_row, col + 1).value) == (None, "Chưa nhập")
    not_sent = [r for r in range(1, first) if ws.cell(r, 5).value == "Chưa gửi"]
    assert len(not_sent) == 90 and {ws.cell(r, col + 1).value for r in not_sent} == {"Chưa báo cáo"}


def test_no_consolidated_table_leaves_a_row_or_two_alone_on_its_last_page(con):
    """Wherever section III's table starts on its page (a space above it moves its page break over
    its rows), its last page holds at least `TAIL_ROWS` of its rows, with the lines under it: the
    year's report printed row 22 and the footnote alone on a landscape page."""
    f = report_fonts()
    short, splits = [], 0
    for blank in range(0, 171, 10):
        story = build_story(con, f, report_date=REPORT_DATE)
        at = next(k for k, fl in enumerate(story) if isinstance(fl, HeadedTable))  # section III's
        heading = story[at].heading  # a space under it, kept with what follows it
        spaced = ParagraphStyle("spaced", parent=heading.style, spaceAfter=heading.style.spaceAfter + blank * mm)
        story[at] = HeadedTable(Paragraph(heading.text, spaced), story[at].body)
        doc = document(io.BytesIO(), f, draft=False)
        placed = []
        doc.afterFlowable = lambda fl, doc=doc, placed=placed: placed.append((doc.page, getattr(fl, "table", fl)))
        doc.build(story)
        tables = [(page, t) for page, t in placed if isinstance(t, Table) and t._ncols >= len(COLUMNS)]
        pieces = [(page, t) for page, t in tables if page > tables[0][0] + 1]  # section III's, after the charts
        if len(pieces) < 2:
            continue
        splits += 1
        rows = len(pieces[-1][1]._cellvalues) - 2  # below the two header rows repeated on the page
        if rows < TAIL_ROWS:
            short.append((blank, rows))
    assert splits >= 5
    assert not short, f"(space above, rows on the last page): {short}"
