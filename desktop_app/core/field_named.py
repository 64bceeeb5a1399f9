"""Whether an input's label says anything its indicator's name did not: where a message names both ("• {name}:
{label} 1500 → 1250", Duyệt's list of changes), an input labelled with the indicator's own name is said once
(helper S103: "• Tốc độ tăng giá trị sản phẩm…: Tốc độ tăng giá trị sản phẩm trên địa bàn 1500 → 1250")."""
from __future__ import annotations

import re
import unicodedata

# A yes/no input's answers, after its label: "Đơn vị không có ma túy (Có / Không)"; its figures say them.
_ANSWERS = re.compile(r"\s*\(\s*(Có\s*/\s*Không|Yes\s*/\s*No)\s*\)\s*$", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))


def says_more(label: str, name: str) -> bool:
    """Whether `label` has a word `name` has not ("Thu ngân sách lũy kế từ đầu năm" beside "Tổng thu ngân
    sách…": "lũy kế", "từ đầu năm"), a yes/no's answers not counted ("Đơn vị không có ma túy (Có / Không)"
    beside "Đơn vị không có ma túy": nothing)."""
    return not _words(_ANSWERS.sub("", label)) <= _words(name)
