"""A later period marked Hoàn thành and the earlier periods it reads (a term total's earlier years,
road accidents' same period a year before), under the rule that another period's figures count only
once it is approved, as last approved while it is reopened (efde564, b92399a).

A. An edit of an earlier period not approved (a draft, or reopened) changes nothing a later period
   counts: the later Complete period stays Hoàn thành, and nothing is asked or said of it (it was sent
   back to Đang nhập, told "số liệu kỳ năm 2027 mà báo cáo kỳ này dùng vừa được sửa", which was false).
B. Approving the earlier period does change the later Complete one's figures: it is not sent back
   (Hoàn thành: the officer finished typing its own figures; the leader approving it sees the new
   ones, its review code binds them), but the approval names it."""
from __future__ import annotations

from decimal import Decimal as D

from desktop_app.__main__ import main
from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from desktop_app.later_approvals import complete_changed_said, complete_figures
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

BUDGET = "thu_ngan_sach"
SAID_2028 = ("Kỳ năm 2028 (Hoàn thành, chờ duyệt) nay tính cả số liệu đã duyệt của năm 2027: xem lại số liệu mới "
             "của năm 2028 trước khi duyệt.")


def _approve(office, period):  # noqa: F811
    as_(office, "canbo")
    office.complete(period)
    as_(office, "lanhdao")
    office.approve(period)
    as_(office, "canbo")


def _2028_complete_2027_draft(office):  # noqa: F811
    """2026 approved; 2027 typed (a draft, Đang nhập); 2028 typed and marked Hoàn thành."""
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)
    office.complete("2028")
    assert office.take_notice() is None


def test_a_draft_year_edited_leaves_a_later_complete_year_complete(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    before = office.submission("2028").fingerprint
    assert office.would_send_back(["2027"]) == []  # the window asks nothing
    assert office.typed_would_send_back("2027", [(BUDGET, "value", "70.000")]) == []
    office.set_entry("2027", BUDGET, value="70.000")
    assert office.period_state("2028") == State.COMPLETE and office.take_notice() is None
    assert office.submission("2028").fingerprint == before  # 2027 not approved: counted in neither
    assert [h.event for h in office.period_history("2028")] == ["complete"]


def test_a_complete_draft_year_edited_goes_back_alone(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    office.complete("2027")
    assert [p.code for p in office.would_send_back(["2027"])] == ["2027"]  # the own-period rule stays
    office.set_entry("2027", BUDGET, value="70.000")
    assert office.period_state("2027") == State.ENTERING and office.period_state("2028") == State.COMPLETE
    assert office.take_notice() == ("Kỳ năm 2027 trở lại trạng thái Đang nhập vì số liệu vừa được sửa sau khi đánh "
                                    "dấu Hoàn thành. Khi nhập xong, đánh dấu Hoàn thành lại để Lãnh đạo duyệt.")


def test_a_reopened_year_edited_leaves_a_later_complete_year_as_it_was(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    _approve(office, "2027")  # 2028 stays Hoàn thành (B)
    as_(office, "lanhdao")
    office.reopen("2027", "Kho bạc đối chiếu lại")
    as_(office, "canbo")
    before = office.submission("2028").fingerprint
    office.set_entry("2027", BUDGET, value="44.200")
    assert office.period_state("2028") == State.COMPLETE and office.take_notice() is None
    assert office.row("2028", BUDGET).earlier_total == D(100000)  # 2026 + 2027 as last approved: 50.000 each
    assert office.submission("2028").fingerprint == before


def test_approving_the_earlier_year_names_the_later_complete_year_not_sending_it_back(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    office.complete("2027")
    as_(office, "lanhdao")
    before_code = office.submission("2028").fingerprint
    before = complete_figures(office, "2027")
    assert list(before) == [parse_period("2028")]
    office.approve("2027")
    assert office.period_state("2028") == State.COMPLETE  # not sent back
    assert office.submission("2028").fingerprint != before_code  # its leader approves the new figures
    said = complete_changed_said(office, "2027", before)
    assert said == SAID_2028
    assert said.en == ("Year 2028 (Complete, waiting for approval) now counts the approved figures of year 2027: "
                       "look at the new figures of year 2028 before approving it.")

    # reopened: 2028 counts 2027 as last approved, the same figures: nothing said
    before = complete_figures(office, "2027")
    office.reopen("2027", "Kho bạc đối chiếu lại")
    assert complete_changed_said(office, "2027", before, "reopen") is None
    as_(office, "canbo")
    office.set_entry("2027", BUDGET, value="44.200")
    _approve(office, "2027")  # approved again with another figure
    as_(office, "lanhdao")
    assert office.period_state("2028") == State.COMPLETE
    # (what was read before that approval: the last approval's 50.000; the new approval counts 44.200)
    assert office.row("2028", BUDGET).earlier_total == D(94200)


def test_approving_again_says_so(office):  # noqa: F811
    _2028_complete_2027_draft(office)
    _approve(office, "2027")
    as_(office, "lanhdao")
    office.reopen("2027", "Kho bạc đối chiếu lại")
    as_(office, "canbo")
    office.set_entry("2027", BUDGET, value="44.200")
    office.complete("2027")
    as_(office, "lanhdao")
    before = complete_figures(office, "2027")
    office.approve("2027")
    assert complete_changed_said(office, "2027", before) == (
        "Kỳ năm 2028 (Hoàn thành, chờ duyệt) nay tính số liệu vừa duyệt lại của năm 2027: xem lại số liệu mới của "
        "năm 2028 trước khi duyệt.")


def test_a_complete_period_not_reading_it_is_not_named(office):  # noqa: F811
    """2027-Q1 approved: 2028-Q1 (road accidents against it) is named; 2028-6M reads no quarter."""
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    fill_year(office, "2027-Q1", baselines=False)
    office.set_entry("2027-Q1", "tngt_so_vu", value="10")
    office.complete("2027-Q1")
    for period in ("2028-Q1", "2028-6M"):
        fill_year(office, period, baselines=False)
        office.set_entry(period, "tngt_so_vu", value="6")
        office.complete(period)
    as_(office, "lanhdao")
    before = complete_figures(office, "2027-Q1")
    assert [p.code for p in before] == ["2028-Q1"]
    office.approve("2027-Q1")
    said = complete_changed_said(office, "2027-Q1", before)
    assert said.startswith("Kỳ quý I năm 2028 (Hoàn thành, chờ duyệt) nay tính cả số liệu đã duyệt của quý I năm 2027")
    assert office.period_state("2028-Q1") == State.COMPLETE


def test_chitieu_approve_prints_it(office, data_dir, capsys, monkeypatch):  # noqa: F811
    _2028_complete_2027_draft(office)
    office.complete("2027")
    office.logout()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "approve", "--period", "2027"]) == 0
    out = capsys.readouterr().out
    assert SAID_2028 in out
    assert "Các kỳ đã duyệt sau đây" not in out  # 2028 is not approved
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "reopen", "--period", "2027", "--reason",
                 "Kho bạc đối chiếu lại"]) == 0
    assert "Hoàn thành, chờ duyệt" not in capsys.readouterr().out  # 2028 counts it as last approved
