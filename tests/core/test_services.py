"""The services an officer's actions call: saving, refusing, evaluating, auditing."""
from decimal import Decimal as D

import pytest

from desktop_app.core.errors import InvalidInput, NotApplicable, NotFound
from desktop_app.core.evaluation import Verdict
from desktop_app.services import Workspace


def test_a_saved_value_survives_reopening_the_database(workspace, data_dir):
    """What was typed is in the database, not only in memory."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")
    workspace.close()
    again = Workspace.open(data_dir)
    row = again.row("2026-6M", "bhyt")
    assert row.computed.value == D(95)
    assert row.value_text == "95"
    again.close()


def test_only_the_given_fields_change(workspace):
    """Typing the denominator later keeps the numerator typed before."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500")
    row = workspace.set_entry("2026-6M", "bhyt", denominator="10000")
    assert row.entry.numerator == D(9500) and row.computed.value == D(95)


def test_verdict_follows_the_values(workspace):
    """Year-end party admissions: Không đạt below 3,2%, Vượt above it."""
    workspace.set_baseline("ket_nap_dang_vien", "250")
    assert workspace.set_entry("2026", "ket_nap_dang_vien", value="5").verdict == Verdict.KHONG_DAT
    row = workspace.set_entry("2026", "ket_nap_dang_vien", value="9")
    assert row.verdict == Verdict.VUOT
    assert row.value_text == "3,6"


def test_every_change_leaves_an_audit_row(workspace):
    """Who changed which field of which indicator, from what to what."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500")
    workspace.set_entry("2026-6M", "bhyt", numerator="9600", comment="Số liệu BHXH")
    rows = workspace.store.audit_rows(indicator="bhyt")
    assert [(r.field, r.old, r.new) for r in rows] == [
        ("numerator", None, "9500"),
        ("numerator", "9500", "9600"),
        ("comment", "", "Số liệu BHXH"),
    ]
    assert {r.user for r in rows} == {"can-bo"} and all(r.period == "2026-6M" for r in rows)


def test_clearing_all_fields_removes_the_entry(workspace):
    """Emptying a cell returns the indicator to Chưa nhập."""
    workspace.set_entry("2026-6M", "truong_chuan", numerator="9", denominator="10")
    row = workspace.set_entry("2026-6M", "truong_chuan", numerator="", denominator="")
    assert row.verdict == Verdict.CHUA_NHAP
    assert workspace.store.entry(workspace.commune.code, "2026-6M", "truong_chuan") is None


@pytest.mark.parametrize(
    "fields, field_name",
    [
        ({"numerator": "-5"}, "Số người tham gia BHYT"),  # negative count
        ({"numerator": "12,5"}, "Số người tham gia BHYT"),  # people are counted whole
        ({"numerator": "11000", "denominator": "10000"}, "Số người tham gia BHYT"),  # above denominator
        ({"numerator": "1,234"}, "Số người tham gia BHYT"),  # ambiguous
        ({"denominator": "0"}, "Dân số"),
        ({"numerator": "80%"}, "Số người tham gia BHYT"),  # a count is not a percentage
        ({"numerator": "abc"}, "Số người tham gia BHYT"),
    ],
)
def test_refused_inputs_name_the_field_and_change_nothing(workspace, fields, field_name):
    """A refused value raises a Vietnamese message naming the field; the stored value stays."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    before = workspace.store.entries(workspace.commune.code)
    audit_before = len(workspace.store.audit_rows())
    with pytest.raises(InvalidInput) as err:
        workspace.set_entry("2026-6M", "bhyt", **fields)
    assert field_name in err.value.message
    assert workspace.store.entries(workspace.commune.code) == before
    assert len(workspace.store.audit_rows()) == audit_before


def test_rate_above_100_percent_is_refused(workspace):
    """A current poor-household rate of 120% cannot be right."""
    with pytest.raises(InvalidInput, match="không quá 100%"):
        workspace.set_entry("2026", "giam_ngheo", value="120%")


def test_percent_sign_is_accepted_where_the_unit_is_percent(workspace):
    """Typing "4,5%" for the current poor-household rate is what people do."""
    workspace.set_baseline("giam_ngheo", "5,2%")
    row = workspace.set_entry("2026", "giam_ngheo", value="4,5%")
    assert row.computed.value == D("0.7")


def test_admissions_above_the_members_at_start_are_refused(workspace):
    """More new members than the party had at the start would be a rate above 100%."""
    workspace.set_baseline("ket_nap_dang_vien", "100")
    with pytest.raises(InvalidInput, match="vượt 100%"):
        workspace.set_entry("2026", "ket_nap_dang_vien", value="150")


def test_period_outside_the_term_is_refused(workspace):
    """2031 is not in the 2026-2030 term."""
    with pytest.raises(InvalidInput, match="2026-2030"):
        workspace.set_entry("2031", "bhyt", numerator="1")


def test_unknown_indicator_code_is_refused(workspace):
    """An unknown code lists the codes that exist."""
    with pytest.raises(NotFound) as err:
        workspace.set_entry("2026", "bao_hiem", numerator="1")
    assert "bhyt" in err.value.message


def test_field_the_indicator_does_not_have_is_refused(workspace):
    """The budget is entered as one figure, not as numerator and denominator."""
    with pytest.raises(InvalidInput, match="Các trường nhập"):
        workspace.set_entry("2026", "thu_ngan_sach", numerator="5")


def test_urban_waste_does_not_exist_for_a_commune(workspace):
    """Xã Tân Cương has no urban-waste target: the indicator is refused and absent."""
    with pytest.raises(NotApplicable, match="phường"):
        workspace.set_entry("2026", "rac_thai_do_thi", numerator="1", denominator="2")
    codes = [r.indicator.code for r in workspace.period_view("2026").rows]
    assert "rac_thai_do_thi" not in codes and "nuoc_sach_nong_thon" in codes


def test_rural_water_does_not_exist_for_a_ward(ward_workspace):
    """A ward has urban waste and no rural water, nor the new-rural standard."""
    codes = [r.indicator.code for r in ward_workspace.period_view("2026").rows]
    assert "nuoc_sach_nong_thon" not in codes and "nong_thon_moi" not in codes
    assert "rac_thai_do_thi" in codes
    with pytest.raises(NotApplicable):
        ward_workspace.set_entry("2026", "nuoc_sach_nong_thon", numerator="1", denominator="2")


def test_province_target_comes_from_phu_luc_2(workspace):
    """Xã Tân Cương's trained-labour target is "≥ 75" as printed in Phụ lục 2."""
    row = workspace.row("2026", "lao_dong_dao_tao")
    assert row.target_text == "≥ 75"
    assert row.target.source.startswith("Tỉnh giao")


def test_own_annual_target_is_judged_beside_the_provinces(workspace):
    """An own 2026 target of 96% BHYT gets its own verdict in the 2026 year report; the
    verdict the province counts stays the one against its 2030 target."""
    workspace.set_own_target(2026, "bhyt", ">=", "96")
    row = workspace.set_entry("2026", "bhyt", numerator="9700", denominator="10000")
    assert row.target.source.startswith("Tỉnh giao") and row.verdict == Verdict.DANG_THUC_HIEN
    assert row.own_target.source == "Xã tự đặt (năm 2026)"
    assert row.own_evaluation.verdict == Verdict.VUOT
    assert workspace.row("2027", "bhyt").own_target is None
    workspace.set_own_target(2026, "bhyt", None)
    assert workspace.row("2026", "bhyt").own_evaluation is None


def test_an_own_target_cannot_make_a_failure_count_as_met(workspace):
    """An own target of ≥ 1% does not turn 50% health insurance into a verdict the province counts."""
    workspace.set_own_target(2026, "bhyt", ">=", "1")
    row = workspace.set_entry("2026", "bhyt", numerator="5000", denominator="10000")
    assert row.own_evaluation.verdict == Verdict.VUOT
    assert row.verdict == Verdict.DANG_THUC_HIEN
    sub = workspace.submission("2026")
    item = next(i for i in sub.items if i.code == "bhyt")
    assert (item.verdict, item.target_source) == ("Đang thực hiện", row.target.source)
    assert (item.own_verdict, item.own_target_text) == ("Vượt", "≥ 1")


def test_own_target_refuses_a_bad_comparator(workspace):
    """Comparator "~" is refused with the list of accepted ones."""
    with pytest.raises(InvalidInput, match="≥"):
        workspace.set_own_target(2026, "bhyt", "~", "96")


def _as_approved(workspace, *periods):
    """`periods` as approved (their state only: an earlier year counts in a term total once approved,
    `rows.Inputs.unapproved`)."""
    from db.rows import PeriodStateRow

    with workspace.store.transaction():
        for period in periods:
            workspace.store.put_period_state(PeriodStateRow(workspace.commune.code, period, "Đã duyệt", None,
                                                            None, None, None, None))


def test_budget_term_total_sums_year_reports(workspace):
    """Each year's budget adds up towards the 2026-2030 total; 2030 gives the verdict. The earlier
    years count once approved: typed only, they are named as not counted (walk U11 F1)."""
    for year, amount in zip(range(2026, 2031), ("40.000", "42.000", "44.000", "45.000", "47.000")):
        workspace.set_entry(str(year), "thu_ngan_sach", value=amount)
    row = workspace.row("2030", "thu_ngan_sach")
    assert row.computed.compared == D(47000) and row.verdict == Verdict.CHUA_DU_SO_LIEU
    assert row.evaluation.note == "Năm 2026, 2027, 2028, 2029 chưa được duyệt: chưa tính vào tổng nhiệm kỳ"
    _as_approved(workspace, "2026", "2027", "2028", "2029")
    row = workspace.row("2030", "thu_ngan_sach")
    assert row.computed.compared == D(218000)
    assert row.verdict == Verdict.VUOT  # target 217.373
    assert row.compared_text == "Lũy kế 2026-2030: 218.000, vượt 627 so với chỉ tiêu"
    mid = workspace.row("2027", "thu_ngan_sach")
    assert mid.verdict == Verdict.DANG_THUC_HIEN
    assert mid.computed.compared == D(82000)


def test_budget_verdict_waits_for_missing_years(workspace):
    """Without the 2027 year figure the term total cannot be judged."""
    workspace.set_entry("2026", "thu_ngan_sach", value="100000")
    row = workspace.set_entry("2030", "thu_ngan_sach", value="200000")
    assert row.verdict == Verdict.CHUA_DU_SO_LIEU
    assert "2027" in row.evaluation.note


def test_road_accidents_use_last_years_stored_figure(workspace):
    """2027's 6-month count compares with the 6-month count stored for 2026."""
    workspace.set_entry("2026-6M", "tngt_so_vu", value="20")
    _as_approved(workspace, "2026-6M")  # counted once approved (`rows.Inputs.unapproved`)
    row = workspace.set_entry("2027-6M", "tngt_so_vu", value="18")
    assert row.verdict == Verdict.VUOT
    assert row.compared_text == "Giảm 10% so với cùng kỳ"


def test_completeness_counts_assigned_indicators(workspace):
    """A commune has 8 assigned indicators; party organisations count only at year end: before it,
    what is counted is said (walk 14, L4: "1/7 chỉ tiêu giao" beside the summary's 8)."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    view = workspace.period_view("2026-6M")
    assert view.completeness_text == "Đã nhập 1/7 chỉ tiêu cần nhập kỳ này"
    assert view.tally.total == 8 and view.tally.not_due == 1
    assert workspace.period_view("2026").completeness_text == "Đã nhập 0/8 chỉ tiêu giao"


def test_narrative_is_saved_and_audited(workspace):
    """The report's narrative sections are stored per period."""
    workspace.set_narrative("2026-6M", "ket_qua", "Hoàn thành thu ngân sách 6 tháng.")
    assert workspace.period_view("2026-6M").narratives == {"ket_qua": "Hoàn thành thu ngân sách 6 tháng."}
    with pytest.raises(InvalidInput):
        workspace.set_narrative("2026-6M", "khac", "x")


def test_setup_refuses_an_unknown_or_ambiguous_unit(blank_workspace):
    """"van lang" without accents matches two units: both are named, none chosen."""
    with pytest.raises(NotFound) as err:
        blank_workspace.setup("van lang", "A", "B")
    assert "Xã Văn Lăng" in err.value.message and "Xã Văn Lang" in err.value.message
    with pytest.raises(NotFound):
        blank_workspace.setup("Hà Nội", "A", "B")
    assert not blank_workspace.is_set_up


def test_setup_refuses_unknown_signer_title(blank_workspace):
    """The signer is the Chủ tịch or a Phó Chủ tịch of the People's Committee."""
    with pytest.raises(InvalidInput, match="Chức vụ"):
        blank_workspace.setup("tan cuong", "A", "B", "Bí thư")
    unit = blank_workspace.setup("tan cuong", "A", "B", "phó chủ tịch UBND")
    assert unit.name == "Xã Tân Cương" and blank_workspace.settings.signer_title == "Phó Chủ tịch"


def test_overview_flags_overdue_periods(workspace):
    """On 24/11/2026 the first three periods of 2026 are overdue while empty; the year is current."""
    import datetime as dt

    statuses = {s.period.code: s for s in workspace.overview(dt.date(2026, 11, 24))}
    assert statuses["2026-Q1"].overdue and statuses["2026-9M"].overdue
    assert not statuses["2026"].overdue
    assert workspace.current_period(dt.date(2026, 11, 24)).code == "2026"


def test_denominators_are_proposed_from_the_nearest_earlier_period(workspace):
    """Population, schools… entered once are proposed in later periods until typed again."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="9.400", denominator="10.000")
    workspace.set_entry("2026-6M", "truong_chuan", numerator="3", denominator="5")
    proposed = workspace.proposed_denominators("2026-9M")
    assert proposed["bhyt"] == D(10000) and proposed["truong_chuan"] == D(5)
    workspace.set_entry("2026-9M", "bhyt", denominator="10.100")
    assert "bhyt" not in workspace.proposed_denominators("2026-9M")
    assert workspace.proposed_denominators("2026-Q1") == {}


def test_a_denominator_counted_since_the_start_of_the_year_is_never_proposed(ward_workspace):
    """The waste generated (lũy kế từ đầu năm) of 2027 is no quarter's of 2028, nor is the first
    quarter's the half year's: proposed, one Enter made 470 t treated of 1.860 t "25%" where 470 of
    about 475 were (walk U14 F1). The population still is."""
    ws = ward_workspace
    ws.set_entry("2027", "rac_thai_do_thi", numerator="1.850", denominator="1.860")
    ws.set_entry("2027", "bhyt", numerator="9.400", denominator="10.000")
    ws.set_entry("2028-Q1", "rac_thai_do_thi", numerator="470", denominator="475")
    assert "rac_thai_do_thi" not in ws.proposed_denominators("2028-Q1")
    assert "rac_thai_do_thi" not in ws.proposed_denominators("2028-6M")
    assert ws.proposed_denominators("2028-Q1")["bhyt"] == D(10000)


def test_a_growth_rate_may_be_above_100_percent_and_below_zero(workspace):
    """150% growth is a figure, not a mistake; a rate of people cannot pass 100%."""
    assert workspace.set_entry("2026", "tang_gia_tri_san_pham", value="150%").value_text == "150"
    assert workspace.set_entry("2026", "tang_gia_tri_san_pham", value="-2,5").value_text == "-2,5"
    with pytest.raises(InvalidInput, match="100%"):
        workspace.set_entry("2026", "giam_ngheo", value="150%")
