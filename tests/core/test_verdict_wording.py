"""What a chairman reads and signs agrees with itself: "Đạt chuẩn nông thôn mới" is a level to
reach by 2030, not a failure each year; "So với chỉ tiêu" never says a target is reached when
the verdict says it is not (nor the opposite); no road accident, as a year before, is Đạt; an
own target set on an indicator left empty stays on the report; and an approval made under the
earlier rules keeps the verdicts it was approved with."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop_app.__main__ import main
from desktop_app.core import rows as rows_module
from desktop_app.core.evaluation import Evaluation, Verdict
from desktop_app.core.recompute import recompute
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

# --- 1. Đạt chuẩn nông thôn mới: term level -------------------------------------------------

def test_new_rural_standard_not_reached_in_2026_is_in_progress_not_failed(workspace):
    """A xã planning to reach the standard in 2028 answers "Không" in its 2026 year report:
    "Đang thực hiện", as the other term-level rows, never "Không đạt"; in 2030 it is judged."""
    workspace.set_entry("2026", "nong_thon_moi", flag="Không")
    row = workspace.row("2026", "nong_thon_moi")
    assert row.target.horizon == "term_level" and row.target_text == "Có"
    assert row.verdict == Verdict.DANG_THUC_HIEN
    item = next(i for i in workspace.submission("2026").items if i.code == "nong_thon_moi")
    assert (item.target_text, item.verdict) == ("Có", "Đang thực hiện")
    workspace.set_entry("2030", "nong_thon_moi", flag="Không")
    assert workspace.row("2030", "nong_thon_moi").verdict == Verdict.KHONG_DAT
    workspace.set_entry("2030", "nong_thon_moi", flag="Có")
    assert workspace.row("2030", "nong_thon_moi").verdict == Verdict.DAT


def test_new_rural_standard_with_the_communes_own_target_year_is_judged_that_year(workspace):
    """The xã that set itself "Có" for 2026 gets a verdict against it in 2026 (beside the
    province's "Đang thực hiện"), and is counted in "Theo 1 chỉ tiêu xã tự đặt"."""
    workspace.set_own_target(2026, "nong_thon_moi", "=", "Có")
    workspace.set_entry("2026", "nong_thon_moi", flag="Không")
    row = workspace.row("2026", "nong_thon_moi")
    assert row.verdict == Verdict.DANG_THUC_HIEN
    assert row.own_evaluation.verdict == Verdict.KHONG_DAT
    sub = workspace.submission("2026")
    assert sub.own_summary_sentence() == "Theo 1 chỉ tiêu xã tự đặt năm 2026: Vượt 0, Đạt 0, Không đạt 1."


# --- 2. "So với chỉ tiêu" agrees with the verdict ------------------------------------------

@pytest.mark.parametrize("code, inputs, q1_words, year_verdict", [
    # 99,98 of 100: 99,98% rounds to 100,0%, yet the target is not met
    ("tthc_truc_tuyen", {"numerator": "4.999", "denominator": "5.000"}, "99,9% chỉ tiêu", Verdict.KHONG_DAT),
    # 90 of "> 90": exactly 100%, and a strict ">" is not met
    ("thon_van_hoa", {"numerator": "9", "denominator": "10"}, "99,9% chỉ tiêu", Verdict.KHONG_DAT),
    # 3,1968 is shown 3,2, which meets "≥ 3,2" (99,9% of it)
    ("dan_quan_tu_ve", {"numerator": "31.968", "denominator": "1.000.000"}, "Đến nay đã đạt mức chỉ tiêu", Verdict.DAT),
    # exactly at the level
    ("ho_so_truc_tuyen", {"numerator": "50", "denominator": "50"}, "Đến nay đã đạt mức chỉ tiêu (100%)", Verdict.DAT),
    # "> 90" met: Đạt (a strict comparator is never Vượt), so "đạt", with its percentage
    ("gia_dinh_van_hoa", {"numerator": "95", "denominator": "100"}, "Đến nay đã đạt mức chỉ tiêu (105,6%)", Verdict.DAT),
    ("ho_so_truc_tuyen", {"numerator": "49", "denominator": "50"}, "98% chỉ tiêu", Verdict.KHONG_DAT),
])
def test_the_quarter_s_comparison_never_contradicts_the_years_verdict(workspace, code, inputs, q1_words,
                                                                      year_verdict):
    """The same figure in Q1 ("So với chỉ tiêu") and in the year report (Đánh giá): "Đến nay đã đạt mức
    chỉ tiêu" exactly when the year's verdict is Đạt or Vượt; never "100%" for a target not met."""
    workspace.set_entry("2026-Q1", code, **inputs)
    workspace.set_entry("2026", code, **inputs)
    q1, year = workspace.row("2026-Q1", code), workspace.row("2026", code)
    assert q1.verdict == Verdict.DANG_THUC_HIEN and q1.compared_text == q1_words
    assert year.verdict == year_verdict
    reached = q1_words.startswith(("Đến nay đã đạt", "Đến nay đã vượt"))
    assert reached == (year_verdict in (Verdict.DAT, Verdict.VUOT))
    item = next(i for i in workspace.submission("2026-Q1").items if i.code == code)
    assert item.compared_text == q1_words


def test_a_term_level_passed_before_2030_says_passed_with_its_percentage(workspace):
    """BHYT 99,99 of 100 in the 2026 year report is "99,9% chỉ tiêu" (not "Đã đạt mức"); 100
    of ≥ 75 trained workers is "Đến nay đã vượt mức chỉ tiêu (133,3%)"."""
    workspace.set_entry("2026", "bhyt", numerator="9.999", denominator="10.000")
    workspace.set_entry("2026", "lao_dong_dao_tao", numerator="1", denominator="1")
    assert workspace.row("2026", "bhyt").compared_text == "99,9% chỉ tiêu"
    assert workspace.row("2026", "lao_dong_dao_tao").compared_text == "Đến nay đã vượt mức chỉ tiêu (133,3%)"


# --- 3. Road accidents ------------------------------------------------------------------------

def test_no_accident_as_a_year_before_is_met_and_said_so(workspace):
    """0 accidents, 0 the same period a year before: Đạt, with "Không có vụ nào, như cùng kỳ" in
    the row's notes (deaths and injuries count "người"); not counted as a failure to explain."""
    workspace.set_entry("2026", "tngt_so_vu", value="0", previous="0")
    workspace.set_entry("2026", "tngt_nguoi_chet", value="0", previous="0")
    row = workspace.row("2026", "tngt_so_vu")
    assert row.verdict == Verdict.DAT and row.compared_text == "Không đổi so với cùng kỳ"
    items = {i.code: i for i in workspace.submission("2026").items}
    assert items["tngt_so_vu"].verdict == "Đạt"
    assert "Không có vụ nào, như cùng kỳ" in items["tngt_so_vu"].remarks
    assert "Không có người nào, như cùng kỳ" in items["tngt_nguoi_chet"].remarks


def test_a_rise_from_zero_is_worded_in_cases_and_a_tiny_fall_is_not_zero(workspace):
    """5 accidents after 0: "Tăng 5 vụ so với cùng kỳ (cùng kỳ: 0)", Không đạt (no "Tăng 100%");
    one injury fewer in 1.234.568: "Giảm dưới 0,1% so với cùng kỳ" (not "Giảm 0%"), Không đạt;
    an unchanged non-zero count is still Không đạt."""
    workspace.set_entry("2026", "tngt_so_vu", value="5", previous="0")
    workspace.set_entry("2026", "tngt_nguoi_chet", value="3", previous="0")
    workspace.set_entry("2026", "tngt_nguoi_bi_thuong", value="1.234.567", previous="1.234.568")
    cases, deaths, injuries = (workspace.row("2026", c) for c in ("tngt_so_vu", "tngt_nguoi_chet",
                                                                  "tngt_nguoi_bi_thuong"))
    assert (cases.compared_text, cases.verdict) == ("Tăng 5 vụ so với cùng kỳ (cùng kỳ: 0)", Verdict.KHONG_DAT)
    assert deaths.compared_text == "Tăng 3 người so với cùng kỳ (cùng kỳ: 0)"
    assert (injuries.compared_text, injuries.verdict) == ("Giảm dưới 0,1% so với cùng kỳ", Verdict.KHONG_DAT)
    workspace.set_entry("2026", "tngt_so_vu", value="4", previous="4")
    assert workspace.row("2026", "tngt_so_vu").verdict == Verdict.KHONG_DAT


# --- 4. An own target on an indicator left empty ----------------------------------------------

def test_an_own_target_on_an_empty_indicator_stays_on_the_report_and_is_counted(workspace):
    """The leader set a land-fee plan for 2026 and nothing was entered: its row is on the report
    as "Chưa nhập" and the sentence counts both own targets."""
    workspace.set_own_target(2026, "truong_chuan", ">=", "33,33")
    workspace.set_own_target(2026, "thu_tien_su_dung_dat", ">=", "10.000")
    workspace.set_entry("2026", "truong_chuan", numerator="1", denominator="3")
    sub = workspace.submission("2026")
    land = next(i for i in sub.items if i.code == "thu_tien_su_dung_dat")
    assert (land.verdict, land.own_verdict, land.own_target_text) == ("Chưa nhập", "Chưa nhập", "≥ 10.000")
    assert sub.own_summary_sentence() == \
        "Theo 2 chỉ tiêu xã tự đặt năm 2026: Vượt 0, Đạt 1, Không đạt 0, Chưa nhập 1."
    assert not any(i.code == "tang_gia_tri_san_pham" for i in sub.items)  # no target, nothing entered


# --- an approval made under the earlier rules --------------------------------------------------

def _earlier_rules(monkeypatch):
    """Evaluate as before 2026.12: no accident after none was "Không đạt"."""
    evaluate = rows_module.evaluate

    def old(ind, entry, computed, target, period):
        ev = evaluate(ind, entry, computed, target, period)
        if ind.kind == "count_vs_last_year" and ev.verdict == Verdict.DAT and computed.value == 0:
            return Evaluation(Verdict.KHONG_DAT)
        return ev
    monkeypatch.setattr(rows_module, "evaluate", old)


def test_a_period_approved_under_the_earlier_rules_keeps_its_verdicts(office, data_dir, capsys, monkeypatch):
    """2026-Q1 approved while 0 accidents after 0 was "Không đạt": after the rule changed, its
    window view, `chitieu show`, its file and fingerprint still say Không đạt; no drift is
    reported (no figure changed); a live evaluation says Đạt."""
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    with monkeypatch.context() as m:
        _earlier_rules(m)
        as_(office, "canbo")
        fill_year(office, "2026-Q1")
        office.set_entry("2026-Q1", "tngt_so_vu", value="0", previous="0",
                         comment="Không có vụ tai nạn nào")
        office.complete("2026-Q1")
        as_(office, "lanhdao")
        fingerprint = office.approve("2026-Q1")
        as_(office, "canbo")
        capsys.readouterr()
        main(["--data-dir", str(data_dir), "--user", "canbo", "show", "--period", "2026-Q1", "--json"])
        shown = capsys.readouterr().out

    approved = {r.indicator.code: r for r in office.period_view("2026-Q1").rows}["tngt_so_vu"]
    assert approved.verdict == Verdict.KHONG_DAT  # the window, as approved
    assert office.row("2026-Q1", "tngt_so_vu").verdict == Verdict.DAT  # evaluated now
    main(["--data-dir", str(data_dir), "--user", "canbo", "show", "--period", "2026-Q1", "--json"])
    assert capsys.readouterr().out == shown
    assert json.loads(shown)["rows"]  # a real answer
    sub = office.submission("2026-Q1")
    assert sub.fingerprint == fingerprint
    assert next(i for i in sub.items if i.code == "tngt_so_vu").verdict == "Không đạt"
    assert office.drift("2026-Q1") == []


def test_the_province_does_not_list_the_rule_change_as_a_difference(workspace, monkeypatch):
    """A file of an earlier version that says "Không đạt" for no accident after none, and a
    final verdict for "Đạt chuẩn nông thôn mới" in 2026, is counted as the province computes it
    now (Đạt, Đang thực hiện) without a "Khác biệt" line for either."""
    workspace.set_entry("2026", "tngt_so_vu", value="0", previous="0")
    workspace.set_entry("2026", "nong_thon_moi", flag="Không")
    sub = workspace.submission("2026")
    old = replace(sub, items=tuple(
        replace(i, verdict="Không đạt") if i.code in ("tngt_so_vu", "nong_thon_moi") else i for i in sub.items))
    again = recompute(workspace.catalog, workspace.commune, old)
    verdicts = {i.code: i.verdict for i in again.submission.items}
    assert (verdicts["tngt_so_vu"], verdicts["nong_thon_moi"]) == ("Đạt", "Đang thực hiện")
    assert again.differences == ()
    # any other difference is still named
    forged = replace(sub, items=tuple(replace(i, verdict="Vượt") if i.code == "tngt_so_vu" else i
                                      for i in sub.items))
    assert recompute(workspace.catalog, workspace.commune, forged).differences


@pytest.mark.parametrize("flag, stated", [("Không", "Đạt"), ("Không", "Vượt"), ("Có", "Không đạt")])
def test_a_final_verdict_the_earlier_rule_never_gave_is_a_difference(workspace, flag, stated):
    """Red-team R15, F1: the earlier rule judged "Đạt chuẩn nông thôn mới" at each year end, "Có"
    Đạt and "Không" Không đạt; any other final verdict for the answer (Đạt beside "Không") is not
    that rule's but the file's, and is named in "Khác biệt" (it passed unsaid)."""
    workspace.set_entry("2026", "nong_thon_moi", flag=flag)
    sub = workspace.submission("2026")
    forged = replace(sub, items=tuple(replace(i, verdict=stated) if i.code == "nong_thon_moi" else i
                                      for i in sub.items))
    differences = recompute(workspace.catalog, workspace.commune, forged).differences
    assert [d for d in differences if d.startswith("Đạt chuẩn nông thôn mới")], differences


def test_an_old_file_judged_by_the_unit_s_own_target_is_said_once_as_that_rule(workspace):
    """Format-1 files of versions before own targets were judged beside the province's put the
    unit's own target in place of the province's: the province names that once per row, not
    as four figures ("chỉ tiêu", "đánh giá"…) the unit could correct."""
    workspace.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    sub = workspace.submission("2026")
    old = replace(sub, format_version=1, items=tuple(
        replace(i, target_op="≥", target_value="90", target_text="≥ 90", target_source="Xã tự đặt (năm 2026)",
                verdict="Vượt", progress=None) if i.code == "bhyt" else i for i in sub.items))
    differences = recompute(workspace.catalog, workspace.commune, old).differences
    said = [d for d in differences if d.startswith("Tỷ lệ người dân tham gia bảo hiểm y tế")]
    assert said == ['Tỷ lệ người dân tham gia bảo hiểm y tế: tệp (phiên bản trước 12/2026) đánh giá theo chỉ tiêu '
                    'đơn vị tự đặt "≥ 90" thay cho chỉ tiêu tỉnh giao; tỉnh đánh giá theo chỉ tiêu tỉnh giao '
                    '"100": "Đang thực hiện"']
    # A format-2 file saying the same is a difference of the file, named field by field.
    forged = replace(old, format_version=2)
    assert len([d for d in recompute(workspace.catalog, workspace.commune, forged).differences
                if d.startswith("Tỷ lệ người dân")]) >= 2
