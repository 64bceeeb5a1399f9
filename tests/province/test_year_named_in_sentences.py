"""The year named inside the province's sentences (walk 16, L4): "vào kỳ năm 2026…", "tổng hợp năm
2026:", not "Năm 2026" with its capital; and its code in brackets only when it says more than the
words: "báo cáo năm 2026", not "năm 2026 (2026)", while "9 tháng năm 2026 (2026-9M)" keeps it. The
same in English ("year 2026", not "Year 2026 (2026)")."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.intake import FileClass, FileResult, IntakeRun
from desktop_app.core.periods import parse_period
from tests.province.helpers import shown_window
from ui import i18n


def _run(received: str, *file_periods: str) -> IntakeRun:
    return IntakeRun(run_id=1, folder="/tmp/thu-muc", period=received, results=[
        FileResult(file_name=f"{p}_05443_phuong-phan-dinh-phung.xlsx", class_=FileClass.SAI_KY, reason="", period=p)
        for p in file_periods])


def test_a_year_file_read_under_9_months_is_named_once_in_lower_case():
    said = _run("2026-9M", "2026").other_period_text
    assert said == ("1 tệp là báo cáo năm 2026, không phải kỳ đang nhận (9 tháng năm 2026): chưa nhận tệp này. "
                       "Muốn nhận, chọn kỳ năm 2026 rồi đọc lại thư mục.")
    assert said.en == ("1 file is a report for the period year 2026, not the period being received (9 months of "
                       "2026): not received. To receive it, choose the period year 2026 and read the folder again.")


def test_a_code_that_says_more_than_the_words_stays():
    said = _run("2026", "2026-9M", "2026-9M", "2026-Q1").other_period_text
    assert said.startswith("2 tệp là báo cáo 9 tháng năm 2026 (2026-9M), 1 tệp là báo cáo quý I năm 2026 "
                              "(2026-Q1), không phải kỳ đang nhận (năm 2026): chưa nhận các tệp này.")
    assert said.en.startswith("2 files are reports for the period 9 months of 2026 (2026-9M), 1 file is a report "
                              "for the period quarter I 2026 (2026-Q1), not the period being received (year 2026)")


def test_the_window_reads_again_for_year_2026_and_exports_the_summary_of_year_2026(qtbot, office, tmp_path):
    """The button under the results and the box after an export, in Vietnamese then in English."""
    from ui.province_consolidation import summary_written_dialog

    window = shown_window(qtbot, office, "2026-9M", dt.date(2026, 12, 4))
    window.tabs.setCurrentIndex(1)  # Kết quả nhận tệp, as a run shows it
    window._intake_finished(_run("2026-9M", "2026"))
    written = tmp_path / "tong-hop-nam-2026.xlsx"
    written.write_bytes(b"")
    try:
        assert window.read_own_period.isVisible()
        assert window.read_own_period.text() == "Đọc lại thư mục &vào kỳ năm 2026…"
        assert "1 tệp là báo cáo năm 2026, không phải kỳ đang nhận (9 tháng năm 2026)" in window.intake_summary.text()
        box = summary_written_dialog([written], parse_period("2026"), window)
        assert "Đã xuất số liệu tổng hợp năm 2026:" in box.message.text()
        i18n.switch_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: "year 2026" in window.read_own_period.text(), timeout=10000)
        assert window.read_own_period.text().replace("&", "") == "Read the folder again for year 2026…"
        assert "1 file is a report for the period year 2026, not" in window.intake_summary.text()
        box = summary_written_dialog([written], parse_period("2026"), window)
        assert "The summary of year 2026 is written:" in box.message.text()
    finally:
        i18n.install_language(i18n.VIETNAMESE)
        i18n.save_language(i18n.VIETNAMESE)
