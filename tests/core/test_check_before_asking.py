"""The start-of-term figure and the commune's own target are checked by the service before the
window asks anything (`check_baseline`, `check_own_target`, the one rule `set_baseline` and
`set_own_target` check by): a value refused anyway, 0 for a ratio of it, one below an entry stored
against it, a period reading it approved, is refused with nothing written and nothing taken back.
Which periods each is read by is the service's alone (`baseline_periods`, `own_target_periods`):
the periods the window names beforehand are those the save takes back."""
from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.core.errors import ChiTieuError, NotPermitted
from desktop_app.core.periods import term_periods
from desktop_app.core.workflow import State
from tests.core.test_earlier_period_edit_sends_back import Q1, _complete_q1
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)


def _refusal(action, *args) -> str:
    with pytest.raises(ChiTieuError) as refused:
        action(*args)
    return str(refused.value)


def test_a_start_of_term_figure_refused_anyway_is_refused_by_the_check_as_by_the_save(office):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    for typed in ("0", "5", "abc"):  # 0 for a ratio of it; below the 6 admitted in 2026; no number
        said = _refusal(office.check_baseline, "ket_nap_dang_vien", typed)
        assert _refusal(office.set_baseline, "ket_nap_dang_vien", typed) == said
    assert "phải lớn hơn 0" in _refusal(office.check_baseline, "ket_nap_dang_vien", "0")
    assert "tỷ lệ sẽ vượt 100%" in _refusal(office.check_baseline, "ket_nap_dang_vien", "5")
    assert office.check_baseline("ket_nap_dang_vien", "260") == Decimal(260)  # accepted: nothing written
    assert office.baselines()["ket_nap_dang_vien"] == 250
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE
    assert office.take_notice() is None


def test_a_figure_read_by_an_approved_period_is_refused_by_the_check(office):  # noqa: F811
    _complete_q1(office)
    as_(office, "lanhdao")
    office.approve(Q1)
    as_(office, "canbo")
    said = _refusal(office.check_baseline, "ket_nap_dang_vien", "260")
    assert _refusal(office.set_baseline, "ket_nap_dang_vien", "260") == said and "quý I năm 2027" in said
    as_(office, "lanhdao")
    said = _refusal(office.check_own_target, 2027, "bhyt", ">=", "92")
    assert _refusal(office.set_own_target, 2027, "bhyt", ">=", "92") == said and "quý I năm 2027" in said
    assert office.check_own_target(2026, "bhyt", ">=", "92") == ("≥", "92")  # 2026: nothing approved
    assert (2026, "bhyt") not in office.own_targets()


def test_an_own_target_refused_anyway_is_refused_by_the_check(office):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    with pytest.raises(NotPermitted):  # an officer sets none
        office.check_own_target(2026, "bhyt", ">=", "92")
    as_(office, "lanhdao")
    for year, op, value in ((2026, ">=", "lots"), (2031, ">=", "92")):
        said = _refusal(office.check_own_target, year, "bhyt", op, value)
        assert _refusal(office.set_own_target, year, "bhyt", op, value) == said
    assert office.check_own_target(2026, "bhyt", None) is None  # removing one: accepted
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE


def test_the_periods_named_beforehand_are_those_the_save_takes_back(office):  # noqa: F811
    _complete_q1(office)
    office.complete("2026")
    assert office.baseline_periods() == term_periods()
    assert [p.code for p in office.own_target_periods("2026")] == [
        p.code for p in term_periods() if p.year == 2026]
    assert [p.code for p in office.would_send_back(office.own_target_periods(2026))] == [
        "2026"]
    assert [p.code for p in office.would_send_back(office.baseline_periods())] == [
        "2026", Q1]
    as_(office, "lanhdao")
    office.set_own_target(2026, "bhyt", ">=", "92")
    assert office.period_state("2026") == State.ENTERING and office.period_state(Q1) == State.COMPLETE
    as_(office, "canbo")
    office.set_baseline("ket_nap_dang_vien", "260")
    assert office.period_state(Q1) == State.ENTERING


def test_a_figure_or_target_saved_as_stored_takes_nothing_back(office):  # noqa: F811
    """As a typed figure (`set_entry`): 250 saved again as "250,0" left 2026 and 2027-Q1 Đang nhập,
    "vừa được sửa", for no change (an own target too)."""
    _complete_q1(office)
    as_(office, "lanhdao")
    office.set_own_target(2026, "bhyt", ">=", "92")
    as_(office, "canbo")
    office.complete("2026")
    audit = [len(office.store.audit_rows(indicator=code)) for code in ("ket_nap_dang_vien", "bhyt")]
    assert office.set_baseline("ket_nap_dang_vien", "250,0") == 250
    as_(office, "lanhdao")
    assert office.set_own_target(2026, "bhyt", "≥", "92").label(2) == "≥ 92"
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE
    assert office.take_notice() is None
    assert [len(office.store.audit_rows(indicator=code)) for code in ("ket_nap_dang_vien", "bhyt")] == audit
