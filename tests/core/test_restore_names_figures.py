"""The restore's question names the figures it would put back, now → as in the backup, a few a period and the rest
counted (walk U4 F2: "kỳ 6 tháng đầu năm 2026: 1 số liệu" left the officer not knowing which figure to note and
enter again)."""
import datetime as dt
from pathlib import Path

from desktop_app.backups import restore_warning, take_backup
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture


def test_the_restore_question_names_each_figure_now_and_as_in_the_backup(office, tmp_path):  # noqa: F811
    ws = as_(office, "canbo")
    fill_year(ws, "2026-6M")
    copy = take_backup(ws, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 12, 6, 5, 23))
    ws.set_entry("2026-6M", "thu_ngan_sach", value="61.234")
    ws.set_entry("2026-6M", "bhyt", numerator="9.000")
    said = restore_warning(Path(ws.store.path), copy)
    assert ("Sau khi khôi phục, những số liệu đó trở lại như trong bản sao lưu (hiện nay → sau khi khôi phục):\n"
            "Kỳ 6 tháng đầu năm 2026:\n"
            "   • Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết: "
            "61.234 → 50.000\n"
            "   • Tỷ lệ người dân tham gia bảo hiểm y tế (Số người tham gia BHYT): 9.000 → 9.500") in said
    assert ("After the restore, they are back as they are in the backup (now → after the restore):\n"
            "First 6 months of 2026:\n"
            "   • Local budget revenue (excl. land-use fees and lottery): 61.234 → 50.000\n"
            "   • Health insurance coverage (People with health insurance): 9.000 → 9.500") in said.en


def test_past_three_figures_a_period_the_others_are_counted_and_a_new_one_was_blank(office, tmp_path):  # noqa: F811
    ws = as_(office, "canbo")
    copy = take_backup(ws, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 12, 6, 5, 23))
    fill_year(ws, "2026-Q1")
    said = restore_warning(Path(ws.store.path), copy)
    assert "kỳ quý I năm 2026: 14 số liệu và 1 ghi chú" in said
    assert "Kỳ quý I năm 2026:\n   • Tổng thu ngân sách" in said and ": 50.000 → (trống)\n" in said
    period = said.split("Kỳ quý I năm 2026:\n")[1].split("\nSố liệu đầu nhiệm kỳ")[0]  # the start-of-term figures after
    assert period.count("   • ") == 3 and period.endswith("\n   và 11 số liệu khác")
    assert "\n   and 11 other figure(s)" in said.en and ": 50.000 → (blank)\n" in said.en
