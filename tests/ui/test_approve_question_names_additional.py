"""Walk U16: Duyệt's question counted the additional indicators ("Chỉ tiêu bổ sung: Vượt 0, Đạt 2, Không đạt 2")
without naming them: the leader had to find which two were Không đạt in the table before approving. Under the
count, each is named, its number, short name and verdict, those Không đạt first; at most 8, then "… và N chỉ tiêu
khác"; in English in English; the question still fits a 1366×768 screen."""
from __future__ import annotations

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.test_approve_question_counts_additional import _asked, _complete_with_additional
from ui import i18n


def test_each_additional_indicator_is_named_with_its_verdict(make_window, office):  # noqa: F811
    _complete_with_additional(office)
    said = _asked(make_window, office, i18n.VIETNAMESE, "s93_approve_named_vi")
    lines = said["text"].split("\n")
    at = next(k for k, line in enumerate(lines) if "Chỉ tiêu bổ sung" in line and line.endswith(": Vượt 0, Đạt 2, Không đạt 2"))
    assert lines[at + 1:at + 5] == [
        "• 11. Tỷ lệ gia đình văn hóa: Không đạt",
        "• 13. Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa: Không đạt",
        "• 12. Tỷ lệ thôn (xóm), tổ dân phố văn hóa: Đạt",
        "• 17. Đơn vị không có ma túy: Đạt",
    ], lines


def test_named_in_english_in_english(make_window, office):  # noqa: F811
    _complete_with_additional(office)
    lines = _asked(make_window, office, i18n.ENGLISH)["text"].split("\n")
    assert "• 11. Families recognised as cultured: Not met" in lines, lines


def test_more_than_eight_the_others_counted_in_one_line(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    for code in ("gia_dinh_van_hoa", "thon_van_hoa", "co_quan_van_hoa", "ho_so_truc_tuyen", "tthc_truc_tuyen",
                 "dan_quan_tu_ve"):
        office.set_entry("2026", code, numerator="100", denominator="100")
    office.set_entry("2026", "nong_thon_moi", flag="Có")
    office.set_entry("2026", "khong_ma_tuy", flag="Có")
    for code in ("tngt_so_vu", "tngt_nguoi_chet", "tngt_nguoi_bi_thuong"):
        office.set_entry("2026", code, value="2", previous="4")
    office.set_entry("2026", "thu_tien_su_dung_dat", value="12.500")
    office.complete("2026")
    as_(office, "lanhdao")
    said = _asked(make_window, office, i18n.VIETNAMESE, "s93_approve_named_many_vi")
    lines = said["text"].split("\n")
    named = [line for line in lines if line.startswith("• ") and ". " in line[:6]]
    assert len(named) == 8, lines
    assert named[0].startswith("• 10. "), named  # the report's order when none is Không đạt
    assert "… và 4 chỉ tiêu khác" in lines, lines
    assert said["size"].height() <= 768 - 60 and said["size"].width() <= 1366


def test_a_name_is_not_cut_inside_its_brackets():
    """Walk U17 F7: "14. Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ…: Không đạt" read as if
    the bracket went on; a name cut short leaves its bracket out whole."""
    from types import SimpleNamespace

    from ui.labels import short_name

    name = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ thuộc phạm vi bí mật nhà nước)"
    indicator = SimpleNamespace(name=name, name_en="")
    assert short_name(indicator, 60) == "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng…"
    assert short_name(indicator, 200) == name
    assert short_name(SimpleNamespace(name="Tỷ lệ thôn (xóm), tổ dân phố văn hóa đạt chuẩn theo quy định", name_en=""),
                      40) == "Tỷ lệ thôn (xóm), tổ dân phố văn hóa…"
