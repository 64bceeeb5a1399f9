"""A result that moved away from its target before the horizon is still "Đang thực hiện" (the
province's vocabulary, docs/indicators.md), but warned about, with a request for an explanation:
the poverty rate above its start-of-term level, a growth rate below zero against a target above it."""
from dataclasses import replace
from decimal import Decimal as D

from desktop_app.core.catalog import Target
from desktop_app.core.checks import UNEXPLAINED_FAILURE, away_from_target, warnings_for
from desktop_app.core.evaluation import Entry, Verdict
from desktop_app.core.periods import Period
from desktop_app.core.rows import Inputs, evaluate_row
from desktop_app.resources import default_catalog

CATALOG = default_catalog()


def test_a_poverty_rate_that_rose_since_the_start_of_the_term_is_warned_about(workspace):
    """Baseline 3,12%, 80 poor households of 2.400 (3,33%): "Đang thực hiện", and a warning
    that names the rise and asks for the reason in Ghi chú; in English too."""
    workspace.set_baseline("giam_ngheo", "3,12")
    row = workspace.set_entry("2026", "giam_ngheo", numerator="80", denominator="2.400")
    assert row.verdict == Verdict.DANG_THUC_HIEN
    assert row.compared_text == "Tỷ lệ hộ nghèo tăng 0,21 điểm % so với đầu nhiệm kỳ"
    warning = away_from_target(row)
    assert warning == ("Kết quả đi ngược chỉ tiêu: tỷ lệ hộ nghèo tăng 0,21 điểm % so với đầu nhiệm kỳ"
                       " — nên giải thích ở cột Ghi chú.")
    assert warning.en == ("Result moving away from the target: the poverty rate rose 0,21 percentage points "
                          "since the start of the term — worth explaining in the Comment column.")
    assert warnings_for(workspace, row) == [warning]


def test_the_warning_says_the_explanation_is_given_once_a_comment_is_written(workspace):
    """The leader still sees it (the figure moved away all the same), now saying it is explained."""
    workspace.set_baseline("giam_ngheo", "3,12")
    workspace.set_entry("2026", "giam_ngheo", numerator="80", denominator="2.400")
    row = workspace.set_entry("2026", "giam_ngheo", comment="Thêm 12 hộ chuyển đến từ xã khác")
    assert warnings_for(workspace, row) == [
        "Kết quả đi ngược chỉ tiêu: tỷ lệ hộ nghèo tăng 0,21 điểm % so với đầu nhiệm kỳ"
        " (đã giải thích ở cột Ghi chú)."]


def test_a_poverty_rate_that_fell_or_did_not_move_is_not_warned_about(workspace):
    """A fall (progress towards the target) and no change at display precision are not a move away."""
    workspace.set_baseline("giam_ngheo", "3,12")
    fell = workspace.set_entry("2026-Q1", "giam_ngheo", numerator="70", denominator="2.400")  # 2,92%
    assert away_from_target(fell) is None and warnings_for(workspace, fell) == []
    same = workspace.set_entry("2026-6M", "giam_ngheo", value="3,1240")  # shown 0,00 points
    assert same.compared_text == "Tỷ lệ hộ nghèo chưa giảm so với đầu nhiệm kỳ"
    assert away_from_target(same) is None


def _growth(value: str):
    """The growth of the value of products (a rate that may fall below zero) at six months, had
    the province set it a target "≥ 8" for the year (it has none yet: "sẽ giao sau")."""
    ind = replace(CATALOG.indicator("tang_gia_tri_san_pham"), default_target=Target("≥", D("8")))
    p = Period(2026, "6M")
    inputs = Inputs({(p.code, ind.code): Entry(value=D(value))}, {}, {})
    return evaluate_row(CATALOG, CATALOG.communes[0], ind, p, inputs)


def test_a_growth_rate_below_zero_against_a_target_above_it_is_warned_about():
    """−2,5% at six months against "≥ 8" is "Đang thực hiện" at −31,3% of the target: warned;
    +2% (25% of the target, on its way) is not."""
    row = _growth("-2.5")
    assert row.verdict == Verdict.DANG_THUC_HIEN and row.evaluation.progress == D("-31.3")
    assert away_from_target(row) == ("Kết quả đi ngược chỉ tiêu: kết quả -2,5%, chỉ tiêu ≥ 8%"
                                     " — nên giải thích ở cột Ghi chú.")
    assert away_from_target(_growth("2")) is None


def test_a_judged_result_is_not_warned_as_moving_away(workspace):
    """At the horizon the verdict says it ("Không đạt", with its own request for a reason):
    the 2030 year report's poverty rise is not warned twice."""
    workspace.set_baseline("giam_ngheo", "3,12")
    row = workspace.set_entry("2030", "giam_ngheo", numerator="80", denominator="2.400")
    assert row.verdict == Verdict.KHONG_DAT
    assert away_from_target(row) is None
    assert warnings_for(workspace, row) == [UNEXPLAINED_FAILURE]


def test_the_period_warnings_the_window_loads_include_it(workspace):
    """What the window shows on opening a period (its ⚠ marks and the status bar's count)."""
    workspace.set_baseline("giam_ngheo", "3,12")
    workspace.set_entry("2026", "giam_ngheo", numerator="80", denominator="2.400")
    found = workspace.period_warnings(workspace.period_view("2026"))
    assert [w.split(":")[0] for w in found["giam_ngheo"]] == ["Kết quả đi ngược chỉ tiêu"]
