"""A document number refused says what was wrong with it (walk U4 F6): "1234/QĐ-HC" got the rules alone ("… không
quá 10 ký tự …"), read as if each passed, the "/" never named. The fault comes first, then the field's rules."""
from __future__ import annotations

import pytest

from desktop_app.core.doc_number import checked_number
from desktop_app.core.errors import InvalidInput

RULES = ("Số văn bản gồm chữ số (có thể thêm chữ cái, dấu chấm hoặc gạch nối), không phải số 0, không quá 10 ký tự, "
         "ví dụ 15 hoặc 15/BC-UBND; hoặc ghi số viết tay trên bản in.")
RULES_EN = ("A document number is digits (letters, a dot or a hyphen may be added), not 0, at most 10 characters, for "
            "example 15 or 15/BC-UBND; or write the number by hand on the paper.")


@pytest.mark.parametrize("typed, why, why_en", [
    ("1234/QĐ-HC", ('có dấu "/" và ký hiệu "QĐ-HC" gõ kèm, trong khi ký hiệu của báo cáo này là BC-UBND, đã in sẵn '
                    "sau số; chỉ gõ số: 1234"),
     ('it has a "/" and the symbol "QĐ-HC" typed with it, while this report\'s symbol is BC-UBND, printed after the '
      "number already; type the number alone: 1234")),
    ("/QĐ", ('có dấu "/" và ký hiệu "QĐ" gõ kèm, trong khi ký hiệu của báo cáo này là BC-UBND, đã in sẵn sau số; '
             'trước dấu "/" không có số'),
     ('it has a "/" and the symbol "QĐ" typed with it, while this report\'s symbol is BC-UBND, printed after the '
      'number already; there is no number before the "/"')),
    ("15 bis!", 'có các ký tự không dùng được: dấu cách, "!"', 'it has characters a number does not take: a space, "!"'),
    ("12ư", 'có ký tự không dùng được: "ư"', 'it has a character a number does not take: "ư"'),
    ("12345678901", "dài 11 ký tự, quá 10 ký tự", "it is 11 characters long, over 10"),
    ("0.0", "là số 0", "it is zero"),
    ("ABC", "không có chữ số nào", "it has no digit"),
    ("-15", "bắt đầu hoặc kết thúc bằng dấu chấm hoặc gạch nối", "it begins or ends with a dot or a hyphen"),
], ids=["other-symbol", "symbol-alone", "space-and-mark", "vietnamese-letter", "too-long", "zero", "no-digit",
        "hyphen-first"])
def test_the_refusal_names_the_fault_and_keeps_the_rules(typed, why, why_en):
    with pytest.raises(InvalidInput) as refused:
        checked_number(typed, "BC-UBND")
    assert refused.value.message == f'Số văn bản "{typed}" không dùng được: {why}. {RULES}'
    assert refused.value.en == f'The document number "{typed}" cannot be used: {why_en}. {RULES_EN}'
    assert refused.value.field == "Số văn bản"

