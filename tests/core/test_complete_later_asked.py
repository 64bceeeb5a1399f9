"""Before the step, not only after it: approving (reopening, voiding the approval of) an earlier period names
the later periods marked Hoàn thành whose figures it WOULD change, so that the leader (the administrator) reads
it in the question, before choosing (later_approvals.complete_would_change_said); what it names is what the
box after it names (complete_changed_said)."""
from __future__ import annotations

from desktop_app.later_approvals import (
    complete_changed_said,
    complete_figures,
    complete_would_change,
    complete_would_change_said,
)
from tests.core.test_complete_later_periods import (
    BUDGET,
    _2028_complete_2027_draft,
    _approve,
)
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3

ASKED = ("Duyệt kỳ năm 2027 thì kỳ năm 2028 (Hoàn thành, chờ duyệt) sẽ tính cả số liệu của năm 2027: xem lại số "
         "liệu mới của năm 2028 trước khi duyệt kỳ đó.")


def test_the_question_names_what_the_approval_then_changes(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    office.complete("2027")
    as_(office, "lanhdao")
    asked = complete_would_change_said(office, "2027")
    assert asked == ASKED
    assert asked.en == ("Approving year 2027 changes the figures of year 2028 (Complete, waiting for approval), "
                        "which will count the figures of year 2027: look at the new figures of year 2028 before "
                        "approving it.")
    before = complete_figures(office, "2027")
    office.approve("2027")
    assert complete_changed_said(office, "2027", before) is not None  # the box after it names the same period
    assert [p.code for p in complete_would_change(office, "2027", "reopen")] == []  # counted as last approved


def test_nothing_is_asked_when_the_later_period_would_read_the_same(office):  # noqa: F811
    """Reopened and approved again with the figures unchanged: 2028 counts 2027 as last approved, the same."""
    _2028_complete_2027_draft(office)
    _approve(office, "2027")
    as_(office, "lanhdao")
    office.reopen("2027", "Kho bạc đối chiếu lại")
    as_(office, "canbo")
    office.complete("2027")
    as_(office, "lanhdao")
    assert complete_would_change_said(office, "2027") is None


def test_approving_again_with_a_corrected_figure_says_so(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    _approve(office, "2027")
    as_(office, "lanhdao")
    office.reopen("2027", "Kho bạc đối chiếu lại")
    as_(office, "canbo")
    office.set_entry("2027", BUDGET, value="44.200")
    office.complete("2027")
    as_(office, "lanhdao")
    assert complete_would_change_said(office, "2027") == (
        "Duyệt lại kỳ năm 2027 thì kỳ năm 2028 (Hoàn thành, chờ duyệt) sẽ tính số liệu duyệt lại của năm 2027: xem "
        "lại số liệu mới của năm 2028 trước khi duyệt kỳ đó.")  # "sửa lại" was not true after a void (R24 F6)


def test_a_draft_later_period_is_not_named(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)  # Đang nhập: the officer is still typing it
    office.complete("2027")
    as_(office, "lanhdao")
    assert complete_would_change_said(office, "2027") is None


def test_the_acknowledgement_question_names_it_before_voiding(office):  # noqa: F811
    """2027 approved, 2028 Hoàn thành counting it, a 2027 figure changed with sqlite3: acknowledging voids 2027's
    approval, and 2028 would no longer count it (as tests/core/test_void_names_complete_later.py says after)."""
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    fill_year(office, "2027", baselines=False)
    _approve(office, "2027")
    fill_year(office, "2028", baselines=False)
    office.complete("2028")
    edit_with_sqlite3(office.store.path, "UPDATE entries SET numerator = '9870' WHERE indicator = 'bhyt' "
                                         "AND period = '2027'")
    as_(office, "admin")
    asked = office.complete_changed_by_voiding_found(office.verify_history())
    assert asked == [("Hủy bản duyệt kỳ năm 2027 thì kỳ năm 2028 (Hoàn thành, chờ duyệt) sẽ không còn tính số liệu "
                      "của năm 2027: xem lại số liệu mới của năm 2028 trước khi duyệt kỳ đó.")]
    office.acknowledge_changes()
    assert len(office.complete_changed_by_voiding) == 1  # and the box after it says it was
