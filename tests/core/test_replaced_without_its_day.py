"""A re-approval's paper may name the report it replaces without the day that report's approval was given, when a
restore's record of it holds none (S131, desktop_app/issued_reports.py): its /ChiTieuReplaces states "approved_at"
"" with the "issued" number and date. The province reads it and compares that approval by its code; an empty time
without a report named is no form the program writes."""
from __future__ import annotations

from types import SimpleNamespace

from desktop_app.core.keys import KeyState
from desktop_app.core.replaced_received import HeldApproval, replaced_received
from desktop_app.core.report_info import read_replaces
from tests.core.test_report_info_issued_form import CODE, THIS_AT, issued, stated


def test_a_report_named_without_its_approval_s_day_is_read_and_found_by_its_code():
    old, why = read_replaces(stated(issued("53", day="2026-04-08"), at=""), THIS_AT)
    assert why == "" and old is not None and old.approved_at == "" and old.issued.doc_number == "53"
    held = [HeldApproval(CODE, "2026-04-06T09:00:00+07:00", KeyState.XAC_NHAN, ("53", "BC-UBND", "2026-04-08"))]
    ok, said = replaced_received(old, held, SimpleNamespace(fingerprint="f" * 64, approved_at=THIS_AT))
    assert ok is True, said
    assert said.startswith("tỉnh đã nhận của đơn vị bản mã 6ff1b4b700000000, báo cáo đó số 53/BC-UBND ngày 08/04/2026 "
                           "như bản tỉnh nhận"), said
    assert "ngày ," not in said and "duyệt ngày" not in said


def test_an_empty_time_without_a_report_named_is_refused():
    old, why = read_replaces(stated(at=""), THIS_AT)
    assert old is None and why == "tệp ghi ngày duyệt của bản được thay không phải một thời điểm"
