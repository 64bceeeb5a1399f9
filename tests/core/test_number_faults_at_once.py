"""A document number with several faults is refused once, naming them all (S37): "2O/QĐ" (a letter O) was refused
first for its "/" and symbol, then, typed again as "2O", for the O that prints like a 0: two tries for one
number. The refusal still names the field and keeps its rules after the faults."""
from __future__ import annotations

import pytest

from desktop_app.core.doc_number import checked_number
from desktop_app.core.errors import InvalidInput

SYMBOL_VI = 'có dấu "/" và ký hiệu "QĐ" gõ kèm, trong khi ký hiệu của báo cáo này là BC-UBND, đã in sẵn sau số'
SYMBOL_EN = ('it has a "/" and the symbol "QĐ" typed with it, while this report\'s symbol is BC-UBND, printed after '
             "the number already")


@pytest.mark.parametrize("typed, why, why_en", [
    ("2O/QĐ", f'{SYMBOL_VI}; chữ "O" đứng cạnh chữ số, in ra giống chữ số 0; chỉ gõ số: 20',
     f'{SYMBOL_EN}; the letter "O" beside a digit prints like the digit 0; type the number alone: 20'),
    ("l5/QĐ", f'{SYMBOL_VI}; chữ "l" đứng cạnh chữ số, in ra giống chữ số 1; chỉ gõ số: 15',
     f'{SYMBOL_EN}; the letter "l" beside a digit prints like the digit 1; type the number alone: 15'),
    ("2O!", 'chữ "O" đứng cạnh chữ số, in ra giống chữ số 0; có ký tự không dùng được: "!"',
     'the letter "O" beside a digit prints like the digit 0; it has a character a number does not take: "!"'),
], ids=["O-and-symbol", "l-and-symbol", "O-and-mark"])
def test_every_fault_is_named_at_the_first_refusal(typed, why, why_en):
    with pytest.raises(InvalidInput) as refused:
        checked_number(typed, "BC-UBND")
    assert refused.value.message.startswith(f'Số văn bản "{typed}" không dùng được: {why}. Số văn bản gồm chữ số')
    assert refused.value.en.startswith(f'The document number "{typed}" cannot be used: {why_en}. A document number')
    assert refused.value.field == "Số văn bản"


def test_a_number_reading_as_zero_is_not_suggested():
    with pytest.raises(InvalidInput) as refused:
        checked_number("0O/QĐ", "BC-UBND")
    assert 'chữ "O" đứng cạnh chữ số, in ra giống chữ số 0.' in refused.value.message
    assert "chỉ gõ số" not in refused.value.message
