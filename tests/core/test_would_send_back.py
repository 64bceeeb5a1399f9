"""What an edit would take back from Hoàn thành is told before it is made (`would_send_back`, the
rule `_before_edit` applies: walk 26's gaps): the window asks naming those periods, the edited ones
marked Hoàn thành (no longer the later ones reading its figures: an edit changes nothing they count,
as another period's figures count only once approved, S68), and asks nothing for a value refused
anyway or typed as stored. A document symbol the province's reader refuses (a line break an older version saved) is
refused at the approval, not at the export after it, which then asked for a new approval."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import parse_period, term_periods
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_earlier_period_edit_sends_back import Q1, _complete_q1
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def _codes(periods):
    return [p.code for p in periods]


def test_the_periods_named_beforehand_are_those_the_edit_takes_back(office):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    # was ["2026", Q1]: 2027-Q1 reads 2026, but counts it only once approved (S68)
    assert _codes(office.would_send_back(["2026"])) == ["2026"]
    assert _codes(office.would_send_back(["2026-6M"])) == []  # not Complete
    assert _codes(office.would_send_back(term_periods())) == ["2026", Q1]  # the term's order
    office.set_entry("2026", "bhyt", numerator="9.600")
    assert office.period_state("2026") == State.ENTERING and office.period_state(Q1) == State.COMPLETE  # as told
    assert office.would_send_back(["2026"]) == []


def test_a_reader_is_not_named_when_the_edited_period_is_entering(office):  # noqa: F811
    """Was: 2027-Q1 named (and sent back) for an edit of the draft 2026 it reads; a draft counts in
    no other period, so its edit takes nothing back and the window asks nothing (S68)."""
    _complete_q1(office)
    assert office.period_state("2026") == State.ENTERING
    assert office.would_send_back(["2026"]) == []


def test_a_value_refused_anyway_or_typed_as_stored_takes_nothing_back(office):  # noqa: F811
    _complete_q1(office)
    assert office.typed_would_send_back("2026", [("thu_ngan_sach", "value", "abc")]) == []  # refused anyway
    assert office.typed_would_send_back("2026", [("bhyt", "numerator", "10.500")]) == []  # above its denominator
    assert office.typed_would_send_back("2026", [("thu_ngan_sach", "value", "50.000")]) == []  # as stored
    # was [Q1]: 2026 is a draft, which 2027-Q1 does not count (S68)
    assert office.typed_would_send_back("2026", [("thu_ngan_sach", "value", "70.000")]) == []
    assert office.typed_would_send_back("2026", [("thu_ngan_sach", "comment", "Theo phòng Tài chính")]) == []
    assert office.typed_would_send_back(Q1, [("thu_ngan_sach", "comment", "Theo phòng Tài chính")]) == \
        [parse_period(Q1)]
    assert office.period_state(Q1) == State.COMPLETE  # asking writes nothing


def test_a_symbol_the_province_refuses_is_refused_at_the_approval(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    office._write_settings({"doc_prefix": "UBND\nGIẢ MẠO"})  # as an older version's setup did
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    with pytest.raises(InvalidInput) as refused:
        office.approve("2026")
    said = str(refused.value)
    assert refused.value.field == "Ký hiệu văn bản"
    assert said.startswith('Không duyệt được kỳ năm 2026: ký hiệu văn bản "BC-UBND GIẢMẠO" có dấu xuống dòng')
    assert 'Hãy sửa "Ký hiệu văn bản" ở Tệp › Cài đặt' in said and "đánh dấu Hoàn thành lại rồi duyệt." in said
    assert refused.value.en.startswith("Year 2026 cannot be approved: its document symbol")
    assert office.period_state("2026") == State.COMPLETE and office.approval("2026") is None
    with pytest.raises(InvalidInput, match="^Chưa xuất được báo cáo kỳ năm 2026: ký hiệu văn bản"):  # unchanged
        export_period(office, "2026", tmp_path / "nhap", report_date=dt.date(2026, 12, 18))
