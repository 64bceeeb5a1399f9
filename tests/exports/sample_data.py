"""Realistic annual 2026 data for a commune and a ward, shared by the export tests, the
screenshot script and benchmarks/bench_exports.py (not a test module itself)."""
from __future__ import annotations

import datetime as dt

REPORT_DATE = dt.date(2026, 12, 18)
GENERATED_AT = dt.datetime(2026, 12, 18, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
# When the tests' periods are completed and approved (the `approved_before_report_date` fixture):
# before REPORT_DATE, since an approved report is not dated before its approval day.
APPROVED_AT = "2026-12-04T09:00:00+07:00"

NARRATIVE_COMMUNE = {
    "ket_qua": (
        "Năm 2026, Ủy ban nhân dân xã đã tập trung chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải "
        "pháp phát triển kinh tế - xã hội; tổng thu ngân sách trên địa bàn đạt 45.230 triệu đồng. "
        "Vùng chè Tân Cương tiếp tục được mở rộng theo hướng hữu cơ, gắn với du lịch trải nghiệm.\n"
        "Công tác an sinh xã hội được quan tâm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,36%; "
        "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 2,21%. Công tác xây dựng Đảng được chú "
        "trọng, kết nạp 14 đảng viên mới."
    ),
    "han_che": (
        "Tỷ lệ lao động qua đào tạo chưa đạt kế hoạch năm do một bộ phận lao động đi làm việc ngoài "
        "tỉnh chưa được cập nhật; tỷ lệ hồ sơ thủ tục hành chính xử lý trên môi trường mạng chưa "
        "đạt 100% vì một số thủ tục đất đai còn phải nộp hồ sơ giấy."
    ),
    "phuong_huong": (
        "Năm 2027, tiếp tục rà soát, cập nhật số liệu lao động; đẩy mạnh chuyển đổi số trong giải "
        "quyết thủ tục hành chính; phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 97%."
    ),
}

NARRATIVE_WARD = {
    "ket_qua": (
        "Năm 2026, phường hoàn thành và hoàn thành vượt mức phần lớn các chỉ tiêu chủ yếu; thu ngân "
        "sách đạt 912.450 triệu đồng; 100% khối lượng chất thải rắn sinh hoạt phát sinh được thu "
        "gom, xử lý theo quy định; an ninh chính trị, trật tự an toàn xã hội được giữ vững."
    ),
    "han_che": (
        "Tỷ lệ trường học đạt chuẩn quốc gia chưa đạt kế hoạch do hai trường đang đầu tư cơ sở vật "
        "chất; số vụ tai nạn giao thông chưa giảm so với cùng kỳ."
    ),
    "phuong_huong": (
        "Tập trung hoàn thiện hồ sơ công nhận trường đạt chuẩn quốc gia; tăng cường tuyên truyền, "
        "bảo đảm trật tự an toàn giao thông trên các tuyến phố chính."
    ),
}


def fill_commune_2026(ws) -> None:
    """Xã Tân Cương, year 2026: every applicable assigned indicator and a few supplementary."""
    p = "2026"
    ws.set_entry(p, "thu_ngan_sach", value="45.230")
    ws.set_entry(p, "bhyt", numerator="9.412", denominator="9.870")
    ws.set_own_target(2026, "bhyt", "≥", "94")
    ws.set_baseline("giam_ngheo", "3,12")
    ws.set_entry(p, "giam_ngheo", numerator="52", denominator="2.350")
    ws.set_own_target(2026, "giam_ngheo", "=", "0,5")
    ws.set_entry(p, "truong_chuan", numerator="4", denominator="5")
    ws.set_own_target(2026, "truong_chuan", "=", "80")
    ws.set_entry(p, "lao_dong_dao_tao", numerator="5.120", denominator="7.300",
                 comment="Lao động đi làm việc ngoài tỉnh chưa được cập nhật")
    ws.set_own_target(2026, "lao_dong_dao_tao", "≥", "72")
    ws.set_entry(p, "nuoc_sach_nong_thon", numerator="2.010", denominator="2.350")
    ws.set_baseline("ket_nap_dang_vien", "412")
    ws.set_entry(p, "ket_nap_dang_vien", numerator="14")
    ws.set_entry(p, "to_chuc_dang_htt", numerator="19", denominator="21")
    ws.set_entry(p, "nong_thon_moi", flag="Có")
    ws.set_entry(p, "gia_dinh_van_hoa", numerator="2.180", denominator="2.350")
    ws.set_entry(p, "tthc_truc_tuyen", numerator="1.245", denominator="1.260",
                 comment="Thủ tục đất đai còn nộp hồ sơ giấy")
    ws.set_entry(p, "khong_ma_tuy", flag="Có")
    ws.set_entry(p, "tngt_so_vu", value="3", previous="4")
    for section, text in NARRATIVE_COMMUNE.items():
        ws.set_narrative(p, section, text)


def fill_ward_2026(ws) -> None:
    """Phường Phan Đình Phùng, year 2026."""
    p = "2026"
    ws.set_entry(p, "thu_ngan_sach", value="912.450")
    ws.set_entry(p, "bhyt", numerator="41.870", denominator="42.315")
    ws.set_baseline("giam_ngheo", "0,20")
    ws.set_entry(p, "giam_ngheo", numerator="21", denominator="11.940")
    ws.set_entry(p, "truong_chuan", numerator="27", denominator="43",
                 comment="Hai trường đang đầu tư cơ sở vật chất")
    ws.set_own_target(2026, "truong_chuan", "≥", "65")
    ws.set_entry(p, "lao_dong_dao_tao", numerator="24.310", denominator="28.150")
    ws.set_entry(p, "rac_thai_do_thi", numerator="18.240,5", denominator="18.240,5")
    ws.set_own_target(2026, "rac_thai_do_thi", "=", "100")
    ws.set_baseline("ket_nap_dang_vien", "1.386")
    ws.set_entry(p, "ket_nap_dang_vien", numerator="46")
    ws.set_entry(p, "to_chuc_dang_htt", numerator="53", denominator="58")
    ws.set_entry(p, "ho_so_truc_tuyen", numerator="8.412", denominator="8.412")
    ws.set_entry(p, "dan_quan_tu_ve", numerator="1.120", denominator="42.315",
                 comment="Đang kiện toàn lực lượng tự vệ tại doanh nghiệp")
    ws.set_entry(p, "tngt_so_vu", value="9", previous="8",
                 comment="Tăng 1 vụ trên Quốc lộ 3")
    ws.set_entry(p, "tngt_nguoi_chet", value="2", previous="3")
    for section, text in NARRATIVE_WARD.items():
        ws.set_narrative(p, section, text)
