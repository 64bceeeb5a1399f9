"""What the leader approves is what the officer marked complete. Red-team 22, F5: 2026's budget
revenue corrected changed the code of a Complete 2027 report, which stayed Hoàn thành with no notice;
a Complete period reading the edited one (the same period a year before, the term's earlier years:
`core.periods.earlier_periods`) then went back to Đang nhập too. Since efde564/b92399a another
period's figures count only once it is approved (as last approved while reopened), and an approved
period refuses edits: an edit changes nothing a later period counts, its code stays, and the later
Complete period stays Hoàn thành, with no notice (S68: the notice "số liệu kỳ năm 2026 mà báo cáo kỳ
này dùng vừa được sửa" was false). What the earlier period's approval changes in it is said by the
approval (tests/core/test_complete_later_periods.py). An approved one keeps its approval and paper."""
from __future__ import annotations

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

Q1 = "2027-Q1"


def _complete_q1(office):  # noqa: F811
    """2026 entered (Đang nhập) and 2026-Q1's road accidents; 2027-Q1 marked complete."""
    as_(office, "canbo")
    fill_year(office, "2026")
    office.set_entry("2026-Q1", "tngt_so_vu", value="10")
    fill_year(office, Q1)
    office.set_entry(Q1, "tngt_so_vu", value="6")
    office.complete(Q1)
    assert office.take_notice() is None


def test_an_earlier_year_edited_leaves_the_complete_period_reading_it_complete(office):  # noqa: F811
    """Was: 2027-Q1 went back to Đang nhập, its notice and history saying "số liệu kỳ năm 2026 mà báo
    cáo kỳ này dùng vừa được sửa". 2026 is not approved: its figure counts in 2027-Q1 only once 2026 is
    approved (`rows.Inputs.unapproved`), so the code stays, and so does the state (S68)."""
    _complete_q1(office)
    before = office.submission(Q1).fingerprint
    office.set_entry("2026", "thu_ngan_sach", value="70.000")  # the term total 2027-Q1 reports
    assert office.submission(Q1).fingerprint == before
    assert office.period_state(Q1) == State.COMPLETE and office.take_notice() is None
    assert office.period_history(Q1)[-1].event == "complete"
    assert office.period_state("2026") == State.ENTERING and office.period_history("2026") == []


def test_the_same_period_a_year_before_edited_leaves_it_complete(office):  # noqa: F811
    """Was: road accidents of 2026-Q1 edited sent 2027-Q1 back. 2026-Q1 is not approved: 2027-Q1 does
    not compare with it yet, the edit changes nothing it counts (S68)."""
    _complete_q1(office)
    office.set_entry("2026-6M", "tngt_so_vu", value="3")  # not read by 2027-Q1
    assert office.period_state(Q1) == State.COMPLETE and office.take_notice() is None
    before = office.submission(Q1).fingerprint
    office.set_entries("2026-Q1", [("tngt_so_vu", "value", "12")])  # road accidents, a year before
    assert office.period_state(Q1) == State.COMPLETE and office.take_notice() is None
    assert office.submission(Q1).fingerprint == before


def test_the_edited_period_alone_goes_back_and_is_named(office):  # noqa: F811
    """Was: both 2026 and 2027-Q1 (reading it) went back and were named. The edited Complete period
    goes back (the own-period rule); 2027-Q1 counts nothing of the unapproved 2026 (S68)."""
    _complete_q1(office)
    office.complete("2026")
    office.set_entry("2026", "bhyt", numerator="9.600")
    assert office.period_state("2026") == State.ENTERING and office.period_state(Q1) == State.COMPLETE
    assert office.take_notice() == ("Kỳ năm 2026 trở lại trạng thái Đang nhập vì số liệu vừa được sửa sau khi đánh "
                                    "dấu Hoàn thành. Khi nhập xong, đánh dấu Hoàn thành lại để Lãnh đạo duyệt.")


def test_an_approved_period_reading_the_edited_one_keeps_its_approval_and_paper(office):  # noqa: F811
    _complete_q1(office)
    as_(office, "lanhdao")
    approved = office.approve(Q1)
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="70.000")
    assert office.period_state(Q1) == State.APPROVED and office.take_notice() is None
    assert office.submission(Q1).fingerprint == approved
    assert office.drift(Q1) == []  # 2026 not approved: counted in neither
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")  # now it counts: the live evaluation differs from the approved one
    assert office.submission(Q1).fingerprint == approved
    assert [d.indicator.code for d in office.drift(Q1)] == ["thu_ngan_sach"]


def test_words_of_an_earlier_period_do_not_send_the_reader_back(office):  # noqa: F811
    """A comment or the report's text of 2026 is read by no other period: 2027-Q1 stays Hoàn
    thành, with no notice saying figures changed (H11's note: they sent it back as figures did)."""
    _complete_q1(office)
    office.set_entry("2026", "thu_ngan_sach", comment="Số liệu của phòng Tài chính")
    office.set_entries("2026", [("bhyt", "comment", "Theo danh sách BHXH")])
    office.set_narrative("2026", "ket_qua", "Hoàn thành phần lớn chỉ tiêu.")
    assert office.period_state(Q1) == State.COMPLETE and office.take_notice() is None


def test_a_figure_retyped_as_it_was_sends_nothing_back(office):  # noqa: F811
    """Red-team 23, F4: typing 2026's budget revenue again, unchanged, sent a Complete 2027-Q1 back
    to Đang nhập, its notice saying figures had changed; it writes nothing now."""
    _complete_q1(office)
    office.complete("2026")
    value = office.row("2026", "thu_ngan_sach").entry.value
    before = office.store.audit_rows()
    office.set_entry("2026", "thu_ngan_sach", value=str(value))
    assert office.period_state(Q1) == office.period_state("2026") == State.COMPLETE
    assert office.take_notice() is None and office.store.audit_rows() == before


def test_a_paste_that_saves_nothing_leaves_the_complete_periods_so(office):  # noqa: F811
    """A block of refused cells, or of figures retyped as stored, changes nothing: as one typed cell
    (`set_entry`), it takes no Complete period back, the edited one nor the one reading it."""
    _complete_q1(office)
    office.complete("2026")
    pasted = office.set_entries("2026", [("bhyt", "numerator", "abc"), ("thu_ngan_sach", "value", "1,2,3")])
    assert set(pasted.refused) == {("bhyt", "numerator"), ("thu_ngan_sach", "value")} and pasted.rows == []
    stored = office.row("2026", "thu_ngan_sach").entry.value
    office.set_entries("2026", [("thu_ngan_sach", "value", str(stored))])  # retyped as it is
    assert office.period_state("2026") == office.period_state(Q1) == State.COMPLETE
    assert office.take_notice() is None and office.period_history("2026")[-1].event == "complete"
