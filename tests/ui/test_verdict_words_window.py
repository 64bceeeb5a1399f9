"""The entry window words targets and comparisons as the report does: "Đạt chuẩn nông thôn mới"
is the resolution's target by 2030 (never "hằng năm"), a figure not meeting its target never
reads "100%", a rise from no accident is counted in cases, in Vietnamese and in English."""
from __future__ import annotations

from desktop_app.core.periods import Period
from ui.entry_model import Col


def _cell(window, code, col) -> str:
    model = window.model
    return model.index(model.line_of(code), col).data()


def _fill(workspace):
    workspace.set_entry("2026-Q1", "tthc_truc_tuyen", numerator="4.999", denominator="5.000")
    workspace.set_entry("2026-Q1", "dan_quan_tu_ve", numerator="31.968", denominator="1.000.000")
    workspace.set_entry("2026-Q1", "tngt_so_vu", value="5", previous="0")
    workspace.set_entry("2026-Q1", "tngt_nguoi_bi_thuong", value="1.234.567", previous="1.234.568")


def test_the_window_words_targets_and_comparisons_as_the_report(make_window, workspace):
    """Target column: "Có / NQ Tỉnh ủy, đến 2030" for nông thôn mới; verdict column: the report's
    own "So với chỉ tiêu" words for the same rows."""
    _fill(workspace)
    window = make_window(workspace)
    window.show_period(Period(2026, "Q1"))
    target = _cell(window, "nong_thon_moi", Col.TARGET)
    assert target.split("\n")[:2] == ["Có", "NQ Tỉnh ủy, đến 2030"] and "hằng năm" not in target
    assert _cell(window, "gia_dinh_van_hoa", Col.TARGET).split("\n")[1] == "NQ Tỉnh ủy, hằng năm"
    for code, words in (("tthc_truc_tuyen", "99,9% chỉ tiêu"), ("dan_quan_tu_ve", "Đến nay đã đạt mức chỉ tiêu"),
                        ("tngt_so_vu", "Tăng 5 vụ so với cùng kỳ (cùng kỳ: 0)"),
                        ("tngt_nguoi_bi_thuong", "Giảm dưới 0,1% so với cùng kỳ")):
        assert _cell(window, code, Col.VERDICT).split("\n")[1] == words
        assert workspace.row("2026-Q1", code).compared_text == words


def test_the_same_words_in_english(make_window, workspace, english):
    """The English interface says the same: "Party resolution, by 2030", "Up 5 vụ on the same
    period (same period: 0)", "So far at the target level"."""
    english()
    _fill(workspace)
    window = make_window(workspace)
    window.show_period(Period(2026, "Q1"))
    assert _cell(window, "nong_thon_moi", Col.TARGET).split("\n")[1] == "Party resolution, by 2030"
    assert _cell(window, "dan_quan_tu_ve", Col.VERDICT).split("\n")[1] == "So far at the target level"
    assert _cell(window, "tthc_truc_tuyen", Col.VERDICT).split("\n")[1] == "99,9% of target"
    assert _cell(window, "tngt_so_vu", Col.VERDICT).split("\n")[1].startswith("Up 5 ")
    assert _cell(window, "tngt_nguoi_bi_thuong", Col.VERDICT).split("\n")[1] == \
        "Down less than 0,1% on the same period"


def test_a_poverty_rate_that_rose_is_said_in_words_not_as_a_negative_share(make_window, workspace, english):
    """3,49% against 3,12% at the start of the term reads as the report says it, not "-123,1% chỉ
    tiêu"; in English too."""
    workspace.set_baseline("giam_ngheo", "3,12")
    workspace.set_entry("2026-Q1", "giam_ngheo", numerator="82", denominator="2.350")
    window = make_window(workspace)
    window.show_period(Period(2026, "Q1"))
    said = _cell(window, "giam_ngheo", Col.VERDICT).split("\n")[1]
    assert said == workspace.row("2026-Q1", "giam_ngheo").compared_text
    assert said == "Tỷ lệ hộ nghèo tăng 0,37 điểm % so với đầu nhiệm kỳ"
    english()
    window.show_period(Period(2026, "Q1"))
    said = _cell(window, "giam_ngheo", Col.VERDICT).split("\n")[1]
    assert said == "Poverty rate up 0,37 percentage points since the start of the term"
