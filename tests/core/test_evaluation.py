"""Verdicts: every branch of Vượt / Đạt / Không đạt and the states before a verdict."""
from dataclasses import replace
from decimal import Decimal as D

import pytest

from desktop_app.core.catalog import Target
from desktop_app.resources import default_catalog
from desktop_app.core.evaluation import Computed, Entry, Verdict, compare, compute, evaluate, progress
from desktop_app.core.periods import Period

CAT = default_catalog()
BHYT = CAT.indicator("bhyt")
LAO_DONG = CAT.indicator("lao_dong_dao_tao")
KET_NAP = CAT.indicator("ket_nap_dang_vien")
TO_CHUC = CAT.indicator("to_chuc_dang_htt")
NGAN_SACH = CAT.indicator("thu_ngan_sach")
GIAM_NGHEO = CAT.indicator("giam_ngheo")
TNGT = CAT.indicator("tngt_so_vu")
MA_TUY = CAT.indicator("khong_ma_tuy")
GIA_DINH = CAT.indicator("gia_dinh_van_hoa")

Y2026 = Period(2026, "Y")
Y2030 = Period(2030, "Y")
H2026 = Period(2026, "6M")


def t(op, value, horizon="annual"):
    return Target(op, value if isinstance(value, bool) else D(str(value)), horizon=horizon)


@pytest.mark.parametrize(
    "value, op, target, verdict",
    [
        ("96.1", "≥", "80", Verdict.VUOT),  # seed 003: ≥ 80%, 96,1% → Vượt mục tiêu
        ("80", "≥", "80", Verdict.DAT),
        ("79.99", "≥", "80", Verdict.KHONG_DAT),
        ("80.001", "≥", "80", Verdict.DAT),  # equal at display precision (2 decimals)
        ("90.4", "=", "90", Verdict.VUOT),  # a plain number: reach at least it
        ("90", "=", "90", Verdict.DAT),
        ("89", "=", "90", Verdict.KHONG_DAT),
        ("95", ">", "90", Verdict.DAT),  # a strict > met is Đạt, never Vượt
        ("90", ">", "90", Verdict.KHONG_DAT),
        ("95.25", ">", "98.5", Verdict.KHONG_DAT),  # seed 003: > 98,5%, 95,25% → Không đạt
    ],
)
def test_compare_higher_is_better(value, op, target, verdict):
    """Vượt needs a comparator that allows equality and a strictly better result."""
    assert compare(LAO_DONG, D(value), t(op, target)) == verdict


@pytest.mark.parametrize(
    "value, op, target, verdict",
    [
        ("2", "<", "3", Verdict.DAT),  # seed 003: < 3%, < 3% → Đạt mục tiêu
        ("3", "<", "3", Verdict.KHONG_DAT),
        ("2", "≤", "3", Verdict.VUOT),
        ("3", "≤", "3", Verdict.DAT),
        ("4", "≤", "3", Verdict.KHONG_DAT),
    ],
)
def test_compare_at_most_targets(value, op, target, verdict):
    """Comparators ≤ and < reverse the comparison: lower is better."""
    assert compare(LAO_DONG, D(value), t(op, target)) == verdict


def test_lower_is_better_indicator_reads_a_plain_number_as_at_most():
    """For a lower-is-better indicator a plain target means reach at most it."""
    lower = replace(LAO_DONG, direction="lower")
    assert compare(lower, D(2), t("=", 3)) == Verdict.VUOT
    assert compare(lower, D(4), t("=", 3)) == Verdict.KHONG_DAT


def test_yes_no_targets():
    """A drug-free unit meets a "Có" target; "Không" does not."""
    assert compare(MA_TUY, True, t("=", True)) == Verdict.DAT
    assert compare(MA_TUY, False, t("=", True)) == Verdict.KHONG_DAT


def test_nothing_entered_is_chua_nhap():
    """An indicator with no input at all says Chưa nhập."""
    ev = evaluate(BHYT, Entry(), None, t("=", 100, "term_level"), Y2030)
    assert ev.verdict == Verdict.CHUA_NHAP


def test_nothing_entered_before_the_year_end_judgement_is_not_yet_due():
    """A party-organisation rating is judged at year end only: the 6-month report says Chưa đến
    kỳ đánh giá for it whether anything was entered or not (the province counts it so), never
    Chưa nhập, which asked for a figure nobody expects yet and counted it in the summary."""
    assert evaluate(TO_CHUC, Entry(), None, t("≥", 90), H2026).verdict == Verdict.CHUA_DEN_KY
    assert evaluate(TO_CHUC, None, None, t("≥", 90), H2026).verdict == Verdict.CHUA_DEN_KY


def test_no_target_is_chua_giao():
    """Growth of product value has no target yet: Chưa giao chỉ tiêu, value still computed."""
    ind = CAT.indicator("tang_gia_tri_san_pham")
    e = Entry(value=D("8.5"))
    ev = evaluate(ind, e, compute(ind, e), None, Y2026)
    assert ev.verdict == Verdict.CHUA_GIAO


def test_party_organisations_are_rated_at_year_end_only():
    """Q1, 6 months and 9 months say Chưa đến kỳ đánh giá; the year report judges."""
    e = Entry(numerator=D(9), denominator=D(10))
    c = compute(TO_CHUC, e)
    assert evaluate(TO_CHUC, e, c, t("≥", 90), H2026).verdict == Verdict.CHUA_DEN_KY
    assert evaluate(TO_CHUC, e, c, t("≥", 90), Y2026).verdict == Verdict.DAT


def test_ratio_missing_denominator_is_chua_du_so_lieu():
    """A numerator without its denominator cannot give a rate: Chưa đủ số liệu, naming what is missing."""
    e = Entry(numerator=D(950))
    c = compute(BHYT, e)
    ev = evaluate(BHYT, e, c, t("=", 100, "term_level"), Y2030)
    assert ev.verdict == Verdict.CHUA_DU_SO_LIEU
    assert "Dân số" in ev.note


def test_term_level_target_shows_progress_before_2030():
    """BHYT 95% against a 2030 target of 100% is Đang thực hiện at 95% of the target."""
    e = Entry(numerator=D(9500), denominator=D(10000))
    c = compute(BHYT, e)
    ev = evaluate(BHYT, e, c, t("=", 100, "term_level"), Y2026)
    assert ev.verdict == Verdict.DANG_THUC_HIEN
    assert ev.progress == D("95.0")
    assert evaluate(BHYT, e, c, t("=", 100, "term_level"), Y2030).verdict == Verdict.KHONG_DAT


def test_annual_target_progress_before_year_end_then_verdict():
    """Party admissions (annual) show progress at 6 months and a verdict in the year report."""
    e = Entry(numerator=D(4))
    c = compute(KET_NAP, e, baseline=D(100))
    assert c.value == D(4)
    assert evaluate(KET_NAP, e, c, t("≥", "3.2"), H2026).verdict == Verdict.DANG_THUC_HIEN
    assert evaluate(KET_NAP, e, c, t("≥", "3.2"), Y2026).verdict == Verdict.VUOT


def test_party_admissions_need_the_term_baseline():
    """Without the number of members at the start of the term the rate cannot be computed."""
    c = compute(KET_NAP, Entry(numerator=D(4)))
    assert c.value is None and "đầu nhiệm kỳ" in c.missing


def test_term_total_sums_the_years():
    """The budget target is a sum over 2026-2030: 2030's verdict compares the five years' total."""
    e = Entry(value=D(50000))
    c = compute(NGAN_SACH, e, earlier_years=D(170000))
    assert c.compared == D(220000)
    ev = evaluate(NGAN_SACH, e, c, t("=", 217373, "term_total"), Y2030)
    assert ev.verdict == Verdict.VUOT
    early = evaluate(NGAN_SACH, e, compute(NGAN_SACH, e, earlier_years=D(0)), t("=", 200000, "term_total"), Y2026)
    assert early.verdict == Verdict.DANG_THUC_HIEN and early.progress == D("25.0")


def test_poverty_reduction_is_baseline_minus_current_rate():
    """5,2% poor households at the start and 40 of 1.000 now is a fall of 1,2 points."""
    c = compute(GIAM_NGHEO, Entry(numerator=D(40), denominator=D(1000)), baseline=D("5.2"))
    assert c.value == D("1.2")
    direct = compute(GIAM_NGHEO, Entry(value=D("4")), baseline=D("5.2"))
    assert direct.value == D("1.2")


def test_road_accidents_compare_with_last_year():
    """19 cases against 20 a year before is a 5% fall: Đạt the "≥ 5%" target; 20 against 20 is not."""
    target = t("≥", 5)
    e = Entry(value=D(19), previous=D(20))
    c = compute(TNGT, e)
    assert c.compared == D(5)
    assert evaluate(TNGT, e, c, target, H2026).verdict == Verdict.DAT
    e2 = Entry(value=D(20))
    c2 = compute(TNGT, e2, last_year=D(20))
    assert evaluate(TNGT, e2, c2, target, H2026).verdict == Verdict.KHONG_DAT
    e3 = Entry(value=D(10))
    assert compute(TNGT, e3, last_year=D(20)).compared == D(50)


def test_road_accidents_without_last_year_figure():
    """No figure for the same period last year: Chưa đủ số liệu (the "fall of 5%" needs it)."""
    e = Entry(value=D(7))
    ev = evaluate(TNGT, e, compute(TNGT, e), t("≥", 5), H2026)
    assert ev.verdict == Verdict.CHUA_DU_SO_LIEU
    assert "cùng kỳ" in ev.note


def test_no_accidents_both_years_keeps_the_level():
    """Zero accidents last year and this year is no rise; any accident after a zero year is a rise."""
    assert compute(TNGT, Entry(value=D(0), previous=D(0))).compared == D(0)
    assert compute(TNGT, Entry(value=D(1), previous=D(0))).compared == D(-100)


def test_progress_is_none_for_yes_no():
    """A yes/no indicator has no percentage of progress."""
    assert progress(True, t("=", True)) is None
    assert progress(D(45), t(">", 90)) == D("50.0")


def test_culture_rate_strict_target():
    """Families: target > 90%; exactly 90% is Không đạt, 90,5% Đạt."""
    assert compare(GIA_DINH, D(90), t(">", 90)) == Verdict.KHONG_DAT
    assert compare(GIA_DINH, D("90.5"), t(">", 90)) == Verdict.DAT


def test_computed_zero_target_progress():
    """A zero target gives no percentage rather than a division error."""
    assert progress(D(5), t("=", 0)) is None
    assert Computed(None, None).missing == ""
