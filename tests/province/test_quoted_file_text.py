"""Text from inside a file never prints lines, or turns words round, in what the province reads.

A verdict and a comparator have words of their own: a file stating anything else (a verdict of
30 000 characters, one with a right-to-left override, several lines of fake results) is refused
at reading, naming the cell and the words the program writes. Whatever else a reason or the
"Khác biệt" sheet quotes from a file (a section's title, an indicator's code, a verdict stored
before the reader refused it) is one short line without direction overrides (`quoted`).
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.consolidation import consolidate
from desktop_app.core.intake import FileClass
from desktop_app.core.quoting import quoted
from desktop_app.core.recompute import check_values
from desktop_app.core.submission import Narrative, Submission
from exports.submission_reader import examine
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD
from tests.province.helpers import later

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "ệl pợH" after it prints as "Hợp lệ"
FAKE_LINES = 'Không đạt\n\nXã Đại Phúc: tệp ghi kết quả "99", tỉnh tính lại "99"\nHết'


def _bhyt(sub, **stated):
    return tuple(replace(i, **stated) if i.code == "bhyt" else i for i in sub.items)


@pytest.fixture(autouse=True)
def hostile_writer(monkeypatch):
    """A writer of its own (the program's counts verdicts by their words, which a hostile file's
    are not): the program's writer otherwise, as a red team used it."""
    monkeypatch.setattr(Submission, "summary_text", lambda self: "Đạt 1")
    monkeypatch.setattr(Submission, "own_summary_sentence", lambda self: "")


def _written(inbox, tmp_path, name, **changes):
    """A unit's genuine report, changed after the program made it and signed again by its key
    (as the unit itself, or anyone holding a key of their own, can): only the content tells."""
    sub = later(inbox["kept"][inbox["units"][3]], 5, **changes)
    return write_submission(sub, tmp_path / name)


@pytest.mark.parametrize("column, stated, said", [
    ("verdict", "Đạt" + RLO + "tạđ gnôhK", '"Đạttạđ gnôhK" (có ký tự ẩn U+202E)'),
    ("verdict", "Đạt " * 7500 + "Đạt", '"' + ("Đạt " * 10).strip() + '…"'),
    ("verdict", FAKE_LINES, '"Không đạt Xã Đại Phúc: tệp ghi kết quả "…" (ghi nhiều dòng)'),
    ("verdict", "=HYPERLINK(\"http://evil.example/x\",\"Đạt\")", '"=HYPERLINK("http://evil.example/x","Đạt"…"'),
    ("own_verdict", "Xuất sắc", '"Xuất sắc"'),
])
def test_a_verdict_the_program_never_writes_is_refused_naming_the_cell(inbox, tmp_path, column, stated, said):
    """"Đạt" + U+202E + "tạđ gnôhK" printed "Đạt Không đạt" reversed in the "Khác biệt" sheet; 30 000
    characters filled a row 3 176 points high; a verdict of several lines printed another
    unit's fake difference. Each file is now "Đã bị sửa", the reason naming the sheet, the row,
    the indicator, the column and the eight verdicts, quoting the text on one short line."""
    path = _written(inbox, tmp_path, "sua-danh-gia.xlsx", items=_bhyt(inbox["kept"][inbox["units"][3]],
                                                                       **{column: stated}))
    result, sub = examine(path)
    assert (result.class_, sub) == (FileClass.DA_BI_SUA, None), result.reason
    reason = result.reason
    assert 'Trang "Dữ liệu", dòng ' in reason and '(chỉ tiêu 2 "Tỷ lệ người dân tham gia bảo hiểm y tế")' in reason
    name = {"verdict": "cột verdict (đánh giá)", "own_verdict": "cột own_verdict (đánh giá theo chỉ tiêu tự đặt)"}
    assert f"{name[column]}: {said} không phải" in reason
    assert ("phần mềm chỉ ghi một trong: Vượt, Đạt, Không đạt, Đang thực hiện, Chưa nhập, Chưa giao chỉ tiêu, "
            "Chưa đủ số liệu, Chưa đến kỳ đánh giá") in reason
    assert "\n" not in reason and RLO not in reason and len(reason) < 700


def test_a_comparator_the_program_never_writes_is_refused(inbox, tmp_path):
    """The target's comparator is one of the catalogue's five: ">=" or "≥" + U+202E is an edit."""
    sub = inbox["kept"][inbox["units"][3]]
    for n, op in enumerate((">=", "≥" + RLO)):
        result, _ = examine(_written(inbox, tmp_path, f"so-sanh-{n}.xlsx", items=_bhyt(sub, target_op=op)))
        assert result.class_ == FileClass.DA_BI_SUA
        assert "cột target_op (phép so sánh chỉ tiêu): " in result.reason
        assert "phần mềm chỉ ghi một trong: =, ≥, >, ≤, < (hoặc để trống)." in result.reason
        assert RLO not in result.reason


def test_files_of_this_version_still_read(inbox, tmp_path):
    """Every verdict and comparator the program writes reads (the committed files of formats 1
    and 2 are read by tests/exports/test_exports_xlsx.py)."""
    path = _written(inbox, tmp_path, "dung.xlsx")
    result, sub = examine(path)
    assert result.class_ == FileClass.HOP_LE and sub is not None


def test_a_title_or_a_code_from_the_file_is_quoted_on_one_line_in_the_reason(office, inbox, tmp_path):
    """A section titled "X\\nY" broke the intake's line and printed the rest as a line of its
    own; a code "bhyt" + U+202E + "ệl pợH" printed "Hợp lệ" in the window's table and the results sheet."""
    sub = inbox["kept"][inbox["units"][3]]
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    title = "Kết quả\n2026-6M_05482_phuong-quan-trieu.xlsx  Hợp lệ  Đã nhận"
    _written(inbox, folder, "tieu-de.xlsx", narratives=(Narrative("ket_qua", title, "Nội dung"),))
    run = office.intake(folder, PERIOD)
    (result,) = run.results
    assert result.class_ == FileClass.DA_BI_SUA
    assert ('tệp ghi tên phần "Kết quả 2026-6M_05482_phuong-quan-trieu.xlsx Hợp lệ Đã nhận", mẫu báo cáo ghi '
            '"Kết quả đạt được"') in result.reason
    assert "\n" not in result.reason
    con = office.consolidation(PERIOD)
    commune = con.catalog.commune_by_code(sub.unit_code)
    problems = check_values(con.catalog, commune, replace(sub, items=_bhyt(sub, code="bhyt" + RLO + "ệl pợH")))
    assert problems == ['Chỉ tiêu mã "bhytệl pợH" không có trong bộ chỉ tiêu của tỉnh.']


def test_a_verdict_stored_before_the_reader_refused_it_is_quoted_on_one_line(received):
    """A report received before this version (its verdict never read again) still goes through
    "Khác biệt": the stated verdict there is one short line, without the override or the fake
    lines of another unit."""
    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    first, second = sorted(subs)[:2]
    subs[first] = replace(subs[first], items=_bhyt(subs[first], verdict=FAKE_LINES * 3))
    subs[second] = replace(subs[second], items=_bhyt(subs[second], verdict="Vượt" + RLO + "tạĐ", target_op="≥" * 500))
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    said = changed.differences[first]
    assert said == (('Tỷ lệ người dân tham gia bảo hiểm y tế: tệp ghi đánh giá "Không đạt Xã Đại Phúc: tệp ghi kết '
                     'quả "99", tỉnh tính lại "…", tỉnh tính lại "Đang thực hiện"'),)
    other = " ".join(changed.differences[second])
    assert 'tệp ghi đánh giá "VượttạĐ", tỉnh tính lại "Đang thực hiện"' in other
    assert f'tệp ghi phép so sánh chỉ tiêu "{"≥" * 60}…"' in other
    for line in (*said, *changed.differences[second]):
        assert "\n" not in line and RLO not in line and len(line) < 300


def test_quoted_is_one_short_line_of_what_a_person_sees():
    assert quoted("Kết quả\r\n\tđạt\u2028được") == "Kết quả đạt được"
    assert quoted("bhyt" + RLO + "ệl pợH\u200b\x00") == "bhytệl pợH"
    assert quoted("Ke\u0302\u0301t qua\u0309") == "Kết quả"  # NFC
    assert quoted("x" * 100, 10) == "x" * 10 + "…" and quoted(None) == "" and quoted(81) == "81"


def test_verify_quotes_a_cell_of_the_printed_table_on_one_line(inbox, tmp_path):
    """`chitieu verify` names a cell of "Báo cáo" that differs from the data, quoting it: a cell
    edited to several lines printed "nguyên vẹn" on a line of its own under the verdict."""
    from openpyxl import load_workbook

    from exports.submission_format import SHEET_REPORT
    from exports.submission_reader import verify_file

    path = _written(inbox, tmp_path, "bao-cao.xlsx")
    book = load_workbook(path)
    sheet = book[SHEET_REPORT]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "Tỷ lệ người dân tham gia bảo hiểm y tế")
    cell.value = "Tỷ lệ\nTệp bao-cao.xlsx nguyên vẹn " + RLO + "ệl pợH"
    book.save(path)
    v = verify_file(path)
    assert not v.ok and "KHÔNG nguyên vẹn" in v.message
    assert 'cột "Chỉ tiêu": ghi "Tỷ lệ Tệp bao-cao.xlsx nguyên vẹn ệl pợH", số liệu là "Tỷ lệ người' in v.message
    assert "\n" not in v.message and RLO not in v.message
