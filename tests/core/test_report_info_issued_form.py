"""The report a re-approval's paper says it replaces, by the number and date it was issued with (the "issued" of
the PDF's /ChiTieuReplaces, from 0.3.0), is the sender's word, printed on the province's render: red-team R30 F4
found a right-to-left override, a zero-width space, NUL or ESC in the number or symbol, and dates of year 1, 2099,
an ISO week ("2026-W15-3") or without hyphens ("20260408") accepted and printed. They are refused as not the
program's form, and the replaced approval's time "not after this approval" is compared as a moment (a time stated
at -12:00 the evening before this approval's day in Vietnam was accepted)."""
from __future__ import annotations

import json

import pytest

from desktop_app.core.report_info import stated_after, read_replaces

CODE = "6ff1b4b7" + "0" * 56
THIS_AT = "2026-04-10T09:00:00+07:00"


def stated(issued=None, at="2026-04-05T09:00:00+07:00") -> str:
    found = {"approved_at": at, "fingerprint": CODE, "reason": "Sửa số", "reopened": True}
    if issued is not None:
        found["issued"] = issued
    return json.dumps(found, ensure_ascii=False)


def issued(number="45", symbol="BC-UBND", day="2026-04-08") -> dict:
    return {"doc_number": number, "symbol": symbol, "report_date": day}


@pytest.mark.parametrize("number, symbol, hidden", [
    ("45\u202e", "BC-UBND", "U+202E"), ("4\u200b5", "BC-UBND", "U+200B"), ("45\x00", "BC-UBND", "U+0000"),
    ("45", "BC\x1bUBND", "U+001B"),
])
def test_a_number_or_symbol_with_a_character_that_prints_nothing_is_refused_naming_it(number, symbol, hidden):
    old, why = read_replaces(stated(issued(number, symbol)), THIS_AT)
    assert old is None
    assert why == (f"tệp ghi số, ký hiệu của báo cáo được thay có ký tự ẩn {hidden} (không hiện khi in, hoặc làm chữ "
                   "hiện khác đi), điều phần mềm không ghi")


@pytest.mark.parametrize("day", ["0001-01-01", "2099-12-31", "2026-W15-3", "20260408", "2026-4-8", "２０２６-04-08"])
def test_a_date_not_written_yyyy_mm_dd_in_the_term_s_years_is_refused(day):
    old, why = read_replaces(stated(issued(day=day)), THIS_AT)
    assert old is None
    assert why == (f'tệp ghi ngày của báo cáo được thay "{day}" không phải một ngày phần mềm ghi (năm-tháng-ngày '
                   "dạng 2026-04-08, năm 2026-2031)")


def test_a_date_before_the_replaced_approval_s_day_is_refused():
    old, why = read_replaces(stated(issued(day="2026-04-04")), THIS_AT)
    assert old is None
    assert why == ("tệp ghi báo cáo được thay đề ngày 04/04/2026, trước 05/04/2026, ngày bản đó được duyệt: phần mềm "
                   "không đề ngày báo cáo trước ngày duyệt")


def test_the_replaced_approval_s_day_is_its_day_in_vietnam_as_the_paper_prints_it():
    # approved 23:30 on 5 April on a laptop set to UTC: 06:30 on 6 April in Vietnam, the day the paper prints
    old, why = read_replaces(stated(issued(day="2026-04-05"), at="2026-04-05T23:30:00+00:00"), THIS_AT)
    assert old is None and "trước 06/04/2026, ngày bản đó được duyệt" in why
    old, why = read_replaces(stated(issued(day="2026-04-06"), at="2026-04-05T23:30:00+00:00"), THIS_AT)
    assert why == "" and old.issued.report_date.isoformat() == "2026-04-06"


def test_a_date_far_after_this_approval_is_refused():
    old, why = read_replaces(stated(issued(day="2026-06-01")), THIS_AT)
    assert old is None
    assert why == ("tệp ghi báo cáo được thay đề ngày 01/06/2026, sau ngày duyệt bản này (10/04/2026) hơn 30 ngày: "
                   "báo cáo đó được xuất trước khi mở lại kỳ báo cáo")


def test_what_the_program_writes_reads():
    old, why = read_replaces(stated(issued()), THIS_AT)
    assert why == "" and (old.issued.doc_number, old.issued.symbol, old.issued.report_date.isoformat()) == (
        "45", "BC-UBND", "2026-04-08")
    assert read_replaces(stated(issued("", "", "2026-04-08")), THIS_AT)[1] == ""  # a number written by hand
    assert read_replaces(stated(), THIS_AT)[1] == ""  # before 0.3.0: none stated


def test_a_replaced_approval_after_this_one_is_read_and_said_as_a_clock_that_ran_ahead():
    """Red-team R32 F2: after an administrator confirms that the unit's clock ran ahead at an approval and
    reopens, the correction's paper names that approval as recorded, after its own: the program writes it, so
    it is read (and said: `stated_after`); one after the last day the program approves on never is."""
    # 23:00 on 9 April at -12:00 is 18:00 on 10 April in Vietnam, after this approval at 09:00 that day
    old, why = read_replaces(stated(at="2026-04-09T23:00:00-12:00"), THIS_AT)
    assert why == "" and stated_after(old, THIS_AT)
    # 08:00 on 10 April at +09:00 is 06:00 in Vietnam, before it: read, not after
    old, why = read_replaces(stated(at="2026-04-10T08:00:00+09:00"), THIS_AT)
    assert why == "" and not stated_after(old, THIS_AT)
    # a time stated without an offset (an older version's) is Vietnam time
    assert not stated_after(read_replaces(stated(at="2026-04-10T08:59:00"), THIS_AT)[0], THIS_AT)
    assert stated_after(read_replaces(stated(at="2026-04-10T09:01:00"), THIS_AT)[0], THIS_AT)
    # a report issued under the later approval: dated from its day on, not refused as issued before the reopening
    old, why = read_replaces(stated(issued(day="2031-03-02"), at="2031-03-02T09:00:00+07:00"), THIS_AT)
    assert why == "" and old.issued.report_date.isoformat() == "2031-03-02"
    assert read_replaces(stated(at="2032-01-01T09:00:00+07:00"), THIS_AT)[1] == (
        "tệp ghi bản duyệt được thay duyệt sau bản này, sau ngày 31/12/2031: phần mềm không duyệt với đồng hồ chỉ sau "
        "ngày đó")


@pytest.mark.parametrize("at", ["2026-04-05T09:00:00+23:59", "2026-04-05T09:00:00+05:30:15"])
def test_a_replaced_approval_in_a_zone_no_clock_has_is_refused(at):
    """Red-team R30 F5: an offset no clock has was read, its day printed on the paper."""
    replaced, wrong = read_replaces(stated(at=at), THIS_AT)
    assert replaced is None and wrong == "tệp ghi ngày duyệt của bản được thay không phải một thời điểm"
    assert read_replaces(stated(at="2026-04-05T09:00:00+05:30"), THIS_AT)[1] == ""  # India's laptop: read
