"""Text typed in an old font (TCVN3 .VnTime, VNI-Times) is found and turned into Unicode, and is
never saved as such: the narrative and a comment refuse it with the Unicode it reads as."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop_app.core import legacy_text
from desktop_app.core.errors import InvalidInput
from desktop_app.core.legacy_text import TCVN3, VNI, LegacyText, detect, refuse_legacy, tcvn3_to_unicode
from tests.core.test_cli import chitieu, cli_dir, digest  # noqa: F401 - the command line's fixtures

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

TCVN3_SAMPLES = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc",
     "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"),
    ("Thu ng©n s¸ch n¨m 2025 ®¹t 105% kÕ ho¹ch; ng\xadêi d©n ®\xadîc hç trî kü thuËt, s¶n xuÊt ph¸t triÓn. "
     "Tû lÖ hé nghÌo gi¶m cßn 2,1%; 100% th«n cã ®\xadêng bª t«ng, tr\xadêng häc ®¹t chuÈn quèc gia.",
     "Thu ngân sách năm 2025 đạt 105% kế hoạch; người dân được hỗ trợ kỹ thuật, sản xuất phát triển. "
     "Tỷ lệ hộ nghèo giảm còn 2,1%; 100% thôn có đường bê tông, trường học đạt chuẩn quốc gia."),
    ("Mïa mµng bÞ ¶nh h\xadëng, nh\xadng x· vÉn gi÷ v÷ng s¶n l\xadîng.\n"
     "KÕ ho¹ch n¨m tíi: tËp trung x©y dùng n«ng th«n míi, b¶o ®¶m an sinh x· héi.",
     "Mùa màng bị ảnh hưởng, nhưng xã vẫn giữ vững sản lượng.\n"
     "Kế hoạch năm tới: tập trung xây dựng nông thôn mới, bảo đảm an sinh xã hội."),
]
VNI_SAMPLES = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc",
     "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"),
    ("Thu ngaân saùch naêm 2025 ñaït 105% keá hoaïch; ngöôøi daân ñöôïc hoã trôï kyõ thuaät, saûn xuaát "
     "phaùt trieån. Tyû leä hoä ngheøo giaûm coøn 2,1%; 100% thoân coù ñöôøng beâ toâng, tröôøng hoïc ñaït "
     "chuaån quoác gia.",
     "Thu ngân sách năm 2025 đạt 105% kế hoạch; người dân được hỗ trợ kỹ thuật, sản xuất phát triển. "
     "Tỷ lệ hộ nghèo giảm còn 2,1%; 100% thôn có đường bê tông, trường học đạt chuẩn quốc gia."),
    ("BAÙO CAÙO KEÁT QUAÛ THÖÏC HIEÄN CHÆ TIEÂU NAÊM 2025", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2025"),
]
NOT_LEGACY = [
    "Thu ngân sách trên địa bàn đạt 52.000 triệu đồng, bằng 104% dự toán; tỷ lệ hộ nghèo còn 2,1%.",
    "Hoà giải thành 12/14 vụ; khoá học, thuý, quá trình, nghiên cứu, khuyến khích, Ủy ban nhân dân.",
    "The commune met 7 of its 9 targets (78%) this year.",
    "1.234,5 - 2.345 - 45% - 2026-6M",
    "© 2025 UBND xã Tân Cương", "Đạt ®", "Độ dày 5 µm", "§ 3, Điều 5", "x² + 3 × 4 ÷ 2 · ½",
    "Le café où je vais; São Paulo, naïve, Noël, Müller, Señor", "QĐ-UBND, HĐND, ĐBQH",
]
# Units as Word types them: µ (U+00B5) and · are TCVN3 codes ("àm", "Nãm"), two on a short line.
UNITS = [
    "Độ dày 50 µm; 100 µm", "Bụi PM2.5 (≤ 2,5 µm), PM10 (≤ 10 µm)", "Màng lọc 0,45 µm / 0,2 µm",
    "Mô-men 300 N·m, 250 N·m",
]
NOT_LEGACY += UNITS + [
    "Màng 0,45µm và 0,2µm", "Bụi mịn 25 µg/m³, 50µg/m³", "Nồng độ 2 mg·L, 3 mg·L", "Điện 1.200 kW·h, 900 kW·h",
    "Diện tích 120 m², 35 m³; nhiệt độ 25 °C, 30 °C", "Tỷ suất sinh 2,5‰, sai số ±0,5", "Kích thước 3×4 m; 10÷15 ngày",
    "Đặng Đình Đức, Đoàn Đông Đô, Đỗ Đăng Định",
]


@pytest.mark.parametrize(("typed", "unicode"), TCVN3_SAMPLES)
def test_tcvn3_text_is_found_and_read_exactly(typed, unicode):
    found = detect(typed)
    assert found is not None and found.encoding == TCVN3 and found.font == "TCVN3 (.VnTime)"
    assert found.converted == unicode and unicodedata.is_normalized("NFC", found.converted)


@pytest.mark.parametrize(("typed", "unicode"), VNI_SAMPLES)
def test_vni_text_is_found_and_read_exactly(typed, unicode):
    found = detect(typed)
    assert found is not None and found.encoding == VNI
    assert found.converted == unicode and unicodedata.is_normalized("NFC", found.converted)


def test_every_letter_of_the_tcvn3_table():
    """TCVN 5712:1993, VN3: the lower-case letters with their tones, and the seven capitals."""
    assert tcvn3_to_unicode("aµ¶·¸¹ ¨»¼½¾Æ ©ÇÈÉÊË ® eÌÎÏÐÑ ªÒÓÔÕÖ i×ØÜÝÞ oßáâãä «åæçèé ¬êëìíî uïñòóô "
                            "\xadõö÷øù yúûüýþ ¡¢£¤¥¦§") == (
        "aàảãáạ ăằẳẵắặ âầẩẫấậ đ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ ĂÂÊÔƠƯĐ")


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_unicode_english_numbers_and_a_few_symbols_are_not_legacy(text):
    assert detect(text) is None
    assert refuse_legacy(text, "Ghi chú", "Comment") == text


def test_a_pasted_paragraph_is_converted_and_the_unicode_one_before_it_kept():
    typed = "Kết quả đạt được như sau:\nThu ng©n s¸ch ®¹t 105% kÕ ho¹ch."
    assert detect(typed).converted == "Kết quả đạt được như sau:\nThu ngân sách đạt 105% kế hoạch."


def test_a_one_word_comment_in_tcvn3_is_found_but_a_lone_symbol_is_not():
    assert detect("§¹t").converted == "Đạt"
    assert detect("©") is None and detect("ng©n") is None  # one code of TCVN3 alone: too little to tell


def _seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        pytest.skip(f"no real Vietnamese texts in {SEEDS}")
    return texts


def test_real_vietnamese_documents_are_never_taken_for_legacy_text():
    """Whole documents and each of their lines (a comment is one line)."""
    for text in _seed_texts():
        assert detect(text) is None
        assert [line for line in text.split("\n") if detect(line)] == []


def _as_tcvn3(text: str) -> str:
    letters = {u: code for code, u in legacy_text._TCVN3_TABLE.items()}
    return "".join(letters.get(c, c) for c in unicodedata.normalize("NFC", text.lower()))


def test_real_documents_typed_in_tcvn3_come_back_line_by_line():
    """The documents as .VnTime would hold them (lower case: VN3 has no toned capitals) read back
    exactly, but for a line holding a code TCVN3 gives a letter ("¹" of a footnote, "đaquang")."""
    for text in _seed_texts():
        lines = unicodedata.normalize("NFC", text.lower()).split("\n")
        found = detect(_as_tcvn3(text))
        assert found is not None and found.encoding == TCVN3
        wrong = [u for u, c in zip(lines, found.converted.split("\n"), strict=True) if u != c and "¹" not in u]
        assert len(wrong) <= 2, wrong[:3]


def test_refusal_names_the_field_shows_the_unicode_and_how_to_convert():
    with pytest.raises(LegacyText) as refused:
        refuse_legacy("Thu ng©n s¸ch ®¹t 105% kÕ ho¹ch", "Ghi chú", "Comment")
    message = refused.value.message
    assert message.startswith("Ghi chú: đoạn văn có vẻ gõ bằng phông TCVN3 (.VnTime)")
    assert "«Thu ngân sách đạt 105% kế hoạch»" in message and "Chuyển sang Unicode" in message
    assert "Unikey" in message and "\n" not in message
    assert refused.value.legacy.converted == "Thu ngân sách đạt 105% kế hoạch"
    assert refused.value.en.startswith("Comment: the text seems typed in a TCVN3 (.VnTime) font")


# --- the services ----------------------------------------------------------------------------------
def test_the_narrative_refuses_tcvn3_and_saves_its_unicode(workspace):
    typed, unicode = TCVN3_SAMPLES[1]
    with pytest.raises(InvalidInput) as refused:
        workspace.set_narrative("2026-6M", "ket_qua", typed)
    assert refused.value.message.startswith(
        "Kết quả đạt được: đoạn văn có vẻ gõ bằng phông TCVN3 (.VnTime), sẽ in ra thành ký tự lạ; chưa lưu.")
    assert workspace.period_view("2026-6M").narratives.get("ket_qua", "") == ""
    workspace.set_narrative("2026-6M", "ket_qua", unicode)
    assert workspace.period_view("2026-6M").narratives["ket_qua"] == unicode


def test_units_written_after_a_number_are_saved_as_typed(workspace):
    for text in UNITS:
        workspace.set_narrative("2026-6M", "ket_qua", text)
        workspace.set_entry("2026-6M", "bhyt", comment=text)
        assert workspace.period_view("2026-6M").narratives["ket_qua"] == text
        assert workspace.row("2026-6M", "bhyt").entry.comment == text


def test_old_font_text_kept_as_typed_is_saved_unchanged(workspace):
    """The officer chose "Keep as typed": the text is stored as it came."""
    typed = TCVN3_SAMPLES[1][0]
    workspace.set_narrative("2026-6M", "ket_qua", typed, as_typed=True)
    workspace.set_entry("2026-6M", "bhyt", comment="Theo baùo caùo cuûa traïm y teá", as_typed=True)
    assert workspace.period_view("2026-6M").narratives["ket_qua"] == typed
    assert workspace.row("2026-6M", "bhyt").entry.comment == "Theo baùo caùo cuûa traïm y teá"


def test_a_comment_in_vni_is_refused_and_nothing_saved(workspace):
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", comment="Theo báo cáo của trạm y tế")
    with pytest.raises(InvalidInput) as refused:
        workspace.set_entry("2026-6M", "bhyt", numerator="9600", comment="Theo baùo caùo cuûa traïm y teá")
    assert refused.value.message.startswith("Ghi chú: đoạn văn có vẻ gõ bằng phông VNI-Windows (VNI-Times)")
    row = workspace.row("2026-6M", "bhyt")
    assert row.entry.comment == "Theo báo cáo của trạm y tế" and row.entry.numerator == 9500


def test_the_command_line_refuses_a_tcvn3_comment_in_one_line(cli_dir, chitieu):  # noqa: F811
    before = digest(cli_dir / "chitieu.db")
    r = chitieu(cli_dir, "set", "--period", "2026", "--indicator", "bhyt", "--comment", "Thu ng©n s¸ch ®¹t kÕ ho¹ch")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "phông TCVN3 (.VnTime)" in lines[0] and "«Thu ngân sách đạt kế hoạch»" in lines[0]
    assert digest(cli_dir / "chitieu.db") == before
