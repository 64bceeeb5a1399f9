"""Non-blocking warnings: unusual jumps and unexplained failures."""
from decimal import Decimal as D

from desktop_app.core.checks import UNEXPLAINED_FAILURE, comparison_period, warnings_for
from desktop_app.core.periods import Period


def test_a_stock_that_doubles_since_the_previous_period_is_flagged(workspace):
    """BHYT 45% in Quý I then 92% at 6 months reads as a typing slip worth a look."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="4500", denominator="10000")
    row = workspace.set_entry("2026-6M", "bhyt", numerator="9200", denominator="10000")
    assert warnings_for(workspace, row) == ["Thay đổi bất thường so với kỳ trước: 45% → 92%"]


def test_a_small_change_is_not_flagged(workspace):
    """A move within the threshold gives no warning."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="9000", denominator="10000")
    row = workspace.set_entry("2026-6M", "bhyt", numerator="9300", denominator="10000")
    assert warnings_for(workspace, row) == []


def test_the_threshold_can_be_set(workspace):
    """With a 2% threshold, 90% → 93% is already unusual."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="9000", denominator="10000")
    row = workspace.set_entry("2026-6M", "bhyt", numerator="9300", denominator="10000")
    assert warnings_for(workspace, row, threshold=D("0.02")) == [
        "Thay đổi bất thường so với kỳ trước: 90% → 93%"
    ]


def test_a_flow_is_compared_with_the_same_period_last_year(workspace):
    """Revenue is cumulative from 1 January: 6 months vs Quý I is normal, vs last year's 6 months is not."""
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="10000")
    workspace.set_entry("2027-Q1", "thu_ngan_sach", value="5000")
    row = workspace.set_entry("2027-6M", "thu_ngan_sach", value="30000")
    assert comparison_period(row) == (Period(2026, "6M"), "cùng kỳ năm trước")
    assert warnings_for(workspace, row) == [
        "Thay đổi bất thường so với cùng kỳ năm trước: 10.000 triệu đồng → 30.000 triệu đồng"
    ]


def test_nothing_to_compare_gives_no_jump_warning(workspace):
    """The first period of the term, or an empty previous period, gives no jump warning."""
    row = workspace.set_entry("2026-Q1", "bhyt", numerator="4500", denominator="10000")
    assert warnings_for(workspace, row) == []
    row = workspace.set_entry("2026-9M", "truong_chuan", numerator="1", denominator="4")
    assert warnings_for(workspace, row) == []


def test_poverty_compares_the_current_rate_not_the_reduction(workspace):
    """A reduction going from 0,1 to 0,3 points is normal; the poverty rate itself is compared."""
    workspace.set_baseline("giam_ngheo", "5")
    workspace.set_entry("2026-Q1", "giam_ngheo", numerator="49", denominator="1000")
    row = workspace.set_entry("2026-6M", "giam_ngheo", numerator="47", denominator="1000")
    assert warnings_for(workspace, row) == []
    row = workspace.set_entry("2026-6M", "giam_ngheo", numerator="20", denominator="1000")
    assert warnings_for(workspace, row) == [
        "Thay đổi bất thường so với kỳ trước: tỷ lệ hộ nghèo 4,9% → 2%"
    ]


def test_a_failure_without_comment_is_flagged_until_explained(workspace):
    """Không đạt with an empty comment asks for the reason; a comment silences it."""
    workspace.set_baseline("ket_nap_dang_vien", "250")
    row = workspace.set_entry("2026", "ket_nap_dang_vien", value="5")
    assert warnings_for(workspace, row) == [UNEXPLAINED_FAILURE]
    row = workspace.set_entry("2026", "ket_nap_dang_vien", comment="Nhiều quần chúng chưa đủ tuổi")
    assert warnings_for(workspace, row) == []


def test_rows_can_come_from_a_history_or_a_mapping(workspace):
    """The same warning whether the rows come from the workspace, a history list or a mapping."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="4500", denominator="10000")
    row = workspace.set_entry("2026-6M", "bhyt", numerator="9200", denominator="10000")
    expected = warnings_for(workspace, row)
    assert warnings_for(workspace.history("bhyt"), row) == expected
    previous = workspace.period_view("2026-Q1")
    assert warnings_for({"2026-Q1": {r.indicator.code: r for r in previous.rows}}, row) == expected


def test_yes_no_indicators_have_no_jump_warning(workspace):
    """Có → Không is not a relative change."""
    workspace.set_entry("2026-Q1", "khong_ma_tuy", flag="Có")
    row = workspace.set_entry("2026-6M", "khong_ma_tuy", flag="Không")
    assert all("bất thường" not in w for w in warnings_for(workspace, row))


def test_a_cumulative_flow_lower_than_an_earlier_period_of_the_year_is_flagged(workspace):
    """Revenue is counted from 1 January: 6 months below Quý I gets a warning naming both
    figures (it is saved all the same); a stock (insured people) may go down without one."""
    workspace.set_entry("2026-Q1", "thu_ngan_sach", value="45.000")
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="40.000")
    found = workspace.period_warnings(workspace.period_view("2026-6M"))["thu_ngan_sach"]
    assert ("Lũy kế 6 tháng đầu năm 2026 (40.000 triệu đồng) thấp hơn quý I năm 2026 (45.000 triệu đồng)"
            in found[0])
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="52.000")
    assert "thu_ngan_sach" not in workspace.period_warnings(workspace.period_view("2026-6M"))


def test_each_warning_reads_in_english_too(workspace):
    """The English window shows every warning in English (the figures written the same way)."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="4500", denominator="10000")
    [jump] = warnings_for(workspace, workspace.set_entry("2026-6M", "bhyt", numerator="9200", denominator="10000"))
    assert jump.en == "Unusual change from the previous period: 45% → 92%"
    workspace.set_entry("2026-Q1", "thu_ngan_sach", value="45.000")
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="40.000")
    [lower] = workspace.period_warnings(workspace.period_view("2026-6M"))["thu_ngan_sach"]
    assert lower.en.startswith("The running total of first 6 months of 2026 (40.000 million VND) is lower than that of "
                               "quarter I 2026 (45.000 million VND)")  # not "of Year 2026" inside a sentence (walk 17, L4)
    assert UNEXPLAINED_FAILURE.en == "Not met with no explanation: write the reason in the Comment column."


def test_the_wording_of_an_unchanged_figure_and_of_a_target_already_passed():
    """"Không đổi" rather than "Tăng 0%"; a term target already passed says so."""
    from decimal import Decimal

    from desktop_app.core.evaluation import Comparison
    from desktop_app.core.wording import compared_text
    from desktop_app.resources import default_catalog

    cat = default_catalog()
    assert compared_text(cat.indicator("tngt_so_vu"), Comparison("change", Decimal(0))) == "Không đổi so với cùng kỳ"
    # the level is the verdict rule's (evaluation.level), carried by the comparison
    assert compared_text(cat.indicator("bhyt"), Comparison("progress", Decimal("109.8"), "passed")) == \
        "Đến nay đã vượt mức chỉ tiêu (109,8%)"
    assert compared_text(cat.indicator("bhyt"), Comparison("progress", Decimal("95"))) == "95% chỉ tiêu"
    assert compared_text(cat.indicator("truong_chuan"), Comparison("progress", Decimal("100.02"), "reached")) == \
        "Đến nay đã đạt mức chỉ tiêu (100%)"
    assert compared_text(cat.indicator("truong_chuan"), Comparison("progress", Decimal("100.05"), "passed")) == \
        "Đến nay đã vượt mức chỉ tiêu (100,1%)"
    # not met, yet 100,0% once rounded: never printed as 100%
    assert compared_text(cat.indicator("truong_chuan"), Comparison("progress", Decimal("99.98"))) == "99,9% chỉ tiêu"
