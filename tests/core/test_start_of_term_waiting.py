"""Rows typed whose result waits for the start-of-term figure (walk h4): the period's count of the
results says so, those rows apart ("Đã nhập 5/7" read as two rows not entered, all seven typed), and
what each waits for is said with where it is entered, in one set of words (`core.start_of_term`)."""
from __future__ import annotations

from desktop_app.core.start_of_term import (
    missing_start_of_term,
    waiting_for_start_of_term,
)


def _typed(ws) -> None:
    ws.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    ws.set_entry("2026-6M", "giam_ngheo", numerator="312", denominator="12480")
    ws.set_entry("2026-6M", "ket_nap_dang_vien", value="12")


def test_the_count_of_results_says_the_rows_waiting_for_the_start_of_term_figure(workspace):
    _typed(workspace)
    view = workspace.period_view("2026-6M")
    assert view.entered == 1 and view.waiting == 2
    assert view.completeness_text == "Có kết quả 1/7 chỉ tiêu cần nhập kỳ này, 2 chờ số liệu đầu nhiệm kỳ"
    workspace.set_baseline("giam_ngheo", "5,2")
    workspace.set_baseline("ket_nap_dang_vien", "250")
    view = workspace.period_view("2026-6M")
    assert view.waiting == 0 and view.completeness_text == "Đã nhập 3/7 chỉ tiêu cần nhập kỳ này"


def test_a_row_partly_typed_does_not_wait_for_it_but_for_its_own_figure(workspace):
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="312")
    view = workspace.period_view("2026-6M")
    assert waiting_for_start_of_term(view.rows) == [] and view.completeness_text.startswith("Đã nhập 0/7")


def test_what_each_waits_for_and_where_it_is_entered(workspace):
    _typed(workspace)
    rows = waiting_for_start_of_term(workspace.period_view("2026-6M").rows)
    said = [missing_start_of_term(r.indicator) for r in rows]
    assert said == [
        "Chưa nhập số liệu đầu nhiệm kỳ: Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ) — nhập ở Dữ liệu › "
        "Số liệu đầu nhiệm kỳ…",
        "Chưa nhập số liệu đầu nhiệm kỳ: Số đảng viên đầu nhiệm kỳ — nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ…"]
    assert said[1].en == ("Start-of-term figure not entered: Party members at the start of the term — entered in "
                          "Data › Start-of-term figures…")
