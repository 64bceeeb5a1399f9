"""The 2030 report is also the term's report (walk U11 F4): its summary line says "… năm 2030 và cả
nhiệm kỳ 2026-2030", its counts keep the term's final verdicts apart from the year's, the line under
the annex says which rows are final for the term, and a final "Không đạt" says by how much it falls
short (health insurance 99,06 of 100 printed a blank "So với chỉ tiêu"). Any other year's report is
as before. Read back as a person reads the PDF (pypdf's text)."""
from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from desktop_app.core.evaluation import Verdict
from desktop_app.core.term_end import numbers_text, shortfall_text
from exports.report_pdf import render_pdf

TERM_VERDICTS = {  # the commune's 2030: the term's rows judged for the last time, the year's rows
    "thu_ngan_sach": (Verdict.KHONG_DAT, "Lũy kế 215.500"),
    "bhyt": (Verdict.KHONG_DAT, ""),
    "giam_ngheo": (Verdict.VUOT, ""),
    "truong_chuan": (Verdict.DAT, ""),
    "lao_dong_dao_tao": (Verdict.VUOT, ""),
    "nuoc_sach_nong_thon": (Verdict.VUOT, ""),
    "ket_nap_dang_vien": (Verdict.VUOT, ""),
    "to_chuc_dang_htt": (Verdict.VUOT, ""),
}


def _year(sub, period: str):
    items = []
    for it in sub.items:
        verdict, compared = TERM_VERDICTS.get(it.code, (Verdict(it.verdict), it.compared_text))
        it = replace(it, verdict=verdict.value, compared_text=compared, own_verdict="", own_target_text="")
        if it.code == "bhyt":
            it = replace(it, value="99.06", value_text="99,06", target_op="=", target_value="100", target_text="100")
        items.append(it)
    return replace(sub, period=period, items=tuple(items))


def _text(sub) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages)


def test_the_2030_report_is_the_terms_report_and_counts_the_terms_verdicts_apart(commune_sub):
    text = _text(_year(commune_sub, "2030"))
    assert "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2030 và cả nhiệm kỳ 2026-2030" in text
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2030 VÀ CẢ NHIỆM KỲ 2026-2030" in text  # the annex
    assert ("6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 3, Đạt 1, Không đạt 2 (các chỉ tiêu số 1, 2); "
            "2 chỉ tiêu năm 2030: Vượt 2, Đạt 0, Không đạt 0.") in text
    assert ("Chỉ tiêu số 1–6, 10 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030; chỉ tiêu số 8, 9, 11, 15, "
            "17, 18 đánh giá kết quả năm 2030.") in text  # 10, new rural area: a supplementary level by 2030
    assert "Thiếu 0,94 điểm % so với chỉ tiêu" in text  # health insurance, final at 99,06 of 100
    assert "Lũy kế 215.500" in text  # the term total's own words, as stated
    assert "trước đó là “Đang thực hiện”" not in text


def test_another_years_report_is_the_years_only(commune_sub):
    text = _text(_year(commune_sub, "2028"))
    assert "năm 2028 và cả nhiệm kỳ" not in text and "cả nhiệm kỳ 2026-2030" not in text
    assert "Tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 5, Đạt 1, Không đạt 2 (các chỉ tiêu số 1, 2)." in text
    assert "Thiếu 0,94 điểm % so với chỉ tiêu" in text  # a final Không đạt says its gap in any year


def test_the_gap_of_a_final_not_met():
    assert shortfall_text("=", "100", "99.06", "%") == "Thiếu 0,94 điểm % so với chỉ tiêu"
    assert shortfall_text("≥", "3.2", "2.81", "%") == "Thiếu 0,39 điểm % so với chỉ tiêu"
    assert shortfall_text(">", "90", "90", "%") == "Bằng mức chỉ tiêu, chưa vượt"
    assert shortfall_text("≥", "5000", "4200", "triệu đồng") == "Thiếu 800 triệu đồng so với chỉ tiêu"
    assert shortfall_text("=", "1", "0", "Có/Không") == ""
    assert shortfall_text("≥", None, "3", "%") == ""
    assert numbers_text([1, 2, 3, 4, 5, 6, 8, 9]) == "1–6, 8, 9"
