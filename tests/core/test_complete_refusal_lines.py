"""Marking a period complete with several indicators missing lists each on a line of its own
(walk 18, F2): the refusal ran "Chưa nhập đủ: A — …; B — …; C — …" into one bullet, wrapped over
ten lines of a narrow box, where the indicators and where to fix each were hard to tell apart.
Now the bullet counts them and each follows on its own line, in Vietnamese, in English and at
the command line; one indicator alone stays on the bullet's line."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput
from tests.core.test_cli import chitieu  # noqa: F401  (the fixture)

POVERTY = "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030"
WASTE = "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý theo quy định"
PARTY = "Tỷ lệ kết nạp đảng viên mới hằng năm"


def walkers_six_months(ws) -> None:
    """Walk 18's ward at 20/06/2026: every assigned figure typed, but the two start-of-term figures
    (poverty, party members) and the waste's denominator."""
    ws.today_is = dt.date(2026, 6, 20)
    for code, typed in (("thu_ngan_sach", {"value": "1.234"}),
                        ("bhyt", {"numerator": "9.500", "denominator": "10.000"}),
                        ("giam_ngheo", {"numerator": "40", "denominator": "1.000"}),
                        ("truong_chuan", {"numerator": "20", "denominator": "30"}),
                        ("lao_dong_dao_tao", {"numerator": "4.321", "denominator": "5.000"}),
                        ("rac_thai_do_thi", {"numerator": "95,5"}),
                        ("ket_nap_dang_vien", {"value": "5"})):
        ws.set_entry("2026-6M", code, **typed)


def refusal(ws) -> InvalidInput:
    with pytest.raises(InvalidInput) as refused:
        ws.complete("2026-6M")
    return refused.value


def test_each_missing_indicator_has_a_line_of_its_own(ward_workspace):
    walkers_six_months(ward_workspace)
    lines = refusal(ward_workspace).message.split("\n")
    assert lines == [
        "Kỳ 6 tháng đầu năm 2026 chưa hoàn thành được:",
        "• Chưa nhập đủ: 3 chỉ tiêu",
        f"   - {POVERTY} — chưa nhập số liệu đầu nhiệm kỳ: Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ), "
        "nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ;",
        f"   - {WASTE} — chưa nhập Khối lượng chất thải rắn sinh hoạt phát sinh (lũy kế từ đầu năm);",
        f"   - {PARTY} — chưa nhập số liệu đầu nhiệm kỳ: Số đảng viên đầu nhiệm kỳ, "
        "nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ.",
    ], lines


def test_the_english_lists_them_alike(ward_workspace):
    walkers_six_months(ward_workspace)
    head, bullet, *items = refusal(ward_workspace).en.split("\n")
    assert head == "First 6 months of 2026 cannot be marked complete yet:"
    assert bullet == "• Not all entered: 3 indicators"
    assert len(items) == 3 and all(item.startswith("   - ") for item in items)
    assert [item[-1] for item in items] == [";", ";", "."]
    assert "entered in Data › Start-of-term figures;" in items[0]
    assert items[1] == ("   - Urban solid waste collected and treated — not entered: Household solid waste generated "
                        "(cumulative since the start of the year);")


def test_one_missing_indicator_stays_on_the_bullets_line(ward_workspace):
    walkers_six_months(ward_workspace)
    ward_workspace.set_baseline("giam_ngheo", "5,2%")
    ward_workspace.set_baseline("ket_nap_dang_vien", "280")
    assert refusal(ward_workspace).message.split("\n")[1:] == [
        f"• Chưa nhập đủ: {WASTE} — chưa nhập Khối lượng chất thải rắn sinh hoạt phát sinh (lũy kế từ đầu năm)."]


def test_not_met_without_explanation_lists_each_on_its_line_too(ward_workspace):
    """Two Không đạt with no comment (the year's party members and party organisations): each named
    on its own line under the bullet."""
    ward_workspace.today_is = dt.date(2026, 12, 20)
    ward_workspace.set_baseline("giam_ngheo", "5,2%")
    ward_workspace.set_baseline("ket_nap_dang_vien", "250")
    for code, typed in (("thu_ngan_sach", {"value": "50.000"}),
                        ("bhyt", {"numerator": "9.500", "denominator": "10.000"}),
                        ("giam_ngheo", {"numerator": "40", "denominator": "1.000"}),
                        ("truong_chuan", {"numerator": "5", "denominator": "5"}),
                        ("lao_dong_dao_tao", {"numerator": "780", "denominator": "1.000"}),
                        ("rac_thai_do_thi", {"numerator": "95", "denominator": "100"}),
                        ("ket_nap_dang_vien", {"value": "6"}),
                        ("to_chuc_dang_htt", {"numerator": "10", "denominator": "20"})):
        ward_workspace.set_entry("2026", code, **typed)
    with pytest.raises(InvalidInput) as refused:
        ward_workspace.complete("2026")
    lines = refused.value.message.split("\n")
    at = lines.index("• Chỉ tiêu Không đạt chưa có giải thích ở cột Ghi chú: 2 chỉ tiêu")
    assert lines[at + 1:] == [f"   - {PARTY};", "   - Tỷ lệ các tổ chức đảng trực thuộc được đánh giá, "
                                                        "xếp loại từ hoàn thành tốt nhiệm vụ trở lên."], lines


def test_the_command_line_prints_one_indicator_a_line(tmp_path, chitieu):  # noqa: F811
    d = tmp_path / "ward"
    assert chitieu(d, "setup", "--commune", "Phan Đình Phùng", "--preparer", "Nguyễn Thị Phương Thảo Nguyên",
                   "--signer", "Hoàng Nguyễn Minh Khoa").returncode == 0
    for args in (("--indicator", "thu_ngan_sach", "--value", "1.234"),
                 ("--indicator", "bhyt", "--numerator", "9.500", "--denominator", "10.000"),
                 ("--indicator", "rac_thai_do_thi", "--numerator", "95,5")):
        assert chitieu(d, "set", "--period", "2026", *args).returncode == 0
    r = chitieu(d, "complete", "--period", "2026")
    assert r.returncode == 2
    lines = r.stderr.rstrip("\n").split("\n")
    assert lines[:2] == ["Lỗi: Kỳ năm 2026 chưa hoàn thành được:", "• Chưa nhập đủ: 6 chỉ tiêu"], lines
    items = lines[2:8]
    assert all(item.startswith("   - ") for item in items) and items[-1].endswith(".")
    assert f"   - {WASTE} — chưa nhập Khối lượng chất thải rắn sinh hoạt phát sinh (lũy kế từ đầu năm);" in items
