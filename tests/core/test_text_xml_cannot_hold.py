"""Characters XML cannot hold (red-team 17, F5): a comment or a section of the report pasted with
U+FFFE or U+FFFF (noncharacters: they print nothing) was saved as typed, and every export of the
period then stopped on lxml's ValueError, the approved report for good. What is typed or read
is saved without them (and without the other noncharacters, lone surrogates and control
characters); a draft stored so by an older version is exported without them; an approved report
stored so is refused, saying where and what to do, never a traceback, and exported once approved
again."""
from __future__ import annotations

import re

import pytest

from desktop_app.core import validation
from desktop_app.core.errors import PeriodFrozen
from desktop_app.core.quoting import quoted
from desktop_app.core.validation import (
    clean_text,
    one_line,
    parse_comment,
    parse_name,
    parse_narrative,
    typed_text,
    xml_safe,
)
from desktop_app.services import export_period
from exports.submission_reader import verify_file
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

NOT_TEXT = "\ufffe\uffff\ufdd0\ufdef\U0001fffe\U0010ffff\ud800\x0b"
COMMENT = "Thiếu nguồn\ufffe kết nạp\uffff ở thôn xa"
NARRATIVE = "Tình hình\ufffe chung"


def test_what_prints_nothing_is_dropped_from_every_text_typed():
    typed = f"Số liệu{NOT_TEXT} thôn\r\nxa"
    assert typed_text(typed) == "Số liệu thôn\nxa"
    assert parse_comment(typed) == "Số liệu thôn\nxa"
    assert parse_narrative(typed, "Kết quả đạt được") == "Số liệu thôn\nxa"
    assert one_line(typed) == quoted(typed) == "Số liệu thôn xa"
    assert parse_name("Nguyễn\ufffe Văn An\uffff", "Người lập biểu") == "Nguyễn Văn An"
    assert typed_text("Nguye\u0302\u0303n") == "Nguyễn"  # still NFC


def test_what_is_read_and_written_loses_only_what_xml_cannot_hold():
    """A file, and an approved report, keep what XML holds (U+FDD0, written by older versions as
    it is): a file's text read otherwise would no longer match its approval code."""
    assert xml_safe(f"a{NOT_TEXT}\tb\r\nc") == "a\ufdd0\ufdef\U0001fffe\U0010ffff\tb\r\nc"
    assert clean_text(f"a{NOT_TEXT}\tb") == "a\ufdd0\ufdef\U0001fffe\U0010ffff\tb"
    plain = "Thiếu nguồn kết nạp"
    assert xml_safe(plain) is plain


def _comment_in_file(path) -> str:
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
    return next(i.comment for i in verdict.submission.items if i.code == "ket_nap_dang_vien")


def test_a_comment_and_a_section_pasted_with_u_fffe_are_saved_without_it_and_exported(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.set_entry("2026", "ket_nap_dang_vien", comment=COMMENT)
    office.set_narrative("2026", "ket_qua", NARRATIVE)
    assert office.period_view("2026").narratives["ket_qua"] == "Tình hình chung"
    result = export_period(office, "2026", tmp_path / "draft", pdf=False)
    assert _comment_in_file(result.xlsx) == "Thiếu nguồn kết nạp ở thôn xa"


def _as_an_older_version(ws, monkeypatch):
    """The comment and the section saved as an older version saved them: with U+FFFE and U+FFFF."""
    for kept in ("_NOT_XML", "_NONCHARACTERS"):
        monkeypatch.setattr(validation, kept, re.compile("(?!)"))
    as_(ws, "canbo")
    fill_year(ws)
    ws.set_entry("2026", "ket_nap_dang_vien", comment=COMMENT)
    ws.set_narrative("2026", "ket_qua", NARRATIVE)


def test_a_draft_stored_with_u_fffe_by_an_older_version_is_exported_without_it(office, tmp_path, monkeypatch):  # noqa: F811
    _as_an_older_version(office, monkeypatch)
    monkeypatch.undo()
    result = export_period(office, "2026", tmp_path / "draft")
    assert _comment_in_file(result.xlsx) == "Thiếu nguồn kết nạp ở thôn xa"
    assert [n.text for n in verify_file(result.xlsx).submission.narratives] == ["Tình hình chung"]


def test_a_report_approved_with_u_fffe_by_an_older_version_says_what_to_do_then_exports_approved_again(
        office, tmp_path, monkeypatch):  # noqa: F811
    _as_an_older_version(office, monkeypatch)
    office.complete("2026")
    as_(office, "lanhdao")
    code = office.approve("2026")
    monkeypatch.undo()
    with pytest.raises(PeriodFrozen) as refused:
        export_period(office, "2026", tmp_path / "approved")
    message = refused.value.message
    assert message.startswith(f"Báo cáo năm 2026 đã duyệt (mã xác thực {code[:16]}) có ký tự không in ra được "
                              "(U+FFFE hoặc U+FFFF) trong ghi chú của chỉ tiêu \"Tỷ lệ kết nạp đảng viên mới")
    assert "Lãnh đạo mở lại kỳ (Kỳ báo cáo › Mở lại…), Cán bộ nhập liệu bấm Hoàn thành, Lãnh đạo duyệt lại" in message
    assert not (tmp_path / "approved").exists() or not any((tmp_path / "approved").iterdir())
    # as told: reopened, completed, approved again
    office.reopen("2026", "Bỏ ký tự không in ra được")
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    again = office.approve("2026")
    assert again != code
    result = export_period(office, "2026", tmp_path / "approved")
    assert _comment_in_file(result.xlsx) == "Thiếu nguồn kết nạp ở thôn xa"
    assert verify_file(result.xlsx).submission.fingerprint == again
