"""The restore's question names the start-of-term figures and the commune's own targets it would put back, as it
names a period's figures: the indicator, now → as in the backup (S38: "2 số liệu đầu nhiệm kỳ; 2 chỉ tiêu tự đặt"
counted them, and the person deciding did not know which would be lost). More groups than three periods name fewer
lines each: the question is no taller than before."""
import datetime as dt
from pathlib import Path

from desktop_app.backups import restore_warning, take_backup
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture

BUDGET = "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết"


def test_the_question_names_each_start_of_term_figure_and_own_target_now_and_as_in_the_backup(office, tmp_path):  # noqa: F811
    ws = as_(office, "canbo")
    fill_year(ws, "2026-6M")
    as_(ws, "lanhdao").set_own_target(2026, "thu_ngan_sach", "≥", "45.000")
    copy = take_backup(ws, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 12, 6, 5, 23))
    ws.set_own_target(2026, "thu_ngan_sach", "≥", "47.500")
    ws.set_own_target(2027, "bhyt", "≥", "96,5")
    as_(ws, "canbo").set_baseline("ket_nap_dang_vien", "260")
    ws.set_baseline("giam_ngheo", "4,85%")
    said = restore_warning(Path(ws.store.path), copy)
    assert "2 số liệu đầu nhiệm kỳ; 2 chỉ tiêu tự đặt. Sau khi khôi phục" in said  # counted as before
    assert ("(hiện nay → sau khi khôi phục):\n"
            "Số liệu đầu nhiệm kỳ 2026-2030:\n"
            "   • Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030: 4,85 → 5,2\n"
            "   • Tỷ lệ kết nạp đảng viên mới hằng năm: 260 → 250\n"
            "Chỉ tiêu xã tự đặt:\n"
            f"   • {BUDGET} (năm 2026): ≥ 47.500 → ≥ 45.000\n"
            "   • Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2027): ≥ 96,5 → (trống)") in said
    assert "\nStart-of-term figures (2026-2030):\n   • " in said.en
    assert "\n   • New party members admitted each year: 260 → 250\n" in said.en
    assert ("The commune's own targets:\n"
            "   • Local budget revenue (excl. land-use fees and lottery) (2026): ≥ 47.500 → ≥ 45.000\n"
            "   • Health insurance coverage (2027): ≥ 96,5 → (blank)") in said.en


def test_past_three_groups_each_names_fewer_and_counts_the_rest(office, tmp_path):  # noqa: F811
    ws = as_(office, "canbo")
    copy = take_backup(ws, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 12, 6, 5, 23))
    for period in ("2026-Q1", "2026-6M", "2026-9M"):
        fill_year(ws, period)  # 14 figures each, and the two start-of-term figures
    as_(ws, "lanhdao")
    for year in (2026, 2027):
        for code in ("thu_ngan_sach", "bhyt"):
            ws.set_own_target(year, code, "≥", "90")
    said = restore_warning(Path(ws.store.path), copy)
    for heading in ("Kỳ quý I năm 2026:", "Kỳ 6 tháng đầu năm 2026:", "Kỳ 9 tháng năm 2026:",
                    "Số liệu đầu nhiệm kỳ 2026-2030:", "Chỉ tiêu xã tự đặt:"):
        assert f"\n{heading}\n   • " in said
    assert said.count("   • ") == 5  # one a group, five groups: fewer lines than three periods of three
    assert said.count("\n   và 13 số liệu khác") == 3 and "\n   và 1 số liệu khác" in said
    assert f"   • {BUDGET} (năm 2026): ≥ 90 → (trống)\n   và 3 chỉ tiêu khác" in said
    assert "\n   and 3 other target(s)" in said.en
