"""A draft prints "DỰ THẢO" where the writer prints it, and nothing pushes it off the page.

Red-team 10 (finding 3): 40 line breaks before "Dữ liệu"'s "DỰ THẢO" (LibreOffice 7.4 printed
the sheet with no mark: the text went below the header, inside the table's area, not shown), and
the mark simply emptied from its headers, both verified as intact: the comparison of a header's
words split on whitespace, and an empty header is allowed to a draft. 20.000 spaces before the
mark printed "Dữ liệu"'s pages blank. The writer writes no character but letters, signs and
single spaces in a header; it marks a draft's "Báo cáo" at the top right of every page but the
first (which says so in its cells), and, since 2026.12 (the page number at the top), "Dữ liệu"
and "Thông tin" on every page. Files of every version, and LibreOffice's re-saves, stay intact."""
from __future__ import annotations

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V1, SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT, _not_intact
from tests.exports.test_resaved_by_libreoffice import RESAVED_APPROVED, RESAVED_DRAFT
from tests.exports.test_sheets_show_what_was_signed import DATA, INFO, _forged

MARK = "&amp;R&amp;&quot;Times New Roman,Bold&quot;&amp;10 &amp;Kc00000"  # RESAVED_DRAFT's, before "DỰ THẢO"
ODD, FIRST = "DỰ THẢO</oddHeader>", "DỰ THẢO</firstHeader>"
MUST = "bản dự thảo phải in chữ DỰ THẢO ở "


def _draft(tmp_path, *changes):
    """RESAVED_DRAFT (a draft of this version's layout, saved again by LibreOffice) changed."""
    path = _forged(tmp_path, *changes, src=RESAVED_DRAFT)
    assert examine(path)[0].class_ == FileClass.HOP_LE  # intake: the data are the signed ones
    return path


@pytest.mark.parametrize(("before", "said"), [
    ("\n" * 40, "có ký tự xuống dòng (U+000A)"),
    ("&#13;" * 40, "có ký tự về đầu dòng (U+000D)"),
    ("\t" * 40, "có ký tự tab (U+0009)"),
    ("\u2028" * 40, "có ký tự xuống dòng (U+2028)"),
    ("\u00a0" * 40, "có ký tự dấu cách không ngắt (U+00A0)"),
    ("\u200b", "có ký tự điều khiển hoặc không hiện (U+200B)"),
    (" " * 20000, "có 20001 dấu cách liền nhau: phần mềm chỉ ghi một"),
], ids=["line-breaks", "carriage-returns", "tabs", "line-separators", "no-break-spaces", "zero-width",
        "20000-spaces"])
def test_a_draft_mark_pushed_off_the_page_is_not_intact(tmp_path, before, said):
    """rt10's newlines.xlsx, and the other characters a comparison of words passes over."""
    path = _draft(tmp_path, (DATA, MARK + ODD, MARK + before + ODD))
    _not_intact(path, f'trang "Dữ liệu": đầu trang khi in "DỰ THẢO" (bên phải) {said}',
                "chữ có thể bị đẩy ra ngoài trang in")


def test_a_page_number_after_line_breaks_is_not_intact(tmp_path):
    path = _draft(tmp_path, (INFO, "&amp;C&amp;13 &amp;P", "&amp;C&amp;13 " + "\n" * 40 + "&amp;P"))
    _not_intact(path, 'trang "Thông tin": đầu trang khi in "&P" (ở giữa) có ký tự xuống dòng (U+000A)')


def test_a_draft_with_its_mark_emptied_is_not_intact(tmp_path):
    """rt10's nodraft.xlsx: both headers of "Dữ liệu" say only the page number."""
    path = _draft(tmp_path, (DATA, MARK + ODD, "</oddHeader>"), (DATA, MARK + FIRST, "</firstHeader>"))
    _not_intact(path, 'trang "Dữ liệu": ' + MUST + "đầu trang (bên phải), như phần mềm in; ở đây không có",
                'trang "Dữ liệu": ' + MUST + "đầu trang đầu (bên phải)")


@pytest.mark.parametrize(("part", "changes", "said"), [
    (REPORT, [(MARK + ODD, "</oddHeader>")], 'trang "Báo cáo": ' + MUST + "đầu trang (bên phải)"),
    (INFO, [(MARK + FIRST, "</firstHeader>")], 'trang "Thông tin": ' + MUST + "đầu trang đầu (bên phải)"),
    (REPORT, [('differentOddEven="false"', 'differentOddEven="true"')],
     'trang "Báo cáo": ' + MUST + "đầu trang chẵn (bên phải)"),
    (DATA, [(MARK + ODD, "</oddHeader>"), ("&amp;C&amp;13 &amp;P", ""), (MARK + FIRST, "</firstHeader>")],
     'trang "Dữ liệu": ' + MUST + "đầu trang (bên phải)"),  # differentFirst still says this version's
    (DATA, [("DỰ THẢO</oddHeader>", "DỰ THẢO&amp;R</oddHeader>")],
     'trang "Dữ liệu": đầu trang ghi phần bên phải hai lần (&R)'),
    (DATA, [("&amp;R&amp;&quot;", "&amp;L&amp;&quot;")], 'trang "Dữ liệu": ' + MUST + "đầu trang (bên phải)"),
], ids=["report-pages", "info-first-page", "report-even-pages", "data-all-emptied", "right-twice",
        "moved-left"])
def test_every_page_the_writer_marks_is_marked(tmp_path, part, changes, said):
    _not_intact(_draft(tmp_path, *((part, old, new) for old, new in changes)), said)


def test_format_1_s_draft_without_its_mark_is_not_intact(tmp_path):
    """Every version marks "Báo cáo" (format 1 on every page: it has no first page of its own)."""
    path = _forged(tmp_path, (REPORT, "<oddHeader>&amp;RDỰ THẢO</oddHeader>", "<oddHeader />"), src=SAMPLE_V1)
    _not_intact(path, 'trang "Báo cáo": ' + MUST + "đầu trang (bên phải)")


def test_an_approved_file_printing_the_draft_mark_is_not_intact(tmp_path):
    path = _forged(tmp_path, (REPORT, "<oddHeader />", "<oddHeader>&amp;RDỰ THẢO</oddHeader>"))
    _not_intact(path, 'trang "Báo cáo": đầu trang khi in ghi "DỰ THẢO"')


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A draft and an approved workbook this version writes (Xã Tân Cương's 2026)."""
    import db.period_records
    from desktop_app.services import Workspace, export_period
    from tests.exports.sample_data import APPROVED_AT, REPORT_DATE, fill_commune_2026

    base = tmp_path_factory.mktemp("fresh")
    ws = Workspace.open(base / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    draft = export_period(ws, "2026", base / "draft", pdf=False, report_date=REPORT_DATE).xlsx
    with pytest.MonkeyPatch.context() as patch:  # approved before REPORT_DATE (tests/conftest.py's
        patch.setattr(db.period_records, "now", lambda: APPROVED_AT)  # approved_before_report_date)
        ws.complete("2026")
        ws.approve("2026")
    approved = export_period(ws, "2026", base / "approved", pdf=False, report_date=REPORT_DATE).xlsx
    ws.close()
    return {"draft": draft, "approved": approved}


@pytest.mark.parametrize("kind", ["draft", "approved"])
def test_this_version_s_files_are_intact(fresh, kind):
    verdict = verify_file(fresh[kind])
    assert verdict.ok, verdict.message
    assert verdict.submission.approved == (kind == "approved")


@pytest.mark.parametrize("path", [SAMPLE_V1, SAMPLE_V2, RESAVED_APPROVED, RESAVED_DRAFT],
                         ids=["format1-draft", "format2-approved", "resaved-approved", "resaved-draft"])
def test_the_files_of_earlier_versions_are_intact(path):
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
